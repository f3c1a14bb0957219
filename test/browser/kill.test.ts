// Chromium killed (SIGKILL) in the middle of a large import, or after a draft was saved: nothing is half-written.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { RESPONSES_FORMAT } from '../../src/domain/responseFile';
import { openBrowser, type BrowserSession } from '../support/browser';
import { responseFile, writeFiles } from '../support/responseFiles';
import { AppPage } from './pages/appPage';
import { CoordinatorPage } from './pages/coordinatorPage';
import { SurveyPage } from './pages/surveyPage';

const baseUrl = inject('baseUrl');
const SIZE = 2000;

/** SIGKILL every process of the Chromium that uses this profile: no shutdown, no flush. */
function killChromium(profileDir: string): void {
  const lines = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  for (const line of lines) {
    const match = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (match?.[1] && match[2]?.includes(profileDir)) {
      try { process.kill(Number(match[1]), 'SIGKILL'); } catch { /* already gone */ }
    }
  }
}

function uuidFor(batch: number, index: number): string {
  const hex = (batch * 100_000 + index).toString(16).padStart(12, '0');
  return `7e57da7a-0000-4000-8000-${hex}`;
}

function bigFile(batch: number): string {
  const responses = Array.from({ length: SIZE }, (_, index) => responseFile(uuidFor(batch, index), 1, { org_name: `Org ${batch}-${index}` }));
  return JSON.stringify({ format: RESPONSES_FORMAT, formatVersion: 1, responses });
}

async function responseCount(session: BrowserSession): Promise<number> {
  const coordinator = new CoordinatorPage(session.page, baseUrl);
  await coordinator.open('responses');
  const status = session.page.getByTestId('row-count');
  if ((await status.count()) === 0) return 0;
  return Number((await status.innerText()).split(' ')[0]);
}

describe('killed mid-write', () => {
  const sessions: BrowserSession[] = [];
  afterAll(async () => { for (const session of sessions) await session.close().catch(() => undefined); });

  it('a large import is either all there or not there at all', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'needs-offers-kill-'));
    const files = writeFiles(Object.fromEntries([1, 2, 3].map((batch) => [`batch-${batch}.needs-offers.json`, bigFile(batch)])));
    let expected = 0;
    // Kill at different moments: while reading/validating, around the write, and after it.
    for (const [batch, delay] of [[1, 400], [2, 1500], [3, 3000]] as const) {
      const session = await openBrowser(baseUrl, { profileDir });
      sessions.push(session);
      expect(await responseCount(session)).toBe(expected);
      const coordinator = new CoordinatorPage(session.page, baseUrl);
      await coordinator.go('import');
      await session.page.getByTestId('import-files').setInputFiles(files.path(`batch-${batch}.needs-offers.json`));
      await new Promise((resolve) => setTimeout(resolve, delay));
      killChromium(profileDir);
      await session.close().catch(() => undefined);

      const after = await openBrowser(baseUrl, { profileDir });
      sessions.push(after);
      const count = await responseCount(after);
      expect([expected, expected + SIZE]).toContain(count);
      console.log(`kill after ${delay} ms: ${count} responses (before ${expected})`);
      expected = count;
      await after.close();
    }
  });

  it('a saved draft survives a kill', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'needs-offers-kill-'));
    const session = await openBrowser(baseUrl, { profileDir });
    sessions.push(session);
    const app = new AppPage(session.page, baseUrl);
    const survey = new SurveyPage(session.page);
    await app.open();
    await survey.next();
    await survey.fill('org_name', 'Saved before the power cut');
    await survey.waitSaved();
    killChromium(profileDir);
    await session.close().catch(() => undefined);

    const after = await openBrowser(baseUrl, { profileDir });
    sessions.push(after);
    await new AppPage(after.page, baseUrl).open();
    await new AppPage(after.page, baseUrl).clickButton('Resume my draft');
    await expect.poll(() => new SurveyPage(after.page).question('org_name').locator('input').inputValue()).toBe('Saved before the power cut');
  });
});
