// A first-time coordinator loads the demo data through the normal import and sees it in the table.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser';
import { CoordinatorPage } from './pages/coordinatorPage';

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
    expect(await coordinator.reportTotals()).toMatch(/^(\d+) files: \1 imported, 0 rejected\.$/);
    // Offered only while the database is empty.
    expect(await session.page.getByRole('button', { name: 'Load demo data' }).count()).toBe(0);
    await coordinator.go('responses');
    expect(await coordinator.rowCount()).toMatch(/^(\d+) of \1 responses$/);
    const total = Number((await coordinator.rowCount()).split(' ')[0]);
    expect(total).toBeGreaterThanOrEqual(25);
  });

  it('filters and searches the table', async () => {
    const coordinator = new CoordinatorPage(session.page, baseUrl);
    await session.page.locator('select[data-filter="resettlementStatus"]').selectOption('emerging');
    const emerging = await coordinator.tableRows();
    expect(emerging.length).toBeGreaterThan(0);
    expect(emerging.every((row) => row[3] === 'Emerging resettlement country (preparing a programme)')).toBe(true);
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
});
