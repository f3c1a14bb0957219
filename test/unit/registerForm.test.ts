// The register form's own checks (src/domain/registerForm.ts): two named partners with countries, years as a year or a span.
import { describe, expect, it } from 'vitest';
import type { RegisterEntry, RegisterPartner } from '../../src/domain/register';
import { registerFormProblems } from '../../src/domain/registerForm';

const partner = (organisation: string, country = 'NO'): RegisterPartner => ({ organisation, country, letter: '' });
const entry = (changes: Partial<RegisterEntry>): RegisterEntry => ({
  entryId: 'e1', years: '2026', partners: [partner('Ministry A', 'CZ'), partner('NGO B', 'NO')], activity: '', activityTypes: [], arrangement: '',
  outcome: '', lessons: '', contacts: '', matchNeedId: null, matchOfferId: null, createdAt: '2026-11-22T10:00:00.000Z', updatedAt: '2026-11-22T10:00:00.000Z', ...changes,
});

describe('registerFormProblems', () => {
  it.each<[string, Partial<RegisterEntry>, string[]]>([
    ['two partners with countries and a year', {}, []],
    ['a span of years', { years: '2025-2027' }, []],
    ['a span with an en dash and spaces', { years: '2025 – 2027' }, []],
    ['no years yet', { years: '' }, []],
    ['nothing at all', { years: '', partners: [] }, ['twoPartners']],
    ['one partner only', { partners: [partner('Only one')] }, ['twoPartners']],
    ['a second partner with no name', { partners: [partner('Ministry A'), partner('  ')] }, ['twoPartners']],
    ['a partner with no country', { partners: [partner('Ministry A'), partner('NGO B', '')] }, ['partnerCountry']],
    ['years backwards', { years: '2027-2025' }, ['yearsOrder']],
    ['years in words', { years: 'next spring' }, ['yearsFormat']],
    ['one partner, no country, years in words', { years: 'soon', partners: [partner('Only one', '')] }, ['twoPartners', 'partnerCountry', 'yearsFormat']],
  ])('%s → %j', (_, changes, codes) => {
    expect(registerFormProblems(entry(changes)).map((problem) => problem.code)).toEqual(codes);
  });

  it('names the partner missing a country, counted from 1', () => {
    expect(registerFormProblems(entry({ partners: [partner('A'), partner('B'), partner('C', '')] }))).toEqual([{ code: 'partnerCountry', partner: 3 }]);
  });
});
