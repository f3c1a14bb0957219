// One import start to finish: read, parse and validate a file (or a CSV set), then store it in one transaction.
// The import worker runs this; where there is no Worker (unit tests in Node) the page runs it with its own store.
import { databaseProblemOf, type CoordinatorStore, type DatabaseProblem, type ImportOutcome } from '../db/coordinatorStore';
import type { ImportProblem } from '../domain/importFile';
import { readCsvSet, readImportFile, type ImportSource } from './readImportFiles';

export type ImportInput =
  | { kind: 'file'; source: ImportSource }
  | { kind: 'csv'; sources: readonly ImportSource[] };

/** Small on purpose: this is all that crosses back from the worker, however large the file. */
export type ImportResult =
  | { status: 'imported'; kind: 'response' | 'responses' | 'backup' | 'csv'; outcome: ImportOutcome }
  | { status: 'rejected'; problems: ImportProblem[] }
  | { status: 'failed'; storage: DatabaseProblem; reason: string };

export function storageFailure(error: unknown): ImportResult {
  return { status: 'failed', storage: databaseProblemOf(error), reason: error instanceof Error ? error.message : String(error) };
}

/** Validates everything first; only a file with no problem at all is written, in one transaction. */
export async function runImport(store: CoordinatorStore, input: ImportInput, importedAt: string): Promise<ImportResult> {
  const parsed = input.kind === 'file' ? await readImportFile(input.source) : await readCsvSet(input.sources);
  if (!parsed.ok) return { status: 'rejected', problems: parsed.problems };
  try {
    if (input.kind === 'csv') {
      // CSV rows may be a coordinator's corrections of stored revisions: compared and stored in one transaction.
      const outcome = await store.importCorrections(parsed.revisions.map((item) => item.response), importedAt);
      return { status: 'imported', kind: 'csv', outcome };
    }
    const outcome = await store.importResponses(parsed.revisions, importedAt, parsed.bin, parsed.followUps, parsed.register);
    return { status: 'imported', kind: parsed.kind, outcome };
  } catch (error) {
    return storageFailure(error);
  }
}
