// What the CSV export reads from the coordinator's database, read in one transaction so its files agree with each other.
import type { ExportSource } from '../domain/exportSet';
import type { ResponseFile } from '../domain/responseFile';
import type { CoordinatorStore } from './coordinatorStore';

/**
 * Every revision is read with one getAll rather than the latest ones by key: at 10,000 responses Chromium reads them
 * in about half the time, and the first revisions (for days-to-introduction) come from the same read. A pilot's
 * responses have a revision or two each, so little is read for nothing.
 */
export async function readExportSource(store: CoordinatorStore): Promise<ExportSource> {
  const { db } = store;
  return db.transaction('r', [db.responses, db.revisions, db.followUps, db.register], async () => {
    const rows = await db.responses.toArray();
    const revisions = await db.revisions.toArray();
    const live = new Map(rows.flatMap((row) => (row.deletedAt === null ? [[row.responseId, row.revision] as const] : [])));
    const latest: ResponseFile[] = [];
    const first = new Map<string, { revision: number; submittedAt: string }>();
    for (const { responseId, revision, response } of revisions) {
      if (live.get(responseId) === revision) latest.push(response);
      const known = first.get(responseId);
      if (!known || revision < known.revision) first.set(responseId, { revision, submittedAt: response.submittedAt });
    }
    const firstSubmittedAt = new Map([...first].map(([responseId, { submittedAt }]) => [responseId, submittedAt]));
    return { latest, followUps: await db.followUps.toArray(), register: await db.register.toArray(), firstSubmittedAt };
  });
}

/**
 * A small read that a live query re-runs on any write to what the export reads: a count observes its whole table.
 * The export screen uses each new result as a sign that its prepared files are out of date.
 */
export async function exportChangeSignal(store: CoordinatorStore): Promise<number[]> {
  const { db } = store;
  return db.transaction('r', [db.responses, db.revisions, db.followUps, db.register], () =>
    Promise.all([db.responses.count(), db.revisions.count(), db.followUps.count(), db.register.count()]));
}
