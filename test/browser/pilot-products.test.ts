// The pilot's other products on the demo data: register drafted from an agreed match, MoU, circulated chart under
// consent, evaluation; and a participant answering the follow-up questionnaire whose file the coordinator imports.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildEntries } from '../../src/domain/entries';
import { findCandidates } from '../../src/domain/matching';
import { validateResponse } from '../../src/domain/responseFile';
import { dayText } from '../../src/domain/calendarText';
import { numbersShownWhole } from './pages/layout';
import { tableAsRead, underHeaders } from '../support/tableAsRead';
import { openBrowser, type BrowserSession } from '../support/browser';
import { demoResponses } from '../support/demoFiles';
import { AppPage } from './pages/appPage';
import { CoordinatorPage } from './pages/coordinatorPage';
import { SurveyPage } from './pages/surveyPage';

const baseUrl = inject('baseUrl');
const demo = demoResponses();

describe('register, circulated chart, evaluation and follow-up', () => {
  let session: BrowserSession;
  let coordinator: CoordinatorPage;
  beforeAll(async () => {
    session = await openBrowser(baseUrl);
    coordinator = new CoordinatorPage(session.page, baseUrl);
    await coordinator.loadDemo();
  });
  afterAll(async () => { await session.close(); });

  it('shows the six Annex C arrangements, and an agreed match drafts a seventh entry', async () => {
    await coordinator.go('register');
    await expect.poll(() => session.page.locator('.register-table tbody tr').count()).toBe(6);
    // The activity matrix: every type's name whole (they were cut at a fixed height), no row led by a lone separator.
    const heads = session.page.locator('.matrix-table .matrix-head span');
    await heads.first().waitFor();
    expect(await heads.evaluateAll((spans) => spans.filter((span) => span.scrollHeight > span.clientHeight + 1).map((span) => span.textContent))).toEqual([]);
    expect((await session.page.locator('.matrix-table tbody th').allInnerTexts()).filter((text) => text.trim().startsWith('·'))).toEqual([]);
    await coordinator.go('matches');
    const card = session.page.locator('.match-card').first();
    await card.getByTestId('status-select').selectOption('agreed');
    await card.getByRole('button', { name: 'Save' }).click();
    await card.getByRole('link', { name: 'Open the register entry' }).click();
    await expect.poll(() => session.page.locator('.register-table tbody tr').count()).toBe(7);
    const drafted = session.page.locator('.register-table tr.focused');
    expect(await drafted.innerText()).toContain('From the match');
    await drafted.getByRole('link', { name: 'Draft memorandum of understanding' }).click();
    const mou = session.page.locator('.mou');
    await mou.waitFor();
    expect(await mou.locator('.mou-section').count()).toBeGreaterThanOrEqual(8);
    expect(await mou.locator('.checklist li').count()).toBe(12);
  });

  it('refuses a register entry by hand that names fewer than two partners or whose years run backwards, and says why', async () => {
    await coordinator.go('register');
    const rows = session.page.locator('.register-table tbody tr');
    await expect.poll(() => rows.count()).toBe(7);
    await session.page.getByRole('button', { name: 'Add an entry' }).click();
    const form = session.page.locator('.register-form');
    await form.waitFor();
    // Empty: it used to be saved as a blank row.
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('Name at least two partners');
    // Each partner's fields are a group named by its number, as a screen reader announces them.
    const partner = (number: number) => form.getByRole('group', { name: `Partner ${number}`, exact: true });
    await partner(1).getByRole('textbox', { name: 'Organisation' }).fill('Ministry of the Interior');
    await partner(1).getByRole('combobox', { name: 'Country' }).selectOption('CZ');
    // The status letters say what they stand for.
    const letters = partner(1).getByRole('combobox', { name: 'Status' });
    expect(await letters.locator('option').allInnerTexts()).toEqual([
      '—', 'E — Established (traditional) resettlement country', 'N — New resettlement country (programme started in the last five years)',
      'Em — Emerging resettlement country (preparing a programme)', 'O — Considering resettlement, or observer',
    ]);
    await letters.selectOption('Em');
    await partner(2).getByRole('textbox', { name: 'Organisation' }).fill('Refugee Council');
    // A partner added: the focus on its name, not left on Add below it; removed: on the name now in its place.
    const focusedIn = () => session.page.evaluate(() => {
      const active = document.activeElement;
      return active instanceof HTMLButtonElement ? active.textContent : `${active?.closest('fieldset')?.querySelector('legend')?.textContent ?? ''} ${active?.tagName ?? ''}`;
    });
    await form.getByRole('button', { name: 'Add a partner' }).click();
    await expect.poll(focusedIn).toBe('Partner 3 INPUT');
    await partner(3).getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(focusedIn).toBe('Add a partner');
    await partner(2).getByRole('button', { name: /^Remove/ }).click();
    await expect.poll(focusedIn).toBe('Add a partner');
    await form.getByRole('button', { name: 'Add a partner' }).click();
    await expect.poll(focusedIn).toBe('Partner 2 INPUT');
    await partner(2).getByRole('textbox', { name: 'Organisation' }).fill('Refugee Council');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toBe('Choose the country of partner 2.');
    await partner(2).getByRole('combobox', { name: 'Country' }).selectOption('NO');
    await form.getByPlaceholder('2026-2027').fill('2027-2025');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toContain('ends before it starts');
    expect(await rows.count()).toBe(7);
    await form.getByPlaceholder('2026-2027').fill('2025-2027');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => rows.count()).toBe(8);
    // Saved: said so, and the focus is on the new entry's Edit button rather than lost to the page.
    expect(await session.page.getByRole('status').filter({ hasText: 'Register entry saved' }).innerText()).toBe('Register entry saved: Ministry of the Interior (CZ, Em); Refugee Council (NO).');
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.closest('tr')?.innerText ?? '')).toContain('2025-2027');
    // Every row has the same buttons: each names its entry to a screen reader, and Delete asks about that entry.
    const saved = rows.filter({ hasText: '2025-2027' });
    const names = await saved.locator('button, a').evaluateAll((elements) => elements.map((element) => element.textContent));
    expect(names).toEqual(['Edit: Ministry of the Interior (CZ, Em); Refugee Council (NO)', 'Draft memorandum of understanding: Ministry of the Interior (CZ, Em); Refugee Council (NO)', 'Delete: Ministry of the Interior (CZ, Em); Refugee Council (NO)']);
    const asked = new Promise<string>((resolve) => { session.page.once('dialog', (dialog) => { resolve(dialog.message()); void dialog.dismiss(); }); });
    await saved.getByRole('button', { name: 'Delete' }).click();
    expect(await asked).toBe('Delete the register entry of Ministry of the Interior (CZ, Em); Refugee Council (NO)?');
    expect(await rows.count()).toBe(8);
  });

  it('brings the form into view with the focus when Edit is pressed far down the register, and the focus back after Cancel', async () => {
    const { page } = session;
    await coordinator.go('register');
    await page.setViewportSize({ width: 1100, height: 500 });
    try {
      const last = page.locator('.register-table tbody tr').last();
      await last.getByRole('button', { name: 'Edit' }).click();
      const heading = page.getByRole('heading', { name: 'Edit the register entry' });
      await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
      const box = await heading.boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 500).toBe(true);
      await page.locator('.register-form').getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => last.getByRole('button', { name: 'Edit' }).evaluate((element) => element === document.activeElement)).toBe(true);
      await page.getByRole('button', { name: 'Add an entry' }).click();
      await page.locator('.register-form').getByRole('button', { name: 'Cancel' }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Add an entry' }).evaluate((element) => element === document.activeElement)).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1100, height: 900 });
    }
  });

  it('circulates the chart without naming organisations that asked not to be circulated', async () => {
    await coordinator.go('circulated');
    const page = session.page.locator('.circulated');
    await page.waitFor();
    const text = await page.innerText();
    const hidden = demo.filter((file) => file.data['consent_share'] === 'coordinator_only').map((file) => String(file.data['org_name']));
    expect(hidden.length).toBeGreaterThan(0);
    for (const name of hidden) expect(text).not.toContain(name);
    const orgOnly = demo.filter((file) => file.data['consent_share'] === 'share_org_only' && file.data['has_needs'] === true);
    for (const file of orgOnly) {
      expect(text).toContain(String(file.data['org_name']));
      expect(text).not.toContain(String(file.data['contact_email']));
    }
    // Where funding is: every source of the organisations circulated, none of the others'.
    const circulatedFunding = demo.filter((file) => file.data['consent_share'] !== 'coordinator_only')
      .flatMap((file) => (Array.isArray(file.data['funding_sources']) ? file.data['funding_sources'] : []));
    expect(circulatedFunding.length).toBeGreaterThan(0);
    expect(await page.locator('.circulated-funding > li').count()).toBe(circulatedFunding.length);
    const events = await page.locator('.calendar li').evaluateAll((items) => items.map((item) => item.getAttribute('data-date') ?? ''));
    expect(events).toEqual([...events].sort());
    // Each event's day written out ("June 12, 2027"), not as stored.
    const days = await page.locator('.calendar li strong').allInnerTexts();
    expect(days).toEqual(events.map((day) => dayText(day, 'en')));
    // Numbered to the end, on screen and printed (from "10." on they were cut to "0.").
    expect(events.length).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.calendar').evaluate(numbersShownWhole)).toBe(true);
    await session.page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('.calendar').evaluate(numbersShownWhole)).toBe(true);
    } finally {
      await session.page.emulateMedia({ media: 'screen' });
    }
  });

  it('answers the evaluation’s questions with the data', async () => {
    await coordinator.go('evaluation');
    const entries = buildEntries(demo);
    const candidates = findCandidates(entries.needs, entries.offers, entries.funding, new Date().toISOString().slice(0, 10));
    const share = new Set(candidates.filter((candidate) => candidate.obvious).map((candidate) => candidate.need.id)).size / entries.needs.length;
    await expect.poll(() => session.page.getByTestId('obvious-share').innerText()).toContain(`${Math.round(share * 100)}%`);
    expect(await session.page.locator('[data-bar="agreed"]').innerText()).toContain('1');
    // Every figure's table has its columns named for a screen reader: the count is read as "Matches: 1", not a bare 1.
    const funnel = underHeaders(await tableAsRead(session.page.locator('figure.bars table').filter({ has: session.page.locator('[data-bar="agreed"]') })));
    expect(funnel).toContainEqual({ Status: 'Agreed', Matches: '1' });
    // A figure is named by its caption alone (the colours' legend ran into the name).
    expect(await session.page.getByRole('figure', { name: 'Needs and offers by theme', exact: true }).count()).toBe(1);
    for (const figure of await session.page.locator('figure.bars table').all()) {
      const [head] = await tableAsRead(figure);
      expect(head?.map((cell) => cell.role)).toEqual(['columnheader', 'columnheader']);
    }
    // Figures in the reader's language: a decimal comma and "NN %" in French.
    const ratings = demo.map((file) => file.data['mechanism_needed']).filter((value): value is number => typeof value === 'number');
    const mean = Math.round((ratings.reduce((sum, value) => sum + value, 0) / ratings.length) * 1000) / 1000;
    expect(Number.isInteger(mean)).toBe(false);
    await session.page.locator('.language-choice select').selectOption('fr');
    await expect.poll(() => session.page.getByTestId('obvious-share').innerText()).toMatch(new RegExp(`évidente\\s:\\s${Math.round(share * 100)}\\s%`));
    // To one decimal: evaluation.csv keeps three.
    expect(await session.page.locator('.evaluation').innerText()).toContain(`réponse moyenne : ${mean.toFixed(1).replace('.', ',')} / 5`);
    await session.page.locator('.language-choice select').selectOption('en');
  });

  it('takes a follow-up questionnaire from a participant through to the coordinator', async () => {
    const participant = await openBrowser(baseUrl);
    try {
      await participant.page.goto(`${baseUrl}#/follow-up`);
      const app = new AppPage(participant.page, baseUrl);
      const survey = new SurveyPage(participant.page);
      await survey.next();
      await survey.fill('org_name', 'Norwegian Directorate for Integration');
      await survey.pick('country', 'Norway');
      await survey.next();
      await survey.yesNo('used_chart', true);
      await survey.choose('followed_up', 'both');
      await survey.fill('partner', 'Unidad de Reasentamiento, Chile', { list: 'exchanges', index: 0 });
      await survey.choose('status', 'agreed', { list: 'exchanges', index: 0 });
      await survey.next();
      await survey.rate('useful', 5);
      await survey.choose('continue', 'with_changes');
      await survey.review();
      await survey.submit();
      const download = await app.download('Download your response file');
      const path = await download.path();
      const file: unknown = JSON.parse(readFileSync(path, 'utf8'));
      const parsed = validateResponse(file);
      expect(parsed.ok ? parsed.value.questionnaireVersion : parsed.errors).toBe('follow-up-2026.1');
      await coordinator.go('import');
      await coordinator.importFiles([path]);
      expect(await coordinator.reportTotals()).toBe('Files: 1 (imported: 1, rejected: 0).');
      await coordinator.go('evaluation');
      await expect.poll(() => session.page.locator('.evaluation').innerText()).toContain('Follow-up questionnaires: 1; mean usefulness 5.0 / 5');
      expect(participant.foreignRequests).toEqual([]);
    } finally {
      await participant.close();
    }
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
