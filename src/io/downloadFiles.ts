// Downloads CSV tables one by one or as a zip (zipped in a worker, so the page stays responsive).
import type { CsvTable } from '../domain/csvTable';
import { serializeCsv } from './csv';
import { downloadBytes, downloadText } from './download';
import { zipInBackground } from './zipInWorker';

export function downloadCsv(table: CsvTable): void {
  downloadText(table.file, serializeCsv(table), 'text/csv;charset=utf-8');
}

/** Resolves once the zip is handed to the browser; rejects only if the files cannot be zipped at all (e.g. a name twice). */
export async function downloadZip(name: string, tables: readonly CsvTable[]): Promise<void> {
  const files = tables.map((table) => ({ name: table.file, text: serializeCsv(table) }));
  downloadBytes(name, await zipInBackground(files), 'application/zip');
}
