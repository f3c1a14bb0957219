// The twinning register (Annex C; formats.md register.csv): letters, partners text, drafts from agreed matches, validation, order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import demoRegister from '../../public/demo/register.json';
import { evaluatePair } from '../../src/domain/matching';
import { byRegisterOrder, draftFromMatch, letterOfStatus, partnersText, validateRegisterEntry, type RegisterEntry } from '../../src/domain/register';
import { uuid } from './coordinatorFixtures';
import { need, offer } from './matchingBuilders';

const demoEntries: unknown[] = demoRegister.entries;

function entry(overrides: Partial<RegisterEntry> = {}): RegisterEntry {
  return {
    entryId: uuid(1), years: '2008', partners: [{ organisation: 'Canada', country: 'CA', letter: 'E' }, { organisation: 'Japan', country: 'JP', letter: 'O' }],
    activity: 'Secondment of an official', activityTypes: ['secondment_official'], arrangement: 'one_off', outcome: '', lessons: '', contacts: '',
    matchNeedId: null, matchOfferId: null, createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-01T09:00:00.000Z', ...overrides,
  };
}

/** A valid entry as plain JSON with one field replaced (or removed, for undefined). */
function raw(key: string, value: unknown): Record<string, unknown> {
  const record: Record<string, unknown> = Object.fromEntries(Object.entries(entry()).filter(([name]) => name !== key));
  if (value !== undefined) record[key] = value;
  return record;
}

describe('letterOfStatus', () => {
  it.each([
    ['established', 'E'],
    ['new', 'N'],
    ['emerging', 'Em'],
    ['considering', 'O'],
    ['other', ''],
    ['', ''],
    ['Established', ''],
  ])('%j → %j', (status, letter) => {
    expect(letterOfStatus(status)).toBe(letter);
  });
});

describe('partnersText', () => {
  it('writes `Name (CC, E); Name (CC, Em)` as register.csv does', () => {
    expect(partnersText([{ organisation: 'Netherlands', country: 'NL', letter: 'E' }, { organisation: 'Czech Republic', country: 'CZ', letter: 'Em' }]))
      .toBe('Netherlands (NL, E); Czech Republic (CZ, Em)');
  });

  it('writes every partner, in the order given', () => {
    expect(partnersText([
      { organisation: 'Norway', country: 'NO', letter: 'E' }, { organisation: 'Japan', country: 'JP', letter: 'O' }, { organisation: 'Spain', country: 'ES', letter: 'Em' },
    ])).toBe('Norway (NO, E); Japan (JP, O); Spain (ES, Em)');
  });

  it('leaves out a missing country or letter rather than writing an empty part', () => {
    expect(partnersText([{ organisation: 'Latin America', country: '', letter: 'E' }, { organisation: 'Ukraine', country: 'UA', letter: '' }]))
      .toBe('Latin America (E); Ukraine (UA)');
  });

  it('is empty for no partners', () => {
    expect(partnersText([])).toBe('');
  });
});

describe('draftFromMatch', () => {
  const theNeed = need({
    id: 'need-housing', title: 'Models for large families', theme: 'housing', modalities: ['study_visit', 'conference', 'expert_advice', 'mentoring'],
    org: { responseId: uuid(10), orgName: 'Instituto Acolher', country: 'BR', status: 'emerging', contactName: 'Ana Souza', contactEmail: 'ana@acolher.example' },
  });
  const theOffer = offer({
    id: 'offer-housing', title: 'Housing study tour', theme: 'housing', modalities: ['materials', 'expert_advice', 'study_visit', 'conference'],
    org: { responseId: uuid(11), orgName: 'Settlement Partnerships', country: 'AU', status: 'established', contactName: 'Liam Kerr', contactEmail: 'liam@sp.example' },
  });
  const candidate = evaluatePair(theNeed, theOffer, [], '2026-12-01');
  const draft = draftFromMatch(candidate, uuid(99), '2026-12-03T14:00:00.000Z');

  it('names both organisations with their countries and register letters', () => {
    expect(draft.partners).toHaveLength(2);
    expect(draft.partners).toEqual(expect.arrayContaining([
      { organisation: 'Settlement Partnerships', country: 'AU', letter: 'E' },
      { organisation: 'Instituto Acolher', country: 'BR', letter: 'Em' },
    ]));
  });

  it('describes the activity from both entries\' titles', () => {
    expect(draft.activity).toContain('Housing study tour');
    expect(draft.activity).toContain('Models for large families');
  });

  it('suggests activity types from the shared modalities and the theme, in code-list order', () => {
    // Shared: conference → hosting_conference, expert_advice → policy_operational, study_visit → study_visit; theme housing → housing.
    // (mentoring and materials are not shared.)
    expect(draft.activityTypes).toEqual(['hosting_conference', 'policy_operational', 'study_visit', 'housing']);
  });

  it('falls back on the offer\'s modalities when none is shared, still in code-list order', () => {
    const other = evaluatePair(
      need({ theme: 'employment_skills', modalities: ['mentoring'] }),
      offer({ theme: 'employment_skills', modalities: ['funding_support', 'secondment'] }), [], '2026-12-01');
    expect(other.sharedModalities).toEqual([]);
    expect(draftFromMatch(other, uuid(98), '2026-12-03T14:00:00.000Z').activityTypes).toEqual(['secondment_official', 'funding_assistance', 'employment_volunteering']);
  });

  it('gives no activity type when neither modalities nor theme suggest one', () => {
    const plain = evaluatePair(need({ theme: 'education', modalities: ['mentoring'] }), offer({ theme: 'education', modalities: ['mentoring'] }), [], '2026-12-01');
    expect(draftFromMatch(plain, uuid(97), '2026-12-03T14:00:00.000Z').activityTypes).toEqual([]);
  });

  it('holds both contacts, the match ids, the year and the times, and leaves the rest for the coordinator', () => {
    expect(draft.contacts).toContain('Ana Souza <ana@acolher.example>');
    expect(draft.contacts).toContain('Liam Kerr <liam@sp.example>');
    expect(draft).toMatchObject({
      entryId: uuid(99), years: '2026', matchNeedId: 'need-housing', matchOfferId: 'offer-housing',
      createdAt: '2026-12-03T14:00:00.000Z', updatedAt: '2026-12-03T14:00:00.000Z', arrangement: '', outcome: '', lessons: '',
    });
  });

  it('is a valid register entry', () => {
    expect(validateRegisterEntry(JSON.parse(JSON.stringify(draft)), 'draft')).toEqual({ ok: true, value: draft });
  });
});

describe('validateRegisterEntry', () => {
  it('accepts the six entries of public/demo/register.json as they are', () => {
    expect(demoEntries).toHaveLength(6);
    demoEntries.forEach((item, index) => {
      const result = validateRegisterEntry(item, `entries[${index}]`);
      expect(result, `entries[${index}]`).toEqual({ ok: true, value: item });
    });
  });

  it('accepts both arrangements and none', () => {
    for (const arrangement of ['continuous', 'one_off', '']) expect(validateRegisterEntry(raw('arrangement', arrangement), 'r').ok, arrangement).toBe(true);
  });

  it('accepts every register letter, and none', () => {
    for (const letter of ['E', 'N', 'Em', 'O', '']) {
      expect(validateRegisterEntry(raw('partners', [{ organisation: 'Chile', country: 'CL', letter }]), 'r').ok, letter).toBe(true);
    }
  });

  it.each<[string, Record<string, unknown> | string, string]>([
    ['a partner with a letter that is not a register letter', raw('partners', [{ organisation: 'Chile', country: 'CL', letter: 'X' }]), 'register[3].partners[0].letter'],
    ['a lower-case letter', raw('partners', [{ organisation: 'Chile', country: 'CL', letter: 'E' }, { organisation: 'Peru', country: 'PE', letter: 'em' }]), 'register[3].partners[1].letter'],
    ['an unknown activity code', raw('activityTypes', ['study_visit', 'cooking_class']), 'register[3].activityTypes'],
    ['activity types that are not a list', raw('activityTypes', 'study_visit'), 'register[3].activityTypes'],
    ['an arrangement that is neither continuous nor one_off', raw('arrangement', 'sometimes'), 'register[3].arrangement'],
    ['a created time that is a date only', raw('createdAt', '2026-11-01'), 'register[3].createdAt'],
    ['an updated time that is not a time', raw('updatedAt', 'yesterday'), 'register[3].updatedAt'],
    ['a missing created time', raw('createdAt', undefined), 'register[3].createdAt'],
    ['an activity over 2000 characters', raw('activity', 'a'.repeat(2001)), 'register[3].activity'],
    ['contacts over 500 characters', raw('contacts', 'c'.repeat(501)), 'register[3].contacts'],
    ['a partner name over 200 characters', raw('partners', [{ organisation: 'o'.repeat(201), country: 'CL', letter: 'E' }]), 'register[3].partners[0].organisation'],
    ['years over 100 characters', raw('years', '2'.repeat(101)), 'register[3].years'],
    ['partners that are not a list', raw('partners', 'Canada (CA, E); Japan (JP, O)'), 'register[3].partners'],
    ['a partner that is not an object', raw('partners', ['Canada']), 'register[3].partners[0]'],
    ['a missing entry id', raw('entryId', undefined), 'register[3].entryId'],
    ['a match id that is not text', raw('matchNeedId', 42), 'register[3].matchNeedId'],
    ['an outcome that is not text', raw('outcome', ['good']), 'register[3].outcome'],
    ['not an object at all', 'Canada and Japan', 'register[3]'],
  ])('rejects %s, naming the path', (_, input, path) => {
    const result = validateRegisterEntry(input, 'register[3]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toContain(path);
  });

  it('keeps the limits at their edges: 2000 characters of activity and 500 of contacts are accepted', () => {
    const record = { ...raw('activity', 'a'.repeat(2000)), contacts: 'c'.repeat(500) };
    expect(validateRegisterEntry(record, 'r').ok).toBe(true);
  });

  it('reports every defect of an entry, not only the first', () => {
    const record = { ...raw('arrangement', 'weekly'), createdAt: 'soon', activityTypes: ['nope'] };
    const result = validateRegisterEntry(record, 'r');
    expect(result.ok ? [] : result.errors.map((error) => error.path).sort()).toEqual(['r.activityTypes', 'r.arrangement', 'r.createdAt']);
  });
});

describe('byRegisterOrder', () => {
  const ordered = [
    entry({ entryId: uuid(5), years: '', createdAt: '2026-11-01T09:00:00.000Z' }),
    entry({ entryId: uuid(4), years: '2003-2005', createdAt: '2026-11-01T09:00:00.000Z' }),
    entry({ entryId: uuid(2), years: '2008', createdAt: '2026-11-01T09:00:00.000Z' }),
    entry({ entryId: uuid(3), years: '2008', createdAt: '2026-11-01T09:00:00.000Z' }),
    entry({ entryId: uuid(1), years: '2008', createdAt: '2026-11-02T09:00:00.000Z' }),
    entry({ entryId: uuid(6), years: '2026', createdAt: '2026-10-01T09:00:00.000Z' }),
  ];

  it('sorts by years, then creation time, then entry id', () => {
    expect([...ordered].reverse().sort(byRegisterOrder).map((item) => item.entryId)).toEqual(ordered.map((item) => item.entryId));
  });

  it('gives the same order whatever order the entries come in', () => {
    fc.assert(fc.property(fc.shuffledSubarray(ordered, { minLength: ordered.length, maxLength: ordered.length }), (shuffled) => {
      expect([...shuffled].sort(byRegisterOrder)).toEqual(ordered);
    }));
  });

  it('sorts the demo register deterministically', () => {
    const valid = demoEntries.flatMap((item, index) => {
      const result = validateRegisterEntry(item, `entries[${index}]`);
      return result.ok ? [result.value] : [];
    });
    const once = [...valid].sort(byRegisterOrder).map((item) => item.entryId);
    expect([...valid].reverse().sort(byRegisterOrder).map((item) => item.entryId)).toEqual(once);
    expect(once).toHaveLength(6);
  });
});
