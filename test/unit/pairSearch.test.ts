// searchPairs: the matches screen's search over either side's organisation, country and entry title.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePair } from '../../src/domain/matching';
import { searchPairs } from '../../src/domain/pairSearch';
import { need, offer } from './matchingBuilders';

const TODAY = '2026-11-22';
// Migrationsverket (SE) needs "Housing first"; Refugee Council (CA) offers "Study visit"; Caritas Brasileira (BR) offers "Língua portuguesa".
const pairs = [
  evaluatePair(need({ id: 'n1', title: 'Housing first' }), offer({ id: 'o1', title: 'Study visit' }), [], TODAY),
  evaluatePair(need({ id: 'n1', title: 'Housing first' }), offer({ id: 'o2', title: 'Língua portuguesa', org: { responseId: 'r-br', orgName: 'Cáritas Brasileira', country: 'BR' } }), [], TODAY),
];
const ids = (search: string) => searchPairs(pairs, search).map((pair) => pair.offer.id);

describe('searchPairs', () => {
  it.each<[string, string[]]>([
    ['', ['o1', 'o2']],
    ['   ', ['o1', 'o2']],
    ['migrations', ['o1', 'o2']],
    ['refugee council', ['o1']],
    ['caritas', ['o2']],
    ['CÁRITAS', ['o2']],
    ['lingua', ['o2']],
    ['study', ['o1']],
    ['BR', ['o2']],
    ['Brésil', ['o2']],
    ['Canada', ['o1']],
    ['Suède', ['o1', 'o2']],
    ['nowhere at all', []],
  ])('%j finds %j', (search, expected) => {
    expect(ids(search)).toEqual(expected);
  });

  it('keeps the order it is given and only ever drops pairs', () => {
    fc.assert(fc.property(fc.string({ maxLength: 6 }), (search) => {
      const found = searchPairs(pairs, search);
      expect(pairs.filter((pair) => found.includes(pair))).toEqual(found);
    }));
  });
});
