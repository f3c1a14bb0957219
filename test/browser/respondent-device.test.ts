// The respondent's device: language switching, refused storage, printing, e-mail, and a shared tablet at a meeting.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { validateResponse } from '../../src/domain/responseFile';
import { axeViolations } from '../support/axe';
import { openBrowser, type BrowserSession } from '../support/browser';
import { AppPage } from './pages/appPage';
import { SurveyPage } from './pages/surveyPage';

const baseUrl = inject('baseUrl');
const sharedDeviceUrl = inject('sharedDeviceUrl');

/**
 * A new questionnaire on its organisation page, every required answer given; the country and working language named
 * as the browser's language writes them.
 */
async function openOnOrganisation(session: BrowserSession, orgName: string, where = { country: 'Portugal', workingLanguage: 'Portuguese' }): Promise<{ page: Page; app: AppPage; survey: SurveyPage }> {
  const { page } = session;
  const app = new AppPage(page, baseUrl);
  const survey = new SurveyPage(page);
  await app.open();
  await survey.next();
  await survey.answerOrganisation(orgName, where.country, where.workingLanguage);
  return { page, app, survey };
}

/** The same, then on the needs page with one need open. */
async function openOnFirstNeed(session: BrowserSession, orgName: string, where?: { country: string; workingLanguage: string }): Promise<{ page: Page; app: AppPage; survey: SurveyPage }> {
  const opened = await openOnOrganisation(session, orgName, where);
  await opened.survey.next();
  await opened.survey.yesNo('has_needs', true);
  return opened;
}

describe('respondent device', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    expect(session?.foreignRequests).toEqual([]);
    expect(session?.cspViolations).toEqual([]);
    await session?.close();
    session = undefined;
  });

  it('says it is loading while the code is on its way, and what to do if it never comes', async () => {
    session = await openBrowser(baseUrl);
    const { page } = session;
    // The app's code held back, as on a slow connection.
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => { await held; await route.continue(); });
    await page.goto(baseUrl, { waitUntil: 'commit' });
    const status = page.getByRole('status').filter({ hasText: 'Chargement…' });
    await status.waitFor();
    expect((await status.locator('p').first().innerText()).replace(/\s+/g, ' ')).toBe('Loading… · Chargement… · Cargando… · A carregar…');
    const slow = page.locator('.boot-slow');
    // Once the stylesheet is in (as the browser paints nothing before it; a loaded CI machine may take a while).
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.boot') ?? document.body).maxWidth !== 'none');
    expect(await slow.isVisible()).toBe(false);
    // 8 s later (CSS time, run 100 times faster), what to do about it.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 100 });
    await expect.poll(() => slow.isVisible()).toBe(true);
    expect(await slow.innerText()).toContain('check the connection and reload the page');
    release();
    await page.locator('.sd-question').first().waitFor();
    expect(await page.locator('.boot').count()).toBe(0);
  });

  it('asks for the questionnaire and the app\'s words in the browser\'s language alongside the app\'s code, SurveyJS\'s strings in the same file', async () => {
    session = await openBrowser(baseUrl, { locale: 'fr-FR' });
    const { page } = session;
    // The page's own requests (not the service worker's, which fetches every language once it is installed).
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => { await held; await route.continue(); });
    await page.goto(baseUrl, { waitUntil: 'commit' });
    // While the app's code is on its way (held here, as on a slow connection), the French definition is asked for: it
    // no longer waits a round trip for the app to run.
    const definitions = () => requests.filter((url) => /\/assets\/fr-[\w-]+\.js$/.test(url));
    await expect.poll(() => definitions().length).toBe(1);
    // And the app's own words in French (English is in the app's code), which its first screen waits for.
    const words = () => requests.filter((url) => /\/assets\/messages\.(fr|es|pt)-[\w-]+\.js$/.test(url));
    await expect.poll(() => words().map((url) => /messages\.(\w+)-/.exec(url)?.[1])).toEqual(['fr']);
    release();
    const survey = new SurveyPage(page);
    await expect.poll(() => survey.pageTitle()).toBe('À propos de ce questionnaire');
    await page.getByRole('button', { name: 'Suivant' }).waitFor();
    // The app asked for the same module and got that download; SurveyJS's strings came in it ("Suivant" above), and
    // no SurveyJS translation of its own is fetched (as survey-core/i18n imported by the app would be).
    expect(definitions()).toHaveLength(1);
    expect(words()).toHaveLength(1);
    expect(await page.locator('.language-choice span').innerText()).toBe('Langue');
    expect(requests.filter((url) => /\/assets\/(french|spanish|portuguese)-/.test(url))).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('opens straight on the questionnaire, and offers to resume only once something was answered', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    const app = new AppPage(session.page, baseUrl);
    const survey = new SurveyPage(session.page);
    // Whether the app ever drew its own "Loading…" line (not index.html's, shown before the code runs).
    await session.page.addInitScript(() => {
      new MutationObserver(() => {
        // Not the questionnaire's own, shown should its definition be late (data-waiting-for="definition").
        if (document.querySelector('#root [data-waiting-for="storage"]')) document.documentElement.dataset['appLoadingShown'] = 'yes';
      }).observe(document, { subtree: true, childList: true });
    });
    await app.open();
    expect(await survey.pageTitle()).toBe('About this questionnaire');
    // A first visit is known as such without asking the database: the questionnaire is the app's first screen.
    expect(await session.page.evaluate(() => document.documentElement.dataset['appLoadingShown'] ?? 'no')).toBe('no');
    expect(await app.heading()).toBe('Needs and offers: exchanges between resettlement countries');
    // Read, not answered (a language chosen, a page turned): nothing is kept, so coming back opens the questionnaire
    // again rather than a draft to resume.
    await app.chooseLanguage('fr');
    await expect.poll(() => survey.pageTitle()).toBe('À propos de ce questionnaire');
    await app.chooseLanguage('en');
    await expect.poll(() => survey.pageTitle()).toBe('About this questionnaire');
    await survey.next();
    await session.page.waitForTimeout(1000);
    await session.page.reload();
    await app.open();
    expect(await survey.pageTitle()).toBe('About this questionnaire');
    expect(await session.page.getByRole('button', { name: 'Resume my draft' }).count()).toBe(0);

    await survey.next();
    await survey.fill('org_name', 'Answered Org');
    await survey.waitSaved();
    // Typed into the e-mail field and not left (SurveyJS takes it only when the field is left): saved as typed.
    await survey.fill('contact_email', 'still-typing@example.org');
    await session.page.waitForTimeout(1000);
    await survey.waitSaved();
    await session.page.reload();
    await app.clickButton('Resume my draft');
    await expect.poll(() => survey.question('org_name').locator('input').inputValue()).toBe('Answered Org');
    expect(await survey.question('contact_email').locator('input').inputValue()).toBe('still-typing@example.org');

    // A draft stored with no note of it in localStorage (stored by an earlier version, or the note cleared alone):
    // the questionnaire may open first, and the offer to resume still takes its place.
    await session.page.evaluate(() => localStorage.removeItem('needs-offers.respondent-db-opened'));
    await session.page.reload();
    await app.clickButton('Resume my draft');
    await expect.poll(() => survey.question('org_name').locator('input').inputValue()).toBe('Answered Org');
  });

  it('draws the first page whole in one task, and asks for the code needed later only after it', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    const { page } = session;
    // What the page holds at the moment the first question is first in it (a mutation observer's first look).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const root = document.querySelector('.sd-root-modern');
        if (!root?.querySelector('.sd-question')) return;
        observer.disconnect();
        // When the task that drew it has run its script: mutation observers are called at the next microtask checkpoint.
        document.documentElement.dataset['firstDrawingAt'] = String(performance.now());
        document.documentElement.dataset['firstDrawing'] = JSON.stringify({
          position: document.querySelector('.page-position')?.textContent ?? null,
          stylesInSurvey: root.querySelectorAll('style').length,
        });
      }).observe(document, { subtree: true, childList: true });
    });
    await new AppPage(page, baseUrl).open();
    const survey = new SurveyPage(page);
    expect(await survey.pageTitle()).toBe('About this questionnaire');
    const drawing: unknown = JSON.parse(await page.evaluate(() => document.documentElement.dataset['firstDrawing'] ?? '{}'));
    // The page position came with the first drawing (no line pushed in above the questionnaire a moment later), and
    // SurveyJS drew no stylesheet of its own: its theme is the document's, written once.
    expect(drawing).toMatchObject({ position: 'Page 1 of 7', stylesInSurvey: 0 });
    expect(await page.locator('head style#surveyjs-theme').count()).toBe(1);
    const theme = await page.locator('.sd-root-modern').evaluate((root) => ['--sjs2-base-unit-size', '--sjs2-border-effect-component-formbox-focused-reset']
      .map((name) => getComputedStyle(root).getPropertyValue(name).trim()));
    expect(theme[0]).toBe('8px');
    expect(theme[1]).toMatch(/^inset 0 0 0 0 \S/);
    // The database code and the submission code are asked for after the task that drew the first question, not in it
    // (they were when SurveyJS re-rendered itself in that task, which ran the screen's effects before the drawing).
    const drawnAt = Number(await page.evaluate(() => document.documentElement.dataset['firstDrawingAt']));
    const laterCode = () => page.evaluate(() => performance.getEntriesByType('resource')
      .filter((entry) => /\/(respondentStore|submission)-[\w-]+\.js$/.test(entry.name)).map((entry) => entry.startTime));
    await expect.poll(async () => (await laterCode()).length, { timeout: 5000 }).toBe(2);
    for (const start of await laterCode()) expect(start).toBeGreaterThan(drawnAt);
    // The first answer is still saved.
    await survey.next();
    await survey.fill('org_name', 'Drawn Whole Org');
    await survey.waitSaved();
  });

  it('takes an e-mail field\'s error away as it is put right, so nothing moves under the pointer when it is left', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    const app = new AppPage(session.page, baseUrl);
    const survey = new SurveyPage(session.page);
    await app.open();
    await survey.next();
    // Next on the empty page: every required field says so, the e-mail field too.
    await session.page.locator('.sd-navigation__next-btn:visible').click();
    const email = survey.question('contact_email');
    const errors = email.locator('.sd-question__erbox:visible');
    await expect.poll(() => errors.count()).toBeGreaterThan(0);
    // SurveyJS then puts the focus in the first question in error, a moment later: typing into the e-mail field
    // before it does had the focus taken from under the typing (on a loaded machine, once in about ten runs).
    const { page } = session;
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-name]')?.getAttribute('data-name') ?? null)).toBe('org_name');
    // Typed, then put back as it was and left: SurveyJS sees no change and checks nothing, so the error must come back.
    await email.locator('input').pressSequentially('x');
    await expect.poll(() => errors.count()).toBe(0);
    // Into the field itself: once in CI the page's Backspace went elsewhere and left the "x" (see the issue note).
    await email.locator('input').press('Backspace');
    await session.page.keyboard.press('Tab');
    await expect.poll(() => errors.count()).toBeGreaterThan(0);
    await email.locator('input').pressSequentially('kay@');
    // Gone while the field is still being typed into (it used to go only on leaving it).
    await expect.poll(() => errors.count()).toBe(0);
    expect(await email.locator('input').evaluate((input) => input === document.activeElement)).toBe(true);
    // And nothing typed is lost on the way (the error's going used to redraw the field with the model's old value).
    expect(await email.locator('input').inputValue()).toBe('kay@');
    // Left half typed: checked then, and the error is back.
    await session.page.keyboard.press('Tab');
    await expect.poll(() => errors.count()).toBeGreaterThan(0);
    expect(await errors.first().innerText()).toContain('Enter an e-mail address, for example name@example.org');
    // A wrong address put right: every letter kept, the error gone, and the draft holds what is shown.
    await email.locator('input').click();
    await session.page.keyboard.press('End');
    await session.page.keyboard.type('example.org');
    expect(await email.locator('input').inputValue()).toBe('kay@example.org');
    // Left by pressing Next, as a finger does (down, a moment, up): nothing may move under it meanwhile. The error
    // box used to come back as the field was left, until SurveyJS had checked the new address, pushing Next down
    // between the finger's down and up, and the tap was lost.
    const next = session.page.locator('.sd-navigation__next-btn:visible');
    // Brought into view without leaving the field (as a finger scrolls the page).
    await session.page.mouse.wheel(0, 10_000);
    await expect.poll(() => next.evaluate((button) => button.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
    expect(await email.locator('input').evaluate((input) => input === document.activeElement)).toBe(true);
    const before = await next.boundingBox();
    if (!before) throw new Error('no Next button');
    await session.page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
    await session.page.mouse.down();
    await session.page.waitForTimeout(100);
    // Still under the pointer (SurveyJS shrinks a pressed button a little, so its box is not compared).
    const x = before.x + before.width / 2;
    const y = before.y + before.height / 2;
    expect(await session.page.evaluate(([px, py]) => document.elementFromPoint(px ?? 0, py ?? 0)?.closest('.sd-navigation__next-btn') !== null, [x, y])).toBe(true);
    await session.page.mouse.up();
    await expect.poll(() => errors.count()).toBe(0);
    expect(await email.locator('input').inputValue()).toBe('kay@example.org');
    await survey.waitSaved();
    await session.page.reload();
    await app.clickButton('Resume my draft');
    await expect.poll(() => survey.question('contact_email').locator('input').inputValue()).toBe('kay@example.org');
  });

  it('leaves the focus in the field the respondent taps after a refused Next, every letter typed there', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    const { page, survey } = await openOnOrganisation(session, 'Focus Org');
    await page.setViewportSize({ width: 360, height: 640 });
    // The contact's name taken away again: the one question in error, far above Next on a phone.
    await survey.fill('contact_name', '');
    // SurveyJS scrolls the question in error into view, waits until the page has stood still for a few frames, then
    // focuses it. Here that scroll is smooth, so it takes a while, as it can on a slow phone.
    await page.addStyleTag({ content: 'html { scroll-behavior: smooth }' });
    await page.locator('.sd-navigation__next-btn:visible').click();
    // Meanwhile the respondent taps the field just under it (a press, then the focus, as a finger gives) and types:
    // they keep that field, and their letters. The rest of them used to go into the contact's name ("Programme" in
    // the role, " officer" in the name).
    const role = survey.question('contact_role').locator('input');
    await role.dispatchEvent('pointerdown');
    await role.focus();
    await page.keyboard.type('Programme officer', { delay: 40 });
    expect(await role.inputValue()).toBe('Programme officer');
    expect(await survey.question('contact_name').locator('input').inputValue()).toBe('');
    expect(await role.evaluate((input) => input === document.activeElement)).toBe(true);
  });

  it('keeps a paste longer than a field allows, says by how much, and takes the error away once it is short enough', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    const { page, survey } = await openOnFirstNeed(session, 'Paste Org');
    const description = survey.question('description', { list: 'needs', index: 0 });
    const box = description.locator('textarea');
    // A report's paragraph of 2,345 characters, pasted as a person pastes (the clipboard, Ctrl+V) after a few words typed.
    const paragraph = `${'Our reception programme trains volunteers in every district. '.repeat(40).slice(0, 2336)}End.`;
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    await page.evaluate((text) => navigator.clipboard.writeText(text), paragraph);
    await box.click();
    await page.keyboard.type('Hi: ');
    await page.keyboard.press('Control+V');
    // All of it is there (the browser alone kept the first 2,000 characters and said nothing), and the caret after it.
    await expect.poll(() => box.inputValue()).toBe(`Hi: ${paragraph}`);
    expect(await box.evaluate((field) => (field instanceof HTMLTextAreaElement ? field.selectionStart : -1))).toBe(2344);
    const errors = description.locator('.sd-question__erbox:visible');
    await expect.poll(() => errors.innerText()).toContain('This answer is 2,344 characters long; the limit is 2,000. Shorten it by 344.');
    // The box grows with its text, so all of it can be read and put right (four lines of it were shown).
    await expect.poll(() => box.evaluate((field) => field.scrollHeight - field.clientHeight)).toBeLessThanOrEqual(1);
    // Ctrl+Z takes the paste back, as after any paste.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => box.inputValue()).toBe('Hi: ');
    // Shortened: the error goes, and the draft keeps the shortened text.
    await box.press('Control+A');
    await page.keyboard.type('A short description.');
    await expect.poll(() => errors.count()).toBe(0);
    // A paste that fits is left to the browser.
    await page.evaluate(() => navigator.clipboard.writeText(' Fits.'));
    await page.keyboard.press('Control+V');
    await expect.poll(() => box.inputValue()).toBe('A short description. Fits.');
    await survey.waitSaved();
  });

  it('holds each error inside an entry together with its own question, not with the field above it', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    await session.page.setViewportSize({ width: 390, height: 844 });
    const { page, survey } = await openOnFirstNeed(session, 'Bar Org');
    await page.locator('.sd-navigation__next-btn:visible').click();
    const need = page.locator('[data-name="needs"] .sd-paneldynamic__panel-wrapper').first();
    const inError = need.locator('.sd-question--error');
    await expect.poll(() => inError.count()).toBeGreaterThan(1);
    // SurveyJS puts a message above its question's title, right under the previous field; an entry's questions have
    // no card to tell them apart, so each question in error carries a bar down its side, its message inside it.
    for (const question of await inError.all()) {
      const bar = await question.evaluate((element) => {
        const style = getComputedStyle(element, '::before');
        const box = element.getBoundingClientRect();
        const message = element.querySelector('.sd-question__erbox')?.getBoundingClientRect();
        return { shown: style.content !== 'none', width: style.width, holdsMessage: message !== undefined && message.top >= box.top && message.bottom <= box.bottom };
      });
      expect(bar).toEqual({ shown: true, width: '4px', holdsMessage: true });
    }
    // Drawn beside the question, not pushing it: the field stays put when its error goes at the first key typed.
    const title = survey.question('title', { list: 'needs', index: 0 }).locator('input');
    const before = await title.boundingBox();
    await title.pressSequentially('A');
    await expect.poll(() => survey.question('title', { list: 'needs', index: 0 }).locator('.sd-question__erbox:visible').count()).toBe(0);
    expect((await title.boundingBox())?.x).toBe(before?.x);
  });

  it('finds a list\'s options by every word typed, in any order', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    const { page, survey } = await openOnFirstNeed(session, 'Search Org');
    const options = page.locator('.sd-root-modern [role="option"]:visible');
    await survey.question('theme', { list: 'needs', index: 0 }).locator('.sd-dropdown').click();
    // "housing long" is not a piece of "Short- and long-term housing": SurveyJS alone found nothing.
    await page.keyboard.type('housing long');
    await expect.poll(() => options.allInnerTexts()).toEqual([expect.stringContaining('Short- and long-term housing')]);
    await page.keyboard.press('Enter');
    await expect.poll(() => survey.question('theme', { list: 'needs', index: 0 }).innerText()).toContain('Short- and long-term housing');
    // The countries too (loaded when the list opens): words in any order.
    await page.getByRole('button', { name: 'Previous' }).click();
    await survey.question('country').locator('.sd-dropdown').click();
    await page.keyboard.type('kingdom united');
    await expect.poll(() => options.allInnerTexts()).toEqual(['United Kingdom']);
  });

  it('fits a phone in Portuguese: long "Add …" buttons wrap, and the 1–5 scale keeps its end labels', async () => {
    session = await openBrowser(baseUrl, { locale: 'pt-BR' });
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    const app = new AppPage(page, baseUrl);
    const survey = new SurveyPage(page);
    await app.open();
    await survey.next();
    // SurveyJS's own Portuguese as the questionnaire's, European: "Seguinte", not the Brazilian "Próximo".
    expect(await page.getByRole('button', { name: 'Seguinte', exact: true }).count()).toBe(1);
    // The questionnaire's title, above every page, takes no more than three lines (it took four, a fifth of the screen).
    const title = await page.locator('h1.sd-title').evaluate((heading) => heading.getBoundingClientRect().height / parseFloat(getComputedStyle(heading).lineHeight));
    expect(Math.round(title)).toBeLessThanOrEqual(3);
    // A choice answers to a tap anywhere on its row, not on its words alone (a tap beside "Sim" chose nothing).
    const row = survey.question('org_type').locator('.sd-item').filter({ has: page.locator('input[value="local_government"]') });
    const box = await row.boundingBox();
    if (!box) throw new Error('no choice row');
    await page.mouse.click(box.x + box.width - 8, box.y + 4);
    await expect.poll(() => row.locator('input').isChecked()).toBe(true);
    await survey.answerOrganisation('Organização de Teste', 'Portugal', 'Português');
    await survey.next();
    /** Nothing wider than the phone: the page does not scroll sideways and every "Add …" button is inside it. */
    const fits = () => page.evaluate(() => ({
      sideways: document.documentElement.scrollWidth - window.innerWidth,
      outside: Array.from(document.querySelectorAll('.sd-paneldynamic__add-btn'), (button) => button.getBoundingClientRect())
        .filter((box) => box.width > 0 && (box.left < 0 || box.right > window.innerWidth)).length,
      // Buttons folded into a "…" menu (SurveyJS's adaptive action bars).
      folded: Array.from(document.querySelectorAll('.sv-dots')).filter((dots) => dots.checkVisibility()).length,
    }));
    for (const [question, list] of [['has_needs', 'needs'], ['has_offers', 'offers'], ['has_funding_sources', 'funding_sources'], ['twinning_experience', 'past_twinning']] as const) {
      await survey.yesNo(question, true);
      const add = page.locator(`[data-name="${list}"] .sd-paneldynamic__add-btn`).first();
      await add.scrollIntoViewIfNeeded();
      expect({ list, ...(await fits()) }).toEqual({ list, sideways: 0, outside: 0, folded: 0 });
      await survey.yesNo(question, false);
      if (list === 'past_twinning') await survey.choose('willing_to_twin', 'no');
      await survey.next();
    }
    // The scale as five buttons with "no need" and "strong need" shown, not a list of bare numbers.
    const scale = survey.question('mechanism_needed');
    // The focus arrives on "1" (Next was tapped) with no ring at all, nor a green one a respondent took for an answer;
    // reached by the keyboard, it has the app's focus ring.
    const focusedItem = scale.locator('.sd-rating__item:focus-within');
    const ring = () => focusedItem.evaluate((item) => [getComputedStyle(item).outlineStyle, getComputedStyle(item).outlineColor, item.classList.contains('sd-rating__item--selected')]);
    expect((await ring())[0]).toBe('none');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(ring).toEqual(['solid', 'rgb(245, 163, 0)', false]);
    expect(await scale.locator('.sd-rating__item').count()).toBe(5);
    expect((await scale.innerText()).toLowerCase()).toMatch(/nenhuma necessidade[\s\S]*grande necessidade/);
    expect(await fits()).toEqual({ sideways: 0, outside: 0, folded: 0 });
    // The review lists the options chosen, not every option offered (every language, theme and country, ticked or
    // not, made it about 23,000 px tall here); a list left unanswered shows a dash rather than nothing.
    await survey.rate('mechanism_needed', 4);
    await survey.review();
    const review = await page.evaluate(() => ({
      unchosenShown: Array.from(document.querySelectorAll('.sd-item--preview:not(.sd-item--checked)')).filter((item) => item.checkVisibility()).length,
      chosenShown: Array.from(document.querySelectorAll('.sd-item--preview.sd-item--checked')).filter((item) => item.checkVisibility()).map((item) => item.textContent?.trim()),
      dashes: Array.from(document.querySelectorAll('.sd-selectbase'), (list) => getComputedStyle(list, '::after').content).filter((content) => content.includes('—')).length,
    }));
    expect(review.unchosenShown).toBe(0);
    expect(review.chosenShown).toEqual(expect.arrayContaining(['Não', 'Organização não governamental']));
    expect(review.dashes).toBeGreaterThan(0);
    // A drop-down left unanswered ("how did you hear…") shows a dash, not its prompt as if it were the answer.
    const heardFrom = survey.question('heard_from');
    expect(await heardFrom.innerText()).not.toContain('Selecione');
    expect(await heardFrom.locator('.sd-dropdown__input').evaluate((box) => getComputedStyle(box, '::after').content)).toBe('"—"');
    // Text answers as text, whole (read-only boxes cut them at one line on a phone).
    expect(await page.locator('.sd-body :is(input[type="text"], input[type="email"], textarea)').count()).toBe(0);
    expect(await page.locator('.sd-body').innerText()).toContain('Organização de Teste');
    // Wrapped, not cut at the box's edge: SurveyJS's rows make their text one line (nowrap).
    const textAnswers = await page.locator('.sd-question--preview :is(.sd-question__content, .sd-formbox) > div:not([class])').evaluateAll((items) => items.map((item) => getComputedStyle(item).whiteSpace));
    // One-line answers (the organisation's name) as well as long ones (a description).
    expect(textAnswers.length).toBeGreaterThan(5);
    expect(new Set(textAnswers)).toEqual(new Set(['pre-wrap']));
    // A drop-down's answer whole too ("Integración · Empleo, reconocimiento …" was cut), without a typing aid's count.
    expect(await survey.question('country').locator('.sd-dropdown__input .sv-string-viewer').evaluate((text) => getComputedStyle(text).whiteSpace)).toBe('normal');
    expect(await page.locator('.sd-formbox__character-counter').evaluateAll((counters) => counters.filter((counter) => counter.checkVisibility()).length)).toBe(0);
    expect((await fits()).sideways).toBe(0);
  });

  it('keeps a drop-down\'s list, the letters typed and the answer whole on a 360-px screen, however long the choice', async () => {
    session = await openBrowser(baseUrl, { locale: 'fr-FR' });
    // A small phone, or a desktop window of 1,440 px zoomed to 400% (WCAG's reflow).
    await session.page.setViewportSize({ width: 360, height: 780 });
    const { page, survey } = await openOnFirstNeed(session, 'Organisation de test', { country: 'Allemagne', workingLanguage: 'Français' });
    const theme = survey.question('theme', { list: 'needs', index: 0 });
    await theme.scrollIntoViewIfNeeded();
    await theme.locator('.sd-dropdown').click();
    // Matches "Programme et politiques · Conception ou élargissement d'un programme de réinstallation" first.
    await page.keyboard.type('Réinst');
    const option = page.locator('.sd-root-modern').getByRole('option', { name: /Conception ou élargissement/ });
    await option.waitFor();
    const layout = await page.evaluate(() => {
      const box = (element: Element | null) => element?.getBoundingClientRect() ?? null;
      const list = box(document.querySelector('.sv-popup--menu-popup:not([style*="display: none"]) .sv-popup__container'));
      const input = box(document.activeElement);
      const field = box(document.activeElement?.closest('.sd-dropdown') ?? null);
      return {
        listOnScreen: list !== null && list.width > 0 && list.left >= 0 && list.right <= window.innerWidth,
        typedInField: input !== null && field !== null && input.left >= field.left && input.left + 20 <= field.right,
        scrolledSideways: Array.from(document.querySelectorAll('.sd-root-modern *')).filter((element) => element !== document.activeElement && element.scrollLeft > 0).length,
      };
    });
    expect(layout).toEqual({ listOnScreen: true, typedInField: true, scrolledSideways: 0 });
    // And the match is still chosen by a tap on it.
    await option.click();
    // Shown as the answer once the field is left, whole: on one line cut with "…" it read "Programme et politi…", the
    // part every theme of its phase shares.
    await page.keyboard.press('Tab');
    await expect.poll(() => theme.locator('.sd-dropdown__input').innerText()).toContain('Conception ou élargissement');
    const answer = await theme.locator('.sd-dropdown__input .sv-string-viewer').evaluate((text) => {
      const box = text.getBoundingClientRect();
      const field = text.closest('.sd-dropdown')?.getBoundingClientRect();
      return { cut: text.scrollWidth > text.clientWidth || text.scrollHeight > text.clientHeight, inField: field !== undefined && box.top >= field.top && box.bottom <= field.bottom };
    });
    expect(answer).toEqual({ cut: false, inField: true });
  });

  it('names the × of each chosen language after it, in the questionnaire\'s language, and removes it by keyboard', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    const { page } = session;
    const app = new AppPage(page, baseUrl);
    const survey = new SurveyPage(page);
    await app.open();
    await survey.next();
    await survey.pick('working_languages', ['English', 'Portuguese']);
    const chips = page.locator('[data-name="working_languages"]');
    // A focusable × with no role or name was "clickable" and nothing else to a screen reader.
    await chips.getByRole('button', { name: 'Remove Portuguese' }).waitFor();
    // Shown, and beside the name, not over it: hidden until hovered, it took a phone's taps on the name's end.
    const layout = await chips.locator('.sd-tagbox-item').evaluateAll((items) => items.map((item) => {
      const text = item.querySelector('.sd-tagbox-item__text')?.getBoundingClientRect();
      const button = item.querySelector('.sd-tagbox-item__clean-button');
      return { shown: button ? getComputedStyle(button.parentElement ?? button).opacity : 'none', apart: text && button ? button.getBoundingClientRect().left >= text.right - 0.5 : false };
    }));
    expect(layout).toEqual([{ shown: '1', apart: true }, { shown: '1', apart: true }]);
    await chips.getByRole('button', { name: 'Remove English' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => chips.getByRole('button', { name: /^Remove / }).allInnerTexts().then((names) => names.length)).toBe(1);
    await app.chooseLanguage('fr');
    await chips.getByRole('button', { name: 'Retirer portugais' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the focus where the respondent is when the button pressed goes: Remove an entry, Edit on the review', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    const { page, survey } = await openOnFirstNeed(session, 'Focus Org');
    // The yes/no that opens the section is a radio group named by its question, and required (SurveyJS had it as
    // two unnamed radios in a "presentation" fieldset).
    const opener = page.getByRole('radiogroup', { name: 'Do you have needs that could benefit from links with other countries or organisations?' });
    expect(await opener.getAttribute('aria-required')).toBe('true');
    await survey.addEntry('needs');
    expect(await survey.entryCount('needs')).toBe(2);
    await survey.fill('title', 'A need worth keeping', { list: 'needs', index: 1 });
    // The Remove buttons are named alike, and each is described by its own entry's title.
    const removeButtons = page.getByRole('button', { name: 'Remove this need' });
    expect(await removeButtons.evaluateAll((buttons) => buttons.map((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent))).toEqual(['Need 1', 'Need 2']);
    // Remove asks first, in a dialog named by its question, the focus on the choice that keeps the entry.
    const removeButton = page.locator('[data-name="needs"] .sd-paneldynamic__remove-btn').last();
    const dialog = await survey.pressRemove('needs', 1);
    // Named by the entry it would remove, then its question: the button sits just above the next entry's heading.
    expect(await dialog.evaluate((element) => (element.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' | ')))
      .toBe('Need 2 — A need worth keeping | Remove this need and everything you wrote in it? This cannot be undone.');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await axeViolations(page)).toEqual([]);
    // Escape keeps it, and gives the focus back to the button pressed.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await survey.entryCount('needs')).toBe(2);
    expect(await removeButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await (await survey.pressRemove('needs', 1)).getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => survey.entryCount('needs')).toBe(1);
    // The removed entry's button has gone: the focus is on the list's Add button, not on the page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-name="needs"] .sd-paneldynamic__add-btn') ?? false)).toBe(true);
    await survey.answerNoEntries();
    await survey.review();
    // Each Edit button names its own section (they all used to name the last one).
    const editNames = await page.getByRole('button', { name: /^Edit: / }).allInnerTexts();
    expect(editNames.slice(0, 2)).toEqual(['Edit: Your organisation', 'Edit: What would help you']);
    expect(new Set(editNames).size).toBe(editNames.length);
    await page.getByRole('button', { name: /^Edit: / }).nth(1).click();
    // Back on that section's page, with the focus in its first question.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-name]')?.getAttribute('data-name') ?? null)).toBe('has_needs');
    // Changed, and back to the review: the focus on that section's Edit button, in view, where the respondent left
    // the review; not at its top, some 28 Tabs away.
    await survey.yesNo('has_needs', false);
    // A change of language on the way builds a new questionnaire, which must still know the review was seen.
    const app = new AppPage(page, baseUrl);
    await app.chooseLanguage('fr');
    await expect.poll(() => survey.pageTitle()).toBe('Ce qui vous aiderait');
    await app.chooseLanguage('en');
    await expect.poll(() => survey.pageTitle()).toBe('What would help you');
    await page.getByRole('button', { name: 'Review my answers' }).click();
    const focused = () => page.evaluate(() => {
      const active = document.activeElement;
      const box = active?.getBoundingClientRect();
      return { text: active?.textContent?.trim() ?? null, inView: box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight };
    });
    await expect.poll(focused).toEqual({ text: 'Edit: What would help you', inView: true });
  });

  it('switches language at any time without losing answers', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    const app = new AppPage(session.page, baseUrl);
    const survey = new SurveyPage(session.page);
    await app.open();
    await survey.next();
    await survey.fill('org_name', 'Refugee Council of Norway');
    await survey.choose('org_type', 'ngo');
    await session.page.locator('.language-choice select').focus();
    await app.chooseLanguage('es');
    // The Spanish questionnaire is fetched on the switch; the page and answers stay meanwhile.
    await expect.poll(() => survey.pageTitle()).toBe('Su organización');
    // The app's own words switch with it (fetched on the switch too: only English is in the app's code).
    expect(await session.page.locator('.language-choice span').innerText()).toBe('Idioma');
    expect(await session.page.locator('.page-position').innerText()).toBe('Página 2 de 7');
    // The focus stays on the language list, where a keyboard or screen-reader user made the choice (the new
    // questionnaire's first drawing took it to the first question).
    await session.page.waitForTimeout(300);
    expect(await session.page.evaluate(() => document.activeElement?.matches('.language-choice select') ?? false)).toBe(true);
    expect(await survey.question('org_name').locator('input').inputValue()).toBe('Refugee Council of Norway');
    expect(await survey.question('org_type').locator('input[value="ngo"]').isChecked()).toBe(true);
    await app.chooseLanguage('pt');
    await expect.poll(() => survey.pageTitle()).toBe('A sua organização');
    await survey.waitSaved();
    await session.page.reload();
    expect(await session.page.locator('.language-choice select').inputValue()).toBe('pt');
    // Reloaded in Portuguese, the app's words are Portuguese from its first screen.
    await session.page.getByRole('button', { name: 'Continuar o meu rascunho' }).waitFor();
    expect(await session.page.locator('.language-choice span').innerText()).toBe('Língua');
  });

  it('tells the respondent when storage is refused, and still hands over the response file', async () => {
    session = await openBrowser(baseUrl, { locale: 'en-GB' });
    // As in a browser that refuses IndexedDB (some private modes).
    await session.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('refused', 'SecurityError'); } });
    });
    const app = new AppPage(session.page, baseUrl);
    const survey = new SurveyPage(session.page);
    await app.open();
    await expect.poll(() => session?.page.getByRole('alert').innerText()).toContain('does not let the questionnaire store your answers');
    await survey.answerMinimal('Oslo Integration Network', 'Norway');
    expect(await app.heading()).toBe('Thank you: your response is ready to send');
    const download = await app.download('Download your response file');
    const file: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const parsed = validateResponse(file);
    expect(parsed.ok ? parsed.value.data['org_name'] : parsed.errors).toBe('Oslo Integration Network');
  });

  it('offers an e-mail to the coordinator and a print layout with labels in the respondent’s language', async () => {
    session = await openBrowser(baseUrl, { locale: 'pt-BR' });
    const app = new AppPage(session.page, baseUrl);
    const survey = new SurveyPage(session.page);
    await app.open();
    await survey.answerMinimal('Cáritas Brasileira', 'Brasil', 'Português');
    const href = await session.page.getByRole('link', { name: 'Escrever à coordenação' }).getAttribute('href');
    const id = await app.responseId();
    expect(href).toMatch(/^mailto:pilot-coordinator%40example\.org\?subject=/);
    const body = new URL(href ?? '').searchParams.get('body') ?? '';
    expect(body).toContain(id);
    expect(body).toMatch(/caritas-brasileira-[0-9a-f]{8}-r1\.needs-offers\.json/);

    await app.clickButton('Imprimir ou guardar em PDF');
    await session.page.emulateMedia({ media: 'print' });
    const printed = session.page.locator('.print-only');
    await printed.waitFor();
    expect(await printed.innerText()).toContain('Resposta de Cáritas Brasileira');
    // Labels, not codes, in Portuguese.
    expect(await printed.innerText()).toContain('Organização não governamental');
    expect(await session.page.locator('.receipt').isVisible()).toBe(false);
  });

  it('on a shared device, the next respondent sees nothing of the previous one', async () => {
    session = await openBrowser(sharedDeviceUrl, { locale: 'en-GB' });
    const app = new AppPage(session.page, sharedDeviceUrl);
    const survey = new SurveyPage(session.page);
    await app.open();
    expect(await session.page.locator('.survey-screen .notice').innerText()).toContain('This device is shared');
    await survey.answerMinimal('First Respondent Org', 'Finland');
    session.page.once('dialog', (dialog) => { void dialog.accept(); });
    await app.clickButton('Start a new response');
    await survey.next();
    expect(await survey.question('org_name').locator('input').inputValue()).toBe('');
    await session.page.reload();
    // Only the new (blank) draft remains: no revision of the previous response is offered.
    expect(await session.page.getByRole('button', { name: 'Revise my finished response' }).count()).toBe(0);
    const stored = await session.page.evaluate(async () => {
      const request = indexedDB.open('needs-offers-respondent');
      const db = await new Promise<IDBDatabase>((resolve, reject) => { request.onsuccess = () => resolve(request.result); request.onerror = () => reject(request.error); });
      const count = await new Promise<number>((resolve) => { const r = db.transaction('submissions').objectStore('submissions').count(); r.onsuccess = () => resolve(r.result); });
      db.close();
      return count;
    });
    expect(stored).toBe(0);

    // The same from the welcome-back page, when the previous respondent left without pressing it on the receipt: the
    // next one's "Start a new response" there clears the device too (it used to keep the previous response, whose
    // file the page then offered beside the new draft).
    await session.close();
    session = await openBrowser(sharedDeviceUrl, { locale: 'en-GB' });
    const app2 = new AppPage(session.page, sharedDeviceUrl);
    const survey2 = new SurveyPage(session.page);
    await app2.open();
    await survey2.answerMinimal('Second Respondent Org', 'Finland');
    await app2.open();
    await session.page.getByRole('button', { name: 'Revise my finished response' }).waitFor();
    session.page.once('dialog', (dialog) => { void dialog.accept(); });
    await app2.clickButton('Start a new response');
    await survey2.next();
    await survey2.fill('org_name', 'Third Respondent Org');
    await survey2.waitSaved();
    await app2.open();
    await session.page.getByRole('button', { name: 'Resume my draft' }).waitFor();
    expect(await session.page.getByRole('button', { name: 'Download the response file again' }).count()).toBe(0);
  });
});
