// A draft open in two tabs: the older tab can never overwrite answers saved by the newer one, and says so.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser';
import { AppPage } from './pages/appPage';
import { SurveyPage } from './pages/surveyPage';

const baseUrl = inject('baseUrl');

describe('two tabs on one draft', () => {
  let session: BrowserSession;
  beforeAll(async () => { session = await openBrowser(baseUrl); });
  afterAll(async () => { await session.close(); });

  it('keeps the newest answers and tells the stale tab', async () => {
    const tabA = session.page;
    const a = new SurveyPage(tabA);
    await new AppPage(tabA, baseUrl).open();
    await a.next();
    await a.fill('org_name', 'First answer');
    await a.waitSaved();

    const tabB = await session.context.newPage();
    const b = new SurveyPage(tabB);
    await new AppPage(tabB, baseUrl).open();
    await new AppPage(tabB, baseUrl).clickButton('Resume my draft');
    await expect.poll(() => b.question('org_name').locator('input').inputValue()).toBe('First answer');

    // Tab B saves a newer answer; tab A, still showing the old one, then types.
    await b.fill('org_name', 'Newer answer from tab B');
    await b.waitSaved();
    await a.fill('contact_name', 'Typed in the stale tab');
    await expect.poll(() => tabA.getByRole('alert').innerText()).toContain('changed in another tab');

    const tabC = await session.context.newPage();
    await new AppPage(tabC, baseUrl).open();
    await new AppPage(tabC, baseUrl).clickButton('Resume my draft');
    const c = new SurveyPage(tabC);
    await expect.poll(() => c.question('org_name').locator('input').inputValue()).toBe('Newer answer from tab B');
    expect(session.cspViolations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
