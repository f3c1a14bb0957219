// Imports files one by one: each is read, validated in a worker, then written in one transaction or not at all.
// CSV files dropped together form one set (responses.csv with its needs.csv, offers.csv …), imported the same way.
import { databaseProblemOf, type CoordinatorStore, type DatabaseProblem, type ImportOutcome } from '../../db/coordinatorStore';
import { asCorrections } from '../../domain/corrections';
import { importCsvSet } from '../../domain/csvImport';
import { MAX_IMPORT_BYTES, type ImportProblem, type ParsedImport } from '../../domain/importFile';
import { parseCsv } from '../../io/csv';
import { readImportFile, type ImportSource } from '../../io/readImportFiles';

export type FileReport =
  | { file: string; status: 'imported'; kind: 'response' | 'responses' | 'backup' | 'csv'; outcome: ImportOutcome }
  | { file: string; status: 'rejected'; problems: ImportProblem[]; storage?: DatabaseProblem };

async function readCsvSet(sources: readonly ImportSource[]): Promise<ParsedImport> {
  const files = [];
  for (const source of sources) {
    if (source.size > MAX_IMPORT_BYTES) return { ok: false, problems: [{ file: source.name, record: '(file)', field: '(file)', message: `is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB; files that large are refused` }] };
    const parsed = parseCsv(await source.text(), source.name);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    files.push({ name: source.name.split('/').pop() ?? source.name, columns: parsed.columns, rows: parsed.rows });
  }
  return importCsvSet(files);
}

async function store(target: CoordinatorStore, name: string, kind: 'response' | 'responses' | 'backup' | 'csv', parsed: Extract<ParsedImport, { ok: true }>, now: () => Date, writeFailed: (reason: string) => string): Promise<FileReport> {
  try {
    let revisions = parsed.revisions;
    if (kind === 'csv') {
      const stored = await target.storedRevisions(revisions.map((item) => item.response.responseId));
      const corrected = asCorrections(revisions.map((item) => item.response), stored);
      revisions = corrected.map((response) => ({ response, importedAt: null }));
    }
    const outcome = await target.importResponses(revisions, now().toISOString(), parsed.bin, parsed.followUps, parsed.register);
    return { file: name, status: 'imported', kind, outcome };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file: name, status: 'rejected', storage: databaseProblemOf(error), problems: [{ file: name, record: '(file)', field: '(storage)', message: writeFailed(reason) }] };
  }
}

export async function importFiles(target: CoordinatorStore, sources: readonly ImportSource[], now: () => Date, writeFailed: (reason: string) => string): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  const csv = sources.filter((source) => source.name.toLowerCase().endsWith('.csv'));
  // Sequential on purpose: two files touching the same response must see each other's writes.
  for (const source of sources.filter((item) => !csv.includes(item))) {
    const parsed = await readImportFile(source);
    reports.push(parsed.ok ? await store(target, source.name, parsed.kind, parsed, now, writeFailed) : { file: source.name, status: 'rejected', problems: parsed.problems });
  }
  if (csv.length > 0) {
    const name = csv.map((source) => source.name).join(', ');
    const parsed = await readCsvSet(csv);
    reports.push(parsed.ok ? await store(target, name, 'csv', parsed, now, writeFailed) : { file: name, status: 'rejected', problems: parsed.problems });
  }
  return reports;
}
