// The SurveyJS definition (surveys/questionnaire.json) holds every name of questionnaire.md and nothing else, matching src/domain/questionnaireSchema.ts.
import { describe, expect, it } from 'vitest';
import followUp from '../../surveys/follow-up.json';
import questionnaire from '../../surveys/questionnaire.json';
import { countryCodes } from '../../src/domain/codes';
import { isEntryList, QUESTIONNAIRE, QUESTIONNAIRE_VERSION, type FieldSpec } from '../../src/domain/questionnaireSchema';
import { countryOptions, expandDefinition } from '../../src/survey/definition';
import { isRecord } from '../../src/domain/result';
import { definitionJson, recordsOf } from './definitionJson';
import { SPEC_THEMES } from './specCodes';

const { root, pages, pageNamed, questionsOf, questionOf, fieldPairs: pairsOf } = definitionJson(questionnaire);

/** Names copied from questionnaire.md, page by page (entry lists with their panel fields). */
const SPEC_PAGES: [string, string[]][] = [
  ['intro', []],
  ['organisation', ['org_name', 'org_type', 'org_type_other', 'country', 'resettlement_status', 'continuum_roles', 'working_languages',
    'working_languages_other', 'contact_name', 'contact_role', 'contact_email', 'contact_phone', 'consent_share', 'refugee_involvement',
    'refugee_involvement_comment']],
  ['needs', ['has_needs', 'needs']],
  ['offers', ['has_offers', 'offers']],
  ['funding', ['has_funding_sources', 'funding_sources']],
  ['experience', ['existing_mechanisms', 'twinning_experience', 'past_twinning', 'willing_to_twin', 'twin_roles']],
  ['evaluation', ['mechanism_needed', 'mechanism_gaps', 'heard_from']],
];
const SPEC_PANELS: [string, string, string[], number, number][] = [
  ['needs', 'needs', ['id', 'theme', 'theme_other', 'title', 'description', 'modalities', 'languages', 'priority', 'start', 'funding',
    'partner_types', 'preferred_countries'], 1, 20],
  ['offers', 'offers', ['id', 'theme', 'theme_other', 'title', 'description', 'modalities', 'languages', 'capacity', 'cost', 'available_from',
    'available_until', 'event_name', 'event_date', 'url', 'recipient_types', 'recipient_regions'], 1, 20],
  ['funding', 'funding_sources', ['id', 'name', 'funder_type', 'themes', 'modalities', 'eligible_regions', 'eligible_org_types', 'amount',
    'deadline', 'url', 'notes'], 1, 20],
  ['experience', 'past_twinning', ['id', 'partner', 'years', 'activity_types', 'arrangement', 'outcome', 'worked', 'did_not_work'], 0, 10],
];

/** How each schema kind is written in SurveyJS JSON. */
const KIND_SHAPES: Record<FieldSpec['kind'], { types: string[]; inputType?: string }> = {
  text: { types: ['text'] }, comment: { types: ['comment'] }, email: { types: ['text'], inputType: 'email' },
  tel: { types: ['text'], inputType: 'tel' }, url: { types: ['text'], inputType: 'url' }, month: { types: ['text'], inputType: 'month' },
  date: { types: ['text'], inputType: 'date' }, number: { types: ['text'], inputType: 'number' },
  single: { types: ['radiogroup', 'dropdown'] }, multi: { types: ['checkbox', 'tagbox'] }, country: { types: ['dropdown'] },
  countries: { types: ['tagbox', 'checkbox'] }, boolean: { types: ['boolean'] }, rating: { types: ['rating'] }, id: { types: ['text'] },
};

const fieldPairs = pairsOf(QUESTIONNAIRE);

describe('questionnaire.json against questionnaire.md and QUESTIONNAIRE', () => {
  it('has the questionnaire version of the spec', () => {
    expect(QUESTIONNAIRE_VERSION).toBe('2026.1');
    expect(root['questionnaireVersion']).toBe('2026.1');
  });

  it('has the pages of the spec, in order', () => {
    const names = SPEC_PAGES.map(([name]) => name);
    expect(pages.map((page) => page['name'])).toEqual(names);
    expect(QUESTIONNAIRE.map((page) => page.name)).toEqual(names);
  });

  it.each(SPEC_PAGES)('page %s has exactly the questions of the spec, in order', (page, names) => {
    expect(questionsOf(page).map((element) => element['name'])).toEqual(names);
    expect(QUESTIONNAIRE.find((spec) => spec.name === page)?.elements.map((element) => element.name)).toEqual(names);
  });

  it('shows only the intro text (html) before the first question', () => {
    expect(recordsOf(pageNamed('intro')?.['elements']).map((element) => [element['type'], element['name']])).toEqual([['html', 'intro_text']]);
  });

  it.each(SPEC_PANELS)('page %s: %s panels hold exactly the spec fields and %i to %i panels', (page, list, names, min, max) => {
    const question = questionOf(page, list);
    expect(question?.['type']).toBe('paneldynamic');
    expect(recordsOf(question?.['templateElements']).map((element) => element['name'])).toEqual(names);
    expect([question?.['minPanelCount'], question?.['maxPanelCount']]).toEqual([min, max]);
    const spec = QUESTIONNAIRE.flatMap((p) => [...p.elements]).find((element) => element.name === list);
    expect(spec && isEntryList(spec) ? [spec.fields.map((f) => f.name), spec.minItems, spec.maxItems, spec.required] : null)
      .toEqual([names, min, max, question?.['isRequired'] === true]);
  });

  it.each(fieldPairs)('%s: type, required, code list, length limit and condition match the schema', (_, field, question) => {
    expect(question).toBeDefined();
    const shape = KIND_SHAPES[field.kind];
    expect(shape.types).toContain(question?.['type']);
    expect(question?.['inputType']).toBe(shape.inputType);
    if (field.kind === 'id') {
      expect(question?.['visible']).toBe(false);
      return;
    }
    expect(question?.['isRequired'] === true).toBe(field.required);
    const expectedList = field.kind === 'country' || field.kind === 'countries' ? 'country' : field.codeList;
    expect(question?.['codeList']).toBe(expectedList);
    expect(question?.['maxLength']).toBe(field.maxLength);
    expect(typeof question?.['visibleIf'] === 'string').toBe(field.shownWhen !== undefined);
  });

  it.each([['questionnaire', questionnaire], ['follow-up', followUp]])('%s: every yes/no question lists Yes first, as the other yes-maybe-no questions do', (_, json) => {
    const booleans: Record<string, unknown>[] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (isRecord(value)) {
        if (value['type'] === 'boolean') booleans.push(value);
        Object.values(value).forEach(visit);
      }
    };
    visit(json);
    expect(booleans.length).toBeGreaterThan(0);
    // SurveyJS lists a yes/no question's "No" first unless swapOrder is set.
    expect(booleans.filter((question) => question['swapOrder'] !== true).map((question) => question['name'])).toEqual([]);
  });

  it('entry lists are shown exactly when the schema shows them', () => {
    const lists = QUESTIONNAIRE.flatMap((page) => page.elements.filter(isEntryList).map((list): [string, string] => [page.name, list.name]));
    expect(lists.map(([page, name]) => typeof questionOf(page, name)?.['visibleIf'])).toEqual(lists.map(() => 'string'));
  });
});

describe('expandDefinition', () => {
  const expanded = expandDefinition(questionnaire);
  const questions: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!isRecord(node)) return;
    if (typeof node['type'] === 'string') questions.push(node);
    Object.values(node).forEach(visit);
  };
  visit(expanded);
  const withName = (name: string) => questions.find((q) => q['name'] === name);
  const choiceValues = (question: Record<string, unknown> | undefined) => recordsOf(question?.['choices']).map((choice) => choice['value']);
  const choiceText = (question: Record<string, unknown> | undefined, value: string) =>
    recordsOf(question?.['choices']).find((choice) => choice['value'] === value)?.['text'];

  it('leaves no codeList key anywhere', () => {
    expect(JSON.stringify(expanded)).not.toContain('"codeList"');
    expect(JSON.stringify(questionnaire)).toContain('"codeList"');
  });

  it.each(['radiogroup', 'dropdown', 'checkbox', 'tagbox'])('gives every %s question choices', (type) => {
    const ofType = questions.filter((q) => q['type'] === type);
    expect(ofType.length).toBeGreaterThan(0);
    for (const question of ofType) expect(recordsOf(question['choices']).length, String(question['name'])).toBeGreaterThan(0);
  });

  it('orders theme choices by theme group, each label led by its group', () => {
    const groupOrder = ['programme', 'selection', 'reception', 'integration', 'other'];
    const theme = withName('theme');
    const values = choiceValues(theme);
    expect(values).toHaveLength(24);
    const groups = values.map((value) => SPEC_THEMES.find(([code]) => code === value)?.[1]);
    const indexes = groups.map((group) => groupOrder.indexOf(group ?? ''));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(indexes).not.toContain(-1);
    expect(choiceText(theme, 'housing')).toMatchObject({ default: expect.stringMatching(/^Integration · Short- and long-term housing$/i) });
  });

  it('offers countries with names in each language', () => {
    const country = withName('country');
    expect(choiceValues(country)).toEqual(expect.arrayContaining(['CA', 'CZ', 'BR']));
    expect(choiceText(country, 'DE')).toEqual({ default: 'Germany', fr: 'Allemagne', es: 'Alemania', pt: 'Alemanha' });
    expect(choiceText(country, 'CZ')).toMatchObject({ fr: expect.stringMatching(/^Tch/) });
    expect(choiceValues(withName('preferred_countries'))).toEqual(choiceValues(country));
  });

  it('gives resettlement status choices their one-line description', () => {
    expect(choiceText(withName('resettlement_status'), 'emerging')).toMatchObject({ default: expect.stringMatching(/^Emerging .+ — .+/) });
  });

  it('rejects an unknown code list', () => {
    expect(() => expandDefinition({ pages: [{ elements: [{ type: 'radiogroup', name: 'x', codeList: 'colours' }] }] })).toThrow(/colours/);
  });
});

describe('one-language definitions (what a respondent downloads)', () => {
  const all = expandDefinition(questionnaire);
  /** The four-language definition as SurveyJS would show it in `key`: every localized text read in that key. */
  function readIn(node: unknown, key: string): unknown {
    if (Array.isArray(node)) return node.map((item) => readIn(item, key));
    if (!isRecord(node)) return node;
    if (typeof node['default'] === 'string' && Object.keys(node).every((k) => ['default', 'fr', 'es', 'pt'].includes(k))) return node[key] ?? node['default'];
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, readIn(v, key)]));
  }

  /** Country questions load their choices lazily in a one-language definition (see countryOptions), all at once. */
  function lazyCountries(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(lazyCountries);
    if (!isRecord(node)) return node;
    if (node['choicesOrder'] === 'asc') {
      return { ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'choices' && k !== 'choicesOrder')), choicesLazyLoadEnabled: true, choicesLazyLoadPageSize: countryCodes().length };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, lazyCountries(v)]));
  }
  const countryChoicesOf = (node: unknown): unknown[] => {
    if (Array.isArray(node)) return node.flatMap(countryChoicesOf);
    if (!isRecord(node)) return [];
    if (node['name'] === 'country' && Array.isArray(node['choices'])) return node['choices'];
    return Object.values(node).flatMap(countryChoicesOf);
  };

  it.each([['en', 'default'], ['fr', 'fr'], ['es', 'es'], ['pt', 'pt']] as const)('%s is the four-language definition read in %s, nothing more or less', (language, key) => {
    expect(expandDefinition(questionnaire, language)).toEqual(lazyCountries(readIn(all, key)));
  });

  it.each([['en', 'default'], ['fr', 'fr'], ['es', 'es'], ['pt', 'pt']] as const)('%s countries are the four-language country choices read in %s, sorted by name', (language, key) => {
    const collator = new Intl.Collator(language);
    const expected = recordsOf(readIn(countryChoicesOf(all), key)).map((choice) => ({ value: String(choice['value']), text: String(choice['text']) }))
      .sort((a, b) => collator.compare(a.text, b.text) || a.value.localeCompare(b.value));
    expect(countryOptions(language)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(240);
  });

  it('holds no other language and is well under half the size', () => {
    const english = JSON.stringify(expandDefinition(questionnaire, 'en'));
    expect(english).not.toContain('Votre organisation');
    expect(english).not.toContain('Su organización');
    expect(english.length).toBeLessThan(JSON.stringify(all).length / 2);
  });
});
