// Hostile answers (an XSS corpus in every free-text field) imported and opened in every coordinator view, the circulated
// chart, print layouts, the introduction e-mail and the exports: nothing runs, everything reads as text, links stay http(s).
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isEntryList, topLevelElements } from '../../src/domain/questionnaireSchema';
import { validateResponse, type ResponseFile } from '../../src/domain/responseFile';
import { isRecord } from '../../src/domain/result';
import { escapeFormulaCell } from '../../src/io/csv';
import { openBrowser, type BrowserSession } from '../support/browser';
import { responseFile, serializeResponseFile, writeFiles } from '../support/responseFiles';
import { ALL_PAYLOADS, PAYLOADS, SENTINEL, XSS, payloadCycle, payloadTraces, takeSentinel, unsafeLinks } from '../support/xssCorpus';
import { entryOf } from '../unit/fixtures';
import { CoordinatorPage } from './pages/coordinatorPage';

const baseUrl = inject('baseUrl');
const utf8 = new TextDecoder('utf-8');

const A = 'aaaaaaaa-1111-4111-8111-111111111111';
const B = 'bbbbbbbb-2222-4222-8222-222222222222';
const ORG_A = `Org A ${XSS.imgOnerror}`;
const ORG_B = `Org B ${XSS.svgOnload} ${XSS.messageSlots}`;
const CONTACT_A = `Ana ${XSS.attributeBreakout}`;
const CONTACT_B = `Ben ${XSS.templates}`;
// Valid addresses by the importer's rule (one @, no spaces, a dot in the domain) that are hostile in markup or in a mailto: link.
const EMAIL_A = `"><svg/onload=window.__xss='email'>@example.org`;
const EMAIL_B = 'eve@example.org?cc=spy%40attacker.example&bcc=spy2%40attacker.example';
// http(s) addresses are accepted, whatever their query or fragment holds.
const URL_A = `https://example.org/forum?q="><script>window.__xss='url-a'</script>`;
const URL_B = `http://example.org/calendar#"><img src=x onerror="window.__xss='url-b'">`;
const NOTE_AGREED = `Agreed ${XSS.detailsOntoggle}`;
const NOTE_DISCUSSION = `Talking ${XSS.iframeSrcdoc}`;

/** Organisation A (Czechia, emerging, everything shared): needs housing, offers language training with an event, funds housing. */
function answersA(): Record<string, unknown> {
  const next = payloadCycle(0);
  return {
    org_name: ORG_A, org_type: 'other', org_type_other: next(), country: 'CZ', resettlement_status: 'emerging', continuum_roles: ['reception'],
    working_languages: ['en', 'other'], working_languages_other: next(), contact_name: CONTACT_A, contact_role: next(), contact_email: EMAIL_A,
    contact_phone: next(), consent_share: 'share_all', refugee_involvement: 'partly', refugee_involvement_comment: ALL_PAYLOADS,
    has_needs: true,
    needs: [
      { id: 'ha-need-housing', theme: 'housing', title: next(), description: ALL_PAYLOADS, modalities: ['study_visit', 'mentoring'], languages: ['en'],
        priority: 'high', funding: 'needs_funding', preferred_countries: ['CA'] },
      { id: 'ha-need-gone', theme: 'housing', title: next(), description: next(), modalities: ['study_visit'], languages: ['en'], priority: 'medium', funding: 'self_funded' },
      { id: 'ha-need-other', theme: 'other', theme_other: next(), title: next(), description: next(), modalities: ['materials'], languages: ['en'], priority: 'low', funding: 'self_funded' },
    ],
    has_offers: true,
    offers: [
      { id: 'ha-offer-lang', theme: 'language_training', title: next(), description: ALL_PAYLOADS, modalities: ['training', 'conference'], languages: ['en'],
        cost: 'we_cover', event_name: next(), event_date: '2027-05-20', url: URL_A },
    ],
    has_funding_sources: true,
    funding_sources: [
      { id: 'ha-fund', name: next(), funder_type: 'foundation', themes: ['housing'], modalities: ['study_visit'], amount: next(), deadline: '2099-12-31',
        url: 'https://example.org/fund?x=<svg onload=1>', notes: ALL_PAYLOADS },
    ],
    existing_mechanisms: ALL_PAYLOADS,
    twinning_experience: true,
    past_twinning: [
      { id: 'ha-twin', partner: next(), years: next(), activity_types: ['study_visit'], arrangement: 'one_off', outcome: ALL_PAYLOADS, worked: next(), did_not_work: next() },
    ],
    willing_to_twin: 'yes', twin_roles: ['mentee'], mechanism_needed: 5, mechanism_gaps: ALL_PAYLOADS, heard_from: 'network',
  };
}

/** Organisation B (Canada, established, contact through the coordinator): offers housing with an event, needs language training. */
function answersB(): Record<string, unknown> {
  const next = payloadCycle(10);
  return {
    org_name: ORG_B, org_type: 'other', org_type_other: next(), country: 'CA', resettlement_status: 'established', continuum_roles: ['integration'],
    working_languages: ['en', 'other'], working_languages_other: next(), contact_name: CONTACT_B, contact_role: next(), contact_email: EMAIL_B,
    contact_phone: next(), consent_share: 'share_org_only', refugee_involvement: 'yes', refugee_involvement_comment: ALL_PAYLOADS,
    has_needs: true,
    needs: [
      { id: 'hb-need-lang', theme: 'language_training', title: next(), description: ALL_PAYLOADS, modalities: ['training'], languages: ['en'], priority: 'high', funding: 'self_funded' },
    ],
    has_offers: true,
    offers: [
      { id: 'hb-offer-housing', theme: 'housing', title: next(), description: ALL_PAYLOADS, modalities: ['study_visit', 'conference'], languages: ['en'],
        cost: 'cost_shared', event_name: next(), event_date: '2027-03-15', url: URL_B },
    ],
    has_funding_sources: true,
    funding_sources: [
      { id: 'hb-fund', name: next(), funder_type: 'government', themes: ['language_training'], amount: next(), notes: ALL_PAYLOADS },
    ],
    existing_mechanisms: ALL_PAYLOADS,
    twinning_experience: true,
    past_twinning: [
      { id: 'hb-twin', partner: next(), years: next(), activity_types: ['housing'], arrangement: 'continuous', outcome: ALL_PAYLOADS, worked: next(), did_not_work: next() },
    ],
    willing_to_twin: 'maybe', twin_roles: ['mentor'], mechanism_needed: 1, mechanism_gaps: ALL_PAYLOADS, heard_from: 'other',
  };
}

const a1 = responseFile(A, 1, answersA());
const b1 = responseFile(B, 1, answersB());
// Revision 2 of A: its gaps and a need's title change, the matched need `ha-need-gone` is removed and a need is added.
const a2 = responseFile(A, 2, {
  ...answersA(),
  mechanism_gaps: `${XSS.formula}\n${XSS.anchorJavascript}`,
  needs: [
    { ...entryOf(a1.data, 'needs', 0), title: `Revised ${XSS.mathImg}` },
    entryOf(a1.data, 'needs', 2),
    { id: 'ha-need-new', theme: 'housing', title: `Added ${XSS.noscriptMxss}`, modalities: ['mentoring'], languages: ['en'], priority: 'low', funding: 'partial' },
  ],
});

// Files the importer must reject: a non-http(s) URL, whatever else the file holds.
const REJECTED = [
  { name: 'bad-js-url', id: 'cccccccc-3333-4333-8333-333333333331', org: `Rejected JS ${XSS.svgScript}`, list: 'offers', url: `javascript:window.__xss='rejected-url'` },
  { name: 'bad-host-url', id: 'cccccccc-3333-4333-8333-333333333332', org: `Rejected JS host ${XSS.script}`, list: 'offers', url: `JavaScript://example.org/%0Awindow.__xss='rejected-host'` },
  { name: 'bad-data-url', id: 'cccccccc-3333-4333-8333-333333333333', org: `Rejected data ${XSS.objectData}`, list: 'funding_sources', url: `data:text/html,<script>window.__xss='rejected-data'</script>` },
] as const;
const rejectedFiles = REJECTED.map((bad) => {
  const base = answersB();
  const list = base[bad.list];
  const entries = Array.isArray(list) ? list.filter(isRecord).map((entry) => ({ ...entry, url: bad.url })) : [];
  return { ...bad, file: responseFile(bad.id, 1, { ...base, org_name: bad.org, [bad.list]: entries }) };
});

/** Each hostile file must be valid, or the test would only be testing the importer's rejection. */
function checkValid(file: ResponseFile): void {
  const result = validateResponse(JSON.parse(serializeResponseFile(file)));
  if (!result.ok) throw new Error(`hostile file ${file.responseId} r${file.revision} does not import: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
}
[a1, b1, a2].forEach(checkValid);

const files = writeFiles({
  'hostile-a-1.needs-offers.json': serializeResponseFile(a1),
  'hostile-b-1.needs-offers.json': serializeResponseFile(b1),
  'hostile-a-2.needs-offers.json': serializeResponseFile(a2),
  ...Object.fromEntries(rejectedFiles.map((bad) => [`${bad.name}.needs-offers.json`, serializeResponseFile(bad.file)])),
});

const TEXT_KINDS: ReadonlySet<string> = new Set(['text', 'comment', 'email', 'tel', 'url']);

/** Every free-text answer of a response (top level and inside entries). */
function textAnswers(data: Record<string, unknown>): string[] {
  const texts: string[] = [];
  for (const element of topLevelElements()) {
    if (isEntryList(element)) {
      const list = data[element.name];
      for (const entry of Array.isArray(list) ? list.filter(isRecord) : []) {
        for (const field of element.fields) {
          const value = entry[field.name];
          if (TEXT_KINDS.has(field.kind) && typeof value === 'string') texts.push(value);
        }
      }
    } else {
      const value = data[element.name];
      if (TEXT_KINDS.has(element.kind) && typeof value === 'string') texts.push(value);
    }
  }
  return texts;
}

/** A text answer of an entry. */
function field(file: ResponseFile, list: string, id: string, name: string): string {
  const entries = file.data[list];
  const entry = Array.isArray(entries) ? entries.filter(isRecord).find((item) => item['id'] === id) : undefined;
  const value = entry?.[name];
  if (typeof value !== 'string') throw new Error(`${list} ${id} has no text ${name}`);
  return value;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The parts of a mailto: link, decoded. */
function parseMailto(href: string): { to: string[]; params: [string, string][] } {
  const [target = '', query = ''] = href.slice('mailto:'.length).split('?');
  return {
    to: target.split(',').map(decodeURIComponent),
    params: query.split('&').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), decodeURIComponent(pair.slice(at + 1))];
    }),
  };
}

describe('hostile answers in every coordinator view', () => {
  let session: BrowserSession;
  let coordinator: CoordinatorPage;
  const dialogs: string[] = [];

  /** Every sentinel a payload set, by view: each view's check clears it, the last test lists them all. */
  const sentinelsSeen: string[] = [];
  async function sentinel(page: Page, view: string): Promise<string | null> {
    const value = await page.evaluate(takeSentinel, SENTINEL);
    if (value !== null) sentinelsSeen.push(`${view}: ${value}`);
    return value;
  }

  // What was already reported: each view is blamed only for what happened since the previous check (the last test sees all).
  const reported = { dialogs: 0, csp: 0, foreign: 0, requests: 0, errors: 0 };
  const since = <T>(list: readonly T[], key: keyof typeof reported): T[] => {
    const fresh = list.slice(reported[key]);
    reported[key] = list.length;
    return fresh;
  };

  /** (a) no sentinel, (b) no dialog, (c) no element or attribute a payload brings, no unsafe link, (e) no CSP violation, no foreign request. */
  async function assertClean(view: string): Promise<void> {
    const page = session.page;
    // A moment for a payload that had become markup to load or fire (an image error, a toggle, a focus).
    await page.waitForTimeout(150);
    const fresh = {
      dialogs: since(dialogs, 'dialogs'), csp: since(session.cspViolations, 'csp'), foreign: since(session.foreignRequests, 'foreign'),
      requests: since(session.requests, 'requests'), errors: since(session.pageErrors, 'errors'),
    };
    expect(await sentinel(page, view), `${view}: a payload ran and set window.${SENTINEL}`).toBeNull();
    expect(await page.evaluate(payloadTraces), `${view}: markup made from a payload`).toEqual([]);
    expect(await page.evaluate(unsafeLinks), `${view}: links that are not http(s), mailto: or in-app`).toEqual([]);
    expect(await page.locator('main a[href^="javascript:" i], main a[href^="data:" i]').count(), `${view}: javascript:/data: links`).toBe(0);
    expect(fresh.dialogs, `${view}: dialogs opened`).toEqual([]);
    expect(fresh.csp, `${view}: CSP violations`).toEqual([]);
    expect(fresh.foreign, `${view}: requests to another origin`).toEqual([]);
    // <img src=x> would fetch the app's own /x.
    expect(fresh.requests.filter((url) => new URL(url).pathname.endsWith('/x')), `${view}: requests made by a payload`).toEqual([]);
    expect(fresh.errors, `${view}: page errors`).toEqual([]);
  }

  /** (d) each text is shown, as text, in the scope's visible text. */
  async function expectShown(view: string, texts: readonly string[], scope = 'main'): Promise<void> {
    const shown = squash(await session.page.locator(scope).first().innerText());
    const missing = texts.filter((text) => !shown.includes(squash(text)));
    expect(missing, `${view}: answers not shown as text`).toEqual([]);
  }

  async function asPrinted(view: string, texts: readonly string[]): Promise<void> {
    await session.page.emulateMedia({ media: 'print' });
    try {
      await assertClean(`${view} (print)`);
      await expectShown(`${view} (print)`, texts);
    } finally {
      await session.page.emulateMedia({ media: 'screen' });
    }
  }

  async function openAllDetails(selector: string): Promise<void> {
    const closed = session.page.locator(`${selector}:not([open]) > summary`);
    for (let left = await closed.count(); left > 0; left -= 1) {
      await closed.first().click();
      await expect.poll(() => closed.count()).toBe(left - 1);
    }
  }

  beforeAll(async () => {
    session = await openBrowser(baseUrl);
    session.page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    coordinator = new CoordinatorPage(session.page, baseUrl);
  });
  afterAll(async () => { await session.close(); });

  it('imports the hostile responses, and rejects every file with a javascript: or data: URL, storing nothing of it', async () => {
    // The rejected files are otherwise valid: their URL is their only problem.
    for (const bad of rejectedFiles) {
      const result = validateResponse(JSON.parse(serializeResponseFile(bad.file)));
      expect(result.ok, bad.name).toBe(false);
      if (!result.ok) expect(result.errors.map((e) => e.path), bad.name).toEqual([`data.${bad.list}[0].url`]);
    }
    await coordinator.open('import');
    await coordinator.importFiles([files.path('hostile-a-1.needs-offers.json'), files.path('hostile-b-1.needs-offers.json'), ...rejectedFiles.map((bad) => files.path(`${bad.name}.needs-offers.json`))]);
    expect(await coordinator.reportTotals()).toBe(`Files: 5 (imported: 2, rejected: 3).`);
    expect(await coordinator.reportFor('hostile-a-1')).toContain('new responses: 1, later revisions: 0');
    expect(await coordinator.reportFor('hostile-b-1')).toContain('new responses: 1, later revisions: 0');
    for (const bad of rejectedFiles) {
      const report = await coordinator.reportFor(bad.name);
      expect(report).toContain('Rejected');
      expect(report).toContain(`data.${bad.list}[0].url:`);
      expect(report).toContain('is not an http(s) address');
    }
    await assertClean('import report');
    await expectShown('import report', rejectedFiles.map((bad) => bad.org), '.import-report');
  });

  it('lists the two hostile organisations, and none of the rejected ones', async () => {
    await coordinator.go('responses');
    expect(await coordinator.rowCount()).toBe('2 of 2 responses');
    const names = (await coordinator.tableRows()).map((row) => row[0]).sort();
    expect(names).toEqual([ORG_A, ORG_B].sort());
    await assertClean('responses table');
    await expectShown('responses table', [ORG_A, ORG_B]);
  });

  it('introduces one hostile match and agrees another, with hostile notes: the agreed one drafts a register entry', async () => {
    await coordinator.go('matches');
    const page = session.page;
    const agreed = page.locator('.match-card[data-need="ha-need-housing"][data-offer="hb-offer-housing"]');
    await agreed.waitFor();
    await assertClean('matches before follow-up');

    // A need later withdrawn: introduced, then in discussion with a hostile note.
    const discussed = page.locator('.match-card[data-need="ha-need-gone"][data-offer="hb-offer-housing"]');
    await discussed.getByRole('button', { name: 'I sent it: mark as introduced' }).click();
    await expect.poll(() => discussed.locator('.match-header .status').innerText()).toBe('Introduced');
    await discussed.getByTestId('status-select').selectOption('in_discussion');
    await discussed.getByLabel('Note').fill(NOTE_DISCUSSION);
    await discussed.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => discussed.locator('.match-header .status').innerText()).toBe('In discussion');

    // Agreed with a hostile note: a register entry is drafted from the hostile answers.
    await agreed.getByRole('button', { name: 'I sent it: mark as introduced' }).click();
    await expect.poll(() => agreed.locator('.match-header .status').innerText()).toBe('Introduced');
    await agreed.getByTestId('status-select').selectOption('agreed');
    await agreed.getByLabel('Note').fill(NOTE_AGREED);
    await agreed.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => agreed.locator('.match-header .status').innerText()).toBe('Agreed');
    await agreed.getByRole('link', { name: 'Open the register entry' }).waitFor();
    await assertClean('matches after follow-up');
  });

  it('drafts an introduction e-mail whose mailto: link holds the hostile answers as plain text', async () => {
    const agreed = session.page.locator('.match-card[data-need="ha-need-housing"][data-offer="hb-offer-housing"]');
    const href = await agreed.getByRole('link', { name: 'Draft an introduction e-mail' }).getAttribute('href') ?? '';
    // Only what encodeURIComponent leaves alone, and mailto:'s own separators: no markup, no line break, no extra header.
    expect(href).toMatch(/^mailto:[\w.!~*'()%-]+,[\w.!~*'()%-]+\?subject=[\w.!~*'()%-]*&body=[\w.!~*'()%-]*$/);
    const mail = parseMailto(href);
    expect(mail.to).toEqual([EMAIL_A, EMAIL_B]);
    expect(mail.params.map(([name]) => name)).toEqual(['subject', 'body']);
    const subject = mail.params[0]?.[1] ?? '';
    const body = mail.params[1]?.[1] ?? '';
    expect(subject).toContain(`${ORG_A} and ${ORG_B}`);
    for (const text of [ORG_A, ORG_B, CONTACT_A, CONTACT_B, field(a1, 'needs', 'ha-need-housing', 'title'), field(b1, 'offers', 'hb-offer-housing', 'title')]) {
      expect(body, 'mailto body').toContain(text);
    }
    // The messages' own {slots} inside an answer stay literal: filled once, never again ({needOrg} in B's name is not A's name).
    expect(body.split(ORG_A)).toHaveLength(2);
    expect(subject.split(ORG_A)).toHaveLength(2);
    expect(body).not.toContain('undefined');
    await assertClean('introduction e-mail');
  });

  it('imports revision 2 of organisation A, which withdraws a discussed match', async () => {
    await coordinator.go('import');
    await coordinator.importFiles([files.path('hostile-a-2.needs-offers.json')]);
    expect(await coordinator.reportFor('hostile-a-2')).toContain('new responses: 0, later revisions: 1');
    await assertClean('import of revision 2');
  });

  it('shows every answer of each hostile response as text, with the revision history', async () => {
    await coordinator.go('responses');
    await coordinator.openResponse(ORG_A);
    const page = session.page;
    expect(await page.locator('#response-title').innerText()).toBe(ORG_A);
    await assertClean('response A');
    await expectShown('response A', [...PAYLOADS, ...textAnswers(a2.data)], '.answer-list');
    expect(await page.locator('main').innerText()).toContain('Revision 2 (revisions stored here: 2)');
    // The diff shows old and new hostile text, removed and added entries.
    await expectShown('response A history', [
      ALL_PAYLOADS, `${XSS.formula}\n${XSS.anchorJavascript}`,
      field(a1, 'needs', 'ha-need-housing', 'title'), `Revised ${XSS.mathImg}`,
      `«${field(a1, 'needs', 'ha-need-gone', 'title')}» — removed`, `«Added ${XSS.noscriptMxss}» — added`,
    ], '.revision-history');
    expect(await page.locator('.revision-history del').count()).toBeGreaterThan(0);

    await coordinator.go('responses');
    await coordinator.openResponse(ORG_B);
    await assertClean('response B');
    await expectShown('response B', [...PAYLOADS, ...textAnswers(b1.data)], '.answer-list');
  });

  it('lists the hostile entries behind heat-map cells of the chart', async () => {
    await coordinator.go('chart');
    const page = session.page;
    await assertClean('chart');
    await page.locator('[data-cell="housing:emerging"]').click();
    const cell = page.locator('.cell-entries');
    await cell.waitFor();
    const listed = await cell.locator('tr[data-entry-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entry-id')).sort());
    expect(listed).toEqual(['ha-need-housing', 'ha-need-new']);
    await assertClean('chart cell housing × emerging');
    await expectShown('chart cell housing × emerging', [ORG_A, `Revised ${XSS.mathImg}`, `Added ${XSS.noscriptMxss}`], '.cell-entries');

    await page.locator('[data-cell="housing:established"]').click();
    await expect.poll(() => cell.locator('tr[data-entry-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entry-id')))).toEqual(['hb-offer-housing']);
    await assertClean('chart cell housing × established');
    await expectShown('chart cell housing × established', [ORG_B, field(b1, 'offers', 'hb-offer-housing', 'title')], '.cell-entries');
  });

  it('shows the hostile pairs as text in every view of the matches, with their history and the withdrawn match', async () => {
    await coordinator.go('matches');
    const page = session.page;
    const needTitle = `Revised ${XSS.mathImg}`;
    const offerTitle = field(b1, 'offers', 'hb-offer-housing', 'title');
    const fund = [field(a1, 'funding_sources', 'ha-fund', 'name'), field(a1, 'funding_sources', 'ha-fund', 'amount')];
    const agreed = page.locator('.match-card[data-need="ha-need-housing"][data-offer="hb-offer-housing"]');
    await agreed.waitFor();
    await agreed.locator('details.history summary').click();
    await assertClean('matches: list');
    await expectShown('matches: list', [
      ORG_A, ORG_B, needTitle, offerTitle, ALL_PAYLOADS, ...fund,
      field(b1, 'needs', 'hb-need-lang', 'title'), field(a1, 'offers', 'ha-offer-lang', 'title'), `Added ${XSS.noscriptMxss}`,
    ]);
    await expectShown('matches: history', [NOTE_AGREED], '.match-card[data-need="ha-need-housing"][data-offer="hb-offer-housing"] details.history');
    const withdrawn = page.locator('.withdrawn li[data-need="ha-need-gone"]');
    await withdrawn.waitFor();
    await expectShown('matches: withdrawn', [`${ORG_A} ↔ ${ORG_B}`, NOTE_DISCUSSION], '.withdrawn');

    await page.getByRole('button', { name: 'Needs and their offers' }).click();
    await page.locator('.needs-view').waitFor();
    await assertClean('matches: needs view');
    await expectShown('matches: needs view', [
      ORG_A, ORG_B, needTitle, offerTitle, `Added ${XSS.noscriptMxss}`, field(a1, 'needs', 'ha-need-other', 'title'), fund[0] ?? '',
    ], '.needs-view');

    const groupViews = [
      { button: 'By need', texts: [needTitle, `Added ${XSS.noscriptMxss}`, field(b1, 'needs', 'hb-need-lang', 'title')] },
      { button: 'By offer', texts: [offerTitle, field(a1, 'offers', 'ha-offer-lang', 'title')] },
      { button: 'By organisation', texts: [ORG_A, ORG_B] },
    ];
    for (const view of groupViews) {
      await page.getByRole('button', { name: view.button, exact: true }).click();
      await page.locator('.match-group').first().waitFor();
      await openAllDetails('.match-group');
      await openAllDetails('.match-group details.history');
      await assertClean(`matches: ${view.button}`);
      await expectShown(`matches: ${view.button}`, [...view.texts, ORG_A, ORG_B, needTitle, offerTitle, NOTE_AGREED], '.match-groups');
    }
  });

  it('drafts the register entry and its MoU from the hostile match as text, on screen and in print', async () => {
    await coordinator.go('register');
    const page = session.page;
    const row = page.locator('.register-table tr[data-entry]');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    // The entry was drafted when agreed, before revision 2 renamed the need.
    const activity = `${field(b1, 'offers', 'hb-offer-housing', 'title')} — ${field(a1, 'needs', 'ha-need-housing', 'title')}`;
    await assertClean('register');
    await expectShown('register', [ORG_A, ORG_B, activity], '.register-table');

    await row.getByRole('button', { name: 'Edit' }).click();
    const form = page.locator('.register-form');
    await form.waitFor();
    expect(await form.locator('.partner-row input').evaluateAll((inputs) => inputs.map((input) => (input instanceof HTMLInputElement ? input.value : '')))).toEqual([ORG_B, ORG_A]);
    expect(await form.locator('textarea').first().inputValue()).toBe(activity);
    await assertClean('register entry form');
    await form.getByRole('button', { name: 'Cancel' }).click();

    await row.getByRole('link', { name: 'Draft memorandum of understanding' }).click();
    await page.locator('#mou-title').waitFor();
    expect(page.url()).toMatch(/#\/coordinator\/register\/[^/]+\/mou$/);
    const funding = `${field(a1, 'funding_sources', 'ha-fund', 'name')} (${field(a1, 'funding_sources', 'ha-fund', 'amount')}), 2099-12-31`;
    await page.locator('.mou-section[data-section="funding"] li').first().waitFor();
    await assertClean('MoU');
    await expectShown('MoU', [ORG_A, ORG_B, activity, funding]);
    await asPrinted('MoU', [ORG_A, ORG_B, activity, funding]);
  });

  it('shows past twinning and sign-ups as text', async () => {
    await coordinator.go('twinning');
    await session.page.locator('.past-group').first().waitFor();
    await assertClean('twinning');
    const twin = (file: ResponseFile, id: string) => ['partner', 'years', 'outcome', 'worked', 'did_not_work'].map((name) => field(file, 'past_twinning', id, name));
    await expectShown('twinning', [ORG_A, ORG_B, ...twin(a2, 'ha-twin'), ...twin(b1, 'hb-twin')]);
  });

  it('circulates the hostile entries and events as text, links only http(s) addresses, on screen and in print', async () => {
    await coordinator.go('circulated');
    const page = session.page;
    const calendar = page.locator('.calendar');
    await calendar.waitFor();
    await assertClean('circulated chart');
    const texts = [
      ORG_A, ORG_B, `${CONTACT_A} <${EMAIL_A}>`, `Revised ${XSS.mathImg}`, field(b1, 'offers', 'hb-offer-housing', 'title'),
      field(a2, 'offers', 'ha-offer-lang', 'event_name'), field(b1, 'offers', 'hb-offer-housing', 'event_name'), URL_A, URL_B, ALL_PAYLOADS,
      ...['name', 'amount'].flatMap((name) => [field(a2, 'funding_sources', 'ha-fund', name), field(b1, 'funding_sources', 'hb-fund', name)]),
    ];
    await expectShown('circulated chart', texts);
    // Where funding is: each source's address a link only when it is http(s), as answered.
    const fundingLinks = await page.locator('.circulated-funding a').evaluateAll((anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute('href'), text: anchor.textContent })));
    expect(fundingLinks).toEqual([{ href: 'https://example.org/fund?x=<svg onload=1>', text: 'https://example.org/fund?x=<svg onload=1>' }]);
    // The events' addresses are links, exactly as answered, opened safely in a new tab.
    const links = await calendar.locator('a').evaluateAll((anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute('href'), text: anchor.textContent, rel: anchor.getAttribute('rel') })));
    expect(links).toEqual([
      { href: URL_B, text: URL_B, rel: 'noopener noreferrer' },
      { href: URL_A, text: URL_A, rel: 'noopener noreferrer' },
    ]);
    await asPrinted('circulated chart', texts);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download circulated_chart.csv' }).click()]);
    const rows = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const cells = new Set(rows.flat());
    for (const text of [ORG_A, ORG_B, CONTACT_A, EMAIL_A, URL_A, URL_B, field(b1, 'offers', 'hb-offer-housing', 'title'), field(a2, 'funding_sources', 'ha-fund', 'name'), field(b1, 'funding_sources', 'hb-fund', 'notes')]) expect(cells.has(escapeFormulaCell(text)), `circulated_chart.csv: ${text}`).toBe(true);
    await assertClean('circulated chart after download');
  });

  it('keeps the evaluation clean on screen and in print', async () => {
    await coordinator.go('evaluation');
    await session.page.locator('[data-testid="obvious-share"]').waitFor();
    await openAllDetails('details.all-metrics');
    await assertClean('evaluation');
    await asPrinted('evaluation', []);
  });

  it('exports every hostile answer and note as CSV text, formula cells escaped', async () => {
    await coordinator.go('exports');
    const page = session.page;
    await assertClean('exports');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download all as one zip' }).click()]);
    const zip = unzipSync(readFileSync(await download.path()));
    const cells = new Set<string>();
    for (const bytes of Object.values(zip)) {
      for (const row of Papa.parse<string[]>(utf8.decode(bytes), { skipEmptyLines: true }).data) for (const cell of row) cells.add(cell);
    }
    const expected = [...textAnswers(a2.data), ...textAnswers(b1.data), NOTE_AGREED, NOTE_DISCUSSION];
    expect(expected.filter((text) => !cells.has(escapeFormulaCell(text))), 'answers missing from the CSV files').toEqual([]);
    // A spreadsheet shows the formula as text: it is written behind a quote, never bare.
    expect(cells.has(`'${XSS.formula}`)).toBe(true);
    expect(cells.has(XSS.formula)).toBe(false);
    await assertClean('exports after download');
  });

  it('backs up the hostile answers unchanged, with the backup screen clean', async () => {
    await coordinator.go('backup');
    await assertClean('backup');
    const backup = await coordinator.downloadBackup();
    const strings: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (isRecord(value)) Object.values(value).forEach(collect);
    };
    collect(JSON.parse(readFileSync(await backup.path(), 'utf8')));
    const kept = new Set(strings);
    expect([...textAnswers(a2.data), ...textAnswers(b1.data), NOTE_AGREED].filter((text) => !kept.has(text))).toEqual([]);
    // Nothing of the rejected files was stored.
    expect(strings.filter((text) => rejectedFiles.some((bad) => text.includes(bad.org) || text.includes(bad.url)))).toEqual([]);
    await assertClean('backup after download');
  });

  it('runs nothing even with the Content-Security-Policy taken away: the rendering alone keeps answers as text', async () => {
    // The CSP would block an injected handler, leaving the sentinel unset anyway; without it, the sentinel is a real probe.
    const page = await session.context.newPage();
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    // Chromium's own switch (what Playwright's bypassCSP option uses), so the meta tag's policy is not applied to this page.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setBypassCSP', { enabled: true });
    const screen = async (hash: string) => {
      await page.goto(`${baseUrl}#/coordinator/${hash}`);
      await page.locator('.coordinator-screen h1').first().waitFor();
    };
    const check = async (view: string) => {
      await page.waitForTimeout(150);
      expect(await sentinel(page, `${view} without CSP`), `${view} without CSP: a payload ran and set window.${SENTINEL}`).toBeNull();
      expect(await page.evaluate(payloadTraces), `${view} without CSP: markup made from a payload`).toEqual([]);
      expect(await page.evaluate(unsafeLinks), `${view} without CSP: unsafe links`).toEqual([]);
      expect(dialogs, `${view} without CSP: dialogs opened`).toEqual([]);
    };
    try {
      await screen('responses');
      // Control: on this page an inline handler does run.
      await page.evaluate(() => {
        const probe = document.createElement('img');
        probe.id = 'csp-probe';
        probe.setAttribute('onerror', 'window.__probe = 1');
        probe.src = 'data:,';
        document.body.append(probe);
      });
      await expect.poll(() => page.evaluate(() => '__probe' in window)).toBe(true);
      await page.evaluate(() => document.getElementById('csp-probe')?.remove());
      await check('responses table');

      for (const id of [A, B]) {
        await screen(`responses/${id}`);
        await page.locator('.revision-history').waitFor();
        await check(`response ${id}`);
      }
      await screen('chart');
      for (const cell of ['housing:emerging', 'housing:established', 'language_training:established', 'language_training:emerging']) {
        await page.locator(`[data-cell="${cell}"]`).click();
        await page.locator('.cell-entries').waitFor();
        await check(`chart cell ${cell}`);
      }
      await screen('matches');
      await page.locator('.match-card').first().waitFor();
      for (const view of ['All candidates', 'Needs and their offers', 'By need', 'By offer', 'By organisation']) {
        await page.getByRole('button', { name: view, exact: true }).click();
        const closed = page.locator('details:not([open]) > summary');
        for (let left = await closed.count(); left > 0; left -= 1) await closed.first().click();
        await check(`matches: ${view}`);
      }
      for (const hash of ['twinning', 'circulated', 'evaluation', 'exports', 'backup']) {
        await screen(hash);
        await check(hash);
        await page.emulateMedia({ media: 'print' });
        await check(`${hash} (print)`);
        await page.emulateMedia({ media: 'screen' });
      }
      await screen('register');
      await check('register');
      await page.getByRole('link', { name: 'Draft memorandum of understanding' }).click();
      await page.locator('#mou-title').waitFor();
      await check('MoU');
    } finally {
      await page.close();
    }
  });

  it('never ran a payload, opened a dialog, broke the CSP or contacted another origin', async () => {
    expect(await session.page.evaluate(() => '__xss' in window)).toBe(false);
    expect(sentinelsSeen).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
