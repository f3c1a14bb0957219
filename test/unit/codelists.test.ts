// surveys/codelists.json and regions.json hold exactly the codes of taxonomy.md / questionnaire.md, with groups, classes and letters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import codelists from '../../surveys/codelists.json';
import regions from '../../surveys/regions.json';
import { CODE_LIST_NAMES, codesOf, countryCodes, countryName, isCode, isCountry, orgClassOf, regionOf, sharedCode } from '../../src/domain/codes';
import { isRecord } from '../../src/domain/result';
import { SPEC_CODE_LISTS, SPEC_MIN_LANGUAGES, SPEC_ORG_TYPES, SPEC_RESETTLEMENT_STATUS, SPEC_THEMES } from './specCodes';

const file: unknown = codelists;
const lists = isRecord(file) && isRecord(file['lists']) ? file['lists'] : {};

function itemsOf(name: string): Record<string, unknown>[] {
  const list = lists[name];
  expect(Array.isArray(list), name).toBe(true);
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

const fieldOf = (name: string, field: string) => itemsOf(name).map((item) => [item['code'], item[field] ?? null]);

describe('codelists.json', () => {
  it('holds exactly the lists the code knows', () => {
    expect(Object.keys(lists).sort()).toEqual([...CODE_LIST_NAMES].sort());
  });

  it.each(SPEC_CODE_LISTS)('%s has exactly the spec codes, in order', (name, codes) => {
    expect(itemsOf(name).map((item) => item['code'])).toEqual(codes);
  });

  it('puts every theme in its spec group', () => {
    expect(fieldOf('theme', 'group')).toEqual(SPEC_THEMES);
  });

  it('gives every org type its spec class', () => {
    expect(fieldOf('org_type', 'class')).toEqual(SPEC_ORG_TYPES);
    expect(SPEC_ORG_TYPES.map(([code]) => orgClassOf(code))).toEqual(SPEC_ORG_TYPES.map(([, cls]) => cls));
  });

  it('gives every resettlement status its register letter', () => {
    expect(fieldOf('resettlement_status', 'letter')).toEqual(SPEC_RESETTLEMENT_STATUS);
  });

  it('gives every resettlement status a one-line description', () => {
    for (const item of itemsOf('resettlement_status')) expect(isRecord(item['description']), String(item['code'])).toBe(true);
  });

  it('offers at least the spec languages, ISO 639-1 codes, with other last', () => {
    const codes = itemsOf('language').map((item) => item['code']);
    expect(codes).toEqual(expect.arrayContaining(SPEC_MIN_LANGUAGES));
    expect(codes.at(-1)).toBe('other');
    for (const code of codes.slice(0, -1)) expect(code).toMatch(/^[a-z]{2}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(Object.keys(lists))('%s has no duplicate codes', (name) => {
    const codes = itemsOf(name).map((item) => item['code']);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is what codes.ts reads', () => {
    expect(codesOf('modality')).toEqual(SPEC_CODE_LISTS.find(([name]) => name === 'modality')?.[1]);
    expect([isCode('theme', 'housing'), isCode('theme', 'hosing'), isCode('modality', 'housing')]).toEqual([true, false, false]);
  });

  // What sharedCode gives is a string of equal value (its point is which copy: only a benchmark sees that), so this
  // checks the one thing that could go wrong: that it never changes a value, code or not.
  it('sharedCode never changes a value', () => {
    for (const name of CODE_LIST_NAMES) for (const code of codesOf(name)) expect(sharedCode(name, [...code].join(''))).toBe(code);
    fc.assert(fc.property(fc.constantFrom(...CODE_LIST_NAMES), fc.string(), (name, value) => sharedCode(name, value) === value));
  });
});

describe('regions.json', () => {
  const table: unknown = regions;
  const entries = isRecord(table) ? Object.entries(table) : [];

  it('maps ISO alpha-2 codes to the five region codes only', () => {
    expect(entries.length).toBeGreaterThan(200);
    for (const [code, region] of entries) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(['africa', 'americas', 'asia', 'europe', 'oceania']).toContain(region);
    }
  });

  it.each([['CA', 'americas'], ['CZ', 'europe'], ['BR', 'americas'], ['KE', 'africa'], ['JP', 'asia'], ['AU', 'oceania'], ['SE', 'europe']])(
    '%s is in %s', (country, region) => {
      expect(isCountry(country)).toBe(true);
      expect(regionOf(country)).toBe(region);
    });

  // Portuguese as the questionnaire writes it (European): plain "pt" gave Irã, Quênia, Polônia.
  it.each([['IR', 'pt', 'Irão'], ['KE', 'pt', 'Quénia'], ['PL', 'pt', 'Polónia'], ['IR', 'en', 'Iran'], ['KE', 'fr', 'Kenya'], ['PL', 'es', 'Polonia']] as const)(
    '%s in %s is %s', (code, language, name) => {
      expect(countryName(code, language)).toBe(name);
    });

  it('knows no made-up country and lists countries sorted', () => {
    expect([isCountry('XX'), isCountry('ca'), isCountry('')]).toEqual([false, false, false]);
    const codes = countryCodes();
    expect(codes).toEqual([...codes].sort());
    expect(codes).toHaveLength(entries.length);
  });
});
