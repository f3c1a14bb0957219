// Helpers for the coordinator's import and storage tests: predictable ids, fresh databases and database snapshots.
import { onTestFinished } from 'vitest';
import { CoordinatorDb, type ResponseRow } from '../../src/db/coordinatorDb';
import { CoordinatorStore, type IncomingRevision } from '../../src/db/coordinatorStore';
import type { ResponseFile } from '../../src/domain/responseFile';

/** A valid, lower-case UUID numbered `n`, so tests read in order. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A database name no other test uses. */
export function uniqueDbName(prefix = 't'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** A store on a fresh database; inside a test it is closed when the test ends. */
export function freshStore(name = uniqueDbName()): { db: CoordinatorDb; store: CoordinatorStore } {
  const db = new CoordinatorDb(name);
  try {
    onTestFinished(() => db.close());
  } catch {
    // Outside a test (a fast-check run) the caller closes it.
  }
  return { db, store: new CoordinatorStore(db) };
}

/** Response files as they arrive from a response file (no importedAt). */
export function fromFiles(...responses: ResponseFile[]): IncomingRevision[] {
  return responses.map((response) => ({ response, importedAt: null }));
}

export interface Snapshot {
  rows: ResponseRow[];
  revisions: { key: string; importedAt: string; response: ResponseFile }[];
}

/** Everything the store holds, in a stable order. */
export async function snapshot(db: CoordinatorDb): Promise<Snapshot> {
  const rows = (await db.responses.toArray()).sort((a, b) => a.responseId.localeCompare(b.responseId));
  const revisions = (await db.revisions.toArray())
    .map((record) => ({ key: `${record.responseId}#${record.revision}`, importedAt: record.importedAt, response: record.response }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { rows, revisions };
}
