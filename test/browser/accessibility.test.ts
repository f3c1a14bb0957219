// Every page, for respondents and coordinators, has no axe-core violation of WCAG 2.1 A and AA rules.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isRecord } from '../../src/domain/result';
import { axeViolations } from '../support/axe';
import { openBrowser, type BrowserSession } from '../support/browser';
import { AppPage } from './pages/appPage';
import { CoordinatorPage } from './pages/coordinatorPage';
import { SurveyPage } from './pages/surveyPage';

const baseUrl = inject('baseUrl');

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  let session: BrowserSession;
  beforeAll(async () => { session = await openBrowser(baseUrl); });
  afterAll(async () => { await session.close(); });

  it('respondent: every survey page, review, receipt, and the landing page offering a revision and the file again', async () => {
    const app = new AppPage(session.page, baseUrl);
    const survey = new SurveyPage(session.page);
    const found: Record<string, unknown> = {};
    await app.open();
    found['intro'] = await axeViolations(session.page);
    await survey.next();
    found['organisation'] = await axeViolations(session.page);
    await survey.answerOrganisation('Accessible Org', 'Finland');
    await survey.next();
    await survey.yesNo('has_needs', true);
    found['needs'] = await axeViolations(session.page);
    await survey.pick('theme', 'Short- and long-term housing', { list: 'needs', index: 0 });
    await survey.fill('title', 'Housing', { list: 'needs', index: 0 });
    await survey.choose('modalities', ['study_visit'], { list: 'needs', index: 0 });
    await survey.choose('priority', 'high', { list: 'needs', index: 0 });
    await survey.choose('funding', 'partial', { list: 'needs', index: 0 });
    await survey.next();
    await survey.yesNo('has_offers', true);
    found['offers'] = await axeViolations(session.page);
    await survey.yesNo('has_offers', false);
    await survey.next();
    await survey.yesNo('has_funding_sources', false);
    found['funding'] = await axeViolations(session.page);
    await survey.next();
    await survey.yesNo('twinning_experience', false);
    await survey.choose('willing_to_twin', 'yes');
    found['experience'] = await axeViolations(session.page);
    await survey.next();
    await survey.rate('mechanism_needed', 3);
    found['evaluation'] = await axeViolations(session.page);
    await survey.review();
    found['review'] = await axeViolations(session.page);
    await survey.submit();
    await session.page.getByTestId('response-id').waitFor();
    const responseId = (await session.page.getByTestId('response-id').innerText()).trim();
    found['receipt'] = await axeViolations(session.page);
    await app.open();
    await session.page.getByRole('button', { name: 'Revise my finished response' }).waitFor();
    found['landing'] = await axeViolations(session.page);
    // Back after sending: revising is the first choice; a new response (a new id) the second.
    expect(await session.page.locator('.landing button.primary').innerText()).toBe('Revise my finished response');
    expect(await session.page.getByRole('button', { name: 'Start a new response' }).count()).toBe(1);
    // Its file once more, for someone who has not sent it yet: the same response, not a new revision.
    const [download] = await Promise.all([session.page.waitForEvent('download'), session.page.getByRole('button', { name: 'Download the response file again' }).click()]);
    const again: unknown = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(isRecord(again) ? [again['responseId'], again['revision']] : null).toEqual([responseId, 1]);
    // A new response begun on the same device: its draft comes first, and the finished file is still within reach.
    await app.clickButton('Start a new response');
    await survey.next();
    await survey.fill('org_name', 'Second Org');
    await survey.waitSaved();
    await app.open();
    await session.page.getByRole('button', { name: 'Resume my draft' }).waitFor();
    found['landing with a draft'] = await axeViolations(session.page);
    const [stillThere] = await Promise.all([session.page.waitForEvent('download'), session.page.getByRole('button', { name: 'Download the response file again' }).click()]);
    const sameFile: unknown = JSON.parse(readFileSync(await stillThere.path(), 'utf8'));
    expect(isRecord(sameFile) ? [sameFile['responseId'], sameFile['revision']] : null).toEqual([responseId, 1]);
    expect(Object.fromEntries(Object.entries(found).filter(([, violations]) => Array.isArray(violations) && violations.length > 0))).toEqual({});
  });

  it('coordinator: every screen with the demo data', async () => {
    const coordinator = new CoordinatorPage(session.page, baseUrl);
    await coordinator.loadDemo();
    const found: Record<string, unknown> = { import: await axeViolations(session.page) };
    for (const screen of ['responses', 'chart', 'matches', 'register', 'twinning', 'circulated', 'evaluation', 'exports', 'backup'] as const) {
      await coordinator.go(screen);
      await session.page.waitForTimeout(300);
      found[screen] = await axeViolations(session.page);
    }
    await coordinator.go('responses');
    await session.page.locator('.responses-table a').first().click();
    await session.page.locator('#response-title').waitFor();
    found['response'] = await axeViolations(session.page);
    expect(Object.fromEntries(Object.entries(found).filter(([, violations]) => Array.isArray(violations) && violations.length > 0))).toEqual({});
  });
});
