// searchWords and holdsWords (src/domain/wordSearch.ts): the questionnaire's list searches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsWords, searchWords } from '../../src/domain/wordSearch';

describe('searchWords', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['   ', []],
    ['Formation', ['formation']],
    ['  Formation   du\tPersonnel ', ['formation', 'du', 'personnel']],
    ['Côte d’Ivoire', ['cote', 'd’ivoire']],
    ['ÉDUCATION', ['education']],
  ])('%j → %j', (typed, words) => {
    expect(searchWords(typed)).toEqual(words);
  });
});

describe('holdsWords', () => {
  it.each<[string, string, boolean]>([
    ['Formation du personnel et ateliers', 'formation personnel', true],
    ['Formation du personnel et ateliers', 'personnel formation', true],
    ['Formation du personnel et ateliers', 'format', true],
    ['Formation du personnel et ateliers', 'formation logement', false],
    ['Éducation et formation linguistique', 'education linguistique', true],
    ['Educação e formação linguística', 'educacao linguistica', true],
    ['Vivienda', 'VIVIENDA', true],
    ['Vivienda', '', true],
    ['', 'a', false],
  ])('%j holds %j: %s', (text, typed, expected) => {
    expect(holdsWords(text, searchWords(typed))).toBe(expected);
  });

  it('finds any text by its own words, in any order', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 5 }), (words) => {
      const text = words.join(' ');
      expect(holdsWords(text, searchWords([...words].reverse().join(' ')))).toBe(true);
    }));
  });

  it('finds what the typed text as one piece finds', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), (before, typed, after) => {
      expect(holdsWords(`${before}${typed}${after}`, searchWords(typed))).toBe(true);
    }));
  });
});
