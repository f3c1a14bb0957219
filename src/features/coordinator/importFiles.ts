// Imports files one by one: each is read, validated and written in the import worker, in one transaction or not at all.
// CSV files dropped together form one set (responses.csv with its needs.csv, offers.csv …), imported the same way.
import type { CoordinatorStore, DatabaseProblem, ImportOutcome } from '../../db/coordinatorStore';
import type { ImportProblem } from '../../domain/importFile';
import type { ImportResult } from '../../io/importPipeline';
import { importInBackground } from '../../io/importInWorker';
import type { ImportSource } from '../../io/readImportFiles';

/** What became of one file, or of one CSV set (`files` counts its files: the totals count files, not reports). */
export type FileReport =
  | { file: string; files: number; status: 'imported'; kind: 'response' | 'responses' | 'backup' | 'csv'; outcome: ImportOutcome }
  | { file: string; files: number; status: 'rejected'; problems: ImportProblem[]; storage?: DatabaseProblem };

function reportOf(file: string, files: number, result: ImportResult, writeFailed: (reason: string) => string): FileReport {
  switch (result.status) {
    case 'imported': return { file, files, status: 'imported', kind: result.kind, outcome: result.outcome };
    case 'rejected': return { file, files, status: 'rejected', problems: result.problems };
    case 'failed': return { file, files, status: 'rejected', storage: result.storage, problems: [{ file, record: '(file)', field: '(storage)', message: writeFailed(result.reason) }] };
  }
}

export async function importFiles(target: CoordinatorStore, sources: readonly ImportSource[], now: () => Date, writeFailed: (reason: string) => string): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  const csv = sources.filter((source) => source.name.toLowerCase().endsWith('.csv'));
  // Sequential on purpose: two files touching the same response must see each other's writes.
  for (const source of sources.filter((item) => !csv.includes(item))) {
    reports.push(reportOf(source.name, 1, await importInBackground(target, { kind: 'file', source }, now().toISOString()), writeFailed));
  }
  if (csv.length > 0) {
    const name = csv.map((source) => source.name).join(', ');
    reports.push(reportOf(name, csv.length, await importInBackground(target, { kind: 'csv', sources: csv }, now().toISOString()), writeFailed));
  }
  return reports;
}
