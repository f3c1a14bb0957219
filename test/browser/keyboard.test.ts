// Everything works by keyboard alone and the focus can always be seen: a respondent and a coordinator, never a click.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { isRecord } from '../../src/domain/result';
import { openBrowser, type BrowserSession } from '../support/browser';
import { KeyboardUser } from './pages/keyboard';
import { KeyboardSurvey } from './pages/keyboardSurvey';
import { SurveyPage } from './pages/surveyPage';

const baseUrl = inject('baseUrl');

/** What a respondent types into searchable lists, and the option that must come up, in each language tried. */
const RESPONDENTS = {
  // English, the shortest labels.
  en: { choose: null, wrongCountry: ['Norw', /^Norway$/], country: ['Finl', /^Finland$/], language: ['Engl', /^English$/], housing: ['housing', /housing/], languageTraining: ['Language tr', /Language training/] },
  // Portuguese labels are longer: the same journey must not depend on English wording or lengths.
  pt: { choose: 'Port', wrongCountry: ['Noru', /^Noruega$/], country: ['Finl', /^Finlândia$/], language: ['Ingl', /^Inglês$/], housing: ['Habitação', /Habitação/], languageTraining: ['Ensino de', /Ensino de línguas/] },
} as const;

describe('keyboard only', () => {
  let session: BrowserSession;
  let keys: KeyboardUser;
  beforeEach(async () => {
    session = await openBrowser(baseUrl);
    keys = new KeyboardUser(session.page);
  });
  afterEach(async () => { await session.close(); });

  /** Every Tab stop showed its focus; the list of stops is there to read when it did not. */
  function expectFocusAlwaysVisible(): void {
    expect(keys.stops.filter((stop) => stop.checked).length).toBeGreaterThan(20);
    expect(keys.invisibleFocus, `stops visited:\n${keys.stops.map((stop) => stop.description).join('\n')}`).toEqual([]);
  }

  for (const [language, typed] of Object.entries(RESPONDENTS)) {
    it(`respondent (${language}): every page with a need added, review, submit and the response file`, { timeout: 180_000 }, async () => {
      const page = session.page;
      const survey = new KeyboardSurvey(page, keys);
      await page.goto(baseUrl);
      await page.locator('.sd-page__title').waitFor();
      if (typed.choose) {
        // A closed <select> takes typed letters: the language changes without opening the list.
        await keys.tabTo(page.locator('.language-choice select'));
        await keys.type(typed.choose);
        await page.waitForFunction((code) => document.documentElement.lang === code, language);
      }
      await page.locator('.sd-page__title').waitFor();

      await survey.next();
      await survey.write('org_name', 'Keyboard Org');
      await survey.choose('org_type', 'ngo');
      // A wrong country first, then the right one typed over its name (SurveyJS appended the letters to it).
      await survey.pick('country', typed.wrongCountry);
      await survey.pick('country', typed.country);
      await survey.choose('resettlement_status', 'established');
      await survey.tick('continuum_roles', ['integration']);
      await survey.pick('working_languages', typed.language);
      await survey.write('contact_name', 'Kay Board');
      await survey.write('contact_role', 'Coordinator');
      // The role's draft save is still pending one Tab later: it lands while the e-mail is being typed and must not
      // wipe it (SurveyJS takes an e-mail field's value only when it is left).
      await survey.write('contact_email', 'kay@');
      await survey.waitSaved();
      await keys.type('example.org');
      await survey.choose('consent_share', 'share_all');
      await survey.next();

      await survey.choose('has_needs', 'true');
      const first = { list: 'needs', index: 0 } as const;
      await survey.pick('theme', typed.housing, first);
      await survey.write('title', 'Housing for large families', first);
      await survey.tick('modalities', ['study_visit'], first);
      await survey.choose('priority', 'high', first);
      await survey.choose('funding', 'partial', first);
      await survey.addEntry('needs');
      const second = { list: 'needs', index: 1 } as const;
      await survey.pick('theme', typed.languageTraining, second);
      await survey.write('title', 'Language classes for adults', second);
      await survey.tick('modalities', ['training', 'mentoring'], second);
      await survey.choose('priority', 'medium', second);
      await survey.choose('funding', 'needs_funding', second);
      await survey.next();

      await survey.choose('has_offers', 'false');
      await survey.next();
      await survey.choose('has_funding_sources', 'false');
      await survey.next();
      await survey.choose('twinning_experience', 'false');
      await survey.choose('willing_to_twin', 'no');
      await survey.next();
      await survey.choose('mechanism_needed', '4');
      await survey.navigate('preview');
      await page.locator('.sd-navigation__complete-btn').first().waitFor();
      await survey.navigate('complete');
      await page.getByTestId('response-id').waitFor();

      await keys.tabTo(page.locator('.receipt button.primary'));
      const [download] = await Promise.all([page.waitForEvent('download'), keys.press('Enter')]);
      const file: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
      if (!isRecord(file)) throw new Error('the response file is not a JSON object');
      expect(file['language']).toBe(language);
      expect(file['data']).toEqual({
        org_name: 'Keyboard Org',
        org_type: 'ngo',
        country: 'FI',
        resettlement_status: 'established',
        continuum_roles: ['integration'],
        working_languages: ['en'],
        contact_name: 'Kay Board',
        contact_role: 'Coordinator',
        contact_email: 'kay@example.org',
        consent_share: 'share_all',
        has_needs: true,
        needs: [
          { id: expect.any(String), theme: 'housing', title: 'Housing for large families', modalities: ['study_visit'], priority: 'high', funding: 'partial' },
          { id: expect.any(String), theme: 'language_training', title: 'Language classes for adults', modalities: ['training', 'mentoring'], priority: 'medium', funding: 'needs_funding' },
        ],
        has_offers: false,
        has_funding_sources: false,
        twinning_experience: false,
        willing_to_twin: 'no',
        mechanism_needed: 4,
      });
      expectFocusAlwaysVisible();
      expect(session.pageErrors).toEqual([]);
      expect(session.cspViolations).toEqual([]);
    });
  }

  it('coordinator: demo data, every screen from the navigation, a match followed up and a CSV exported', { timeout: 240_000 }, async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/coordinator`);
    await page.locator('.coordinator-nav').waitFor();
    const navLink = (screen: string) => page.locator(`.coordinator-nav a[href="#/coordinator/${screen}"]`);
    /** Tab to a screen's link in the navigation (Shift+Tab back up from a screen's content), follow it with Enter. */
    const goTo = async (screen: string, { backwards = false, max = 40 } = {}) => {
      await keys.tabTo(navLink(screen), { backwards, max });
      await keys.press('Enter');
      await page.waitForFunction((href) => document.querySelector(`.coordinator-nav a[href="${href}"]`)?.getAttribute('aria-current') === 'page', `#/coordinator/${screen}`);
      await page.locator('.coordinator-screen h1').first().waitFor();
      // On the new screen's heading, where a screen reader starts reading it (the focus stayed on the link).
      await expect.poll(() => page.evaluate(() => document.activeElement?.matches('.coordinator-screen h1') ?? false)).toBe(true);
    };

    await goTo('import');
    // The file chooser opens from its button with Enter as with Space (a dressed-up file input took Space alone).
    for (const key of ['Enter', 'Space']) {
      await keys.tabTo(page.getByRole('button', { name: 'Choose files' }));
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5_000 }), keys.press(key)]);
      expect(chooser.isMultiple()).toBe(true);
      await chooser.setFiles([]);
    }
    await keys.tabTo(page.getByRole('button', { name: 'Load demo data' }));
    await keys.press('Enter');
    await page.locator('.import-report').waitFor();

    const skipLink = page.locator('.skip-link');
    await keys.tabTo(skipLink, { max: 60 });
    // Every screen from its link, and every Tab stop on it until the focus comes round to the skip link again; the
    // matches screen (hundreds of stops with the demo data) is worked through below instead.
    for (const screen of ['responses', 'chart', 'matches', 'register', 'twinning', 'circulated', 'evaluation', 'exports', 'backup'] as const) {
      // From the matches' heading, back up to the navigation: forwards lie hundreds of the cards' stops.
      await goTo(screen, { backwards: screen === 'register' });
      if (screen === 'matches') continue;
      await keys.tabTo(skipLink, { max: 150 });
      if (screen === 'chart') {
        // The skip link moves the focus to the content and stays on the screen: followed as a link, its "#main" was a
        // screen of its own (the questionnaire).
        await keys.press('Enter');
        expect(await page.evaluate(() => [location.hash, document.activeElement?.id])).toEqual(['#/coordinator/chart', 'content']);
        await keys.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('.coordinator-nav, header') === null)).toBe(true);
        await keys.tabTo(skipLink, { max: 150 });
      }
      if (screen === 'responses') {
        // And back up the table: a row scrolled into view from below must not end up under its sticky header.
        await keys.press('Shift+Tab');
        await keys.tabTo(skipLink, { max: 150, backwards: true });
      }
    }

    await goTo('matches');
    const card = page.locator('.match-card').first();
    const needId = await card.getAttribute('data-need');
    const offerId = await card.getAttribute('data-offer');
    const sameCard = page.locator(`.match-card[data-need="${needId}"][data-offer="${offerId}"]`);
    await keys.tabTo(card.getByRole('button', { name: 'I sent it: mark as introduced' }));
    await keys.press('Enter');
    await expect.poll(() => sameCard.locator('.match-header .status').innerText()).toBe('Introduced');
    // Declined without a reason: refused, and the focus goes to the note's box, marked invalid (it stayed on Save).
    await keys.tabTo(sameCard.getByTestId('status-select'));
    await keys.type('Declined');
    await keys.tabTo(sameCard.getByRole('button', { name: 'Save' }));
    await keys.press('Enter');
    await expect.poll(() => sameCard.getByLabel('Note').evaluate((box) => (box === document.activeElement ? box.getAttribute('aria-invalid') : 'not focused'))).toBe('true');
    expect(await sameCard.getByRole('alert').innerText()).toBe('Give a reason when a match is declined or dismissed.');
    // Then a status with a note, through the card's form (a closed <select> takes typed letters).
    await keys.tabTo(sameCard.getByTestId('status-select'), { backwards: true });
    await keys.type('Agreed');
    await keys.tabTo(sameCard.getByLabel('Note'));
    await keys.type('Study visit planned for March');
    await keys.tabTo(sameCard.getByRole('button', { name: 'Save' }));
    await keys.press('Enter');
    await expect.poll(() => sameCard.locator('.match-header .status').innerText()).toBe('Agreed');
    // The note leaves its box, and is shown (and read out) as the card's last change.
    expect(await sameCard.getByLabel('Note').inputValue()).toBe('');
    expect(await sameCard.getByTestId('last-change').innerText()).toMatch(/^Last change, .+: Agreed\. Note: Study visit planned for March$/);
    await keys.tabTo(sameCard.locator('details.history summary'));
    await keys.press('Enter');
    await sameCard.locator('details.history li').first().waitFor();
    expect(await sameCard.locator('details.history li').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual(['suggested', 'introduced', 'agreed']);

    // Page Down goes from card to card (a card holds about eight Tab stops), Page Up back; each card is an article
    // of the list's feed, with its place in it.
    const feedCards = page.locator('.match-list [role="feed"] > .match-card');
    const cardsBefore = await feedCards.count();
    const focusedCard = () => page.evaluate(() => {
      const cards = [...document.querySelectorAll('.match-list [role="feed"] > .match-card')];
      const card = document.activeElement?.closest('.match-card');
      return card ? [cards.indexOf(card), card.getAttribute('aria-posinset'), card.getAttribute('aria-setsize')] : null;
    });
    const at = await focusedCard();
    const from = Number(at?.[0] ?? -1);
    expect(from).toBeGreaterThanOrEqual(0);
    await keys.press('PageDown');
    expect(await focusedCard()).toEqual([from + 1, String(from + 2), at?.[2]]);
    await keys.press('PageUp');
    expect((await focusedCard())?.[0]).toBe(from);
    for (let index = from; index < cardsBefore - 1; index += 1) await keys.press('PageDown');
    expect((await focusedCard())?.[0]).toBe(cardsBefore - 1);
    // "Show 60 more" puts the focus on the first card it adds, so Tab goes on through them, not past them.
    const showMore = page.getByRole('button', { name: /^Show \d+ more/ });
    await keys.tabTo(showMore, { max: 20 });
    await keys.press('Enter');
    await expect.poll(() => page.evaluate(() => {
      const cards = [...document.querySelectorAll('.match-list [role="feed"] > .match-card')];
      return document.activeElement ? cards.indexOf(document.activeElement) : -1;
    })).toBe(cardsBefore);

    await goTo('exports', { backwards: true, max: 1000 });
    await keys.tabTo(page.getByRole('button', { name: 'Download responses.csv' }));
    const [download] = await Promise.all([page.waitForEvent('download'), keys.press('Enter')]);
    expect(download.suggestedFilename()).toBe('responses.csv');
    expect(readFileSync(await download.path(), 'utf8')).toContain('Finnish Immigration Service');

    expectFocusAlwaysVisible();
    expect(session.pageErrors).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });

  it('puts the focus where the respondent goes: on the first question after Next, into the questionnaire after Resume', async () => {
    const page = session.page;
    await page.goto(baseUrl);
    await page.locator('.sd-page__title').waitFor();
    // On arrival the focus is left at the start of the page (skip link, language), not moved past them.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    // The skip link moves the focus to the questionnaire and leaves the address alone.
    await keys.tabTo(page.locator('.skip-link'));
    await keys.press('Enter');
    expect(await page.evaluate(() => [location.hash, document.activeElement?.id])).toEqual(['', 'main']);
    await page.evaluate(() => { if (document.activeElement instanceof HTMLElement) document.activeElement.blur(); });
    // The intro page has no question: its Next button is the first Tab stop inside the questionnaire worth reaching.
    await keys.tabTo(page.locator('.sd-navigation__next-btn:visible'));
    await keys.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-name]')?.getAttribute('data-name') ?? null)).toBe('org_name');
    await keys.type('Focus Org');
    await page.locator('.save-saved').waitFor();
    // On every later page too: the first question, not the Next button just pressed (SurveyJS focused nothing there).
    const survey = new SurveyPage(page);
    // Back to the introduction, which has no question: its title, not nothing.
    await keys.tabTo(page.locator('.sd-navigation__prev-btn:visible'), { backwards: true });
    await keys.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('sd-page__title') ?? false)).toBe(true);
    await keys.tabTo(page.locator('.sd-navigation__next-btn:visible'));
    await keys.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-name]')?.getAttribute('data-name') ?? null)).toBe('org_name');
    await survey.answerOrganisation('Focus Org', 'Portugal', 'Portuguese');
    const answers: [string, () => Promise<void>][] = [
      ['has_needs', () => survey.yesNo('has_needs', false)],
      ['has_offers', () => survey.yesNo('has_offers', false)],
      ['has_funding_sources', () => survey.yesNo('has_funding_sources', false)],
      ['existing_mechanisms', async () => { await survey.yesNo('twinning_experience', false); await survey.choose('willing_to_twin', 'no'); }],
      ['mechanism_needed', async () => undefined],
    ];
    for (const [first, answer] of answers) {
      await keys.tabTo(page.locator('.sd-navigation__next-btn:visible'));
      await keys.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-name]')?.getAttribute('data-name') ?? document.activeElement?.outerHTML.slice(0, 80) ?? null)).toBe(first);
      if (first === 'has_needs') {
        // Next refused (the yes/no is unanswered): to the question in error, not left on Next.
        await keys.tabTo(page.locator('.sd-navigation__next-btn:visible'));
        await keys.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-name]')?.getAttribute('data-name') ?? null)).toBe('has_needs');
      }
      await answer();
    }

    // Back later: the Resume button that had the focus goes away, and the focus goes into the questionnaire.
    await page.reload();
    await keys.tabTo(page.getByRole('button', { name: 'Resume my draft' }));
    await keys.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.survey-screen') !== null)).toBe(true);
  });

  it('keeps the coordinator\'s focus when the button pressed goes away: to the import report, the match just saved, the next screen\'s heading, the cell', async () => {
    const page = session.page;
    await page.goto(`${baseUrl}#/coordinator/import`);
    await keys.tabTo(page.getByRole('button', { name: 'Load demo data' }));
    await keys.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? null), { timeout: 30_000 }).toBe('import-report-title');

    await page.goto(`${baseUrl}#/coordinator/matches`);
    const button = page.getByRole('button', { name: 'I sent it: mark as introduced' }).first();
    const card = page.locator('.match-card').filter({ has: button }).first();
    const [need, offer] = await Promise.all([card.getAttribute('data-need'), card.getAttribute('data-offer')]);
    await keys.tabTo(button, { max: 200 });
    await keys.press('Enter');
    // The match moves from "suggested" to "introduced", and its card with it; the focus follows the card.
    await expect.poll(() => page.evaluate(() => {
      const focused = document.activeElement;
      return focused?.classList.contains('match-card') ? [focused.getAttribute('data-need'), focused.getAttribute('data-offer')] : null;
    })).toEqual([need, offer]);
    // What a screen reader says as the focus lands: the new status, then both titles.
    const saved = page.locator(`.match-card[data-need="${need ?? ''}"][data-offer="${offer ?? ''}"]`);
    const titles = await Promise.all([saved.locator('.match-need h3').innerText(), saved.locator('.match-offer h3').innerText()]);
    const named = page.getByRole('article', { name: `Introduced ${titles[0]} ${titles[1]}` }).and(saved);
    expect(await named.count()).toBe(1);

    // With only suggested matches shown, the match saved leaves the list: the focus goes to the one after it.
    await page.locator('select[data-filter="status"]').selectOption('suggested');
    const keysOf = (locator: typeof card) => Promise.all([locator.getAttribute('data-need'), locator.getAttribute('data-offer')]);
    const [first, second] = [page.locator('.match-list [role="feed"] > .match-card').nth(0), page.locator('.match-list [role="feed"] > .match-card').nth(1)];
    const [firstKeys, secondKeys] = await Promise.all([keysOf(first), keysOf(second)]);
    await keys.tabTo(first.getByRole('button', { name: 'I sent it: mark as introduced' }), { max: 100 });
    await keys.press('Enter');
    await expect.poll(() => page.locator(`.match-card[data-need="${firstKeys[0] ?? ''}"][data-offer="${firstKeys[1] ?? ''}"]`).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => {
      const focused = document.activeElement;
      return focused?.classList.contains('match-card') ? [focused.getAttribute('data-need'), focused.getAttribute('data-offer')] : null;
    })).toEqual(secondKeys);
    await page.locator('select[data-filter="status"]').selectOption('');

    // A link or button that takes the coordinator to another screen goes with the old one: the new screen's heading
    // takes the focus, not the page.
    const focusedHeading = () => page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));
    await page.goto(`${baseUrl}#/coordinator/responses`);
    // A row far down the table, opened and come back to: its link has the focus again, in view (it used to be the
    // heading, above eight filters and ten sort buttons to Tab through again).
    await keys.tabTo(page.locator('.responses-table a').nth(12), { max: 80 });
    const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await keys.press('Enter');
    await expect.poll(focusedHeading).toBe(name);
    await keys.tabTo(page.getByRole('link', { name: 'Back to responses' }), { max: 60, backwards: true });
    await keys.press('Enter');
    await expect.poll(() => page.evaluate(() => {
      const active = document.activeElement;
      const box = active?.getBoundingClientRect();
      return active?.closest('.responses-table') && box && box.top >= 0 && box.bottom <= window.innerHeight ? active.textContent : null;
    })).toBe(name);
    // Once: the next visit to the table starts at its heading.
    await page.goto(`${baseUrl}#/coordinator/chart`);
    await page.goto(`${baseUrl}#/coordinator/responses`);
    await page.locator('.responses-table').waitFor();
    expect(await page.evaluate(() => document.activeElement?.closest('.responses-table') ?? null)).toBeNull();

    // Closing a heat-map cell's list gives the focus back to the cell.
    await page.goto(`${baseUrl}#/coordinator/chart`);
    const cell = page.locator('.cell-button').first();
    await keys.tabTo(cell, { max: 120 });
    const cellKey = await cell.getAttribute('data-cell');
    // The map is one Tab stop (it was one per cell, 94 here); the arrow keys move between the cells holding entries.
    expect(await page.locator('.heat-table [tabindex="0"]').count()).toBe(1);
    const at = () => page.evaluate(() => { const active = document.activeElement; return active?.matches('.cell-button') ? [Number(active.getAttribute('data-row')), Number(active.getAttribute('data-column'))] : null; });
    const [startRow = 0, startColumn = 0] = (await at()) ?? [];
    await keys.press('ArrowDown');
    const [downRow = 0, downColumn] = (await at()) ?? [];
    expect([downRow > startRow, downColumn]).toEqual([true, startColumn]);
    await keys.press('ArrowUp');
    expect(await at()).toEqual([startRow, startColumn]);
    // Home and End: the row's first and last cells holding entries; with Ctrl, the map's.
    const holding = await page.locator('.cell-button').evaluateAll((cells) => cells.map((item) => [Number(item.getAttribute('data-row')), Number(item.getAttribute('data-column'))]));
    const inRow = holding.filter(([row]) => row === startRow);
    await keys.press('End');
    expect(await at()).toEqual(inRow.at(-1));
    await keys.press('Home');
    expect(await at()).toEqual(inRow[0]);
    await keys.press('Control+End');
    expect(await at()).toEqual(holding.at(-1));
    await keys.press('Control+Home');
    expect(await at()).toEqual(holding[0]);
    expect(inRow.length > 1 && holding.length > inRow.length).toBe(true);
    await keys.press('Enter');
    await keys.tabTo(page.getByRole('button', { name: 'Close' }), { max: 60 });
    await keys.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null)).toBe(cellKey);
  });

  it('the focus check notices a focus that is off screen, cut off or not shown at all', async () => {
    const page = session.page;
    await page.goto(baseUrl);
    await page.locator('.sd-page__title').waitFor();
    // The app's own rules, defeated: a skip link that stays off screen when focused, a ring pushed past the top of the
    // window, and no ring on the Next button.
    await page.addStyleTag({ content: `.skip-link:focus { left: -999px !important }
      .app-name:focus-visible { outline-offset: 20px !important }
      .sd-navigation__next-btn:focus-visible { outline: none !important; box-shadow: none !important }` });
    await keys.tabTo(page.locator('.sd-navigation__next-btn:visible'));
    expect(keys.invisibleFocus).toEqual([
      expect.stringMatching(/^a "Skip to content": off screen/),
      expect.stringMatching(/^a "Needs & Offers": its focus ring \(itself \(a\.app-name\)\) is cut by the edge of the window on the (left and )?top$/),
      expect.stringMatching(/"Next": no outline or box-shadow appears on focus/),
    ]);
  });
});
