// The CSV export set prepared once per database state and option: the tables' sizes for the screen, their text for
// downloads. Runs in the export worker, or on the page where there is no worker.
import type { CoordinatorStore } from '../db/coordinatorStore';
import { readExportSource } from '../db/exportSource';
import { exportTableSequence, type ExportOptions } from '../domain/exportSet';
import { csvParts } from './csv';
import { zipInWorker } from './zipInWorker';

/** What the Exports screen shows of each file. */
export interface ExportFileSummary {
  file: string;
  rows: number;
  columns: number;
}

export interface PreparedExport {
  summary: ExportFileSummary[];
  /** Each file's text in the parts it was written in (joined only when the file itself is asked for). */
  files: { name: string; parts: string[] }[];
  /**
   * The zip of every file, deflated part by part as they are written (zipInWorker): "Download all" is the screen's
   * main action, and deflating 10,000 responses' files takes about a second, better spent while the rest is written.
   */
  zip: Promise<Uint8Array>;
}

export async function prepareExport(store: CoordinatorStore, options: ExportOptions): Promise<PreparedExport> {
  // Started first, so that its worker has loaded by the time the first file is written.
  const zipper = zipInWorker();
  try {
    const source = await readExportSource(store);
    const summary: ExportFileSummary[] = [];
    const files: { name: string; parts: string[] }[] = [];
    // Each file is written, handed to the zip part by part and its rows let go before the next is built.
    for (const table of exportTableSequence(source, options)) {
      const file = zipper.open(table.file);
      const parts: string[] = [];
      for (const part of csvParts(table)) {
        parts.push(part);
        file.write(part);
      }
      file.close();
      summary.push({ file: table.file, rows: table.rows.length, columns: table.columns.length });
      files.push({ name: table.file, parts });
    }
    // Its files dated the export's day (they were 1980-01-01), the same bytes for the same data that day.
    const zip = zipper.finish(options.today);
    // Its failure is reported to whoever asks for the zip; nobody may ask.
    zip.catch(() => undefined);
    return { summary, files, zip };
  } catch (error) {
    zipper.cancel();
    throw error;
  }
}

/**
 * The last set prepared, kept for the downloads that follow: the screen prepares it when opened, so "Download all"
 * only zips. `version` is the page's count of database changes seen, so a set read before a change is never reused.
 */
export class PreparedExports {
  private last: { key: string; prepared: Promise<PreparedExport> } | null = null;

  get(store: CoordinatorStore, version: number, options: ExportOptions): Promise<PreparedExport> {
    const key = `${store.db.name}|${version}|${options.oneHot}|${options.today}`;
    if (this.last?.key !== key) {
      const prepared = prepareExport(store, options);
      this.last = { key, prepared };
      // A failed read is not kept: the next request tries again.
      prepared.catch(() => { if (this.last?.prepared === prepared) this.last = null; });
    }
    return this.last.prepared;
  }

  /** Lets the last set go (its text and zip take tens of MB at 10,000 responses). */
  clear(): void {
    this.last = null;
  }
}

export type ExportAsk = { type: 'summary' } | { type: 'zip' } | { type: 'csv'; file: string };

export type ExportAnswer = { type: 'summary'; summary: ExportFileSummary[] } | { type: 'zip'; zip: Uint8Array } | { type: 'csv'; text: string };

/** One request of the Exports screen, answered from the prepared set (prepared first if it is not). */
export async function answerExport(store: CoordinatorStore, cache: PreparedExports, version: number, options: ExportOptions, ask: ExportAsk): Promise<ExportAnswer> {
  const set = await cache.get(store, version, options);
  if (ask.type === 'summary') return { type: 'summary', summary: set.summary };
  // A copy: the prepared zip stays for the next download while the copy is handed over.
  if (ask.type === 'zip') return { type: 'zip', zip: (await set.zip).slice() };
  const file = set.files.find((item) => item.name === ask.file);
  if (!file) throw new Error(`the export has no file named ${ask.file}`);
  return { type: 'csv', text: file.parts.join('') };
}
