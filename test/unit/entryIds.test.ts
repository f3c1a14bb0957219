// Stable entry ids (src/domain/entryIds.ts): given once, kept through removals, reordering and revisions; entryCounts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryCounts, withEntryIds } from '../../src/domain/entryIds';
import { entriesOf, idSource, validAnswers } from './fixtures';

const idsOf = (data: Record<string, unknown>, list: string) => entriesOf(data, list).map((entry) => entry['id']);

describe('withEntryIds', () => {
  it.each(['needs', 'offers', 'funding_sources', 'past_twinning'])('gives ids to %s entries without one', (list) => {
    const data = { [list]: [{ title: 'a' }, { title: 'b' }] };
    expect(withEntryIds(data, idSource())).toEqual({ [list]: [{ title: 'a', id: 'id-1' }, { title: 'b', id: 'id-2' }] });
  });

  it('keeps existing ids and only fills the missing or empty ones', () => {
    const data = { needs: [{ id: 'n-7', title: 'a' }, { title: 'b' }, { id: '', title: 'c' }], offers: [{ id: 'o-1' }] };
    const next = withEntryIds(data, idSource());
    expect(idsOf(next, 'needs')).toEqual(['n-7', 'id-1', 'id-2']);
    expect(idsOf(next, 'offers')).toEqual(['o-1']);
  });

  it('keeps ids when an entry is removed', () => {
    const first = withEntryIds({ needs: [{ title: 'a' }, { title: 'b' }, { title: 'c' }] }, idSource());
    const removed = { needs: entriesOf(first, 'needs').filter((entry) => entry['title'] !== 'a') };
    expect(idsOf(withEntryIds(removed, idSource('new')), 'needs')).toEqual(['id-2', 'id-3']);
  });

  it('keeps ids when entries are reordered', () => {
    const first = withEntryIds({ offers: [{ title: 'a' }, { title: 'b' }] }, idSource());
    const reordered = { offers: [...entriesOf(first, 'offers')].reverse() };
    expect(entriesOf(withEntryIds(reordered, idSource('new')), 'offers')).toEqual([{ title: 'b', id: 'id-2' }, { title: 'a', id: 'id-1' }]);
  });

  it('keeps ids through a revision (a copy of the submitted data)', () => {
    const submitted = withEntryIds(validAnswers(), idSource());
    const revision = structuredClone(submitted);
    const next = withEntryIds(revision, idSource('new'));
    expect(next).toBe(revision);
    expect(idsOf(next, 'needs')).toEqual(['need-1', 'need-2']);
  });

  it('gives a fresh id to the later of two entries sharing one (a copied panel)', () => {
    const data = { needs: [{ id: 'n-1', title: 'a' }, { id: 'n-1', title: 'copy of a' }, { id: 'n-2' }] };
    expect(idsOf(withEntryIds(data, idSource()), 'needs')).toEqual(['n-1', 'id-1', 'n-2']);
  });

  it('returns the same object when nothing changes', () => {
    const data = validAnswers();
    expect(withEntryIds(data, idSource())).toBe(data);
    const empty = {};
    expect(withEntryIds(empty, idSource())).toBe(empty);
  });

  it('does not change its input', () => {
    const data = { needs: [{ title: 'a' }] };
    withEntryIds(data, idSource());
    expect(data).toEqual({ needs: [{ title: 'a' }] });
  });

  it('leaves other answers and non-entry values alone', () => {
    const data = { org_name: 'X', needs: 'not a list', offers: [null, 'text', { title: 'a' }] };
    expect(withEntryIds(data, idSource())).toEqual({ org_name: 'X', needs: 'not a list', offers: [null, 'text', { title: 'a', id: 'id-1' }] });
  });

  type Op = { kind: 'add' } | { kind: 'remove'; at: number } | { kind: 'move'; from: number; to: number } | { kind: 'copy'; at: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.constant<Op>({ kind: 'add' }),
    fc.nat(30).map((at): Op => ({ kind: 'remove', at })),
    fc.tuple(fc.nat(30), fc.nat(30)).map(([from, to]): Op => ({ kind: 'move', from, to })),
    fc.nat(30).map((at): Op => ({ kind: 'copy', at })),
  );

  it('keeps every surviving entry on the id it got when added, and all ids unique (property)', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 40 }), fc.constantFrom('needs', 'offers', 'funding_sources', 'past_twinning'), (ops, list) => {
      const newId = idSource();
      let data: Record<string, unknown> = { [list]: [] };
      const idOfTag = new Map<number, unknown>();
      let tag = 0;
      for (const step of ops) {
        const entries = [...entriesOf(data, list)];
        const n = entries.length;
        if (step.kind === 'add') entries.push({ tag: ++tag });
        if (step.kind === 'remove' && n > 0) entries.splice(step.at % n, 1);
        if (step.kind === 'move' && n > 0) entries.splice(step.to % n, 0, ...entries.splice(step.from % n, 1));
        if (step.kind === 'copy' && n > 0) {
          const original = entries[step.at % n];
          entries.splice((step.at % n) + 1, 0, { ...original, tag: ++tag });
        }
        data = withEntryIds({ ...data, [list]: entries }, newId);
        for (const entry of entriesOf(data, list)) {
          const entryTag = Number(entry['tag']);
          if (!idOfTag.has(entryTag)) idOfTag.set(entryTag, entry['id']);
          expect(entry['id']).toBe(idOfTag.get(entryTag));
        }
        const ids = idsOf(data, list);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.every((id) => typeof id === 'string' && id !== '')).toBe(true);
      }
    }));
  });
});

describe('entryCounts', () => {
  it.each<[string, Record<string, unknown>, { needs: number; offers: number; fundingSources: number }]>([
    ['the fixture', validAnswers(), { needs: 2, offers: 1, fundingSources: 1 }],
    ['no lists', {}, { needs: 0, offers: 0, fundingSources: 0 }],
    ['empty lists', { needs: [], offers: [], funding_sources: [] }, { needs: 0, offers: 0, fundingSources: 0 }],
    ['a non-list', { needs: 'three', offers: [{}, {}, {}], funding_sources: [{}] }, { needs: 0, offers: 3, fundingSources: 1 }],
  ])('%s', (_, data, expected) => {
    expect(entryCounts(data)).toEqual(expected);
  });
});
