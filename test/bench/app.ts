// `npm run bench` (second part): the respondent's download and cold start, and the coordinator's import, measured in
// one run against floors built or run in the same run. Not a test: vitest never picks this file up, and nothing here
// is a pass/fail on time; the printout lists the issue's targets beside the numbers.
//
// 1. Initial respondent JS and CSS: the files the app's index.html references (module script, modulepreload and
//    stylesheet links; not the lazy CoordinatorApp chunk, the import worker or the service worker), raw and gzip
//    (zlib.gzipSync per file, default level). The app is built with vite.config.ts into a temp outDir (dist/ untouched).
//    The floor is a bare Vite + React + SurveyJS page (one text question) built now from the same installed packages,
//    in a temp dir under /tmp with node_modules symlinked to the project's, with the same base and target as the app.
// 2. Cold start in headless Chromium (Debian's), a fresh profile per sample, app and floor interleaved, median of
//    COLD_RUNS; the page is opened SETTLE_MS after the browser starts (as a respondent's browser is already running
//    when they follow the link: a fresh profile's own first-run work otherwise lands in the page's time, and varied it
//    by ±100 ms). Then again on a slow connection (SLOW: Lighthouse's mobile figures, applied by CDP network
//    emulation), median of SLOW_RUNS. Times are performance.now() in the page (0 = navigation start), taken by an init script that checks on
//    every mutation and animation frame whether the selector is visible: app and floor first question = `.sd-question`
//    (a first visit opens straight on the questionnaire's first page, the spec's intro page, whose text block SurveyJS
//    renders as a question); then the harness clicks Next at once and the app's first answerable question
//    (`org_name`'s input) is timed from that click, the later pages being built meanwhile.
// 3. Import of IMPORT_SIZES responses (one multi-response file) through the coordinator's Import screen: page time from
//    the file input's change event (a capture listener on window) to the import report first visible (the init
//    script's marks), with the harness's wall clock from setInputFiles beside it; and the longest main-thread long task
//    (PerformanceObserver 'longtask', registered by the init script) from setInputFiles until 1 s after the report, so
//    live-query refreshes after the write count too. The file is picked PICK_PAUSE_MS after the screen appears (the
//    screen opens the worker and its database meanwhile, as the floor opens its database before its clock); the
//    first size is also run with no pause and reported beside it.
//    The floor is what the issue names, "a raw Dexie bulkPut of the same records in the same browser": a tiny page
//    built now (Vite, no React) whose only code is the app's own CoordinatorDb class (same Dexie, same schema and
//    indexes) and one function that bulkPuts the revision records and the summary rows in one readwrite transaction
//    (both issued at once, as the app does), timed from the transaction's start to its commit (the database is opened
//    first, as the app's is before a file is picked). The records are exactly what the app stores for this file,
//    computed in Node with the app's summarize(); they are handed to the page as JSON, parsed before the clock starts.
//    It runs in the same browser profile right after the import, on the main thread of its own page (another port, so
//    a separate, empty database).
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { buildResponseFile, FORMAT_VERSION, RESPONSES_FORMAT, type ResponseFile } from '../../src/domain/responseFile';
import { summarize } from '../../src/domain/responseSummary';
import { validAnswers } from '../unit/fixtures';
import { buildApp, CHROMIUM_PATH, cleanUp, median, ROOT, serve, tempDir, withBrowser } from './chromium';

// 31, not the issue's least of 7: with 15 the ratio of the two medians moved from 1.13× to 1.22× between runs of the
// same code on this machine, more than the target's margin; twice the sample narrows that spread by about 30% (1/√2).
const COLD_RUNS = Number(process.env['BENCH_COLD_RUNS'] ?? 31);
const SLOW_RUNS = Number(process.env['BENCH_SLOW_RUNS'] ?? 7);
const SETTLE_MS = 1000;
/** 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up: Lighthouse's throttling of a mobile page load ("slow 4G"). */
const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
type Network = 'local' | 'slow';
/** The issue's main-thread target is about a 10,000-response import, so it runs by default (about a minute more). */
const IMPORT_SIZES = (process.env['BENCH_IMPORT_SIZES'] ?? '2000,10000').split(',').map(Number);
const IMPORT_RUNS = Number(process.env['BENCH_IMPORT_RUNS'] ?? 3);
/** Sections that would start after this much time are skipped, and the printout says so. */
const BUDGET_MS = Number(process.env['BENCH_APP_BUDGET_MS'] ?? 20 * 60_000);
const started = Date.now();
const overBudget = () => Date.now() - started > BUDGET_MS;

declare global {
  interface Window {
    __bench?: { marks: Record<string, number>; resources: Record<string, string[]>; clickAt: number | null; longTasks: { start: number; duration: number }[] };
    __benchMarked?: (selector: string) => void;
  }
}


// ---------------------------------------------------------------------------------------------------------------
// Builds.

const FLOOR_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Floor</title></head>
  <body><div id="root"></div><script type="module" src="/main.tsx"></script></body>
</html>
`;

const FLOOR_MAIN = `import 'survey-core/survey-core.fontless.css';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { createRoot } from 'react-dom/client';

const model = new Model({ pages: [{ elements: [{ type: 'text', name: 'q1', title: 'First question' }] }] });
createRoot(document.getElementById('root')!).render(<Survey model={model} />);
`;


async function buildFloor(): Promise<string> {
  const dir = tempDir('needs-offers-bench-floor-');
  writeFileSync(join(dir, 'index.html'), FLOOR_HTML);
  writeFileSync(join(dir, 'main.tsx'), FLOOR_MAIN);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const outDir = join(dir, 'dist');
  // Same base and target as the app, so the two builds differ only in what they contain.
  await build({ root: dir, configFile: false, plugins: [react()], base: './', logLevel: 'error', build: { outDir, emptyOutDir: true, target: 'es2022' } });
  return outDir;
}

interface InitialFiles { files: { path: string; raw: number; gzip: number }[]; js: { raw: number; gzip: number }; css: { raw: number; gzip: number } }

/** The JS and CSS that index.html loads up front: module scripts, modulepreload and stylesheet links. */
function initialFiles(outDir: string): InitialFiles {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const paths: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1] ?? null;
    if (tag.toLowerCase().startsWith('<script')) {
      const src = attr('src');
      if (src) paths.push(src);
    } else {
      const rel = attr('rel')?.toLowerCase();
      const href = attr('href');
      if (href && (rel === 'modulepreload' || rel === 'stylesheet')) paths.push(href);
    }
  }
  const result: InitialFiles = { files: [], js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const path of paths) {
    const bytes = readFileSync(resolve(outDir, path.replace(/^\//, '')));
    const entry = { path, raw: bytes.length, gzip: gzipSync(bytes).length };
    result.files.push(entry);
    const kind = path.endsWith('.css') ? result.css : result.js;
    kind.raw += entry.raw;
    kind.gzip += entry.gzip;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Browser.

/**
 * Records, in page time (0 = navigation start), when each watched selector is first visible, the first click, and long
 * tasks. Plain JS text, not a function: tsx would wrap the inner functions in a `__name` helper the page does not have.
 */
function instrument(selectors: readonly string[]): { content: string } {
  return { content: `(() => {
  const selectors = ${JSON.stringify(selectors)};
  const state = { marks: {}, resources: {}, clickAt: null, longTasks: [] };
  window.__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task support: the list stays empty */ }
  document.addEventListener('click', () => { if (state.clickAt === null) state.clickAt = performance.now(); }, true);
  function check() {
    for (const selector of selectors) {
      if (state.marks[selector] !== undefined) continue;
      const element = document.querySelector(selector);
      if (element && element.checkVisibility() && element.getBoundingClientRect().height > 0) {
        state.marks[selector] = performance.now();
        // Everything the page had asked for by then (finished or not): what this screen cost to download.
        state.resources[selector] = performance.getEntriesByType('resource').map((entry) => entry.name);
        if (typeof window.__benchMarked === 'function') window.__benchMarked(selector);
      }
    }
  }
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  function frame() { check(); requestAnimationFrame(frame); }
  requestAnimationFrame(frame);
})();` };
}

/**
 * Resolves when the init script has marked each selector, told by a binding (a CDP event): nothing of the harness runs
 * in the page before then. Polling with waitForFunction evaluates Playwright's injected script in the page (11–14 ms of
 * main thread) as soon as goto returns, at the load event: the app's load event comes before its first question (the
 * definition and the screen load after it), the floor's after, so polling slowed the app alone.
 */
async function marksTold(page: Page, selectors: readonly string[]): Promise<Record<string, Promise<void>>> {
  const resolvers = new Map<string, () => void>();
  const promises: Record<string, Promise<void>> = {};
  for (const selector of selectors) promises[selector] = new Promise<void>((resolve) => resolvers.set(selector, resolve));
  await page.exposeFunction('__benchMarked', (selector: string) => resolvers.get(selector)?.());
  return promises;
}

async function told(promises: Record<string, Promise<void>>, selector: string): Promise<void> {
  const promise = promises[selector];
  if (!promise) throw new Error(`${selector} is not watched`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${selector}: not visible after 30 s`)), 30_000); });
  try { await Promise.race([promise, timeout]); } finally { clearTimeout(timer); }
}

async function markOf(page: Page, selector: string): Promise<number> {
  await page.waitForFunction((s) => window.__bench?.marks[s] !== undefined, selector, { timeout: 30_000 });
  const mark = await page.evaluate((s) => window.__bench?.marks[s] ?? null, selector);
  if (mark === null) throw new Error(`no mark for ${selector}`);
  return mark;
}

async function resourcesAt(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((s) => window.__bench?.resources[s] ?? [], selector);
}

interface ColdApp { question: number; afterClick: number; resources: string[] }

const ORG_NAME = '[data-name="org_name"] input';

/** The browser started and settled, then the network conditions, before the page is opened. */
async function beforeOpening(page: Page, network: Network): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
  if (network === 'slow') {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW);
  }
}

async function coldApp(url: string, network: Network = 'local'): Promise<ColdApp> {
  return withBrowser(async (page) => {
    const marks = await marksTold(page, ['.sd-question', ORG_NAME]);
    await page.addInitScript(instrument(['.sd-question', ORG_NAME]));
    await beforeOpening(page, network);
    await page.goto(url, { waitUntil: 'commit' });
    await told(marks, '.sd-question');
    const question = await markOf(page, '.sd-question');
    const resources = await resourcesAt(page, '.sd-question');
    await page.locator('.sd-navigation__next-btn').click();
    await told(marks, ORG_NAME);
    const answerable = await markOf(page, ORG_NAME);
    const clickAt = await page.evaluate(() => window.__bench?.clickAt ?? null);
    return { question, afterClick: clickAt === null ? Number.NaN : answerable - clickAt, resources };
  });
}

async function coldFloor(url: string, network: Network = 'local'): Promise<{ question: number; resources: string[] }> {
  return withBrowser(async (page) => {
    const marks = await marksTold(page, ['.sd-question']);
    await page.addInitScript(instrument(['.sd-question']));
    await beforeOpening(page, network);
    await page.goto(url, { waitUntil: 'commit' });
    await told(marks, '.sd-question');
    return { question: await markOf(page, '.sd-question'), resources: await resourcesAt(page, '.sd-question') };
  });
}

/** The JS and CSS among `urls` (the page's resource entries), sized from the built files like initialFiles(). */
function requestedFiles(outDir: string, urls: readonly string[]): InitialFiles {
  const result: InitialFiles = { files: [], js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const url of [...new Set(urls)].sort()) {
    const path = new URL(url).pathname;
    if (!/\.(js|css)$/.test(path)) continue;
    const bytes = readFileSync(join(outDir, path.replace(/^\//, '')));
    const entry = { path: `./${path.replace(/^\//, '')}`, raw: bytes.length, gzip: gzipSync(bytes).length };
    result.files.push(entry);
    const kind = path.endsWith('.css') ? result.css : result.js;
    kind.raw += entry.raw;
    kind.gzip += entry.gzip;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Import.

function uuid(index: number): string {
  const hex = index.toString(16).padStart(12, '0');
  return `0b7c4f5e-2f7a-4d3e-9a51-${hex}`;
}

function responses(count: number): ResponseFile[] {
  return Array.from({ length: count }, (_, index) => buildResponseFile({
    responseId: uuid(index + 1), revision: 1, round: '2026-Q4', language: 'en',
    startedAt: '2026-11-01T10:00:00.000Z', submittedAt: '2026-11-02T10:00:00.000Z',
  }, { ...validAnswers(), org_name: `Organisation ${index + 1}` }));
}

/** What the app writes for these responses into an empty database: one revision record and one summary row each. */
function floorRecords(list: readonly ResponseFile[]): string {
  const importedAt = new Date().toISOString();
  return JSON.stringify({
    revisions: list.map((response) => ({ responseId: response.responseId, revision: response.revision, importedAt, response })),
    rows: list.map((response) => ({ ...summarize(response), revisionCount: 1, deletedAt: null })),
  });
}

declare global {
  interface Window {
    __importFloor?: (json: string) => Promise<number>;
  }
}

const IMPORT_FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>Import floor</title></head><body><script type="module" src="/main.js"></script></body></html>
`;

const IMPORT_FLOOR_MAIN = `import { CoordinatorDb } from '@app/db/coordinatorDb';

window.__importFloor = async (json) => {
  const { revisions, rows } = JSON.parse(json);
  const db = new CoordinatorDb('bench-import-floor');
  await db.open();
  const begin = performance.now();
  // Both bulkPuts issued at once, as the app issues its writes: the floor is the quickest plain way to write them.
  await db.transaction('rw', db.revisions, db.responses, () => Promise.all([db.revisions.bulkPut(revisions), db.responses.bulkPut(rows)]));
  const elapsed = performance.now() - begin;
  db.close();
  return elapsed;
};
`;

async function buildImportFloor(): Promise<string> {
  const dir = tempDir('needs-offers-bench-import-floor-');
  writeFileSync(join(dir, 'index.html'), IMPORT_FLOOR_HTML);
  writeFileSync(join(dir, 'main.js'), IMPORT_FLOOR_MAIN);
  const outDir = join(dir, 'dist');
  await build({
    root: dir, configFile: false, base: './', logLevel: 'error',
    resolve: { alias: { '@app': join(ROOT, 'src') } },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

interface ImportRun { importMs: number; wallMs: number; rawMs: number; longestTask: number; report: string }

/**
 * The least time a person takes to pick a file once the Import screen is shown. The screen starts the import worker and
 * opens its database meanwhile (prepareImports), as the floor's database is opened before its clock starts; a run with
 * no pause (the file handed over the moment the screen appears) is reported beside it.
 */
const PICK_PAUSE_MS = 2000;

async function importRun(url: string, floorUrl: string, filePath: string, records: string, pauseMs = PICK_PAUSE_MS): Promise<ImportRun> {
  return withBrowser(async (page, context) => {
    await page.addInitScript(instrument(['.import-report']));
    await page.goto(`${url}#/coordinator/import`);
    await page.locator('.coordinator-screen h1').first().waitFor();
    await page.getByTestId('import-files').waitFor({ state: 'attached' });
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
    // Page time from the input's change event (the files handed to the page), caught on window before React sees it,
    // to the report first visible: timed in the page like the floor, without the harness's round trips.
    const from = await page.evaluate(() => {
      window.addEventListener('change', () => { if (window.__bench) window.__bench.marks['change'] = performance.now(); }, { capture: true, once: true });
      return performance.now();
    });
    const t0 = performance.now();
    await page.getByTestId('import-files').setInputFiles(filePath);
    await page.locator('.import-report').waitFor({ timeout: 600_000 });
    const wallMs = performance.now() - t0;
    const [changeAt, reportAt] = await Promise.all([markOf(page, 'change'), markOf(page, '.import-report')]);
    const importMs = reportAt - changeAt;
    const report = (await page.locator('.import-report [role="status"]').innerText()).trim();
    // Work the import sets off after its report (live queries re-reading the table) still blocks the page.
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate((since) => (window.__bench?.longTasks ?? []).filter((task) => task.start >= since), from);
    const longestTask = tasks.reduce((max, task) => Math.max(max, task.duration), 0);
    // The floor, in the same browser: Dexie bulkPut of the same records, one transaction (parse not timed).
    const floorPage = await context.newPage();
    await floorPage.goto(floorUrl);
    await floorPage.waitForFunction(() => typeof window.__importFloor === 'function');
    const rawMs = await floorPage.evaluate(async (json) => {
      if (!window.__importFloor) throw new Error('the import floor page did not load');
      return window.__importFloor(json);
    }, records);
    return { importMs, wallMs, rawMs, longestTask, report };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Printing.

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : 'n/a');
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : 'n/a');
function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const versions = ['vite', 'react', 'react-dom', 'survey-core', 'survey-react-ui', '@vitejs/plugin-react'].map((name) => {
    const pkg: { version?: string } = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    return `${name} ${pkg.version ?? '?'}`;
  });
  let chromiumVersion = '?';
  try { chromiumVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(); } catch { /* printed as ? */ }
  console.log(`Needs & Offers app benchmark — ${versions.join(', ')}; ${chromiumVersion}`);

  const appOut = await buildApp();
  const floorOut = await buildFloor();
  const app = initialFiles(appOut);
  const floor = initialFiles(floorOut);

  function sizeTable(title: string, appFiles: InitialFiles, floorFiles: InitialFiles): void {
    console.log(title);
    for (const [name, files] of [['app', appFiles], ['floor', floorFiles]] as const) {
      console.log(`   ${name}: ${files.files.map((f) => `${f.path.replace(/^\.\/assets\//, '')} ${kb(f.gzip)}`).join(', ')}`);
    }
    table(['', 'app raw', 'floor raw', 'ratio', 'app gzip', 'floor gzip', 'ratio'], [
      ['JS', kb(appFiles.js.raw), kb(floorFiles.js.raw), ratio(appFiles.js.raw, floorFiles.js.raw), kb(appFiles.js.gzip), kb(floorFiles.js.gzip), ratio(appFiles.js.gzip, floorFiles.js.gzip)],
      ['CSS', kb(appFiles.css.raw), kb(floorFiles.css.raw), ratio(appFiles.css.raw, floorFiles.css.raw), kb(appFiles.css.gzip), kb(floorFiles.css.gzip), ratio(appFiles.css.gzip, floorFiles.css.gzip)],
      ['JS+CSS', kb(appFiles.js.raw + appFiles.css.raw), kb(floorFiles.js.raw + floorFiles.css.raw), ratio(appFiles.js.raw + appFiles.css.raw, floorFiles.js.raw + floorFiles.css.raw),
        kb(appFiles.js.gzip + appFiles.css.gzip), kb(floorFiles.js.gzip + floorFiles.css.gzip), ratio(appFiles.js.gzip + appFiles.css.gzip, floorFiles.js.gzip + floorFiles.css.gzip)],
    ]);
  }
  sizeTable('\n1a. Respondent JS and CSS referenced by index.html (gzip = zlib.gzipSync per file)', app, floor);

  const appUrl = await serve(appOut, ROOT, join(ROOT, 'vite.config.ts'));
  const floorUrl = await serve(floorOut, resolve(floorOut, '..'), false);

  const cold: { question: number[]; afterClick: number[]; floor: number[] } = { question: [], afterClick: [], floor: [] };
  // The largest set seen across samples: what a respondent downloads before the first question (lazy chunks included).
  let appToQuestion: InitialFiles | null = null;
  let floorToQuestion: InitialFiles | null = null;
  const larger = (a: InitialFiles | null, b: InitialFiles) => (a && a.js.gzip + a.css.gzip >= b.js.gzip + b.css.gzip ? a : b);
  let coldNote = '';
  // One unmeasured load of each first, so the OS file cache and the preview servers are warm for every sample.
  await coldApp(appUrl);
  await coldFloor(floorUrl);
  for (let run = 0; run < COLD_RUNS; run++) {
    if (overBudget()) { coldNote = ` (stopped after ${run} samples: time budget)`; break; }
    const a = await coldApp(appUrl);
    cold.question.push(a.question);
    cold.afterClick.push(a.afterClick);
    appToQuestion = larger(appToQuestion, requestedFiles(appOut, a.resources));
    const f = await coldFloor(floorUrl);
    cold.floor.push(f.question);
    floorToQuestion = larger(floorToQuestion, requestedFiles(floorOut, f.resources));
  }
  if (appToQuestion && floorToQuestion) {
    sizeTable('\n1b. Respondent JS and CSS requested before the first question was visible (cold, fresh profile; lazy chunks included)', appToQuestion, floorToQuestion);
  }
  const floorQ = median(cold.floor);
  console.log(`\n2. Cold start, headless Chromium, fresh profile per sample, median of ${cold.floor.length}${coldNote}; page time from navigation start`);
  table(['', 'app', 'floor', 'ratio', 'app samples'], [
    ['first question (first page)', ms(median(cold.question)), ms(floorQ), ratio(median(cold.question), floorQ), cold.question.map((v) => v.toFixed(0)).join(' ')],
    ['then Next at once → org_name', ms(median(cold.afterClick)), '', '', cold.afterClick.map((v) => v.toFixed(0)).join(' ')],
    ['floor samples', '', '', '', cold.floor.map((v) => v.toFixed(0)).join(' ')],
  ]);

  const slow: { question: number[]; floor: number[] } = { question: [], floor: [] };
  for (let run = 0; run < SLOW_RUNS && !overBudget(); run++) {
    slow.question.push((await coldApp(appUrl, 'slow')).question);
    slow.floor.push((await coldFloor(floorUrl, 'slow')).question);
  }
  const slowFloorQ = median(slow.floor);
  console.log(`\n2b. The same on a slow connection (${SLOW.latency} ms round trip, 1.6 Mbit/s down, 750 kbit/s up: Lighthouse's mobile throttling), median of ${slow.floor.length}`);
  table(['', 'app', 'floor', 'ratio', 'app samples', 'floor samples'], [
    ['first question (first page)', ms(median(slow.question)), ms(slowFloorQ), ratio(median(slow.question), slowFloorQ),
      slow.question.map((v) => v.toFixed(0)).join(' '), slow.floor.map((v) => v.toFixed(0)).join(' ')],
  ]);

  console.log('\n3. Import through the Import screen vs a raw Dexie bulkPut of the same records (same browser)');
  const importRows: string[][] = [];
  const importNotes: string[] = [];
  const importedSizes: string[] = [];
  let importMeasured = false;
  let longest = 0;
  const importFloorOut = await buildImportFloor();
  const importFloorUrl = await serve(importFloorOut, resolve(importFloorOut, '..'), false);
  for (const size of IMPORT_SIZES) {
    if (overBudget()) { importNotes.push(`${size.toLocaleString('en')} responses: skipped (time budget)`); continue; }
    const list = responses(size);
    const text = JSON.stringify({ format: RESPONSES_FORMAT, formatVersion: FORMAT_VERSION, responses: list });
    const records = floorRecords(list);
    const filePath = join(tempDir('needs-offers-bench-import-'), `bench-${size}.json`);
    writeFileSync(filePath, text);
    const runs: ImportRun[] = [];
    for (let run = 0; run < IMPORT_RUNS && !overBudget(); run++) runs.push(await importRun(appUrl, importFloorUrl, filePath, records));
    if (runs.length === 0) { importNotes.push(`${size.toLocaleString('en')} responses: skipped (time budget)`); continue; }
    importMeasured = true;
    importedSizes.push(size.toLocaleString('en'));
    const imp = median(runs.map((r) => r.importMs));
    const raw = median(runs.map((r) => r.rawMs));
    const task = Math.max(...runs.map((r) => r.longestTask));
    longest = Math.max(longest, task);
    importRows.push([`${size.toLocaleString('en')} (${(text.length / 1e6).toFixed(1)} MB), ${runs.length} runs`, ms(imp), ms(raw), ratio(imp, raw), ms(task),
      ms(median(runs.map((r) => r.wallMs))), runs.map((r) => `${r.importMs.toFixed(0)}/${r.rawMs.toFixed(0)}/${r.longestTask.toFixed(0)}`).join(' ')]);
    importNotes.push(`${size.toLocaleString('en')} responses: report said "${runs[0]?.report ?? ''}"`);
    if (size === IMPORT_SIZES[0] && !overBudget()) {
      const atOnce: ImportRun[] = [];
      for (let run = 0; run < IMPORT_RUNS && !overBudget(); run++) atOnce.push(await importRun(appUrl, importFloorUrl, filePath, records, 0));
      if (atOnce.length > 0) {
        const cold = median(atOnce.map((r) => r.importMs));
        importNotes.push(`${size.toLocaleString('en')} responses picked the moment the screen appeared (worker start and database open included): ${ms(cold)}, ${ratio(cold, median(atOnce.map((r) => r.rawMs)))} (runs ${atOnce.map((r) => r.importMs.toFixed(0)).join(' ')})`);
      }
    }
  }
  if (!IMPORT_SIZES.includes(10_000)) importNotes.push('10,000 responses: not run (BENCH_IMPORT_SIZES leaves it out; the issue\'s main-thread target is about 10,000)');
  table(['responses', 'import (median)', 'Dexie bulkPut', 'ratio', 'longest task', 'wall clock', 'runs import/bulkPut/task ms'], importRows);
  for (const note of importNotes) console.log(`   ${note}`);
  console.log(`   import = page time from the file input's change event to the report visible (file read, parse, validation, storage, render), the file picked ${PICK_PAUSE_MS / 1000} s after the screen appeared;`);
  console.log('   wall clock = the same from the harness: setInputFiles to the report found, round trips to the browser included;');
  console.log('   Dexie bulkPut = the same revision records and summary rows, one readwrite transaction, app schema, open and parse not timed;');
  console.log('   longest task = longest main-thread long task from setInputFiles to 1 s after the report.');

  const toQuestion = appToQuestion && floorToQuestion ? appToQuestion.js.gzip / floorToQuestion.js.gzip : Number.NaN;
  const jsRatio = app.js.gzip / floor.js.gzip;
  const qRatio = median(cold.question) / floorQ;
  const slowRatio = median(slow.question) / slowFloorQ;
  const impRatio = importMeasured ? Math.max(...importRows.map((row) => Number.parseFloat(row[3] ?? ''))) : Number.NaN;
  // "within target" says whether this run's figure is within it: the test suite never asserts a time.
  const within = (ok: boolean) => (ok ? 'yes' : 'NO');
  console.log('\nTargets from the issue (this run against each; the test suite never asserts a time)');
  table(['target', 'within target', 'value'], [
    ['initial respondent JS within 10% of the floor (≤ 1.10×)', within(toQuestion <= 1.1), `gzip ${toQuestion.toFixed(2)}× for all JS before the first question (${jsRatio.toFixed(2)}× for index.html's own)`],
    ['first question within 15% of the floor (≤ 1.15×), local', within(qRatio <= 1.15), `${qRatio.toFixed(2)}× (served from this machine)`],
    ['first question within 15% of the floor (≤ 1.15×), slow', slow.floor.length > 0 ? within(slowRatio <= 1.15) : 'not run', `${slowRatio.toFixed(2)}× (slow connection, 2b)`],
    ['import within 1.5× raw Dexie bulkPut', importMeasured ? `${within(impRatio <= 1.5)} (${importedSizes.join(', ')})` : 'not run', importMeasured ? `${impRatio.toFixed(2)}× (worst size)` : 'skipped'],
    ['no main-thread block over 200 ms (during import)', importMeasured ? `${within(longest <= 200)} (${importedSizes.join(', ')})` : 'not run', importMeasured ? `longest long task ${longest.toFixed(0)} ms` : 'skipped'],
    ['10,000-response CSV export under 2 s', 'see export', 'test/bench/export.ts (Node) and exportInBrowser.ts (Chromium), in npm run bench'],
  ]);
  console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

try {
  await main();
} finally {
  await cleanUp();
}
