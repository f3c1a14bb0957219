// Downloads a CSV table built on the page (the Exports screen's files come from the export worker instead).
import type { CsvTable } from '../domain/csvTable';
import { serializeCsv } from './csv';
import { downloadText } from './download';

export function downloadCsv(table: CsvTable): void {
  downloadText(table.file, serializeCsv(table), 'text/csv;charset=utf-8');
}
