// Times the CSV export of 10,000 responses in Node: the whole set (formats.md) that the Exports screen makes, by the
// same code (exportTables, serializeCsv, the zip), on the bench's generated data with needs and offers in disjoint
// themes, as the Chromium bench (exportInBrowser.ts) does: the dense data would hold ~93 million candidate pairs (see
// run.ts), so here matches.csv is empty and every other file is written in full.
import { performance } from 'node:perf_hooks';
import { exportTables } from '../../src/domain/exportSet';
import type { ResponseFile } from '../../src/domain/responseFile';
import { serializeCsv } from '../../src/io/csv';
import { zipFilesFast } from '../../src/io/zip';
import { generate, SEED } from './generate';

const SIZES = process.env['BENCH_EXPORT_SIZES'] ? process.env['BENCH_EXPORT_SIZES'].split(',').map(Number) : [2_000, 10_000];
const RUNS = 3;
const TODAY = '2026-11-22';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface Run { tables: number; text: number; zip: number; rows: number; csvBytes: number; zipBytes: number }

async function exportOnce(latest: readonly ResponseFile[]): Promise<Run> {
  const firstSubmittedAt = new Map(latest.map((file) => [file.responseId, file.submittedAt]));
  const start = performance.now();
  const tables = exportTables({ latest, followUps: [], register: [], firstSubmittedAt }, { oneHot: false, today: TODAY, labels: {} });
  const textStart = performance.now();
  const texts = tables.map((table) => ({ name: table.file, text: serializeCsv(table) }));
  const zipStart = performance.now();
  // What the export worker runs (the platform's deflate where there is one: here Node's zlib, in Chromium its own).
  const zip = await zipFilesFast(texts);
  const end = performance.now();
  return {
    tables: textStart - start, text: zipStart - textStart, zip: end - zipStart,
    rows: tables.reduce((sum, table) => sum + table.rows.length, 0),
    csvBytes: texts.reduce((sum, { text }) => sum + Buffer.byteLength(text, 'utf8'), 0),
    zipBytes: zip.length,
  };
}

console.log(`\nCSV export bench (Node): the whole set from the latest responses in memory (analysis, every table, CSV text, zip); first run, then the median of ${RUNS}`);
console.log('responses | rows written | bytes (CSV) | bytes (zip) | first run ms | median ms | of which: tables ms | CSV text ms | zip ms');
for (const size of SIZES) {
  // A structured clone, as the export reads them from IndexedDB: no object shared with the generator.
  const latest = structuredClone(generate(size, SEED, { disjointThemes: true }));
  const runs: Run[] = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await exportOnce(latest));
  const total = (run: Run) => run.tables + run.text + run.zip;
  const ms = (value: number, width: number) => Math.round(value).toLocaleString('en').padStart(width);
  const last = runs[runs.length - 1];
  const first = runs[0];
  if (!last || !first) continue;
  console.log(`${size.toLocaleString('en').padStart(9)} | ${last.rows.toLocaleString('en').padStart(12)} | ${last.csvBytes.toLocaleString('en').padStart(11)} | ${last.zipBytes.toLocaleString('en').padStart(11)} | ${ms(total(first), 12)} | ${ms(median(runs.map(total)), 9)} | ${ms(median(runs.map((run) => run.tables)), 19)} | ${ms(median(runs.map((run) => run.text)), 11)} | ${ms(median(runs.map((run) => run.zip)), 6)}`);
}
console.log('Each median column is its own median. Target (issue #6): the whole CSV set for 10,000 responses under 2 s.');
