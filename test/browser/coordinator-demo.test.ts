// A first-time coordinator loads the demo data through the normal import and sees it in the table.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser';
import { CoordinatorPage } from './pages/coordinatorPage';
import { hintShownWhole } from './pages/layout';

const baseUrl = inject('baseUrl');

describe('demo data', () => {
  let session: BrowserSession;
  beforeAll(async () => { session = await openBrowser(baseUrl); });
  afterAll(async () => { await session.close(); });

  it('offers demo data on an empty database and imports it like any file', async () => {
    const coordinator = new CoordinatorPage(session.page, baseUrl);
    await coordinator.open('import');
    await session.page.getByRole('button', { name: 'Load demo data' }).click();
    await session.page.locator('.import-report').waitFor();
    expect(await coordinator.reportTotals()).toMatch(/^Files: (\d+) \(imported: \1, rejected: 0\)\.$/);
    // Offered only while the database is empty.
    expect(await session.page.getByRole('button', { name: 'Load demo data' }).count()).toBe(0);
    await coordinator.go('responses');
    expect(await coordinator.rowCount()).toMatch(/^(\d+) of \1 responses$/);
    // Each screen names itself in the window title.
    expect(await session.page.title()).toBe('Responses — Needs & Offers');
    const total = Number((await coordinator.rowCount()).split(' ')[0]);
    expect(total).toBeGreaterThanOrEqual(25);
  });

  it('filters and searches the table', async () => {
    const coordinator = new CoordinatorPage(session.page, baseUrl);
    await session.page.locator('select[data-filter="resettlementStatus"]').selectOption('emerging');
    const emerging = await coordinator.tableRows();
    expect(emerging.length).toBeGreaterThan(0);
    // The status in a word; its whole label is the tooltip.
    expect(emerging.every((row) => row[3] === 'Emerging')).toBe(true);
    expect(await session.page.locator('.responses-table tbody td .clamp[title="Emerging resettlement country (preparing a programme)"]').count()).toBe(emerging.length);
    // Kept while a response is opened and left.
    const first = emerging[0]?.[0] ?? '';
    await coordinator.openResponse(first);
    await session.page.getByRole('link', { name: 'Back to responses' }).click();
    expect(await session.page.locator('select[data-filter="resettlementStatus"]').inputValue()).toBe('emerging');
    expect(await coordinator.tableRows()).toEqual(emerging);
    await session.page.locator('select[data-filter="resettlementStatus"]').selectOption('');
    await session.page.getByRole('searchbox').fill('zzzz-no-such-org');
    expect(await session.page.getByText('No response matches these filters.').count()).toBe(1);
  });

  it('sorts by a column, and back', async () => {
    const coordinator = new CoordinatorPage(session.page, baseUrl);
    await session.page.getByRole('searchbox').fill('');
    await session.page.getByRole('button', { name: 'Needs', exact: false }).first().click();
    const ascending = (await coordinator.tableRows()).map((row) => Number(row[7]));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await session.page.getByRole('button', { name: /^Needs/ }).first().click();
    const descending = (await coordinator.tableRows()).map((row) => Number(row[7]));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });

  it('fits a 1280 px laptop screen in every language, and shows language and round where there is room', async () => {
    const { page } = session;
    const layout = () => page.locator('.table-scroller').evaluate((scroller) => ({
      sideways: scroller.scrollWidth - scroller.clientWidth,
      columns: Array.from(scroller.querySelectorAll('th'), (th) => (th.getBoundingClientRect().width > 0 ? th.textContent?.replace(/[▲▼]/g, '').trim() : null)).filter((text) => text !== null),
      // A header word cut in two, or a cell wider than its column.
      overflowing: Array.from(scroller.querySelectorAll('th .sort-button, td .clamp'), (element) => (element.scrollWidth > element.clientWidth + 1 ? element.textContent : null)).filter((text) => text !== null),
    }));
    await page.setViewportSize({ width: 1280, height: 800 });
    try {
      for (const language of ['en', 'fr', 'es', 'pt']) {
        await page.locator('.language-choice select').selectOption(language);
        await page.locator('.responses-table tbody tr').first().waitFor();
        const { sideways, columns, overflowing } = await layout();
        expect({ language, sideways, overflowing }).toEqual({ language, sideways: 0, overflowing: [] });
        // The search box's hint is shown whole in every language (the Spanish one was cut at "…identificador de respuest").
        const hintFits = await page.locator('.filters input[type="search"]').evaluate(hintShownWhole);
        expect({ language, hintFits }).toEqual({ language, hintFits: true });
        expect(columns, language).toHaveLength(8);
      }
      expect(await page.title()).toBe('Respostas — Necessidades e Ofertas');
      await page.setViewportSize({ width: 1680, height: 900 });
      await expect.poll(async () => (await layout()).columns).toEqual(['Organização', 'País', 'Tipo', 'Situação', 'Língua', 'Ciclo', 'Envio', 'Necessidades', 'Ofertas', 'Financiamento']);
      expect((await layout()).sideways).toBe(0);
      // Dates as in Portugal (23/11/2026), as the questionnaire's Portuguese is: plain "pt" wrote Brazil's "23 de nov. de 2026".
      const dates = await page.locator('.responses-table tbody tr td:nth-child(7)').allInnerTexts();
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    } finally {
      await page.locator('.language-choice select').selectOption('en');
      await page.setViewportSize({ width: 1100, height: 900 });
    }
  });
});
