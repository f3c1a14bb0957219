// Reading and writing the coordinator's database. Every multi-row write is one transaction, after validation.
import type { BinEntry } from '../domain/backupFile';
import { buildBackup, type Backup } from '../domain/backupFile';
import { asCorrections } from '../domain/corrections';
import { changeStatus, mergeFollowUps, type FollowUp } from '../domain/followUp';
import type { RegisterEntry } from '../domain/register';
import { countOutcomes, planMerge, type MergeCounts } from '../domain/mergePlan';
import type { ResponseFile } from '../domain/responseFile';
import { summarize } from '../domain/responseSummary';
import { CoordinatorDb, type ResponseRow, type RevisionRecord } from './coordinatorDb';

/** A validated revision on its way in; a backup brings the time it was first imported. */
export interface IncomingRevision {
  response: ResponseFile;
  importedAt: string | null;
}

export interface ImportOutcome extends MergeCounts {
  /** Responses that arrived in the bin because the backup had them there. */
  binned: number;
  /** Matches withdrawn because their need or offer is gone from the latest revision. */
  withdrawn: number;
  /** A backup's match follow-ups new here or with history new here. */
  matches: number;
  /** A backup's register entries new here or newer than the one here. */
  registerEntries: number;
}

export type DatabaseProblem = 'full' | 'unavailable' | 'outdated' | 'blocked';

/** Maps a storage error to what the coordinator is told. */
export function databaseProblemOf(error: unknown): DatabaseProblem {
  const names: string[] = [];
  let current: unknown = error;
  while (current instanceof Error && names.length < 5) {
    names.push(current.name);
    current = 'inner' in current ? current.inner : undefined;
  }
  if (names.includes('QuotaExceededError')) return 'full';
  if (names.includes('VersionError')) return 'outdated';
  return 'unavailable';
}

function entryIds(response: ResponseFile, list: 'needs' | 'offers'): Set<string> {
  const entries = response.data[list];
  return new Set(Array.isArray(entries) ? entries.flatMap((entry: unknown) => (typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string' ? [entry.id] : [])) : []);
}

/** A backup's follow-up merged with what is here: histories united, nothing dropped. Gives how many changed here. */
async function mergeFollowUpsInto(db: CoordinatorDb, incoming: readonly FollowUp[]): Promise<number> {
  if (incoming.length === 0) return 0;
  const existing = await db.followUps.bulkGet(incoming.map((item): [string, string] => [item.needId, item.offerId]));
  let changed = 0;
  await db.followUps.bulkPut(incoming.map((item, index) => {
    const here = existing[index];
    const merged = here ? mergeFollowUps(here, item) : item;
    if (!here || merged.history.length !== here.history.length || merged.manual !== here.manual) changed += 1;
    return merged;
  }));
  return changed;
}

/** A backup's register merged by entry id: the most recently updated version of each entry wins. Gives how many were written. */
async function mergeRegisterInto(db: CoordinatorDb, incoming: readonly RegisterEntry[]): Promise<number> {
  if (incoming.length === 0) return 0;
  const existing = await db.register.bulkGet(incoming.map((entry) => entry.entryId));
  const newer = incoming.filter((entry, index) => {
    const here = existing[index];
    return !here || entry.updatedAt > here.updatedAt;
  });
  await db.register.bulkPut(newer);
  return newer.length;
}

/** Marks `withdrawn` every match whose need or offer no longer exists in its response's latest revision. */
async function withdrawVanished(db: CoordinatorDb, latest: readonly ResponseFile[], at: string): Promise<number> {
  if (latest.length === 0) return 0;
  const byId = new Map(latest.map((response) => [response.responseId, response]));
  const ids = [...byId.keys()];
  const affected = [
    ...(await db.followUps.where('needResponseId').anyOf(ids).toArray()),
    ...(await db.followUps.where('offerResponseId').anyOf(ids).toArray()),
  ];
  const changed = new Map<string, FollowUp>();
  for (const followUp of affected) {
    if (followUp.status === 'withdrawn') continue;
    const needResponse = byId.get(followUp.needResponseId);
    const offerResponse = byId.get(followUp.offerResponseId);
    const needGone = needResponse !== undefined && !entryIds(needResponse, 'needs').has(followUp.needId);
    const offerGone = offerResponse !== undefined && !entryIds(offerResponse, 'offers').has(followUp.offerId);
    if (!needGone && !offerGone) continue;
    const note = needGone ? 'The need is no longer in the latest revision.' : 'The offer is no longer in the latest revision.';
    const result = changeStatus(followUp, 'withdrawn', at, note);
    if (result.ok) changed.set(`${followUp.needId}|${followUp.offerId}`, result.value);
  }
  await db.followUps.bulkPut([...changed.values()]);
  return changed.size;
}

function rowFor(latest: ResponseFile, revisionCount: number, deletedAt: string | null): ResponseRow {
  return { ...summarize(latest), revisionCount, deletedAt };
}

export class CoordinatorStore {
  constructor(readonly db: CoordinatorDb) {}

  /**
   * Stores validated revisions (and a backup's bin) in one transaction: all of it, or nothing.
   * Reads are batched (one query for the keys held, one bulkGet each for rows and older latest revisions) so a
   * 10,000-response file costs a handful of round trips, not one per response; the import worker calls this.
   */
  async importResponses(items: readonly IncomingRevision[], importedAt: string, bin: readonly BinEntry[] = [], followUps: readonly FollowUp[] = [], register: readonly RegisterEntry[] = []): Promise<ImportOutcome> {
    const { db } = this;
    return db.transaction('rw', [db.revisions, db.responses, db.followUps, db.register], async () => {
      const ids = [...new Set(items.map((item) => item.response.responseId))];
      const keys = await db.revisions.where('responseId').anyOf(ids).primaryKeys();
      const stored = new Map<string, Set<number>>();
      for (const [id, revision] of keys) {
        const set = stored.get(id) ?? new Set<number>();
        set.add(revision);
        stored.set(id, set);
      }
      const plan = planMerge(stored, items.map((item) => item.response));
      const importedAtByKey = new Map(items.map((item) => [`${item.response.responseId}#${item.response.revision}`, item.importedAt ?? importedAt]));

      // The latest revision of each touched response: from this import when it brought the highest, else stored.
      const incomingLatest = new Map<string, ResponseFile>();
      const added = new Map<string, number>();
      for (const response of plan.toStore) {
        const current = incomingLatest.get(response.responseId);
        if (!current || response.revision > current.revision) incomingLatest.set(response.responseId, response);
        added.set(response.responseId, (added.get(response.responseId) ?? 0) + 1);
      }
      // Duplicates are never stored, so stored and added revisions never overlap.
      const revisionCount = (id: string) => (stored.get(id)?.size ?? 0) + (added.get(id) ?? 0);
      const olderLatestKeys = plan.touched.flatMap((id): [string, number][] => {
        const highestStored = Math.max(0, ...(stored.get(id) ?? []));
        const incoming = incomingLatest.get(id);
        return incoming && incoming.revision > highestStored ? [] : [[id, highestStored]];
      });
      // A row exists only beside stored revisions (both are written and deleted together), so a response new to this
      // database has none to read: a fresh 10,000-response import skips 10,000 reads.
      const [olderRecords, heldRows] = await Promise.all([db.revisions.bulkGet(olderLatestKeys), db.responses.bulkGet(plan.touched.filter((id) => stored.has(id)))]);
      const olderLatest = new Map(olderRecords.flatMap((record) => (record ? [[record.responseId, record.response] as const] : [])));
      const existingRows = new Map(heldRows.flatMap((row) => (row ? [[row.responseId, row] as const] : [])));
      const newIds = new Set(plan.planned.filter((item) => item.outcome === 'added').map((item) => item.response.responseId));
      const binned = new Map(bin.filter((entry) => newIds.has(entry.responseId)).map((entry) => [entry.responseId, entry.deletedAt]));
      const latest = plan.touched.flatMap((id) => olderLatest.get(id) ?? incomingLatest.get(id) ?? []);
      const rows = latest.map((response) => rowFor(response, revisionCount(response.responseId), existingRows.get(response.responseId)?.deletedAt ?? binned.get(response.responseId) ?? null));
      // Everything is planned from the reads above, so the writes need not wait for each other: issued together, the
      // rows and follow-ups are queued while the revisions are still being written (same transaction, same outcome).
      const [, , [matches, registerEntries, withdrawn]] = await Promise.all([
        db.revisions.bulkAdd(plan.toStore.map((response) => ({
          responseId: response.responseId, revision: response.revision, importedAt: importedAtByKey.get(`${response.responseId}#${response.revision}`) ?? importedAt, response,
        }))),
        db.responses.bulkPut(rows),
        (async () => {
          const mergedMatches = await mergeFollowUpsInto(db, followUps);
          const mergedEntries = await mergeRegisterInto(db, register);
          return [mergedMatches, mergedEntries, await withdrawVanished(db, latest, importedAt)] as const;
        })(),
      ]);
      return { ...countOutcomes(plan.planned), binned: binned.size, withdrawn, matches, registerEntries };
    });
  }

  /** A CSV set: rows that differ from a stored revision become corrections (asCorrections), read and written together. */
  async importCorrections(responses: readonly ResponseFile[], importedAt: string): Promise<ImportOutcome> {
    const { db } = this;
    return db.transaction('rw', [db.revisions, db.responses, db.followUps, db.register], async () => {
      const stored = await this.storedRevisions(responses.map((response) => response.responseId));
      return this.importResponses(asCorrections(responses, stored).map((response) => ({ response, importedAt: null })), importedAt);
    });
  }

  /** Stored revisions of these responses, by id and revision number. */
  async storedRevisions(responseIds: readonly string[]): Promise<Map<string, Map<number, ResponseFile>>> {
    const records = await this.db.revisions.where('responseId').anyOf([...responseIds]).toArray();
    const result = new Map<string, Map<number, ResponseFile>>();
    for (const record of records) {
      const revisions = result.get(record.responseId) ?? new Map<number, ResponseFile>();
      revisions.set(record.revision, record.response);
      result.set(record.responseId, revisions);
    }
    return result;
  }

  row(responseId: string): Promise<ResponseRow | undefined> {
    return this.db.responses.get(responseId);
  }

  rows(): Promise<ResponseRow[]> {
    return this.db.responses.toArray();
  }

  /** Counted by the database: nothing is read or copied, however many responses there are. */
  responseCount(): Promise<number> {
    return this.db.responses.count();
  }

  async revisionsOf(responseId: string): Promise<RevisionRecord[]> {
    const revisions = await this.db.revisions.where('responseId').equals(responseId).toArray();
    return revisions.sort((a, b) => a.revision - b.revision);
  }

  async moveToBin(responseId: string, at: string): Promise<void> {
    await this.db.responses.update(responseId, { deletedAt: at });
  }

  async restoreFromBin(responseId: string): Promise<void> {
    await this.db.responses.update(responseId, { deletedAt: null });
  }

  /** Deletes every revision of every response in the bin, for good. */
  async emptyBin(): Promise<number> {
    const { db } = this;
    return db.transaction('rw', db.revisions, db.responses, async () => {
      const binned = (await db.responses.toArray()).filter((row) => row.deletedAt !== null).map((row) => row.responseId);
      await db.revisions.where('responseId').anyOf(binned).delete();
      await db.responses.bulkDelete(binned);
      return binned.length;
    });
  }

  /** The latest revision of every response not in the bin: what the chart and matching read. */
  async latestResponses(): Promise<ResponseFile[]> {
    const { db } = this;
    return db.transaction('r', db.responses, db.revisions, async () => {
      const live = (await db.responses.toArray()).filter((row) => row.deletedAt === null);
      const records = await db.revisions.bulkGet(live.map((row): [string, number] => [row.responseId, row.revision]));
      return records.flatMap((record) => (record ? [record.response] : []));
    });
  }

  followUps(): Promise<FollowUp[]> {
    return this.db.followUps.toArray();
  }

  async saveFollowUp(followUp: FollowUp): Promise<void> {
    await this.db.followUps.put(followUp);
  }

  /** An agreed match and the register entry drafted from it, together or not at all; an existing draft is kept. */
  async agreeMatch(followUp: FollowUp, draft: RegisterEntry): Promise<string> {
    const { db } = this;
    return db.transaction('rw', db.followUps, db.register, async () => {
      await db.followUps.put(followUp);
      const existing = (await db.register.toArray()).find((entry) => entry.matchNeedId === followUp.needId && entry.matchOfferId === followUp.offerId);
      if (existing) return existing.entryId;
      await db.register.add(draft);
      return draft.entryId;
    });
  }

  /**
   * When each response was first submitted: its lowest stored revision's submittedAt. A response with one revision has
   * it in its summary row, so only those with several are read (walking every revision took seconds at 10,000).
   */
  async firstSubmissions(): Promise<Map<string, string>> {
    const { db } = this;
    return db.transaction('r', db.responses, db.revisions, async () => {
      const first = new Map<string, string>();
      const several: string[] = [];
      for (const row of await db.responses.toArray()) {
        if (row.revisionCount <= 1) first.set(row.responseId, row.submittedAt);
        else several.push(row.responseId);
      }
      if (several.length === 0) return first;
      const lowest = new Map<string, number>();
      for (const [id, revision] of await db.revisions.where('responseId').anyOf(several).primaryKeys()) {
        if (revision < (lowest.get(id) ?? Number.POSITIVE_INFINITY)) lowest.set(id, revision);
      }
      for (const record of await db.revisions.bulkGet([...lowest])) {
        if (record) first.set(record.responseId, record.response.submittedAt);
      }
      return first;
    });
  }

  registerEntries(): Promise<RegisterEntry[]> {
    return this.db.register.toArray();
  }

  async saveRegisterEntry(entry: RegisterEntry): Promise<void> {
    await this.db.register.put(entry);
  }

  async deleteRegisterEntry(entryId: string): Promise<void> {
    await this.db.register.delete(entryId);
  }

  async backup(exportedAt: string): Promise<Backup> {
    const { db } = this;
    return db.transaction('r', [db.revisions, db.responses, db.followUps, db.register], async () => {
      const revisions = await db.revisions.toArray();
      const bin: BinEntry[] = (await db.responses.toArray()).flatMap((row) => (row.deletedAt === null ? [] : [{ responseId: row.responseId, deletedAt: row.deletedAt }]));
      return buildBackup(exportedAt, revisions.map(({ importedAt, response }) => ({ importedAt, response })), bin, await db.followUps.toArray(), await db.register.toArray());
    });
  }

  async setting(key: string): Promise<string | undefined> {
    return (await this.db.settings.get(key))?.value;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}

export interface OpenCoordinatorOptions {
  name?: string;
  /** Another tab opened a newer version of the app: this tab must reload before writing again. */
  onOutdated?: () => void;
  /** This tab wants to upgrade the database but an older tab still has it open. */
  onBlocked?: () => void;
}

export async function openCoordinatorStore(options: OpenCoordinatorOptions = {}): Promise<{ ok: true; store: CoordinatorStore } | { ok: false; problem: DatabaseProblem }> {
  const db = new CoordinatorDb(options.name);
  db.on('versionchange', () => {
    // Let the other tab upgrade; this one stops writing until it is reloaded.
    db.close();
    options.onOutdated?.();
    return false;
  });
  db.on('blocked', () => options.onBlocked?.());
  try {
    await db.open();
    return { ok: true, store: new CoordinatorStore(db) };
  } catch (error) {
    return { ok: false, problem: databaseProblemOf(error) };
  }
}
