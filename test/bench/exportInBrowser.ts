// `npm run bench` (last part): the coordinator's CSV export of 10,000 responses in headless Chromium, through the app's
// own Exports screen, on the bench's generated data with needs and offers in disjoint themes (no candidate pairs: the
// dense data would hold ~93 million, see run.ts), so every per-response file is written and matches.csv is empty.
//
// Per sample, in a fresh profile: the file is imported through the Import screen, then the Exports screen is opened.
// Page time (performance.now(), marked in the page):
//   tables   = from the route change to the export list shown (every table built from the database, on the page);
//   zip      = from the "Download all" click to the zip handed to the browser (CSV text on the page, zip in the worker);
//   longest  = the longest main-thread long task over both.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
    if (state.marks.list === undefined && document.querySelector('.export-list')) state.marks.list = performance.now();
  }).observe(document, { subtree: true, childList: true });
  document.addEventListener('click', (event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    if (target.closest('a[download]') && state.marks.zipped === undefined) state.marks.zipped = performance.now();
    if (target.closest('button.primary') && location.hash.includes('exports') && state.marks.click === undefined) state.marks.click = performance.now();
  }, true);
})();`;

interface ExportRun { tablesMs: number; zipMs: number; longestTask: number; bytes: number }

async function exportRun(url: string, filePath: string): Promise<ExportRun> {
  return withBrowser(async (page) => {
    await page.addInitScript({ content: INSTRUMENT });
    await page.goto(`${url}#/coordinator/import`);
    await page.getByTestId('import-files').setInputFiles(filePath);
    await page.locator('.import-report').waitFor({ timeout: 600_000 });
    const report = (await page.locator('.import-report').innerText()).replace(/\s+/g, ' ').trim();
    if (!report.includes('1 imported')) throw new Error(`the import did not go through: ${report.slice(0, 2000)}`);
    await page.waitForTimeout(1000);
    const from = await page.evaluate(() => {
      const now = performance.now();
      if (window.__export) window.__export.marks['route'] = now;
      window.location.hash = '#/coordinator/exports';
      return now;
    });
    const button = page.getByRole('button', { name: 'Download all as one zip' });
    await button.waitFor({ timeout: 600_000 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), button.click()]);
    const bytes = statSync(await download.path()).size;
    await page.waitForTimeout(500);
    const result = await page.evaluate((since) => {
      const state = window.__export;
      const longest = (state?.longTasks ?? []).filter((task) => task.start >= since).reduce((max, task) => Math.max(max, task.duration), 0);
      return { marks: state?.marks ?? {}, longest };
    }, from);
    const { route, list, click, zipped } = result.marks;
    if (route === undefined || list === undefined || click === undefined || zipped === undefined) throw new Error(`missing marks: ${JSON.stringify(result.marks)}`);
    return { tablesMs: list - route, zipMs: zipped - click, longestTask: result.longest, bytes };
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
  const tables = median(runs.map((r) => r.tablesMs));
  const zip = median(runs.map((r) => r.zipMs));
  console.log(`zip: ${(runs[0]?.bytes ?? 0).toLocaleString('en')} bytes`);
  console.log('screen open → tables built | Download all → zip handed over | both | longest main-thread task | runs (tables/zip/task ms)');
  console.log(`${Math.round(tables).toLocaleString('en').padStart(26)} | ${Math.round(zip).toLocaleString('en').padStart(30)} | ${Math.round(tables + zip).toLocaleString('en').padStart(4)} | ${Math.round(Math.max(...runs.map((r) => r.longestTask))).toLocaleString('en').padStart(24)} | ${runs.map((r) => `${r.tablesMs.toFixed(0)}/${r.zipMs.toFixed(0)}/${r.longestTask.toFixed(0)}`).join(' ')}`);
  console.log('Target (issue #6): the whole CSV set for 10,000 responses under 2 s.');
}

try {
  await main();
} finally {
  await cleanUp();
}
