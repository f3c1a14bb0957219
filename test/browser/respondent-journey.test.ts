// A ministry official answers in French over two sittings, submits, downloads the file, then revises it.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countryName, labelOf } from '../../src/domain/codes';
import { validateResponse } from '../../src/domain/responseFile';
import { quarterOf, roundText } from '../../src/domain/round';
import { openBrowser, type BrowserSession } from '../support/browser';
import { AppPage } from './pages/appPage';
import { SurveyPage } from './pages/surveyPage';

const baseUrl = inject('baseUrl');
const fr = (list: Parameters<typeof labelOf>[0], code: string) => labelOf(list, code, 'fr');

describe('respondent journey in French', () => {
  let session: BrowserSession;
  let app: AppPage;
  let survey: SurveyPage;

  beforeAll(async () => {
    session = await openBrowser(baseUrl, { locale: 'fr-FR' });
    app = new AppPage(session.page, baseUrl);
    survey = new SurveyPage(session.page);
  });
  afterAll(async () => { await session.close(); });

  let firstFile: Record<string, unknown> = {};

  it('starts in the browser language and answers up to the needs page', async () => {
    await app.open();
    expect(await app.heading()).toBe('Besoins et offres : échanges entre pays de réinstallation');
    // Screen readers read the page in French from the start, not only after a choice in the header.
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // The round as its months in French, from the texts made when the app was built (no date formatted on this page).
    const intro = await session.page.locator('[data-name="intro_text"]').innerText();
    expect(intro.replace(/\s/g, ' ')).toContain(`Cycle de consultation : ${roundText(quarterOf(new Date()), 'fr').replace(/\s/g, ' ')}`);
    await survey.next();
    expect(await survey.pageTitle()).toBe('Votre organisation');
    expect(await session.page.locator('.page-position').innerText()).toBe('Page 2 sur 7');
    await survey.fill('org_name', 'Ministère de l’Intérieur — Département de l’intégration');
    await survey.choose('org_type', 'government');
    // A wrong country first, then the right one typed over its name: SurveyJS appended the letters to the name shown.
    await survey.pick('country', countryName('SK', 'fr'));
    await survey.pick('country', countryName('CZ', 'fr'));
    // Typing into the list touched this page alone: the pages not yet seen are not marked as done.
    const done = await session.page.locator('.sd-progress-buttons li').evaluateAll((items) => items.map((item) => item.className.includes('--passed')));
    expect(done).toEqual([true, true, false, false, false, false, false]);
    // On a small phone all seven steps fit (SurveyJS's showed three, the current one often scrolled out of sight).
    const wide = session.page.viewportSize();
    await session.page.setViewportSize({ width: 320, height: 640 });
    const steps = await session.page.locator('.sd-progress-buttons__list-container').evaluate((list) => ({ scroll: list.scrollWidth, shown: list.clientWidth }));
    expect(steps.scroll, JSON.stringify(steps)).toBeLessThanOrEqual(steps.shown);
    if (wide) await session.page.setViewportSize(wide);
    await survey.choose('resettlement_status', 'emerging');
    await survey.choose('continuum_roles', ['reception', 'integration']);
    await survey.pick('working_languages', [fr('language', 'fr'), fr('language', 'en')]);
    await survey.fill('contact_name', 'Jana Nováková');
    await survey.fill('contact_email', 'jana.novakova@example.cz');
    await survey.choose('consent_share', 'share_org_only');
    await survey.next();

    await survey.yesNo('has_needs', true);
    const first = { list: 'needs' as const, index: 0 };
    await survey.pick('theme', fr('theme', 'housing'), first);
    await survey.fill('title', 'Trouver des logements pour les familles nombreuses', first);
    await survey.choose('modalities', ['study_visit', 'mentoring'], first);
    await survey.choose('priority', 'high', first);
    await survey.fill('start', '2027-03', first);
    await survey.choose('funding', 'needs_funding', first);
    await survey.addEntry('needs');
    const second = { list: 'needs' as const, index: 1 };
    await survey.pick('theme', fr('theme', 'language_training'), second);
    await survey.fill('title', 'Cours de langue pour adultes réinstallés', second);
    await survey.choose('modalities', ['training'], second);
    await survey.choose('priority', 'medium', second);
    await survey.choose('funding', 'partial', second);
    await survey.waitSaved();
  });

  it('resumes after a reload on the needs page with every answer', async () => {
    await session.page.reload();
    // The welcome-back page names the round by its months too.
    await expect.poll(async () => (await session.page.locator('main').innerText()).replace(/\s/g, ' ')).toContain(`Cycle : ${roundText(quarterOf(new Date()), 'fr').replace(/\s/g, ' ')}.`);
    await app.clickButton('Reprendre mon brouillon');
    expect(await survey.pageTitle()).toBe('Ce qui vous aiderait');
    expect(await survey.entryCount('needs')).toBe(2);
    await expect.poll(() => survey.question('title', { list: 'needs', index: 1 }).locator('input').inputValue()).toBe('Cours de langue pour adultes réinstallés');
    expect(await survey.question('start', { list: 'needs', index: 0 }).locator('input').inputValue()).toBe('2027-03');
  });

  it('finishes, reviews and submits, and the response file holds exactly the answers', async () => {
    await survey.next();
    await survey.yesNo('has_offers', true);
    const offer = { list: 'offers' as const, index: 0 };
    await survey.pick('theme', fr('theme', 'post_arrival_orientation'), offer);
    await survey.fill('title', 'Guide d’orientation traduit en tchèque', offer);
    await survey.choose('modalities', ['materials'], offer);
    await survey.choose('cost', 'we_cover', offer);
    await survey.fill('url', 'https://example.cz/guide', offer);
    await survey.next();
    await survey.yesNo('has_funding_sources', true);
    const funder = { list: 'funding_sources' as const, index: 0 };
    await survey.fill('name', 'Fondation Horizon', funder);
    await survey.choose('funder_type', 'foundation', funder);
    await survey.next();
    await survey.yesNo('twinning_experience', false);
    await survey.choose('willing_to_twin', 'maybe');
    await survey.choose('twin_roles', ['mentee']);
    await survey.next();
    // Arrived by a click, the focus on the scale's "1" draws no ring: it was taken for an answer. (By keyboard it
    // does: keyboard.test.ts checks every stop's ring.)
    const first = survey.question('mechanism_needed').locator('.sd-rating__item').first();
    await expect.poll(() => first.evaluate((item) => item.contains(document.activeElement))).toBe(true);
    // (Polled: SurveyJS's shadow fades out.)
    await expect.poll(() => first.evaluate((item) => [getComputedStyle(item).outlineStyle, getComputedStyle(item).boxShadow])).toEqual(['none', 'none']);
    await survey.rate('mechanism_needed', 5);
    await survey.review();
    // The review shows every page with its answers, each page with an edit button.
    // Text answers are shown as text, whole, not in read-only boxes.
    const shownText = () => session.page.locator('.sd-body').innerText();
    await expect.poll(shownText).toContain('Trouver des logements pour les familles nombreuses');
    expect(await shownText()).toContain('Fondation Horizon');
    // A month as French writes it, not as stored.
    expect(await survey.question('start', { list: 'needs', index: 0 }).innerText()).toContain('mars 2027');
    expect(await shownText()).not.toContain('2027-03');
    expect(await session.page.locator('.sd-body :is(input[type="text"], textarea)').count()).toBe(0);
    expect(await session.page.locator('.sd-body').innerText()).toContain('Ce qui vous aiderait');
    // Not the introduction, which holds no answer; instead a line saying that finishing gives a file to send.
    expect(await session.page.locator('[data-name="intro_text"]').count()).toBe(0);
    expect(await session.page.locator('.sd-description').first().innerText()).toContain('rien n’est envoyé tant que vous n’avez pas envoyé ce fichier');
    const finish = session.page.getByRole('button', { name: 'Terminer et obtenir mon fichier de réponse' });
    // The review opens at its top, the focus on the line that says what to do, and Finish right under it on screen
    // (and again below the answers), not wherever the last page was scrolled to.
    expect(await finish.count()).toBe(2);
    // Each element its own id (SurveyJS's navigation bar drawn twice gave its Finish button's wrapper the same id twice).
    const repeatedIds = await session.page.evaluate(() => {
      const seen = new Map<string, number>();
      for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
      return [...seen].filter(([, count]) => count > 1);
    });
    expect(repeatedIds).toEqual([]);
    await expect.poll(() => session.page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('rien n’est envoyé');
    expect(await finish.first().evaluate((button) => button.getBoundingClientRect().bottom <= window.innerHeight && button.getBoundingClientRect().top >= 0)).toBe(true);
    // On a phone the long label wraps inside the screen: not cut off, and the page does not scroll sideways.
    const viewport = session.page.viewportSize();
    await session.page.setViewportSize({ width: 360, height: 740 });
    for (const button of [finish.first(), finish.last()]) {
      const box = await button.boundingBox();
      const text = await button.evaluate((element) => ({ fits: element.scrollWidth <= element.clientWidth, pageWidth: document.documentElement.scrollWidth }));
      expect([box !== null && box.x >= 0 && box.x + box.width <= 360, text.fits, text.pageWidth <= 360], JSON.stringify({ box, text })).toEqual([true, true, true]);
    }
    if (viewport) await session.page.setViewportSize(viewport);
    await survey.submit();

    expect(await app.heading()).toBe('Merci : votre réponse est prête à être envoyée');
    expect(await app.summary()).toBe('Besoins : 2. Offres : 1. Sources de financement : 1.');
    const download = await app.download('Télécharger votre fichier de réponse');
    expect(download.suggestedFilename()).toMatch(/^ministere-de-l-interieur-departement-de-[0-9a-f]{8}-r1\.needs-offers\.json$/);
    // Said where it went and what to do next: a phone's browser may save it without a word.
    await expect.poll(() => session.page.locator('.receipt [role="status"]').innerText())
      .toBe(`Le fichier ${download.suggestedFilename()} a été remis à votre navigateur : cherchez-le dans ses téléchargements, puis joignez-le à un courriel à pilot-coordinator@example.org.`);
    const path = await download.path();
    firstFile = JSON.parse(readFileSync(path, 'utf8'));
    const valid = validateResponse(firstFile);
    expect(valid.ok ? [] : valid.errors).toEqual([]);
    expect(firstFile).toMatchObject({
      format: 'needs-offers-response', formatVersion: 1, questionnaireVersion: '2026.1', revision: 1, language: 'fr',
      responseId: await app.responseId(),
    });
    expect(firstFile['round']).toMatch(/^\d{4}-Q[1-4]$/);
    expect(firstFile['data']).toEqual({
      org_name: 'Ministère de l’Intérieur — Département de l’intégration',
      org_type: 'government', country: 'CZ', resettlement_status: 'emerging', continuum_roles: ['reception', 'integration'],
      working_languages: ['fr', 'en'], contact_name: 'Jana Nováková', contact_email: 'jana.novakova@example.cz', consent_share: 'share_org_only',
      has_needs: true,
      needs: [
        { id: expect.any(String), theme: 'housing', title: 'Trouver des logements pour les familles nombreuses', modalities: ['study_visit', 'mentoring'], priority: 'high', start: '2027-03', funding: 'needs_funding' },
        { id: expect.any(String), theme: 'language_training', title: 'Cours de langue pour adultes réinstallés', modalities: ['training'], priority: 'medium', funding: 'partial' },
      ],
      has_offers: true,
      offers: [{ id: expect.any(String), theme: 'post_arrival_orientation', title: 'Guide d’orientation traduit en tchèque', modalities: ['materials'], cost: 'we_cover', url: 'https://example.cz/guide' }],
      has_funding_sources: true,
      funding_sources: [{ id: expect.any(String), name: 'Fondation Horizon', funder_type: 'foundation' }],
      twinning_experience: false, willing_to_twin: 'maybe', twin_roles: ['mentee'], mechanism_needed: 5,
    });
  });

  it('revises: same response id and entry ids, next revision', async () => {
    await app.clickButton('Modifier ma réponse');
    // A revision opens on the review of the answers given, the focus on the line that says what to do (it used to
    // be on the whole questionnaire, which a screen reader then read from its top).
    await expect.poll(() => session.page.evaluate(() => (document.activeElement?.matches('.sd-description') ? document.activeElement.textContent : null))).toContain('rien n’est envoyé');
    // The needs section's Edit button goes to that page.
    const needsSection = session.page.locator('.sd-panel').filter({ has: session.page.getByRole('heading', { name: 'Ce qui vous aiderait' }) }).first();
    await needsSection.getByRole('button', { name: 'Modifier' }).last().click();
    // Back on the page itself (its answers editable again), not on the review's read-only copy.
    await session.page.locator('.sd-navigation__next-btn:visible').waitFor();
    await expect.poll(() => session.page.locator('[data-name="needs"] [data-name="title"] input').first().getAttribute('readonly')).toBeNull();
    await survey.fill('title', 'Trouver des logements pour les familles nombreuses et les personnes seules', { list: 'needs', index: 0 });
    // Left there and resumed later: the way back to the review is still offered (it used to go with the reload).
    await survey.waitSaved();
    await session.page.reload();
    await app.clickButton('Reprendre mon brouillon');
    await expect.poll(() => session.page.locator('[data-name="needs"] [data-name="title"] input').first().inputValue()).toBe('Trouver des logements pour les familles nombreuses et les personnes seules');
    // Straight back to the review from the page Edit opened, not Next through every later page.
    await session.page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
    await session.page.getByRole('button', { name: 'Terminer et obtenir mon fichier de réponse' }).first().waitFor();
    await survey.submit();
    expect(await app.revision()).toBe('2');
    // Which file to send: this one, replacing the first.
    expect(await session.page.getByTestId('replaces').innerText()).toBe('Ce fichier remplace celui de la révision 1 : envoyez celui-ci à la coordination, même si vous avez envoyé le précédent.');
    const download = await app.download('Télécharger votre fichier de réponse');
    const second: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const parsed = validateResponse(second);
    const before = validateResponse(firstFile);
    if (!parsed.ok || !before.ok) throw new Error('both files must validate');
    expect(parsed.value.responseId).toBe(before.value.responseId);
    expect(parsed.value.revision).toBe(2);
    const ids = (file: typeof parsed.value) => ['needs', 'offers', 'funding_sources'].flatMap((list) => {
      const entries = file.data[list];
      return Array.isArray(entries) ? entries.map((entry: unknown) => (typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : null)) : [];
    });
    expect(ids(parsed.value)).toEqual(ids(before.value));
    expect(ids(parsed.value)).toHaveLength(4);
  });

  it('finishing again with nothing changed makes no new revision, and says so', async () => {
    await app.clickButton('Modifier ma réponse');
    await survey.submit();
    expect(await app.revision()).toBe('2');
    await expect.poll(() => session.page.getByTestId('unchanged').innerText()).toContain('révision 2');
    expect(await session.page.getByTestId('replaces').count()).toBe(0);
  });

  it('never loaded the coordinator’s code', () => {
    const coordinatorChunks = readdirSync('dist/assets').filter((name) => name.startsWith('CoordinatorApp-') && name.endsWith('.js'));
    // The chunk exists (so this check can fail) but the respondent's whole journey never requested it.
    expect(coordinatorChunks).toHaveLength(1);
    expect(session.requests.filter((url) => url.includes('CoordinatorApp-'))).toEqual([]);
    expect(session.requests.filter((url) => url.includes('importWorker'))).toEqual([]);
  });

  it('never contacted another origin and raised no page errors', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
