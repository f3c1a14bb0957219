// Once opened, the questionnaire loads, runs and saves with no network, and still hands over the response file.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateResponse } from '../../src/domain/responseFile';
import { openBrowser, type BrowserSession } from '../support/browser';
import { AppPage } from './pages/appPage';
import { SurveyPage } from './pages/surveyPage';

const baseUrl = inject('baseUrl');

describe('offline', () => {
  let session: BrowserSession;
  beforeAll(async () => { session = await openBrowser(baseUrl); });
  afterAll(async () => { await session.close(); });

  it('works with the network gone after the first visit', async () => {
    const app = new AppPage(session.page, baseUrl);
    await app.open();
    // The service worker has installed and cached the app.
    await session.page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await session.page.reload();
    await expect.poll(() => session.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await session.context.setOffline(true);
    await session.page.reload();
    const survey = new SurveyPage(session.page);
    await survey.answerMinimal('Offline Org', 'Finland');
    expect(await app.heading()).toBe('Thank you: your response is ready to send');
    const download = await app.download('Download your response file');
    const parsed = validateResponse(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(parsed.ok ? parsed.value.data['org_name'] : parsed.errors).toBe('Offline Org');
    await session.context.setOffline(false);
    expect(session.pageErrors).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
