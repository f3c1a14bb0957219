// With the demo data: the chart's totals, a filter, a cell's entries; a match introduced, agreed, and withdrawn by a revision.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { buildChart, filterEntries } from '../../src/domain/chart';
import { labelOf } from '../../src/domain/codes';
import { buildEntries } from '../../src/domain/entries';
import { findCandidates } from '../../src/domain/matching';
import { serializeResponseFile, type ResponseFile } from '../../src/domain/responseFile';
import { isRecord } from '../../src/domain/result';
import { openBrowser, type BrowserSession } from '../support/browser';
import { demoResponses } from '../support/demoFiles';
import { writeFiles } from '../support/responseFiles';
import { CoordinatorPage } from './pages/coordinatorPage';
import { hintShownWhole } from './pages/layout';
import { tableAsRead, underHeaders } from '../support/tableAsRead';

const baseUrl = inject('baseUrl');
const demo = demoResponses();
const entries = buildEntries(demo);
const candidates = findCandidates(entries.needs, entries.offers, entries.funding, new Date().toISOString().slice(0, 10));
const totalsText = (chart: ReturnType<typeof buildChart>) => {
  const t = chart.totals;
  return `${t.organisations} organisations · ${t.needs} needs · ${t.offers} offers · ${t.funding} funding sources · ${t.obvious} obvious matches among ${t.candidates} candidates`;
};

describe('chart and matches on the demo data', () => {
  let session: BrowserSession;
  let coordinator: CoordinatorPage;
  beforeAll(async () => {
    session = await openBrowser(baseUrl);
    coordinator = new CoordinatorPage(session.page, baseUrl);
    await coordinator.loadDemo();
  });
  afterAll(async () => { await session.close(); });

  it('shows the expected totals, and a filter changes them', async () => {
    await session.page.goto(`${baseUrl}#/coordinator/chart`);
    const totals = session.page.getByTestId('chart-totals');
    await expect.poll(() => totals.innerText()).toBe(totalsText(buildChart(entries, candidates)));
    expect(demo.length).toBe(30);
    await session.page.locator('select[data-filter="status"]').selectOption('emerging');
    await expect.poll(() => totals.innerText()).toBe(totalsText(buildChart(filterEntries(entries, { status: 'emerging' }), candidates)));
    // Gap themes are marked.
    const gaps = buildChart(filterEntries(entries, { status: 'emerging' }), candidates).rows.filter((row) => row.gap).map((row) => row.theme);
    const marked = await session.page.locator('.chart-table tr.gap-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-theme')));
    expect(marked).toEqual(gaps);
    // The bars' colours are named above them, in the colours the bars are drawn in.
    const legend = session.page.locator('.chart-table thead .bar-legend');
    expect((await legend.innerText()).replace(/\s+/g, ' ').trim()).toBe('Needs Offers');
    const colours = (selector: string) => session.page.locator(selector).first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect([await colours('.bar-legend .swatch-a'), await colours('.bar-legend .swatch-b')]).toEqual([await colours('.chart-table .bar-needs'), await colours('.chart-table .bar-offers')]);
    await session.page.locator('select[data-filter="status"]').selectOption('');
    // Read as a screen reader reads it: each number under its own column's header (the bars' column is for the eye).
    const chart = buildChart(entries, candidates);
    const read = underHeaders(await tableAsRead(session.page.locator('.chart-table')));
    for (const row of chart.rows) {
      const label = labelOf('theme', row.theme, 'en');
      expect(read.find((cells) => cells['Theme']?.startsWith(label)), label).toEqual({
        Theme: expect.stringContaining(label), Needs: String(row.needs), Offers: String(row.offers),
        'Funding sources': String(row.funding), 'Obvious matches': String(row.obvious), Candidates: String(row.candidates),
      });
    }
  });

  it('lists the entries behind a heat-map cell', async () => {
    const chart = buildChart(entries, candidates);
    const row = chart.rows.find((item) => (item.needsBy.status['emerging'] ?? 0) > 0 && (item.offersBy.status['emerging'] ?? 0) > 0)
      ?? chart.rows.find((item) => (item.needsBy.status['emerging'] ?? 0) > 0);
    if (!row) throw new Error('the demo data has no emerging needs');
    await session.page.locator(`[data-cell="${row.theme}:emerging"]`).click();
    const listed = await session.page.locator('.cell-entries tr[data-entry-id]').evaluateAll((rows) => rows.map((item) => item.getAttribute('data-entry-id')).sort());
    const expected = [...entries.needs, ...entries.offers].filter((entry) => entry.theme === row.theme && entry.org.status === 'emerging').map((entry) => entry.id).sort();
    expect(listed).toEqual(expected);
    // Each link names its organisation, so a list of the page's links tells them apart.
    const links = await session.page.locator('.cell-entries').getByRole('link').evaluateAll((items) => items.map((item) => item.textContent));
    const orgOf = new Map([...entries.needs, ...entries.offers].map((entry) => [entry.id, entry.org.orgName]));
    expect(links).toEqual(await session.page.locator('.cell-entries tr[data-entry-id]').evaluateAll((rows) => rows.map((item) => item.getAttribute('data-entry-id') ?? ''))
      .then((ids) => ids.map((id) => `Open the response: ${orgOf.get(id) ?? ''}`)));
  });

  it('shows a long list a page at a time, and says how many pairs match and how many are still to show', async () => {
    await coordinator.page.goto(`${baseUrl}#/coordinator/matches`);
    const total = candidates.length;
    // The demo data must need more than one page for this test to mean anything.
    expect(total).toBeGreaterThan(60);
    await expect.poll(() => session.page.getByTestId('pair-count').innerText()).toBe(`Pairs matching the filters: ${total} of ${total}`);
    await expect.poll(() => session.page.locator('.match-card').count()).toBe(60);
    const more = session.page.getByRole('button', { name: `Show ${Math.min(60, total - 60)} more (${total - 60} still to show)` });
    await more.click();
    await expect.poll(() => session.page.locator('.match-card').count()).toBe(Math.min(120, total));
    // One organisation's pairs, found by part of its name typed without its accents or capitals.
    const name = candidates[0]?.offer.org.orgName ?? '';
    const involving = candidates.filter((pair) => pair.need.org.orgName === name || pair.offer.org.orgName === name).length;
    const typed = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().slice(0, 12);
    // Its hint is shown whole (it was cut at "Organisation, country o").
    const hintFits = await session.page.getByRole('searchbox', { name: 'Search' }).evaluate(hintShownWhole);
    expect(hintFits).toBe(true);
    const listHeading = session.page.getByRole('heading', { level: 2 }).first();
    expect(await listHeading.innerText()).toBe('All candidates');
    await session.page.getByRole('searchbox', { name: 'Search' }).fill(typed);
    await expect.poll(() => session.page.getByTestId('pair-count').innerText()).toBe(`Pairs matching the filters: ${involving} of ${total}`);
    // Not "All candidates" over a filtered list.
    expect(await listHeading.innerText()).toBe('Candidates matching the filters');
    const shownNames = await session.page.locator('.match-card').evaluateAll((cards) => cards.map((card) => card.textContent ?? ''));
    expect(shownNames.length).toBe(Math.min(60, involving));
    expect(shownNames.every((text) => text.includes(name))).toBe(true);
    await session.page.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect.poll(() => session.page.getByTestId('pair-count').innerText()).toBe(`Pairs matching the filters: ${total} of ${total}`);
    expect(await listHeading.innerText()).toBe('All candidates');
  });

  it('names what speaks for a pair apart from what to check, with the dates, cost and capacity to check it against', async () => {
    const pair = candidates.find((item) => item.reasons.includes('timing_mismatch'));
    if (!pair) throw new Error('the demo data has no pair whose dates do not fit');
    await coordinator.page.goto(`${baseUrl}#/coordinator/matches`);
    await session.page.getByRole('searchbox', { name: 'Search' }).fill(pair.offer.title);
    const card = session.page.locator(`.match-card[data-need="${pair.need.id}"][data-offer="${pair.offer.id}"]`).first();
    await card.waitFor();
    const list = (kind: string) => card.locator(`.reasons-${kind} li`).allInnerTexts();
    // Under its own heading, with what it takes from the score; not among the reasons it is suggested.
    expect(await card.getByRole('heading', { name: 'What to check' }).count()).toBe(1);
    expect(await list('against')).toContain('The need’s start date falls outside the offer’s availability. (−10)');
    expect((await list('for')).join('\n')).not.toContain('availability');
    expect(await list('for')).toContain('Both are about the same theme. (+40)');
    const facts = (side: string) => card.locator(`.match-${side} .facts > div`).evaluateAll((items) => items.map((item) => [item.querySelector('dt')?.textContent, item.querySelector('dd')?.textContent]));
    expect(await facts('need')).toEqual(expect.arrayContaining([['Start', 'September 2027']]));
    expect(await facts('offer')).toEqual(expect.arrayContaining([['Available', 'January 2027 to June 2027'], ['Cost', 'We cover the costs']]));
    await session.page.getByRole('searchbox', { name: 'Search' }).fill('');
  });

  it('puts a response in the bin and restores it, the bin under its own heading', async () => {
    const page = session.page;
    await coordinator.go('responses');
    const count = page.getByTestId('row-count');
    await expect.poll(() => count.innerText()).toBe('30 of 30 responses');
    const name = String(demo[0]?.data['org_name']);
    // Found by its name (the table draws only the rows on screen).
    await page.getByPlaceholder('Organisation, country or response id').fill(name);
    await page.locator('.responses-table a', { hasText: name }).first().click();
    page.once('dialog', (dialog) => { void dialog.accept(); });
    await page.getByRole('button', { name: 'Move to the bin' }).click();
    await page.getByRole('button', { name: 'Show the bin (1 in the bin)' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().innerText()).toBe('In the bin (open a response to restore it)');
    await page.getByPlaceholder('Organisation, country or response id').fill('');
    await expect.poll(() => count.innerText()).toBe('1 of 1 responses');
    await page.locator('.responses-table a', { hasText: name }).first().click();
    await page.getByRole('button', { name: 'Restore' }).press('Enter');
    await page.getByRole('button', { name: 'Move to the bin' }).waitFor();
    // The Restore button has gone: the focus is on the line saying it was done, not on the page body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? null)).toBe('Restored: the response is back among the responses.');
    await coordinator.go('responses');
    await expect.poll(() => count.innerText()).toBe('30 of 30 responses');
  });

  it('introduces an obvious match, agrees it, and reads its history back after a reload', async () => {
    await coordinator.page.goto(`${baseUrl}#/coordinator/matches`);
    const card = session.page.locator('.match-card').first();
    await card.waitFor();
    const needId = await card.getAttribute('data-need');
    const offerId = await card.getAttribute('data-offer');
    const pair = candidates.find((item) => item.need.id === needId && item.offer.id === offerId);
    if (!pair) throw new Error('first card is not a candidate');
    expect(pair.obvious).toBe(true);
    const href = await card.getByRole('link', { name: 'Draft an introduction e-mail' }).getAttribute('href') ?? '';
    expect(href.startsWith(`mailto:${encodeURIComponent(pair.need.org.contactEmail)},${encodeURIComponent(pair.offer.org.contactEmail)}?subject=`)).toBe(true);
    const body = decodeURIComponent(href.slice(href.indexOf('body=') + 5));
    expect(body).toContain(pair.need.title);
    expect(body).toContain(pair.offer.title);
    // The same e-mail as text, for webmail (where the mailto: link opens nothing), and copied in one press.
    await card.getByText('The e-mail as text (for webmail)').click();
    const text = await card.getByRole('textbox', { name: 'The e-mail as text (for webmail)' }).inputValue();
    // In the e-mail's own language (here the one both sides work in), as its subject and body are.
    expect(text.startsWith(`Para: ${pair.need.org.contactEmail}, ${pair.offer.org.contactEmail}\nAsunto: `)).toBe(true);
    expect(text.endsWith(`\n\n${body.replace(/\r\n/g, "\n")}`)).toBe(true);
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await card.getByRole('button', { name: 'Copy the e-mail' }).click();
    await expect.poll(() => card.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    expect(await session.page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    await card.getByRole('button', { name: 'I sent it: mark as introduced' }).click();
    const agreedCard = session.page.locator(`.match-card[data-need="${needId}"][data-offer="${offerId}"]`);
    await expect.poll(() => agreedCard.locator('.match-header .status').innerText()).toBe('Introduced');
    // A change not yet saved is said in a live region, which a screen reader announces.
    const pending = agreedCard.getByRole('status').filter({ hasText: 'Not saved yet' });
    expect(await pending.count()).toBe(0);
    await agreedCard.getByTestId('status-select').selectOption('agreed');
    await expect.poll(() => pending.count()).toBe(1);
    // The note's name sits above its box, as the status's does.
    const [noteName, noteBox] = await Promise.all([agreedCard.locator('.note-field > span').boundingBox(), agreedCard.getByLabel('Note').boundingBox()]);
    expect((noteName?.y ?? Infinity) + (noteName?.height ?? 0)).toBeLessThanOrEqual(noteBox?.y ?? 0);
    await agreedCard.getByLabel('Note').fill('Study visit planned for March');
    await agreedCard.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => agreedCard.locator('.match-header .status').innerText()).toBe('Agreed');

    await session.page.reload();
    await agreedCard.locator('details.history summary').click();
    const history = await agreedCard.locator('details.history li').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    expect(history).toEqual(['suggested', 'introduced', 'agreed']);
    expect(await agreedCard.locator('details.history').innerText()).toContain('Study visit planned for March');
  });

  it('marks the match withdrawn when a revision removes its need', async () => {
    const card = session.page.locator('.match-card').first();
    const needId = await card.getAttribute('data-need');
    const source = demo.find((file) => Array.isArray(file.data['needs']) && file.data['needs'].some((need: unknown) => isRecord(need) && need['id'] === needId));
    if (!source || !Array.isArray(source.data['needs'])) throw new Error('need not found in the demo files');
    const remaining = source.data['needs'].filter((need: unknown) => !(isRecord(need) && need['id'] === needId));
    const revised: ResponseFile = { ...source, revision: source.revision + 1, submittedAt: new Date().toISOString(), data: { ...source.data, has_needs: remaining.length > 0, needs: remaining.length > 0 ? remaining : undefined } };
    const data = Object.fromEntries(Object.entries(revised.data).filter(([, value]) => value !== undefined));
    const files = writeFiles({ 'revised.needs-offers.json': serializeResponseFile({ ...revised, data }) });
    await coordinator.go('import');
    await coordinator.importFiles([files.path('revised.needs-offers.json')]);
    expect(await coordinator.reportFor('revised')).toContain('later revisions: 1');
    await coordinator.page.goto(`${baseUrl}#/coordinator/matches`);
    const withdrawn = session.page.locator(`.withdrawn li[data-need="${needId}"]`);
    await withdrawn.waitFor();
    const statuses = await withdrawn.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    expect(statuses).toEqual(['suggested', 'introduced', 'agreed', 'withdrawn']);
    expect(await session.page.locator(`.match-card[data-need="${needId}"]`).count()).toBe(0);
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  /** On the Matches screen, the first match with no follow-up yet, by its pair (its card moves once followed up). */
  async function firstMatchNotFollowedUp(): Promise<{ card: Locator; needId: string | null; offerId: string | null }> {
    await coordinator.page.goto(`${baseUrl}#/coordinator/matches`);
    const first = session.page.locator('.match-card:not(:has(details.history))').first();
    await first.waitFor();
    const [needId, offerId] = await Promise.all([first.getAttribute('data-need'), first.getAttribute('data-offer')]);
    return { card: session.page.locator(`.match-card[data-need="${needId}"][data-offer="${offerId}"]`), needId, offerId };
  }

  it('drafts a register entry from a match marked completed without having been marked agreed', async () => {
    // A match not followed up yet: the coordinator hears of the exchange only once it has happened.
    const { card: completed, needId, offerId } = await firstMatchNotFollowedUp();
    await completed.getByTestId('status-select').selectOption('completed');
    await completed.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => completed.locator('.match-header .status').innerText()).toBe('Completed');
    await completed.getByRole('link', { name: 'Open the register entry' }).click();
    await expect.poll(() => session.page.evaluate(() => location.hash)).toMatch(/^#\/coordinator\/register\//);
    // The entry's row is brought into view with the focus on its Edit button (it was highlighted out of sight).
    await expect.poll(() => session.page.evaluate(() => {
      const row = document.activeElement?.closest('tr.focused');
      if (!row) return 'focus not in the entry\'s row';
      const box = row.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight ? 'in view' : `out of view at ${Math.round(box.top)}`;
    })).toBe('in view');
    const pair = candidates.find((item) => item.need.id === needId && item.offer.id === offerId);
    await expect.poll(() => session.page.locator('main').innerText()).toContain(pair?.offer.org.orgName ?? '(no such pair)');
  });

  it('keeps a status chosen and a note typed but not saved while another screen is visited, and says they are not saved', async () => {
    const { card } = await firstMatchNotFollowedUp();
    await card.getByTestId('status-select').selectOption('in_discussion');
    await card.getByLabel('Note').fill('Call planned with both on Friday');
    await expect.poll(() => card.getByText('Not saved yet: press Save to record this change.').count()).toBe(1);
    await coordinator.go('chart');
    await coordinator.page.goto(`${baseUrl}#/coordinator/matches`);
    await card.waitFor();
    expect(await card.getByTestId('status-select').inputValue()).toBe('in_discussion');
    expect(await card.getByLabel('Note').inputValue()).toBe('Call planned with both on Friday');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.locator('.match-header .status').innerText()).toBe('In discussion');
    expect(await card.getByText('Not saved yet: press Save to record this change.').count()).toBe(0);
    expect(await card.getByLabel('Note').inputValue()).toBe('');
  });

  it('opens either side\'s response from a card and comes back to that card, by its link or the browser\'s Back', async () => {
    const { card, needId, offerId } = await firstMatchNotFollowedUp();
    const pair = candidates.find((item) => item.need.id === needId && item.offer.id === offerId);
    if (!pair) throw new Error('no such pair');
    const cardFocused = () => session.page.evaluate(([need, offer]) => document.activeElement?.matches(`.match-card[data-need="${need}"][data-offer="${offer}"]`) ?? false, [needId, offerId]);
    await card.locator('.match-need').getByRole('link', { name: pair.need.org.orgName }).click();
    await session.page.getByRole('heading', { level: 1, name: pair.need.org.orgName }).waitFor();
    await session.page.getByRole('link', { name: '← Back to the matches' }).click();
    // On the card it was opened from, not the screen's heading far above it.
    await expect.poll(cardFocused).toBe(true);
    await card.locator('.match-offer').getByRole('link', { name: pair.offer.org.orgName }).click();
    await session.page.getByRole('heading', { level: 1, name: pair.offer.org.orgName }).waitFor();
    await session.page.goBack();
    await expect.poll(cardFocused).toBe(true);
  });

  it('shows each pair\'s follow-up in the needs view: a declined pair is not just an obvious match there', async () => {
    const { card, needId, offerId } = await firstMatchNotFollowedUp();
    await card.getByTestId('status-select').selectOption('declined');
    await card.getByLabel('Note').fill('They found a partner already');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.locator('.match-header .status').innerText()).toBe('Declined');
    await session.page.getByRole('button', { name: 'Needs and their offers' }).click();
    const line = session.page.locator(`.needs-list li[data-need="${needId}"] li[data-offer="${offerId}"]`);
    expect(await line.locator('.status').innerText()).toBe('Declined');
    await session.page.getByRole('button', { name: 'By need' }).click();
    expect(await session.page.locator('.match-group summary').first().innerText()).toMatch(/Obvious matches: \d+/);
    await session.page.getByRole('button', { name: 'All candidates' }).click();
  });
});
