// Imports files one by one: each is read, validated in a worker, then written in one transaction or not at all.
import { databaseProblemOf, type CoordinatorStore, type DatabaseProblem, type ImportOutcome } from '../../db/coordinatorStore';
import type { ImportProblem } from '../../domain/importFile';
import { readImportFile, type ImportSource } from '../../io/readImportFiles';

export type FileReport =
  | { file: string; status: 'imported'; kind: 'response' | 'responses' | 'backup'; outcome: ImportOutcome }
  | { file: string; status: 'rejected'; problems: ImportProblem[]; storage?: DatabaseProblem };

export async function importFiles(store: CoordinatorStore, sources: readonly ImportSource[], now: () => Date, writeFailed: (reason: string) => string): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  // Sequential on purpose: two files touching the same response must see each other's writes.
  for (const source of sources) {
    const parsed = await readImportFile(source);
    if (!parsed.ok) {
      reports.push({ file: source.name, status: 'rejected', problems: parsed.problems });
      continue;
    }
    try {
      const outcome = await store.importResponses(parsed.revisions, now().toISOString(), parsed.bin, parsed.followUps, parsed.register);
      reports.push({ file: source.name, status: 'imported', kind: parsed.kind, outcome });
    } catch (error) {
      const storage = databaseProblemOf(error);
      const reason = error instanceof Error ? error.message : String(error);
      reports.push({ file: source.name, status: 'rejected', storage, problems: [{ file: source.name, record: '(file)', field: '(storage)', message: writeFailed(reason) }] });
    }
  }
  return reports;
}
