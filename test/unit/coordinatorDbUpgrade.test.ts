// Upgrades: a database made by schema version 1 (written with the raw IndexedDB API) opens in the latest version with every record kept.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoordinatorDb, type ResponseRow, type RevisionRecord, type SettingRecord } from '../../src/db/coordinatorDb';
import { CoordinatorStore, openCoordinatorStore } from '../../src/db/coordinatorStore';
import { RespondentDb, type DraftRecord, type DraftUiRecord, type SubmissionRecord } from '../../src/db/respondentDb';
import { openRespondentStore } from '../../src/db/respondentStore';
import { summarize } from '../../src/domain/responseSummary';
import { responseFile } from '../support/responseFiles';
import { fromFiles, uniqueDbName, uuid } from './coordinatorFixtures';

/** Dexie stores version n as IndexedDB version 10 × n. */
const DEXIE_VERSION_1 = 10;

interface RawStore {
  name: string;
  keyPath: string | string[];
  indexes: [name: string, keyPath: string][];
  records: object[];
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Creates the database exactly as schema version 1 left it, with the records in it, without Dexie. */
async function createRawDatabase(name: string, stores: readonly RawStore[]): Promise<void> {
  const opening = indexedDB.open(name, DEXIE_VERSION_1);
  opening.onupgradeneeded = () => {
    for (const store of stores) {
      const objectStore = opening.result.createObjectStore(store.name, { keyPath: store.keyPath });
      for (const [index, keyPath] of store.indexes) objectStore.createIndex(index, keyPath, { unique: false, multiEntry: false });
    }
  };
  const db = await settle(opening);
  const transaction = db.transaction(stores.map((store) => store.name), 'readwrite');
  for (const store of stores) for (const record of store.records) transaction.objectStore(store.name).put(record);
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

/** Dexie says so when the database on disk does not match the schema it declares for that version. */
function watchSchemaWarnings(): () => string[] {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => warn.mock.calls.map((call) => call.map(String).join(' ')).filter((text) => text.includes('Schema'));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('CoordinatorDb version 1 → latest', () => {
  const A = uuid(1);
  const B = uuid(2);
  const revisions: RevisionRecord[] = [
    { responseId: A, revision: 1, importedAt: '2026-11-20T08:00:00.000Z', response: responseFile(A, 1) },
    { responseId: A, revision: 2, importedAt: '2026-11-22T08:00:00.000Z', response: responseFile(A, 2, { org_name: 'Renamed', country: 'BR' }) },
    { responseId: B, revision: 1, importedAt: '2026-11-21T08:00:00.000Z', response: responseFile(B, 1, { org_type: 'ngo' }) },
  ];
  const rows: ResponseRow[] = [
    { ...summarize(responseFile(A, 2, { org_name: 'Renamed', country: 'BR' })), revisionCount: 2, deletedAt: null },
    { ...summarize(responseFile(B, 1, { org_type: 'ngo' })), revisionCount: 1, deletedAt: '2026-11-25T10:00:00.000Z' },
  ];
  const settings: SettingRecord[] = [{ key: 'coordinatorEmail', value: 'coordinator@example.org' }, { key: 'language', value: 'fr' }];

  async function version1(name: string): Promise<void> {
    await createRawDatabase(name, [
      { name: 'revisions', keyPath: ['responseId', 'revision'], indexes: [['responseId', 'responseId']], records: revisions },
      { name: 'responses', keyPath: 'responseId', indexes: [['deletedAt', 'deletedAt']], records: rows },
      { name: 'settings', keyPath: 'key', indexes: [], records: settings },
    ]);
  }

  it('opens in the latest version, every record readable through the store', async () => {
    const name = uniqueDbName('coordinator-v1');
    await version1(name);
    const schemaWarnings = watchSchemaWarnings();
    const opened = await openCoordinatorStore({ name });
    if (!opened.ok) throw new Error(`could not open: ${opened.problem}`);
    const { store } = opened;
    try {
      expect(schemaWarnings()).toEqual([]);
      expect(store.db.verno).toBe(new CoordinatorDb(uniqueDbName()).verno);
      expect(store.db.backendDB().version).toBe(store.db.verno * 10);
      expect((await store.rows()).sort((x, y) => x.responseId.localeCompare(y.responseId))).toEqual(rows);
      expect([await store.row(A), await store.row(B)]).toEqual(rows);
      expect(await store.revisionsOf(A)).toEqual(revisions.slice(0, 2));
      expect(await store.revisionsOf(B)).toEqual(revisions.slice(2));
      expect(await store.db.revisions.toArray()).toEqual(revisions);
      expect([await store.setting('coordinatorEmail'), await store.setting('language')]).toEqual(['coordinator@example.org', 'fr']);
      expect(await store.db.settings.toArray()).toEqual(settings);
      // The version 1 indexes still answer.
      expect(await store.db.responses.where('deletedAt').equals('2026-11-25T10:00:00.000Z').primaryKeys()).toEqual([B]);
    } finally {
      store.db.close();
    }
  });

  it('keeps working after the upgrade: a new revision, a backup, the bin', async () => {
    const name = uniqueDbName('coordinator-v1');
    await version1(name);
    const db = new CoordinatorDb(name);
    const store = new CoordinatorStore(db);
    try {
      expect(await store.importResponses(fromFiles(responseFile(A, 3), responseFile(A, 1)), '2026-12-01T08:00:00.000Z')).toMatchObject({ updated: 1, duplicate: 1 });
      expect(await store.row(A)).toMatchObject({ revision: 3, revisionCount: 3 });
      const backup = await store.backup('2026-12-02T08:00:00.000Z');
      expect(backup.revisions.map((record) => [record.response.responseId, record.response.revision, record.importedAt])).toEqual([
        [A, 1, '2026-11-20T08:00:00.000Z'], [A, 2, '2026-11-22T08:00:00.000Z'], [A, 3, '2026-12-01T08:00:00.000Z'], [B, 1, '2026-11-21T08:00:00.000Z'],
      ]);
      expect(backup.bin).toEqual([{ responseId: B, deletedAt: '2026-11-25T10:00:00.000Z' }]);
      expect(await store.emptyBin()).toBe(1);
      expect(await store.revisionsOf(B)).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('RespondentDb version 1 → latest', () => {
  const ID = uuid(7);
  const draft: DraftRecord = {
    draftId: 'current', responseId: ID, revision: 3, startedAt: '2026-11-20T09:12:03.000Z', language: 'pt',
    data: { org_name: 'Associação Lusa de Acolhimento', country: 'PT' }, updatedAt: '2026-11-24T10:00:00.000Z',
  };
  const draftUi: DraftUiRecord = { draftId: 'current', pageName: 'offers', updatedAt: '2026-11-24T10:00:01.000Z' };
  const submissions: SubmissionRecord[] = [1, 2].map((revision) => {
    const file = responseFile(ID, revision);
    return { responseId: ID, revision, submittedAt: file.submittedAt, file };
  });
  const settings: SettingRecord[] = [{ key: 'language', value: 'pt' }, { key: 'lastOpenedAt', value: '2026-11-24T09:59:00.000Z' }];

  it('opens in the latest version with the draft, its page, every submission and the settings', async () => {
    const name = uniqueDbName('respondent-v1');
    await createRawDatabase(name, [
      { name: 'drafts', keyPath: 'draftId', indexes: [], records: [draft] },
      { name: 'draftUi', keyPath: 'draftId', indexes: [], records: [draftUi] },
      { name: 'submissions', keyPath: ['responseId', 'revision'], indexes: [['responseId', 'responseId'], ['submittedAt', 'submittedAt']], records: submissions },
      { name: 'settings', keyPath: 'key', indexes: [], records: settings },
    ]);
    const schemaWarnings = watchSchemaWarnings();
    const opened = await openRespondentStore(name);
    expect(opened.problem).toBeNull();
    expect(schemaWarnings()).toEqual([]);
    expect(await opened.store.loadDraft()).toEqual(draft);
    expect(await opened.store.loadPage()).toBe('offers');
    expect(await opened.store.latestSubmission()).toEqual(submissions[1]);

    const db = new RespondentDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(new RespondentDb(uniqueDbName()).verno);
      expect(await db.submissions.toArray()).toEqual(submissions);
      expect(await db.submissions.where('submittedAt').equals(submissions[0]?.submittedAt ?? '').count()).toBe(1);
      expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'pt' });
      // Opening the store stamps lastOpenedAt; nothing else about the settings changes.
      expect((await db.settings.toArray()).map((setting) => setting.key)).toEqual(['language', 'lastOpenedAt']);
    } finally {
      db.close();
    }
  });
});
