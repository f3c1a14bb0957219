// The respondent's store (src/db/respondentStore.ts) on fake-indexeddb and in memory: drafts, pages, submissions, forgetting, fallback.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftRecord } from '../../src/db/respondentDb';
import { MemoryRespondentStore, openRespondentStore, storageProblemOf, type RespondentStore } from '../../src/db/respondentStore';
import { buildResponseFile, type ResponseFile } from '../../src/domain/responseFile';
import { validAnswers } from './fixtures';

let dbCount = 0;
const uniqueName = () => `needs-offers-test-${++dbCount}-${Date.now()}`;

const RESPONSE_ID = '0b7c4f5e-2f7a-4d3e-9a51-6a1f0f0c2b11';

function draft(revision = 1): DraftRecord {
  return {
    draftId: 'current', responseId: RESPONSE_ID, revision, startedAt: '2026-11-20T09:12:03.000Z', language: 'fr', data: validAnswers(),
    updatedAt: '2026-11-20T09:30:00.000Z',
  };
}

/** A revision of the fixture; each revision says something new (its organisation name), unless `data` is given. */
function file(revision: number, submittedAt: string, responseId = RESPONSE_ID, data: Record<string, unknown> = { ...validAnswers(), org_name: `Organisation, revision ${revision}` }): ResponseFile {
  return buildResponseFile({ responseId, revision, round: '2026-Q4', language: 'fr', startedAt: '2026-11-20T09:12:03.000Z', submittedAt }, data);
}

async function indexedDbStore(name = uniqueName()): Promise<RespondentStore> {
  const opened = await openRespondentStore(name);
  expect(opened.problem).toBeNull();
  return opened.store;
}

describe.each<[string, () => Promise<RespondentStore>]>([
  ['IndexedDB', () => indexedDbStore()],
  ['memory', async () => new MemoryRespondentStore()],
])('%s store', (_, open) => {
  it('starts empty', async () => {
    const store = await open();
    expect([await store.loadDraft(), await store.loadPage(), await store.latestSubmission()]).toEqual([undefined, undefined, undefined]);
  });

  it('saveDraft/loadDraft round trip, the latest save winning', async () => {
    const store = await open();
    await store.saveDraft(draft());
    await store.saveDraft({ ...draft(), data: { org_name: 'Changed' } });
    expect(await store.loadDraft()).toEqual({ ...draft(), data: { org_name: 'Changed' } });
  });

  it('savePage/loadPage round trip', async () => {
    const store = await open();
    await store.savePage('offers');
    await store.savePage('funding');
    expect(await store.loadPage()).toBe('funding');
  });

  it('recordSubmission stores the file and removes draft and page in one go', async () => {
    const store = await open();
    await store.saveDraft(draft());
    await store.savePage('evaluation');
    const submitted = file(1, '2026-11-21T15:40:55.000Z');
    await store.recordSubmission(submitted);
    expect(await store.latestSubmission()).toEqual({ responseId: RESPONSE_ID, revision: 1, submittedAt: submitted.submittedAt, file: submitted });
    expect([await store.loadDraft(), await store.loadPage()]).toEqual([undefined, undefined]);
  });

  it('recordSubmission makes no new revision when nothing changed, and hands back the previous one', async () => {
    const store = await open();
    const first = file(1, '2026-11-21T10:00:00.000Z', RESPONSE_ID, validAnswers());
    expect(await store.recordSubmission(first)).toEqual({ file: first, unchanged: false });
    await store.saveDraft(draft(2));
    await store.savePage('(review)');
    // The same answers, their keys in another order: nothing new.
    const again = file(2, '2026-11-22T10:00:00.000Z', RESPONSE_ID, Object.fromEntries(Object.entries(validAnswers()).reverse()));
    expect(await store.recordSubmission(again)).toEqual({ file: first, unchanged: true });
    expect(await store.latestSubmission()).toEqual({ responseId: RESPONSE_ID, revision: 1, submittedAt: first.submittedAt, file: first });
    // The draft of the revision is gone all the same: the respondent finished.
    expect([await store.loadDraft(), await store.loadPage()]).toEqual([undefined, undefined]);
    // One answer changed: a new revision.
    const changed = file(2, '2026-11-22T11:00:00.000Z', RESPONSE_ID, { ...validAnswers(), mechanism_needed: 1 });
    expect(await store.recordSubmission(changed)).toEqual({ file: changed, unchanged: false });
    expect((await store.latestSubmission())?.revision).toBe(2);
  });

  it('latestSubmission is the newest submission, then the highest revision', async () => {
    const store = await open();
    await store.recordSubmission(file(1, '2026-11-21T10:00:00.000Z'));
    await store.recordSubmission(file(3, '2026-11-23T10:00:00.000Z'));
    await store.recordSubmission(file(2, '2026-11-22T10:00:00.000Z'));
    expect((await store.latestSubmission())?.revision).toBe(3);
    await store.recordSubmission(file(4, '2026-11-23T10:00:00.000Z'));
    expect((await store.latestSubmission())?.revision).toBe(4);
  });

  it('keeps every revision: resubmitting the same revision replaces it', async () => {
    const store = await open();
    await store.recordSubmission(file(1, '2026-11-21T10:00:00.000Z'));
    await store.recordSubmission(file(1, '2026-11-21T11:00:00.000Z'));
    expect((await store.latestSubmission())?.submittedAt).toBe('2026-11-21T11:00:00.000Z');
  });

  it('discardDraft removes draft and page but keeps submissions', async () => {
    const store = await open();
    await store.recordSubmission(file(1, '2026-11-21T10:00:00.000Z'));
    await store.saveDraft(draft(2));
    await store.savePage('needs');
    await store.discardDraft();
    expect([await store.loadDraft(), await store.loadPage(), (await store.latestSubmission())?.revision]).toEqual([undefined, undefined, 1]);
  });

  it('forgetEverything removes drafts, pages and submissions', async () => {
    const store = await open();
    await store.recordSubmission(file(1, '2026-11-21T10:00:00.000Z'));
    await store.saveDraft(draft(2));
    await store.savePage('needs');
    await store.forgetEverything();
    expect([await store.loadDraft(), await store.loadPage(), await store.latestSubmission()]).toEqual([undefined, undefined, undefined]);
  });
});

describe('openRespondentStore', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('is persistent: a second opening of the same database sees the draft and page', async () => {
    const name = uniqueName();
    const first = await openRespondentStore(name);
    expect(first.store.persistent).toBe(true);
    await first.store.saveDraft(draft());
    await first.store.savePage('offers');
    const second = await indexedDbStore(name);
    expect([await second.loadDraft(), await second.loadPage()]).toEqual([draft(), 'offers']);
  });

  it('keeps databases apart by name', async () => {
    const one = await indexedDbStore();
    await one.saveDraft(draft());
    expect(await (await indexedDbStore()).loadDraft()).toBeUndefined();
  });

  it('keeps the draft when storing the submission fails (one transaction)', async () => {
    const store = await indexedDbStore();
    await store.saveDraft(draft());
    await store.savePage('evaluation');
    await expect(store.recordSubmission({ ...file(1, '2026-11-21T10:00:00.000Z'), revision: Number.NaN })).rejects.toThrow();
    expect([await store.loadDraft(), await store.loadPage()]).toEqual([draft(), 'evaluation']);
  });

  it("falls back to memory with problem 'unavailable' when indexedDB.open throws", async () => {
    expect(globalThis.indexedDB).toBeDefined();
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => { throw new DOMException('refused', 'SecurityError'); });
    const opened = await openRespondentStore(uniqueName());
    expect(opened.problem).toBe('unavailable');
    expect(opened.store).toBeInstanceOf(MemoryRespondentStore);
    expect(opened.store.persistent).toBe(false);
    await opened.store.saveDraft(draft());
    expect(await opened.store.loadDraft()).toEqual(draft());
  });

  it('works again once indexedDB is restored', async () => {
    expect((await openRespondentStore(uniqueName())).problem).toBeNull();
  });
});

describe('storageProblemOf', () => {
  const withInner = (inner: Error) => Object.assign(new Error('outer'), { name: 'AbortError', inner });

  it.each<[string, unknown, string]>([
    ['a quota error', new DOMException('full', 'QuotaExceededError'), 'full'],
    ['a Dexie error wrapping a quota error', withInner(new DOMException('full', 'QuotaExceededError')), 'full'],
    ['a security error', new DOMException('refused', 'SecurityError'), 'unavailable'],
    ['a plain error', new Error('boom'), 'unavailable'],
    ['not an error', 'boom', 'unavailable'],
  ])('%s → %s', (_, error, expected) => {
    expect(storageProblemOf(error)).toBe(expected);
  });
});
