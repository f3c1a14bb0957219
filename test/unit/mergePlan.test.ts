// The merge rules of formats.md (src/domain/mergePlan.ts): added, updated, history and duplicate, across and within batches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOutcomes, planMerge, type MergeOutcome } from '../../src/domain/mergePlan';
import type { ResponseFile } from '../../src/domain/responseFile';
import { responseFile } from '../support/responseFiles';
import { uuid } from './coordinatorFixtures';

const A = uuid(1);
const B = uuid(2);
const C = uuid(3);

type Key = [id: string, revision: number];

const stored = (held: Record<string, number[]>) => new Map(Object.entries(held).map(([id, revisions]) => [id, new Set(revisions)]));
const files = (keys: readonly Key[]) => keys.map(([id, revision]) => responseFile(id, revision));
const keyOf = (response: ResponseFile): Key => [response.responseId, response.revision];

describe('planMerge', () => {
  it.each<[string, Record<string, number[]>, Key[], MergeOutcome[]]>([
    ['a new id is added', {}, [[A, 1]], ['added']],
    ['a new id at revision 3 is added', { [B]: [1] }, [[A, 3]], ['added']],
    ['the same id and revision is a duplicate', { [A]: [2] }, [[A, 2]], ['duplicate']],
    ['a higher revision updates', { [A]: [1] }, [[A, 2]], ['updated']],
    ['a higher revision than every stored one updates', { [A]: [1, 3] }, [[A, 4]], ['updated']],
    ['a lower revision is history', { [A]: [2] }, [[A, 1]], ['history']],
    ['a revision between stored ones is history', { [A]: [1, 3] }, [[A, 2]], ['history']],
    ['rev 1 then rev 2 of a new id in one batch: added, updated', {}, [[A, 1], [A, 2]], ['added', 'updated']],
    ['rev 2 then rev 1 of a new id in one batch: added, history', {}, [[A, 2], [A, 1]], ['added', 'history']],
    ['the same revision twice in one batch: added, duplicate', {}, [[A, 1], [A, 1]], ['added', 'duplicate']],
    ['a stored revision twice in one batch: duplicate, duplicate', { [A]: [1] }, [[A, 1], [A, 1]], ['duplicate', 'duplicate']],
    ['an update repeated in one batch: updated, duplicate', { [A]: [1] }, [[A, 2], [A, 2]], ['updated', 'duplicate']],
    ['ids are independent', { [A]: [1] }, [[B, 1], [A, 1], [C, 2], [A, 2]], ['added', 'duplicate', 'added', 'updated']],
  ])('%s', (_, held, incoming, outcomes) => {
    const plan = planMerge(stored(held), files(incoming));
    expect(plan.planned.map((item) => item.outcome)).toEqual(outcomes);
    expect(plan.planned.map((item) => keyOf(item.response))).toEqual(incoming);
  });

  it('lists touched ids once each, sorted, and never ids whose revisions were all duplicates', () => {
    const plan = planMerge(stored({ [B]: [1] }), files([[C, 1], [B, 1], [A, 2], [C, 2], [A, 1]]));
    expect(plan.touched).toEqual([A, C]);
  });

  it('stores everything but duplicates, in incoming order', () => {
    const plan = planMerge(stored({ [A]: [1] }), files([[A, 1], [B, 1], [A, 3], [B, 1], [A, 2]]));
    expect(plan.toStore.map(keyOf)).toEqual([[B, 1], [A, 3], [A, 2]]);
  });

  it('does not change the stored map it is given', () => {
    const held = stored({ [A]: [1] });
    planMerge(held, files([[A, 2], [B, 1]]));
    expect(held).toEqual(stored({ [A]: [1] }));
  });

  it('stores each revision not already held exactly once, and touches exactly their ids (property)', () => {
    const ids = [A, B, C];
    const key = fc.tuple(fc.constantFrom(...ids), fc.integer({ min: 1, max: 4 }));
    const held = fc.dictionary(fc.constantFrom(...ids), fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { minLength: 1 }));
    fc.assert(fc.property(held, fc.array(key, { maxLength: 12 }), (heldRevisions, incoming) => {
      const plan = planMerge(stored(heldRevisions), files(incoming));
      const isHeld = ([id, revision]: Key) => heldRevisions[id]?.includes(revision) ?? false;
      const expected = [...new Set(incoming.filter((k) => !isHeld(k)).map((k) => k.join('#')))];
      expect(plan.toStore.map((response) => keyOf(response).join('#'))).toEqual(expected);
      expect(plan.touched).toEqual([...new Set(plan.toStore.map((response) => response.responseId))].sort());
      // Exactly one revision per id is "added", and only for ids held nowhere before.
      const addedIds = plan.planned.filter((item) => item.outcome === 'added').map((item) => item.response.responseId);
      expect(addedIds).toEqual([...new Set(incoming.map(([id]) => id).filter((id) => heldRevisions[id] === undefined))]);
    }));
  });
});

describe('countOutcomes', () => {
  it.each<[string, Record<string, number[]>, Key[], Record<MergeOutcome, number>]>([
    ['nothing', {}, [], { added: 0, updated: 0, history: 0, duplicate: 0 }],
    ['one of each', { [A]: [2] }, [[B, 1], [A, 3], [A, 1], [A, 2]], { added: 1, updated: 1, history: 1, duplicate: 1 }],
    ['a file imported twice in one batch', {}, [[A, 1], [B, 1], [A, 1], [B, 1]], { added: 2, updated: 0, history: 0, duplicate: 2 }],
  ])('%s', (_, held, incoming, counts) => {
    expect(countOutcomes(planMerge(stored(held), files(incoming)).planned)).toEqual(counts);
  });
});
