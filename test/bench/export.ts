// Times the CSV export of 10,000 responses (every per-response file, zipped) on the bench's generated data.
// matches.csv is left out at this size: the generated data holds ~93 million candidate pairs (see run.ts).
import { performance } from 'node:perf_hooks';
import { codebookTable } from '../../src/domain/csvCodebook';
import { fundingTable, needsTable, offersTable, pastTwinningTable, responsesTable } from '../../src/domain/csvExport';
import { serializeCsv } from '../../src/io/csv';
import { zipFilesFast } from '../../src/io/zip';
import { generate, SEED } from './generate';

const SIZES = process.env['BENCH_EXPORT_SIZES'] ? process.env['BENCH_EXPORT_SIZES'].split(',').map(Number) : [2_000, 10_000];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

console.log('\nCSV export bench: responses, needs, offers, funding_sources, past_twinning and codebook, serialized and zipped (median of 3)');
console.log('responses | rows written | bytes (CSV) | bytes (zip) | export ms | of which: tables ms | CSV text ms | zip ms');
for (const size of SIZES) {
  const files = generate(size, SEED);
  const times: number[] = [];
  const tableTimes: number[] = [];
  const textTimes: number[] = [];
  const zipTimes: number[] = [];
  let rows = 0;
  let csvBytes = 0;
  let bytes = 0;
  for (let run = 0; run < 3; run += 1) {
    const start = performance.now();
    const tables = [responsesTable(files), needsTable(files, []), offersTable(files, []), fundingTable(files), pastTwinningTable(files)];
    const all = [...tables, codebookTable(tables)];
    const textStart = performance.now();
    const texts = all.map((table) => ({ name: table.file, text: serializeCsv(table) }));
    const zipStart = performance.now();
    // What the app's zip worker runs (the platform's deflate where there is one: here Node's zlib, in Chromium its own).
    const zip = await zipFilesFast(texts);
    const end = performance.now();
    times.push(end - start);
    tableTimes.push(textStart - start);
    textTimes.push(zipStart - textStart);
    zipTimes.push(end - zipStart);
    rows = all.reduce((sum, table) => sum + table.rows.length, 0);
    csvBytes = texts.reduce((sum, { text }) => sum + Buffer.byteLength(text, 'utf8'), 0);
    bytes = zip.length;
  }
  const ms = (values: readonly number[], width: number) => Math.round(median(values)).toLocaleString('en').padStart(width);
  console.log(`${size.toLocaleString('en').padStart(9)} | ${rows.toLocaleString('en').padStart(12)} | ${csvBytes.toLocaleString('en').padStart(11)} | ${bytes.toLocaleString('en').padStart(11)} | ${ms(times, 9)} | ${ms(tableTimes, 19)} | ${ms(textTimes, 11)} | ${ms(zipTimes, 6)}`);
}
console.log('Each column is its own median. Target (issue #6): the whole CSV set for 10,000 responses under 2 s. n_candidates and matches.csv are not included here.');
