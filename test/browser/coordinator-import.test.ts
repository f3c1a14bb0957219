// The coordinator imports a folder of files (one damaged, one duplicate, one revision), reviews them, and backs up.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser';
import { responseFile, serializeResponseFile, writeFiles } from '../support/responseFiles';
import { entryOf } from '../unit/fixtures';
import { CoordinatorPage } from './pages/coordinatorPage';

const baseUrl = inject('baseUrl');
const A = '0b7c4f5e-2f7a-4d3e-9a51-6a1f0f0c2b11';
const B = '1c8d5a6f-3a8b-4e4f-8b62-7b2a1a1d3c22';
const C = '2d9e6b70-4b9c-4f50-9c73-8c3b2b2e4d33';
const HOSTILE = '<img src=x onerror="window.__xss=1;alert(1)">';
const FORMULA = '=HYPERLINK("http://attacker.example","click")';

const original = responseFile(A, 1, { org_name: 'Czech Integration Office' });
// Revision 2 drops the first need and keeps the second.
const revised = responseFile(A, 2, { org_name: 'Czech Integration Office', needs: [entryOf(original.data, 'needs', 1)] });
const hostile = responseFile(B, 1, { org_name: `Hostile ${HOSTILE}`, mechanism_gaps: FORMULA, contact_role: '{org_name} {panel.title}' });
const invalid = responseFile(C, 1, { org_name: 'Never Stored Org' });
const invalidText = serializeResponseFile(invalid).replace('"theme": "housing"', '"theme": "hosing"');

const files = writeFiles({
  'a-original.needs-offers.json': serializeResponseFile(original),
  'b-hostile.needs-offers.json': serializeResponseFile(hostile),
  'c-duplicate.needs-offers.json': serializeResponseFile(original),
  'd-revision.needs-offers.json': serializeResponseFile(revised),
  'e-damaged.needs-offers.json': serializeResponseFile(original).slice(0, 400),
  'f-invalid.needs-offers.json': invalidText,
});
const names = ['a-original', 'b-hostile', 'c-duplicate', 'd-revision', 'e-damaged', 'f-invalid'].map((name) => files.path(`${name}.needs-offers.json`));

describe('coordinator import and review', () => {
  let session: BrowserSession;
  let coordinator: CoordinatorPage;
  const dialogs: string[] = [];

  beforeAll(async () => {
    session = await openBrowser(baseUrl);
    session.page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    coordinator = new CoordinatorPage(session.page, baseUrl);
  });
  afterAll(async () => { await session.close(); });

  it('imports a folder and reports by file', async () => {
    await coordinator.open('import');
    await coordinator.importFiles(names);
    expect(await coordinator.reportTotals()).toBe('Files: 6 (imported: 4, rejected: 2).');
    expect(await coordinator.reportFor('a-original')).toContain('new responses: 1, later revisions: 0');
    expect(await coordinator.reportFor('c-duplicate')).toContain('new responses: 0, later revisions: 0, earlier revisions kept as history: 0, already here (skipped): 1');
    expect(await coordinator.reportFor('d-revision')).toContain('new responses: 0, later revisions: 1');
    expect(await coordinator.reportFor('e-damaged')).toContain('e-damaged.needs-offers.json › (file) › (file): is not valid JSON');
    expect(await coordinator.reportFor('f-invalid')).toContain(`f-invalid.needs-offers.json › response (Never Stored Org, ${C}) › data.needs[1].theme: "hosing" is not a theme code`);
    // Why, in words a coordinator reads; the lines above stay for whoever made the file.
    expect(await coordinator.reportFor('e-damaged')).toContain('The file cannot be read: it is damaged, cut short, or not a Needs & Offers file.');
    expect(await coordinator.reportFor('f-invalid')).toContain('Some of its contents do not pass the questionnaire’s checks, so nothing from it was imported.');
    // And in the coordinator's language (a Spanish coordinator got English alone).
    await session.page.locator('.language-choice select').selectOption('es');
    try {
      await expect.poll(() => coordinator.reportFor('e-damaged')).toContain('No se puede leer el archivo: está dañado, incompleto o no es un archivo de Necesidades y Ofertas.');
    } finally {
      await session.page.locator('.language-choice select').selectOption('en');
    }
  });

  it('lists the latest revisions; the rejected file changed nothing', async () => {
    // The report leads on: to the responses, the chart and the matches.
    const next = session.page.locator('.import-report .next-steps');
    expect((await next.innerText()).replace(/\s+/g, ' ')).toBe('Next: review the responses · read the chart · work through the matches');
    await next.getByRole('link', { name: 'review the responses' }).click();
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    // Rounds offered by their months, as the respondents were told them ("2026-Q4" meant little).
    const rounds = await session.page.locator('select[data-filter="round"] option').allInnerTexts();
    expect(rounds.length).toBeGreaterThan(1);
    for (const round of rounds.slice(1)) expect(round.replace(/\s/g, ' ')).toMatch(/^[A-Z][a-z]+ – [A-Z][a-z]+ \d{4}$/);
    expect(await coordinator.rowCount()).toBe('2 of 2 responses');
    const rows = await coordinator.tableRows();
    expect(rows.map((row) => row[0]).sort()).toEqual(['Czech Integration Office', `Hostile ${HOSTILE}`]);
    // Revision 2 has one need instead of two.
    expect(rows.find((row) => row[0] === 'Czech Integration Office')?.[7]).toBe('1');
  });

  it('shows a response with its revision history', async () => {
    await coordinator.openResponse('Czech Integration Office');
    const text = await session.page.locator('main').innerText();
    expect(text).toContain('Revision 2 (revisions stored here: 2)');
    expect(text).toContain('Changes from revision 1');
    expect(text).toContain('«Advice on winter orientation» — removed');
    // Its lists headed in the coordinator's words, not the questionnaire's "Your needs".
    const lists = await session.page.locator('.answer-list .entry-list h3').allInnerTexts();
    expect(lists.length).toBeGreaterThan(0);
    for (const heading of lists) expect(['Needs', 'Offers', 'Funding sources', 'Past twinning arrangements']).toContain(heading);
  });

  it('shows hostile text as text everywhere, never as markup', async () => {
    await coordinator.go('responses');
    await coordinator.openResponse(`Hostile ${HOSTILE}`);
    const main = session.page.locator('main');
    expect(await main.innerText()).toContain(HOSTILE);
    expect(await main.innerText()).toContain(FORMULA);
    expect(await main.innerText()).toContain('{org_name} {panel.title}');
    expect(await session.page.locator('main img').count()).toBe(0);
    expect(await session.page.evaluate(() => 'xss' in window || '__xss' in window)).toBe(false);
    expect(dialogs).toEqual([]);
  });

  it('restores a backup into a fresh browser with the same table', async () => {
    await coordinator.go('responses');
    const before = await coordinator.tableRows();
    await coordinator.go('backup');
    const backup = await coordinator.downloadBackup();
    const path = await backup.path();
    expect(backup.suggestedFilename()).toMatch(/\.needs-offers-backup\.json$/);
    // Said where it went, by name.
    await expect.poll(() => session.page.locator('.coordinator-screen [role="status"]').filter({ hasText: 'backup' }).innerText())
      .toBe(`The backup ${backup.suggestedFilename()} has been handed to your browser: look for it in its downloads, and keep a copy off this computer.`);

    const fresh = await openBrowser(baseUrl);
    try {
      const other = new CoordinatorPage(fresh.page, baseUrl);
      await other.open('backup');
      await other.restore(path);
      expect(await other.reportTotals()).toBe('Files: 1 (imported: 1, rejected: 0).');
      await other.go('responses');
      expect(await other.tableRows()).toEqual(before);
      await other.openResponse('Czech Integration Office');
      expect(await fresh.page.locator('main').innerText()).toContain('Revision 2 (revisions stored here: 2)');
      expect(fresh.foreignRequests).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('never contacted another origin', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
