// A match is withdrawn when its need or offer is gone from the latest revision (matching.md "Follow-up"),
// through the coordinator's store on fake-indexeddb.
import { describe, expect, it } from 'vitest';
import type { CoordinatorStore } from '../../src/db/coordinatorStore';
import { changeStatus, newFollowUp, type FollowUp } from '../../src/domain/followUp';
import { responseFile } from '../support/responseFiles';
import { freshStore, fromFiles, uuid } from './coordinatorFixtures';

const A = uuid(1);
const B = uuid(2);
const C = uuid(3);
const T1 = '2026-12-01T09:00:00.000Z';
const T2 = '2026-12-02T09:00:00.000Z';
const T3 = '2026-12-03T09:00:00.000Z';
const T4 = '2026-12-04T09:00:00.000Z';

const needEntry = (id: string) => ({ id, theme: 'housing', title: `Need ${id}`, modalities: ['study_visit'], priority: 'high', funding: 'self_funded' });
const offerEntry = (id: string) => ({ id, theme: 'housing', title: `Offer ${id}`, modalities: ['study_visit'], cost: 'cost_shared' });

/** A: two needs (need-1, need-2) in revision 1; later revisions keep only `needs`. */
const responseA = (revision: number, needs = ['need-1', 'need-2']) => responseFile(A, revision, {
  org_name: 'Caritas Česko', country: 'CZ', needs: needs.map(needEntry), has_offers: false, offers: [],
});
/** B: one offer (offer-b) in revision 1. */
const responseB = (revision: number, offers = ['offer-b']) => responseFile(B, revision, {
  org_name: 'Refugee Council', country: 'CA', has_needs: false, needs: [], offers: offers.map(offerEntry),
});
/** C: an unrelated need. */
const responseC = () => responseFile(C, 1, { org_name: 'Migrationsverket', country: 'SE', needs: [needEntry('need-c')], has_offers: false, offers: [] });

const pair = (needId: string, needResponseId: string, offerId = 'offer-b', offerResponseId = B) => ({ needId, offerId, needResponseId, offerResponseId, manual: false });

async function followUp(store: CoordinatorStore, needId: string, offerId = 'offer-b'): Promise<FollowUp> {
  const found = (await store.followUps()).find((item) => item.needId === needId && item.offerId === offerId);
  if (!found) throw new Error(`no follow-up for ${needId} × ${offerId}`);
  return found;
}

/** A store holding A, B and C at revision 1, and follow-ups for need-1 × offer-b (introduced), need-2 × offer-b and need-c × offer-b. */
async function setUp() {
  const { store } = freshStore();
  await store.importResponses(fromFiles(responseA(1), responseB(1), responseC()), T1);
  const introduced = changeStatus(newFollowUp(pair('need-1', A), T1), 'introduced', T1, 'Mail sent');
  if (!introduced.ok) throw new Error('could not introduce');
  await store.saveFollowUp(introduced.value);
  await store.saveFollowUp(newFollowUp(pair('need-2', A), T1));
  await store.saveFollowUp(newFollowUp(pair('need-c', C), T1));
  return store;
}

describe('withdrawn matches', () => {
  it('a need gone from the latest revision withdraws its match, with a history entry', async () => {
    const store = await setUp();
    const before = await followUp(store, 'need-1');
    const outcome = await store.importResponses(fromFiles(responseA(2, ['need-2'])), T2);
    expect(outcome).toMatchObject({ updated: 1, withdrawn: 1 });
    const after = await followUp(store, 'need-1');
    expect(after.status).toBe('withdrawn');
    expect(after.history).toEqual([...before.history, { status: 'withdrawn', at: T2, note: expect.stringMatching(/need/i) }]);
  });

  it('leaves unrelated follow-ups alone', async () => {
    const store = await setUp();
    const need2 = await followUp(store, 'need-2');
    const needC = await followUp(store, 'need-c');
    await store.importResponses(fromFiles(responseA(2, ['need-2'])), T2);
    expect(await followUp(store, 'need-2')).toEqual(need2);
    expect(await followUp(store, 'need-c')).toEqual(needC);
  });

  it('does not withdraw again when the same revision, or a later one still without the need, is imported', async () => {
    const store = await setUp();
    await store.importResponses(fromFiles(responseA(2, ['need-2'])), T2);
    const withdrawn = await followUp(store, 'need-1');
    expect(await store.importResponses(fromFiles(responseA(2, ['need-2'])), T3)).toMatchObject({ duplicate: 1, withdrawn: 0 });
    expect(await store.importResponses(fromFiles(responseA(3, ['need-2'])), T4)).toMatchObject({ updated: 1, withdrawn: 0 });
    expect(await store.importResponses(fromFiles(responseA(1)), T4)).toMatchObject({ duplicate: 1, withdrawn: 0 });
    expect(await followUp(store, 'need-1')).toEqual(withdrawn);
    expect(withdrawn.history.filter((change) => change.status === 'withdrawn')).toHaveLength(1);
  });

  it('a new revision that keeps the need withdraws nothing', async () => {
    const store = await setUp();
    expect(await store.importResponses(fromFiles(responseA(2, ['need-2', 'need-1'])), T2)).toMatchObject({ updated: 1, withdrawn: 0 });
    expect((await followUp(store, 'need-1')).status).toBe('introduced');
  });

  it('an offer gone from the latest revision withdraws every match it was in, and counts each', async () => {
    const store = await setUp();
    const outcome = await store.importResponses(fromFiles(responseB(2, ['offer-new'])), T2);
    expect(outcome).toMatchObject({ updated: 1, withdrawn: 3 });
    for (const needId of ['need-1', 'need-2', 'need-c']) {
      const item = await followUp(store, needId);
      expect(item.status).toBe('withdrawn');
      expect(item.history.at(-1)).toEqual({ status: 'withdrawn', at: T2, note: expect.stringMatching(/offer/i) });
    }
  });

  it('counts several withdrawals in one import', async () => {
    const store = await setUp();
    const outcome = await store.importResponses(fromFiles(responseA(2, []), responseC()), T2);
    // need-1 and need-2 vanish; C's revision 1 again is a duplicate.
    expect(outcome).toMatchObject({ updated: 1, duplicate: 1, withdrawn: 2 });
    expect((await store.followUps()).map((item) => [item.needId, item.status]).sort()).toEqual([
      ['need-1', 'withdrawn'], ['need-2', 'withdrawn'], ['need-c', 'suggested'],
    ]);
  });
});
