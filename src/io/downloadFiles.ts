// Downloads CSV tables one by one or as a zip.
import type { CsvTable } from '../domain/csvTable';
import { serializeCsv, zipFiles } from './csv';
import { downloadBytes, downloadText } from './download';

export function downloadCsv(table: CsvTable): void {
  downloadText(table.file, serializeCsv(table), 'text/csv;charset=utf-8');
}

export function downloadZip(name: string, tables: readonly CsvTable[]): void {
  downloadBytes(name, zipFiles(tables.map((table) => ({ name: table.file, text: serializeCsv(table) }))), 'application/zip');
}
