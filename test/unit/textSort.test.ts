// sortByText (src/domain/textSort.ts) puts records in exactly the order one sort by the same comparator gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByText } from '../../src/domain/textSort';

interface Item { key: string; tie: number }

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const byKeyThenTie = (a: Item, b: Item) => compareText(a.key, b.key) || a.tie - b.tie;
const keyOf = (item: Item) => item.key;

/**
 * Where `sorted` first differs from one sort of `items` by the comparator, or -1. An index rather than toEqual: a
 * failure's diff of hundreds of items, or fast-check shrinking one, takes minutes.
 */
function firstDifference(items: readonly Item[], sorted: readonly Item[]): number {
  const expected = [...items].sort(byKeyThenTie);
  return expected.findIndex((item, index) => item !== sorted[index]);
}

/** Enough items that the buckets are used (shorter lists are sorted whole). */
function many(keys: readonly string[]): Item[] {
  // Ties of key and tie alike, so that the order depends on the sort being stable as one sort is.
  return Array.from({ length: 600 }, (_, index) => ({ key: keys[index % keys.length] ?? '', tie: index % 3 }));
}

describe('sortByText', () => {
  it.each([
    ['empty keys and keys of one code unit before the longer ones that start with them', ['ab', '', 'a', 'a\u0000', 'b', 'aa', '\u0000']],
    ['code-unit order, not the locale\'s: capitals before small letters, é after z', ['z', 'é', 'Z', 'a', 'A', 'e']],
    ['surrogate pairs and the highest code units', ['\uffff', '🙂', '\ud83d', 'x🙂', '\ud800\udc00', '\uffffa']],
    ['UUIDs sharing their first characters', ['3f2a9c1e-0000-4000-8000-000000000001', '3f2a9c1e-0000-4000-8000-000000000000', '3f29', '3f', '3']],
  ])('gives one sort\'s order: %s', (_, keys) => {
    const items = many(keys);
    expect(firstDifference(items, sortByText([...items], keyOf, byKeyThenTie))).toBe(-1);
  });

  it('sorts in place and returns the same array', () => {
    const items = many(['b', 'a', 'c']);
    expect(sortByText(items, keyOf, byKeyThenTie)).toBe(items);
    expect(items.map(keyOf).slice(0, 3)).toEqual(['a', 'a', 'a']);
  });

  it('gives one sort\'s order for any keys, short lists and long', () => {
    const item = fc.record({ key: fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.uuid(), fc.constantFrom('', 'a', 'ab')), tie: fc.integer({ min: 0, max: 2 }) });
    const sameOrder = (items: Item[]) => firstDifference(items, sortByText([...items], keyOf, byKeyThenTie)) === -1;
    // No shrinking: shrinking a failing list of 2,000 items one item at a time takes minutes.
    fc.assert(fc.property(fc.array(item, { maxLength: 2000, size: 'max' }), sameOrder), { numRuns: 60, endOnFailure: true });
  });
});
