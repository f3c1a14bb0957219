// `npm run bench` (last part): the coordinator's CSV export of 10,000 responses in headless Chromium, through the app's
// own Exports screen, on the bench's generated data with needs and offers in disjoint themes (no candidate pairs: the
// dense data would hold ~93 million, see run.ts), so every per-response file is written and matches.csv is empty.
//
// Per sample, in a fresh profile: the file is imported through the Import screen, then the Exports screen is opened.
// Page time (performance.now(), marked in the page):
//   ready    = from the route change to the files' sizes shown (every table and CSV text built in the export worker,
//              from the database);
//   zip      = from the "Download all" click, once ready, to the zip handed to the browser (zipped in the worker);
//   at once  = after a reload (a new worker, nothing prepared): from the route change, with "Download all" clicked as
//              soon as it shows, to the zip handed over;
//   longest  = the longest main-thread long task over all three.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FORMAT_VERSION, RESPONSES_FORMAT } from '../../src/domain/responseFile';
import { buildApp, cleanUp, median, ROOT, serve, tempDir, withBrowser } from './chromium';
import { generate, SEED } from './generate';

const SIZE = Number(process.env['BENCH_BROWSER_EXPORT_SIZE'] ?? 10_000);
const RUNS = Number(process.env['BENCH_BROWSER_EXPORT_RUNS'] ?? 3);

declare global {
  interface Window {
    __export?: { marks: Record<string, number>; longTasks: { start: number; duration: number }[] };
  }
}

// Plain JS text: tsx would wrap inner functions in a helper the page does not have.
const INSTRUMENT = `(() => {
  const state = { marks: {}, longTasks: [] };
  window.__export = state;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task support */ }
  new MutationObserver(() => {
    if (state.marks.list === undefined && document.querySelector('.export-list[data-ready]')) state.marks.list = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest('a[download]') && state.marks.zipped === undefined) state.marks.zipped = performance.now();
    if (target.closest('button.primary') && location.hash.includes('exports') && state.marks.click === undefined) state.marks.click = performance.now();
  }, true);
})();`;

interface ExportRun { readyMs: number; zipMs: number; atOnceMs: number; longestTask: number; bytes: number }

type Marks = Record<string, number>;

async function openExports(page: Page): Promise<number> {
  return page.evaluate(() => {
    const now = performance.now();
    if (window.__export) window.__export.marks['route'] = now;
    window.location.hash = '#/coordinator/exports';
    return now;
  });
}

async function downloadAll(page: Page): Promise<number> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.getByRole('button', { name: 'Download all as one zip' }).click({ timeout: 600_000 }),
  ]);
  return statSync(await download.path()).size;
}

async function marksSince(page: Page, since: number): Promise<{ marks: Marks; longest: number }> {
  await page.waitForTimeout(500);
  return page.evaluate((from) => {
    const state = window.__export;
    const longest = (state?.longTasks ?? []).filter((task) => task.start >= from).reduce((max, task) => Math.max(max, task.duration), 0);
    return { marks: state?.marks ?? {}, longest };
  }, since);
}

function mark(marks: Marks, name: string): number {
  const value = marks[name];
  if (value === undefined) throw new Error(`missing mark ${name}: ${JSON.stringify(marks)}`);
  return value;
}

async function exportRun(url: string, filePath: string): Promise<ExportRun> {
  return withBrowser(async (page) => {
    await page.addInitScript({ content: INSTRUMENT });
    await page.goto(`${url}#/coordinator/import`);
    await page.getByTestId('import-files').setInputFiles(filePath);
    await page.locator('.import-report').waitFor({ timeout: 600_000 });
    const report = (await page.locator('.import-report').innerText()).replace(/\s+/g, ' ').trim();
    if (!report.includes('(imported: 1, rejected: 0)')) throw new Error(`the import did not go through: ${report.slice(0, 2000)}`);
    await page.waitForTimeout(1000);

    // Opened, left to prepare, then downloaded.
    const first = await openExports(page);
    await page.locator('.export-list[data-ready]').waitFor({ timeout: 600_000 });
    const bytes = await downloadAll(page);
    const prepared = await marksSince(page, first);

    // A reload (nothing prepared), opened and downloaded at once.
    await page.goto(`${url}#/coordinator/import`);
    await page.reload();
    await page.locator('h1').first().waitFor();
    await page.waitForTimeout(1000);
    const second = await openExports(page);
    await downloadAll(page);
    const atOnce = await marksSince(page, second);

    return {
      readyMs: mark(prepared.marks, 'list') - mark(prepared.marks, 'route'),
      zipMs: mark(prepared.marks, 'zipped') - mark(prepared.marks, 'click'),
      atOnceMs: mark(atOnce.marks, 'zipped') - mark(atOnce.marks, 'route'),
      longestTask: Math.max(prepared.longest, atOnce.longest),
      bytes,
    };
  });
}

async function main(): Promise<void> {
  console.log(`\nCSV export in Chromium through the Exports screen: ${SIZE.toLocaleString('en')} responses (needs and offers in disjoint themes, so matches.csv is empty), median of ${RUNS}`);
  const outDir = await buildApp();
  const url = await serve(outDir, ROOT, join(ROOT, 'vite.config.ts'));
  const files = generate(SIZE, SEED, { disjointThemes: true });
  const filePath = join(tempDir('needs-offers-bench-export-'), `export-${SIZE}.json`);
  writeFileSync(filePath, JSON.stringify({ format: RESPONSES_FORMAT, formatVersion: FORMAT_VERSION, responses: files }));
  const runs: ExportRun[] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await exportRun(url, filePath));
  const ms = (value: number, width: number) => Math.round(value).toLocaleString('en').padStart(width);
  console.log(`zip: ${(runs[0]?.bytes ?? 0).toLocaleString('en')} bytes`);
  console.log('screen open → files ready | Download all (ready) → zip | screen open, Download all at once → zip | longest main-thread task | runs (ready/zip/at once/task ms)');
  console.log(`${ms(median(runs.map((r) => r.readyMs)), 24)} | ${ms(median(runs.map((r) => r.zipMs)), 28)} | ${ms(median(runs.map((r) => r.atOnceMs)), 41)} | ${ms(Math.max(...runs.map((r) => r.longestTask)), 24)} | ${runs.map((r) => [r.readyMs, r.zipMs, r.atOnceMs, r.longestTask].map((value) => value.toFixed(0)).join('/')).join(' ')}`);
  console.log('Target (issue #6): the whole CSV set for 10,000 responses under 2 s.');
}

try {
  await main();
} finally {
  await cleanUp();
}
