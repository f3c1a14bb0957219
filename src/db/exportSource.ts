// What the CSV export reads from the coordinator's database, read in one transaction so its files agree with each other.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { ExportSource } from '../domain/exportSet';
import type { ResponseFile } from '../domain/responseFile';
import type { RevisionRecord } from './coordinatorDb';
import type { CoordinatorStore } from './coordinatorStore';

/**
 * Where the revisions' keys are cut into ranges read side by side. Response ids are UUIDs (hex), so these make 16
 * ranges of about equal size; the first range starts below every key and the last ends above every key, so any id
 * is read once whatever it looks like.
 */
const RANGE_BOUNDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];

/**
 * Every revision, in key order, read as 16 key ranges requested at once rather than one getAll. Chromium's storage
 * process then reads the next range while this thread turns the previous one into objects: at 10,000 responses the
 * read takes about 0.8 s instead of 1.1 s.
 */
async function allRevisions(store: CoordinatorStore): Promise<RevisionRecord[]> {
  const { revisions } = store.db;
  const ranges = RANGE_BOUNDS.map((high, index) => {
    const low = RANGE_BOUNDS[index - 1];
    return low === undefined ? revisions.where(':id').below([high]).toArray() : revisions.where(':id').between([low], [high], true, false).toArray();
  });
  const last = RANGE_BOUNDS[RANGE_BOUNDS.length - 1] ?? '';
  ranges.push(revisions.where(':id').aboveOrEqual([last]).toArray());
  return (await Promise.all(ranges)).flat();
}

/** The tables the export reads, in one transaction; a write to any of them makes a prepared set out of date. */
function exportTables({ db }: CoordinatorStore) {
  return [db.responses, db.revisions, db.followUps, db.register];
}

/**
 * Every revision is read rather than the latest ones by key: at 10,000 responses Chromium reads them in about half
 * the time, and the first revisions (for days-to-introduction) come from the same read. A pilot's responses have a
 * revision or two each, so little is read for nothing.
 *
 * Of the responses' rows only keys are read: which responses exist, and (from the deletedAt index, which holds no
 * row whose deletedAt is null) which are in the bin. A row always names its response's highest stored revision
 * (importRevisions), which is the last one read of each response. Reading the rows themselves took 180 ms at 10,000
 * responses, and held up the revisions' first range behind it.
 */
export async function readExportSource(store: CoordinatorStore): Promise<ExportSource> {
  const { db } = store;
  return db.transaction('r', exportTables(store), async () => {
    const [ids, binned, revisions] = await Promise.all([
      db.responses.toCollection().primaryKeys(), db.responses.where('deletedAt').aboveOrEqual('').primaryKeys(), allRevisions(store),
    ]);
    const live = new Set(ids);
    for (const id of binned) live.delete(id);
    // Revisions come in key order, [responseId, revision]: each response's last one is its latest.
    const latestById = new Map<string, ResponseFile>();
    const first = new Map<string, { revision: number; submittedAt: string }>();
    for (const { responseId, revision, response } of revisions) {
      if (live.has(responseId)) latestById.set(responseId, response);
      const known = first.get(responseId);
      if (!known || revision < known.revision) first.set(responseId, { revision, submittedAt: response.submittedAt });
    }
    const firstSubmittedAt = new Map([...first].map(([responseId, { submittedAt }]) => [responseId, submittedAt]));
    return { latest: [...latestById.values()], followUps: await db.followUps.toArray(), register: await db.register.toArray(), firstSubmittedAt };
  });
}

/**
 * Calls `onChange` after every committed write to what the export reads, made in this tab, another tab or a worker,
 * until the returned function is called. It listens to Dexie's storagemutated event (what wakes live queries) and
 * reads nothing: a live query counting the four tables made the Exports screen wait about 100 ms for its first
 * reading at 10,000 responses before it could ask for the files, and its count of every revision competed with the
 * export's own read. A write committed before this is called is seen by any read started after it.
 */
export function onExportChange(store: CoordinatorStore, onChange: () => void): () => void {
  const prefixes = exportTables(store).map((table) => `idb://${store.db.name}/${table.name}/`);
  const listener = (parts: ObservabilitySet) => {
    // `all`: anything may have changed (Dexie says so to a page back from the back/forward cache, whose channel to
    // other tabs was closed meanwhile).
    if ('all' in parts || Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
