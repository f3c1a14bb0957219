// The coordinator's store (src/db/coordinatorStore.ts) on fake-indexeddb: import, summary rows, bin, backup and all-or-nothing writes.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { databaseProblemOf, type DatabaseProblem } from '../../src/db/coordinatorStore';
import { parseImportText } from '../../src/domain/importFile';
import { summarize } from '../../src/domain/responseSummary';
import { responseFile } from '../support/responseFiles';
import { freshStore, fromFiles, snapshot, uuid } from './coordinatorFixtures';

const A = uuid(1);
const B = uuid(2);
const C = uuid(3);
const T1 = '2026-12-01T09:00:00.000Z';
const T2 = '2026-12-02T09:00:00.000Z';
const BACKED_UP_AT = '2026-11-20T07:30:00.000Z';

/** Revision 2 of A: one need, no funding sources, a Japanese NGO. */
const revisedA = () => responseFile(A, 2, {
  org_name: 'Refugee Support Japan', org_type: 'ngo', org_type_other: undefined, country: 'JP',
  needs: [{ id: 'need-9', theme: 'housing', title: 'Housing', modalities: ['mentoring'], priority: 'low', funding: 'self_funded' }],
  has_funding_sources: false, funding_sources: undefined,
});

describe('importResponses', () => {
  it('stores every revision and one row per response, summarizing the latest revision', async () => {
    const { store } = freshStore();
    const outcome = await store.importResponses(fromFiles(responseFile(A, 1), revisedA(), responseFile(B, 1, { org_type: 'government', country: 'SE' })), T1);
    expect(outcome).toMatchObject({ added: 2, updated: 1, history: 0, duplicate: 0, binned: 0 });
    expect(await store.row(A)).toEqual({ ...summarize(revisedA()), revisionCount: 2, deletedAt: null });
    expect(await store.row(A)).toMatchObject({ revision: 2, needs: 1, offers: 1, fundingSources: 0, country: 'JP', region: 'asia', orgType: 'ngo', orgClass: 'ngo' });
    expect(await store.row(B)).toMatchObject({ revision: 1, needs: 2, offers: 1, fundingSources: 1, region: 'europe', orgClass: 'government', revisionCount: 1 });
    expect((await store.revisionsOf(A)).map(({ responseId, revision, importedAt, response }) => [responseId, revision, importedAt, response]))
      .toEqual([[A, 1, T1, responseFile(A, 1)], [A, 2, T1, revisedA()]]);
    expect((await store.rows()).map((row) => row.responseId).sort()).toEqual([A, B]);
  });

  it.each<[string, number[][], { revision: number; revisionCount: number; last: Partial<Record<'added' | 'updated' | 'history' | 'duplicate', number>> }]>([
    ['a higher revision replaces the latest and keeps the older', [[1], [2]], { revision: 2, revisionCount: 2, last: { updated: 1 } }],
    ['a lower revision is kept as history, not made latest', [[2], [1]], { revision: 2, revisionCount: 2, last: { history: 1 } }],
    ['a missing middle revision is kept as history', [[1, 3], [2]], { revision: 3, revisionCount: 3, last: { history: 1 } }],
    ['the same revision again is skipped as a duplicate', [[1], [1]], { revision: 1, revisionCount: 1, last: { duplicate: 1 } }],
    ['an update and a duplicate in one batch', [[1], [1, 2, 2]], { revision: 2, revisionCount: 2, last: { updated: 1, duplicate: 2 } }],
  ])('%s', async (_, batches, expected) => {
    const { store } = freshStore();
    let last = {};
    for (const batch of batches) last = await store.importResponses(fromFiles(...batch.map((revision) => responseFile(A, revision, { org_name: `Org r${revision}` }))), T1);
    expect(last).toMatchObject({ added: 0, updated: 0, history: 0, duplicate: 0, binned: 0, ...expected.last });
    expect(await store.row(A)).toMatchObject({ revision: expected.revision, orgName: `Org r${expected.revision}`, revisionCount: expected.revisionCount });
  });

  it('keeps the importedAt a backup brings and stamps the others with the import time', async () => {
    const { store } = freshStore();
    await store.importResponses([{ response: responseFile(A, 1), importedAt: BACKED_UP_AT }, { response: responseFile(A, 2), importedAt: null }], T1);
    await store.importResponses([{ response: responseFile(A, 1), importedAt: '2020-01-01T00:00:00.000Z' }], T2);
    expect((await store.revisionsOf(A)).map((record) => record.importedAt)).toEqual([BACKED_UP_AT, T1]);
  });

  it('puts responses new to this database in the bin when the backup had them there, and only those', async () => {
    const { store } = freshStore();
    await store.importResponses(fromFiles(responseFile(B, 1)), T1);
    const outcome = await store.importResponses(
      [{ response: responseFile(A, 1), importedAt: BACKED_UP_AT }, { response: responseFile(B, 2), importedAt: BACKED_UP_AT }, { response: responseFile(C, 1), importedAt: BACKED_UP_AT }],
      T2,
      [{ responseId: A, deletedAt: '2026-11-19T10:00:00.000Z' }, { responseId: B, deletedAt: '2026-11-19T11:00:00.000Z' }, { responseId: uuid(99), deletedAt: T1 }],
    );
    expect(outcome).toMatchObject({ added: 2, updated: 1, history: 0, duplicate: 0, binned: 1 });
    expect((await store.rows()).map((row) => [row.responseId, row.deletedAt]).sort()).toEqual([[A, '2026-11-19T10:00:00.000Z'], [B, null], [C, null]]);
  });

  it('keeps a response in the bin when a later import brings a new revision of it', async () => {
    const { store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 1)), T1);
    await store.moveToBin(A, T1);
    await store.importResponses(fromFiles(responseFile(A, 2)), T2);
    expect(await store.row(A)).toMatchObject({ revision: 2, deletedAt: T1 });
  });

  it('changes nothing for an empty import', async () => {
    const { db, store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 1)), T1);
    const before = await snapshot(db);
    expect(await store.importResponses([], T2)).toMatchObject({ added: 0, updated: 0, history: 0, duplicate: 0, binned: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes all or nothing: a write failing half-way leaves the database as it was', async () => {
    const { db, store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 1)), T1);
    await store.setSetting('coordinatorEmail', 'coordinator@example.org');
    const before = await snapshot(db);
    let created = 0;
    db.revisions.hook('creating', () => {
      created += 1;
      if (created === 3) throw new DOMException('full', 'QuotaExceededError');
    });
    const incoming = fromFiles(responseFile(A, 2), ...[10, 11, 12, 13, 14].map((n) => responseFile(uuid(n), 1)));
    const error = await store.importResponses(incoming, T2).then(() => undefined, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(Error);
    expect(databaseProblemOf(error)).toBe('full');
    expect(await snapshot(db)).toEqual(before);
    expect(await store.setting('coordinatorEmail')).toBe('coordinator@example.org');
  });

  it('writes all or nothing into an empty database too: no rows, no revisions', async () => {
    const { db, store } = freshStore();
    let created = 0;
    db.revisions.hook('creating', () => {
      created += 1;
      if (created === 3) throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(store.importResponses(fromFiles(...[1, 2, 3, 4, 5].map((n) => responseFile(uuid(n), 1))), T1)).rejects.toSatisfy((e) => databaseProblemOf(e) === 'full');
    expect([await db.revisions.count(), await db.responses.count()]).toEqual([0, 0]);
  });
});

describe('firstSubmissions', () => {
  it('gives each response its lowest stored revision\'s submission time, binned ones included', async () => {
    const { store } = freshStore();
    const D = uuid(4);
    // A: revisions 1 and 2; B: one revision; C: revision 3 first, then 2 arriving later as history; D: one, binned.
    await store.importResponses(fromFiles(responseFile(A, 1), revisedA(), responseFile(B, 1), responseFile(C, 3), responseFile(D, 1)), T1);
    await store.importResponses(fromFiles(responseFile(C, 2)), T2);
    await store.moveToBin(D, T2);
    const revisions = (await Promise.all([A, B, C, D].map((id) => store.revisionsOf(id)))).flat();
    const naive = new Map<string, string>();
    for (const record of [...revisions].sort((x, y) => y.revision - x.revision)) naive.set(record.responseId, record.response.submittedAt);
    expect(await store.firstSubmissions()).toEqual(naive);
    expect((await store.firstSubmissions()).get(C)).toBe(responseFile(C, 2).submittedAt);
  });
});

describe('the bin', () => {
  it('moveToBin and restoreFromBin set and clear deletedAt, keeping every revision', async () => {
    const { store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 1), responseFile(A, 2)), T1);
    await store.moveToBin(A, T2);
    expect(await store.row(A)).toMatchObject({ deletedAt: T2, revisionCount: 2 });
    await store.restoreFromBin(A);
    expect(await store.row(A)).toMatchObject({ deletedAt: null, revisionCount: 2 });
    expect((await store.revisionsOf(A)).length).toBe(2);
  });

  it('emptyBin deletes every revision of binned responses, and nothing else', async () => {
    const { db, store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 1), responseFile(A, 2), responseFile(B, 1), responseFile(C, 1), responseFile(C, 3)), T1);
    await store.moveToBin(A, T2);
    await store.moveToBin(C, T2);
    const kept = (await snapshot(db)).revisions.filter((record) => record.key.startsWith(B));
    expect(await store.emptyBin()).toBe(2);
    expect((await store.rows()).map((row) => row.responseId)).toEqual([B]);
    expect([await store.revisionsOf(A), await store.revisionsOf(C)]).toEqual([[], []]);
    expect((await snapshot(db)).revisions).toEqual(kept);
  });

  it('emptyBin with an empty bin deletes nothing', async () => {
    const { db, store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 1)), T1);
    const before = await snapshot(db);
    expect(await store.emptyBin()).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('backup', () => {
  async function filledStore() {
    const opened = freshStore();
    // Imported out of order, so the backup must sort.
    await opened.store.importResponses(fromFiles(responseFile(C, 1), responseFile(A, 2), responseFile(B, 1)), T1);
    await opened.store.importResponses([{ response: responseFile(A, 1), importedAt: BACKED_UP_AT }, { response: responseFile(C, 2), importedAt: null }], T2);
    await opened.store.moveToBin(C, '2026-12-03T09:00:00.000Z');
    await opened.store.moveToBin(B, '2026-12-04T09:00:00.000Z');
    return opened;
  }

  it('holds every revision, sorted by id then revision, with importedAt, and the bin sorted by id', async () => {
    const { store } = await filledStore();
    expect(await store.backup('2026-12-05T09:00:00.000Z')).toMatchObject({
      format: 'needs-offers-backup',
      formatVersion: 1,
      exportedAt: '2026-12-05T09:00:00.000Z',
      revisions: [
        { importedAt: BACKED_UP_AT, response: responseFile(A, 1) }, { importedAt: T1, response: responseFile(A, 2) },
        { importedAt: T1, response: responseFile(B, 1) },
        { importedAt: T1, response: responseFile(C, 1) }, { importedAt: T2, response: responseFile(C, 2) },
      ],
      bin: [{ responseId: B, deletedAt: '2026-12-04T09:00:00.000Z' }, { responseId: C, deletedAt: '2026-12-03T09:00:00.000Z' }],
    });
  });

  it('restores into a fresh database as the same rows and revisions (round trip through the file)', async () => {
    const { db, store } = await filledStore();
    const parsed = parseImportText('x.needs-offers-backup.json', JSON.stringify(await store.backup('2026-12-05T09:00:00.000Z')));
    if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
    const restored = freshStore();
    const outcome = await restored.store.importResponses(parsed.revisions, '2027-01-01T00:00:00.000Z', parsed.bin);
    expect(outcome).toMatchObject({ added: 3, updated: 2, history: 0, duplicate: 0, binned: 2 });
    expect(await snapshot(restored.db)).toEqual(await snapshot(db));
  });

  it('restoring the backup into the database it came from changes nothing', async () => {
    const { db, store } = await filledStore();
    await store.restoreFromBin(B);
    const before = await snapshot(db);
    const backup = await store.backup('2026-12-05T09:00:00.000Z');
    const outcome = await store.importResponses(backup.revisions, '2027-01-01T00:00:00.000Z', [{ responseId: B, deletedAt: T2 }]);
    expect(outcome).toMatchObject({ added: 0, updated: 0, history: 0, duplicate: 5, binned: 0 });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('settings', () => {
  it('setSetting/setting round trip; an unknown key is undefined', async () => {
    const { store } = freshStore();
    await store.setSetting('coordinatorEmail', 'a@example.org');
    await store.setSetting('coordinatorEmail', 'b@example.org');
    expect([await store.setting('coordinatorEmail'), await store.setting('nothing')]).toEqual(['b@example.org', undefined]);
  });
});

describe('databaseProblemOf', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  it.each<[string, unknown, DatabaseProblem]>([
    ['a QuotaExceededError', quota(), 'full'],
    ['a QuotaExceededError inside Dexie\'s AbortError', new Dexie.AbortError('Transaction aborted', quota()), 'full'],
    ['a QuotaExceededError two levels down', new Dexie.OpenFailedError('open failed', new Dexie.AbortError('aborted', quota())), 'full'],
    ['a VersionError', new DOMException('lower version', 'VersionError'), 'outdated'],
    ['a VersionError inside Dexie\'s OpenFailedError', new Dexie.OpenFailedError('open failed', new DOMException('lower version', 'VersionError')), 'outdated'],
    ['Dexie\'s own VersionError', new Dexie.VersionError('version'), 'outdated'],
    ['a closed database', new Dexie.DatabaseClosedError('closed'), 'unavailable'],
    ['an UnknownError', new DOMException('disk', 'UnknownError'), 'unavailable'],
    ['a plain Error', new Error('boom'), 'unavailable'],
    ['something that is not an Error', 'QuotaExceededError', 'unavailable'],
    ['undefined', undefined, 'unavailable'],
  ])('%s → %s', (_, error, problem) => {
    expect(databaseProblemOf(error)).toBe(problem);
  });
});
