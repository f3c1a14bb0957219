// Reducing a draft to the answers actually asked (src/domain/askedAnswers.ts): blanks, hidden answers, unknown keys, trimming, idempotence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askedAnswers } from '../../src/domain/askedAnswers';
import { codesOf } from '../../src/domain/codes';
import { isEntryList, topLevelElements, type FieldSpec } from '../../src/domain/questionnaireSchema';
import { validateAnswers } from '../../src/domain/validateAnswers';
import { entryOf, validAnswers } from './fixtures';

type Change = (answers: Record<string, unknown>) => void;
const need = (a: Record<string, unknown>, index: number) => entryOf(a, 'needs', index);
const offer = (a: Record<string, unknown>) => entryOf(a, 'offers', 0);

describe('askedAnswers', () => {
  it('keeps a complete valid answer set as it is, and the result validates', () => {
    const asked = askedAnswers(validAnswers());
    expect(asked).toEqual(validAnswers());
    expect(validateAnswers(asked)).toEqual([]);
  });

  it.each<[string, Change, Change]>([
    ['an empty text', (a) => { a['contact_role'] = ''; }, (a) => { delete a['contact_role']; }],
    ['a text of spaces', (a) => { a['contact_phone'] = '   '; }, (a) => { delete a['contact_phone']; }],
    ['null', (a) => { a['heard_from'] = null; }, (a) => { delete a['heard_from']; }],
    ['an empty multi-select', (a) => { need(a, 0)['languages'] = []; }, (a) => { delete need(a, 0)['languages']; }],
    ['needs when has_needs is false', (a) => { a['has_needs'] = false; }, (a) => { delete a['needs']; }],
    ['offers when has_offers is false', (a) => { a['has_offers'] = false; }, (a) => { delete a['offers']; }],
    ['funding sources when has_funding_sources is false', (a) => { a['has_funding_sources'] = false; }, (a) => { delete a['funding_sources']; }],
    ['past twinning without twinning experience', (a) => { a['twinning_experience'] = false; }, (a) => { delete a['past_twinning']; }],
    ['theme_other when the theme is not other', (a) => { need(a, 0)['theme'] = 'housing'; }, (a) => { delete need(a, 0)['theme_other']; }],
    ['event fields without conference or training', (a) => { offer(a)['modalities'] = ['materials']; },
      (a) => { delete offer(a)['event_name']; delete offer(a)['event_date']; }],
    ['twin_roles when willing_to_twin is no', (a) => { a['willing_to_twin'] = 'no'; }, (a) => { delete a['twin_roles']; }],
    ['twin_roles when willing_to_twin is unanswered', (a) => { delete a['willing_to_twin']; }, (a) => { delete a['twin_roles']; }],
    ['org_type_other when org_type is not other', (a) => { a['org_type'] = 'ngo'; }, (a) => { delete a['org_type_other']; }],
    ['working_languages_other without other', (a) => { a['working_languages'] = ['en']; }, (a) => { delete a['working_languages_other']; }],
    ['an unknown top-level key', (a) => { a['pageName'] = 'needs'; }, (a) => { delete a['pageName']; }],
    ['an unknown key inside an entry', (a) => { need(a, 1)['panelIndex'] = 2; }, (a) => { delete need(a, 1)['panelIndex']; }],
    ['an entry with only an id', (a) => { a['needs'] = [need(a, 0), { id: 'empty' }, need(a, 1)]; }, (a) => { a['needs'] = [need(a, 0), need(a, 2)]; }],
    ['an entry with only blank answers', (a) => { a['offers'] = [offer(a), { id: 'o2', title: '  ', modalities: [] }]; }, (a) => { a['offers'] = [offer(a)]; }],
    ['a list whose entries are all empty', (a) => { a['past_twinning'] = [{ id: 't1' }, {}]; }, (a) => { delete a['past_twinning']; }],
    ['entries that are not objects', (a) => { a['needs'] = [need(a, 0), 'text', null, need(a, 1)]; }, (a) => { a['needs'] = [need(a, 0), need(a, 3)]; }],
  ])('drops %s', (_, change, expectedChange) => {
    const answers = validAnswers();
    change(answers);
    const expected = validAnswers();
    change(expected);
    expectedChange(expected);
    expect(askedAnswers(answers)).toEqual(expected);
  });

  it('drops lists of only-id entries entirely, leaving the answers invalid rather than inventing entries', () => {
    const answers = validAnswers();
    answers['needs'] = [{ id: 'a' }, { id: 'b' }];
    const asked = askedAnswers(answers);
    expect(asked).not.toHaveProperty('needs');
    expect(validateAnswers(asked)).toEqual([{ path: 'needs', message: expect.stringContaining('required') }]);
  });

  it('trims text at the top level and inside entries, and keeps other values as answered', () => {
    const answers = validAnswers();
    Object.assign(answers, { org_name: '  Conseil  ', contact_email: ' amelie@example.org\n' });
    Object.assign(need(answers, 1), { title: '\tLong-term housing models ' });
    Object.assign(offer(answers), { capacity: '12' });
    const asked = askedAnswers(answers);
    expect([asked['org_name'], asked['contact_email'], entryOf(asked, 'needs', 1)['title'], entryOf(asked, 'offers', 0)['capacity']])
      .toEqual(['Conseil', 'amelie@example.org', 'Long-term housing models', '12']);
    expect(validateAnswers(asked)).toEqual([]);
  });

  it('does not change its input', () => {
    const answers = validAnswers();
    answers['has_needs'] = false;
    askedAnswers(answers);
    expect(answers['needs']).toEqual(validAnswers()['needs']);
  });

  // Bug: conditions are evaluated on the raw draft, and twin_roles' condition treats a blank willing_to_twin ('' or null) as answered,
  // while the survey (`{willing_to_twin} notempty`) hides twin_roles then. The result keeps twin_roles, which validateAnswers rejects as
  // not asked, and askedAnswers is not idempotent. Fix in src/domain/askedAnswers.ts: evaluate shownWhen on the cleaned answers (blanks
  // dropped, text trimmed), or in questionnaireSchema.ts require a non-blank willing_to_twin.
  it.each<[string, unknown]>([['empty', ''], ['null', null]])('drops twin_roles when willing_to_twin is %s', (_, blank) => {
    const asked = askedAnswers({ ...validAnswers(), willing_to_twin: blank });
    expect(asked).not.toHaveProperty('twin_roles');
  });
});

/** Drafts as SurveyJS produces them: known questions with answers from their domain, blanks, stray spaces and stray keys. */
function valueOf(field: FieldSpec): fc.Arbitrary<unknown> {
  const text = fc.oneof(fc.constantFrom('', '   ', 'a', ' padded '), fc.string({ maxLength: 30 }));
  switch (field.kind) {
    case 'single': return fc.constantFrom(...codesOf(field.codeList ?? 'theme'));
    case 'multi': {
      const codes = [...codesOf(field.codeList ?? 'theme')];
      return fc.subarray(codes, { maxLength: Math.min(4, codes.length) });
    }
    case 'country': return fc.constantFrom('CA', 'CZ', 'BR');
    case 'countries': return fc.subarray(['CA', 'CZ', 'BR', 'SE']);
    case 'boolean': return fc.boolean();
    case 'rating': return fc.integer({ min: 1, max: 5 });
    case 'number': return fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom('', '3'));
    case 'id': return fc.oneof(fc.constant(''), fc.uuid());
    default: return text;
  }
}

const fieldsOf = (fields: readonly FieldSpec[]) => fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field)])), { requiredKeys: [] });
const stray = fc.dictionary(fc.constantFrom('pageName', 'panelIndex', 'x'), fc.jsonValue(), { maxKeys: 1 });
const draft: fc.Arbitrary<Record<string, unknown>> = fc.tuple(
  fieldsOf(topLevelElements().filter((element): element is FieldSpec => !isEntryList(element))),
  fc.record(Object.fromEntries(topLevelElements().filter(isEntryList).map((list) =>
    [list.name, fc.array(fc.tuple(fieldsOf(list.fields), stray).map(([entry, extra]) => ({ ...extra, ...entry })), { maxLength: 3 })])),
  { requiredKeys: [] }),
  stray,
).map(([top, lists, extra]) => ({ ...extra, ...top, ...lists }));

describe('askedAnswers laws (property)', () => {
  it('is idempotent: askedAnswers(askedAnswers(x)) equals askedAnswers(x)', () => {
    fc.assert(fc.property(draft, (data) => {
      const once = askedAnswers(data);
      expect(askedAnswers(once)).toEqual(once);
    }), { numRuns: 300 });
  });

  it('keeps only questions that were asked, never blank, always trimmed', () => {
    fc.assert(fc.property(draft, (data) => {
      const asked = askedAnswers(data);
      const problems = validateAnswers(asked).filter((problem) => /not asked|not a question/.test(problem.message));
      expect(problems).toEqual([]);
      JSON.stringify(asked, (_, value: unknown) => {
        expect(value === '' || value === null || (Array.isArray(value) && value.length === 0)).toBe(false);
        if (typeof value === 'string') expect(value).toBe(value.trim());
        return value;
      });
    }), { numRuns: 300 });
  });
});
