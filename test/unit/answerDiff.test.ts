// What changed between two revisions (src/domain/answerDiff.ts) and answers as readable text (src/domain/answerText.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffAnswers, type AnswerChange } from '../../src/domain/answerDiff';
import { answerText } from '../../src/domain/answerText';
import type { UiLanguage } from '../../src/domain/codes';
import { isEntryList, topLevelElements, type FieldSpec } from '../../src/domain/questionnaireSchema';
import { entriesOf, entryOf, validAnswers } from './fixtures';

/** `validAnswers()` with `change` applied. */
function changed(change: (data: Record<string, unknown>) => void): Record<string, unknown> {
  const data = validAnswers();
  change(data);
  return data;
}

describe('diffAnswers', () => {
  it('finds no change between identical answers', () => {
    expect(diffAnswers(validAnswers(), validAnswers())).toEqual([]);
  });

  it.each<[string, (data: Record<string, unknown>) => void, AnswerChange[]]>([
    ['a changed top-level answer', (data) => { data['country'] = 'FR'; }, [{ kind: 'answer', field: 'country', before: 'CA', after: 'FR' }]],
    ['an answer removed', (data) => { delete data['contact_phone']; }, [{ kind: 'answer', field: 'contact_phone', before: '+1 514 555 0100', after: undefined }]],
    ['a multi-select changed', (data) => { data['continuum_roles'] = ['reception']; },
      [{ kind: 'answer', field: 'continuum_roles', before: ['reception', 'integration'], after: ['reception'] }]],
    ['an entry added', (data) => { data['needs'] = [...entriesOf(data, 'needs'), { id: 'need-3', theme: 'housing', title: 'Rent guarantees' }]; },
      [{ kind: 'entryAdded', list: 'needs', id: 'need-3', title: 'Rent guarantees' }]],
    ['an entry removed', (data) => { data['needs'] = entriesOf(data, 'needs').slice(1); },
      [{ kind: 'entryRemoved', list: 'needs', id: 'need-1', title: 'Advice on winter orientation' }]],
    ['a field of an entry changed', (data) => { entryOf(data, 'offers', 0)['capacity'] = 20; },
      [{ kind: 'entryChanged', list: 'offers', id: 'offer-1', title: 'Training for language teachers', field: 'capacity', before: 12, after: 20 }]],
    ['a funding source renamed, titled by its name', (data) => { entryOf(data, 'funding_sources', 0)['name'] = 'Exchange Fund II'; },
      [{ kind: 'entryChanged', list: 'funding_sources', id: 'fund-1', title: 'Exchange Fund II', field: 'name', before: 'Exchange Fund', after: 'Exchange Fund II' }]],
    ['a past twinning, titled by its partner', (data) => { entryOf(data, 'past_twinning', 0)['years'] = '2006-2009'; },
      [{ kind: 'entryChanged', list: 'past_twinning', id: 'twin-1', title: 'Refugee Council of Brazil', field: 'years', before: '2006-2008', after: '2006-2009' }]],
    ['an entry whose id changed: one removed, one added', (data) => { entryOf(data, 'offers', 0)['id'] = 'offer-7'; }, [
      { kind: 'entryRemoved', list: 'offers', id: 'offer-1', title: 'Training for language teachers' },
      { kind: 'entryAdded', list: 'offers', id: 'offer-7', title: 'Training for language teachers' },
    ]],
  ])('reports %s', (_, change, expected) => {
    expect(diffAnswers(validAnswers(), changed(change))).toEqual(expected);
  });

  it('matches entries by id, not position: reordering gives no change', () => {
    const reordered = changed((data) => { data['needs'] = entriesOf(data, 'needs').reverse(); });
    expect(diffAnswers(validAnswers(), reordered)).toEqual([]);
  });

  it('reorders and edits at once: only the edit is reported, on the right entry', () => {
    const after = changed((data) => {
      const [first, second] = entriesOf(data, 'needs');
      data['needs'] = [{ ...second, priority: 'low' }, first];
    });
    expect(diffAnswers(validAnswers(), after)).toEqual([
      { kind: 'entryChanged', list: 'needs', id: 'need-2', title: 'Long-term housing models', field: 'priority', before: 'medium', after: 'low' },
    ]);
  });

  it('lists top-level changes in questionnaire order', () => {
    const after = changed((data) => { data['heard_from'] = 'colleague'; data['org_name'] = 'New name'; });
    expect(diffAnswers(validAnswers(), after).map((change) => (change.kind === 'answer' ? change.field : ''))).toEqual(['org_name', 'heard_from']);
  });

  it('any shuffle of every entry list is no change (property)', () => {
    const lists = ['needs', 'offers', 'funding_sources', 'past_twinning'];
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: lists.length, maxLength: lists.length }), (seeds) => {
      const after = changed((data) => {
        lists.forEach((list, index) => {
          const entries = entriesOf(data, list);
          const shift = (seeds[index] ?? 0) % Math.max(entries.length, 1);
          data[list] = [...entries.slice(shift), ...entries.slice(0, shift)];
        });
      });
      expect(diffAnswers(validAnswers(), after)).toEqual([]);
    }));
  });
});

function field(name: string): FieldSpec {
  for (const element of topLevelElements()) {
    if (!isEntryList(element) && element.name === name) return element;
    if (isEntryList(element)) {
      const inside = element.fields.find((candidate) => candidate.name === name);
      if (inside) return inside;
    }
  }
  throw new Error(`no question ${name}`);
}

describe('answerText', () => {
  it.each<[string, string, unknown, Record<UiLanguage, string>]>([
    ['a code', 'priority', 'high', { en: 'High', fr: 'Élevée', es: 'Alta', pt: 'Alta' }],
    ['an org type', 'org_type', 'ngo', { en: 'Non-governmental organisation', fr: 'Organisation non gouvernementale', es: 'Organización no gubernamental', pt: 'Organização não governamental' }],
    // "; " as some labels hold commas; French puts a narrow no-break space before the semicolon.
    ['a multi-select, joined with "; "', 'modalities', ['study_visit', 'mentoring'], {
      en: 'Study visit; Mentoring or virtual networking (calls, e-mail)',
      fr: 'Visite d\'étude\u202f; Mentorat ou mise en réseau à distance (appels, courriel)',
      es: 'Visita de estudio; Mentoría o trabajo en red a distancia (llamadas, correo electrónico)',
      pt: 'Visita de estudo; Mentoria ou trabalho em rede à distância (chamadas, e-mail)',
    }],
    ['a country', 'country', 'DE', { en: 'Germany', fr: 'Allemagne', es: 'Alemania', pt: 'Alemanha' }],
    ['a list of countries', 'preferred_countries', ['CZ', 'BR'], { en: 'Czechia; Brazil', fr: 'Tchéquie\u202f; Brésil', es: 'Chequia; Brasil', pt: 'Chéquia; Brasil' }],
    ['yes', 'has_needs', true, { en: 'Yes', fr: 'Oui', es: 'Sí', pt: 'Sim' }],
    ['no', 'has_needs', false, { en: 'No', fr: 'Non', es: 'No', pt: 'Não' }],
    ['a number', 'capacity', 12, { en: '12', fr: '12', es: '12', pt: '12' }],
    ['a rating, with its scale', 'mechanism_needed', 4, { en: '4 / 5', fr: '4 / 5', es: '4 / 5', pt: '4 / 5' }],
    ['free text, as written', 'org_name', 'Cáritas; São Paulo', { en: 'Cáritas; São Paulo', fr: 'Cáritas; São Paulo', es: 'Cáritas; São Paulo', pt: 'Cáritas; São Paulo' }],
    ['an unknown code, as the code', 'theme', 'hosing', { en: 'hosing', fr: 'hosing', es: 'hosing', pt: 'hosing' }],
    // Dates as each language writes them, not as the file stores them.
    ['a month', 'start', '2027-03', { en: 'March 2027', fr: 'mars 2027', es: 'marzo de 2027', pt: 'março de 2027' }],
    ['a day', 'deadline', '2027-03-15', { en: 'March 15, 2027', fr: '15 mars 2027', es: '15 de marzo de 2027', pt: '15 de março de 2027' }],
    ['a month that is not one, as written', 'start', '2027-13', { en: '2027-13', fr: '2027-13', es: '2027-13', pt: '2027-13' }],
  ])('%s', (_, name, value, expected) => {
    const languages: UiLanguage[] = ['en', 'fr', 'es', 'pt'];
    expect(Object.fromEntries(languages.map((language) => [language, answerText(field(name), value, language)]))).toEqual(expected);
  });

  it.each<[string, unknown]>([['undefined', undefined], ['null', null], ['an empty text', ''], ['an empty list', []]])('%s is an empty text', (_, value) => {
    expect(answerText(field('continuum_roles'), value, 'fr')).toBe('');
  });
});
