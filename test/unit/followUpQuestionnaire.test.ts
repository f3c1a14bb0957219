// The follow-up questionnaire (evaluation.md): surveys/follow-up.json holds exactly FOLLOW_UP_QUESTIONNAIRE, in four languages,
// and follow-up response files are validated against it like any response file.
import { SurveyModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import followUpJson from '../../surveys/follow-up.json';
import { codesOf } from '../../src/domain/codes';
import { FOLLOW_UP_QUESTIONNAIRE, FOLLOW_UP_VERSION } from '../../src/domain/followUpSchema';
import { isEntryList, type FieldSpec } from '../../src/domain/questionnaireSchema';
import { buildResponseFile, isFollowUpResponse, validateResponse, type ResponseMeta } from '../../src/domain/responseFile';
import { isRecord } from '../../src/domain/result';
import { expandDefinition } from '../../src/survey/definition';
import { uuid } from './coordinatorFixtures';
import { definitionJson, recordsOf } from './definitionJson';
import { validAnswers } from './fixtures';

const { root, pages, pageNamed, questionsOf, questionOf, fieldPairs: pairsOf } = definitionJson(followUpJson);

/** Names copied from evaluation.md's table, page by page. */
const SPEC_PAGES: [string, string[]][] = [
  ['intro', []],
  ['you', ['org_name', 'country']],
  ['pilot', ['used_chart', 'followed_up', 'exchanges']],
  ['verdict', ['useful', 'continue', 'improvements']],
];

/** How each schema kind is written in SurveyJS JSON. */
const KIND_TYPES: Record<FieldSpec['kind'], string[]> = {
  text: ['text'], comment: ['comment'], email: ['text'], tel: ['text'], url: ['text'], month: ['text'], date: ['text'], number: ['text'],
  single: ['radiogroup', 'dropdown'], multi: ['checkbox', 'tagbox'], country: ['dropdown'], countries: ['tagbox', 'checkbox'], boolean: ['boolean'],
  rating: ['rating'], id: ['text'],
};

const exchangesSpec = FOLLOW_UP_QUESTIONNAIRE.flatMap((page) => [...page.elements]).find((element) => element.name === 'exchanges');
const exchangesList = exchangesSpec && isEntryList(exchangesSpec) ? exchangesSpec : undefined;

const fieldPairs = pairsOf(FOLLOW_UP_QUESTIONNAIRE);

describe('follow-up.json against evaluation.md and FOLLOW_UP_QUESTIONNAIRE', () => {
  it('has the follow-up questionnaire version', () => {
    expect(FOLLOW_UP_VERSION).toBe('follow-up-2026.1');
    expect(root['questionnaireVersion']).toBe(FOLLOW_UP_VERSION);
  });

  it('has the pages of the schema, in order', () => {
    const names = SPEC_PAGES.map(([name]) => name);
    expect(pages.map((page) => page['name'])).toEqual(names);
    expect(FOLLOW_UP_QUESTIONNAIRE.map((page) => page.name)).toEqual(names);
  });

  it.each(SPEC_PAGES)('page %s has exactly the questions of the spec, in order', (page, names) => {
    expect(questionsOf(page).map((element) => element['name'])).toEqual(names);
    expect(FOLLOW_UP_QUESTIONNAIRE.find((spec) => spec.name === page)?.elements.map((element) => element.name)).toEqual(names);
  });

  it('shows only the intro text before the first question', () => {
    expect(recordsOf(pageNamed('intro')?.['elements']).map((element) => [element['type'], element['name']])).toEqual([['html', 'intro_text']]);
  });

  it('exchanges: an optional panel list with id, partner, theme, status and comment, 0 to maxItems panels', () => {
    const question = questionOf('pilot', 'exchanges');
    const names = ['id', 'partner', 'theme', 'status', 'comment'];
    expect(question?.['type']).toBe('paneldynamic');
    expect(question?.['isRequired'] === true).toBe(false);
    expect(recordsOf(question?.['templateElements']).map((element) => element['name'])).toEqual(names);
    expect(exchangesList?.fields.map((field) => field.name)).toEqual(names);
    expect([question?.['minPanelCount'], question?.['maxPanelCount']]).toEqual([exchangesList?.minItems, exchangesList?.maxItems]);
    expect(exchangesList?.required).toBe(false);
    expect(exchangesList?.minItems).toBe(0);
  });

  it.each(fieldPairs)('%s: type, required, code list, length limit and condition match the schema', (_, field, question) => {
    expect(question).toBeDefined();
    expect(KIND_TYPES[field.kind]).toContain(question?.['type']);
    if (field.kind === 'id') {
      expect(question?.['visible']).toBe(false);
      return;
    }
    expect(question?.['isRequired'] === true).toBe(field.required);
    expect(question?.['codeList']).toBe(field.kind === 'country' || field.kind === 'countries' ? 'country' : field.codeList);
    expect(question?.['maxLength']).toBe(field.maxLength);
    expect(typeof question?.['visibleIf'] === 'string').toBe(field.shownWhen !== undefined);
  });

  it('asks required questions exactly as evaluation.md marks them', () => {
    const required = fieldPairs.filter(([, field]) => field.required && field.kind !== 'id').map(([name]) => name);
    expect(required).toEqual(['you.org_name', 'you.country', 'pilot.used_chart', 'pilot.followed_up', 'verdict.useful', 'verdict.continue']);
  });

  it('uses the code lists of evaluation.md', () => {
    expect(codesOf('followed_up')).toEqual(['yes_contacted_others', 'yes_was_contacted', 'both', 'no']);
    expect(codesOf('follow_up_status')).toEqual(['talking', 'agreed', 'took_place', 'stopped']);
    expect(codesOf('continue')).toEqual(['yes', 'with_changes', 'no']);
    expect(questionOf('pilot', 'followed_up')?.['codeList']).toBe('followed_up');
    expect(questionOf('verdict', 'continue')?.['codeList']).toBe('continue');
  });

  it('rates usefulness from 1 to 5', () => {
    const useful = questionOf('verdict', 'useful');
    expect([useful?.['rateMin'] ?? 1, useful?.['rateMax'] ?? 5]).toEqual([1, 5]);
  });
});

describe('follow-up.json languages', () => {
  const KEYS = ['default', 'fr', 'es', 'pt'];
  const LOCALIZABLE = new Set(['title', 'description', 'html', 'placeholder', 'templateTitle', 'addPanelText', 'removePanelText', 'confirmDeleteText', 'labelTrue',
    'labelFalse', 'minRateDescription', 'maxRateDescription', 'requiredErrorText', 'otherText', 'noneText', 'text', 'completeText']);
  const found: [string, Record<string, unknown>][] = [];
  const bare: string[] = [];
  const collect = (node: unknown, path: string): void => {
    if (Array.isArray(node)) { node.forEach((item, index) => collect(item, `${path}[${index}]`)); return; }
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const here = `${path}.${key}`;
      if (isRecord(value) && 'default' in value) found.push([here, value]);
      else if (typeof value === 'string' && LOCALIZABLE.has(key)) bare.push(here);
      else collect(value, here);
    }
  };
  collect(root, '');
  const slotsOf = (text: string) => [...new Set(text.match(/\{[^{}]+\}/g) ?? [])].sort();

  it('localizes every string a respondent reads', () => {
    expect(found.length).toBeGreaterThan(20);
    expect(bare).toEqual([]);
  });

  it.each(found)('%s has non-empty default, fr, es and pt, and nothing else', (_, text) => {
    expect(Object.keys(text).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      const value = text[key];
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
    }
  });

  it.each(found)('%s uses the same {variables} in every language', (_, text) => {
    const english = slotsOf(String(text['default']));
    for (const key of KEYS) expect(slotsOf(String(text[key])), key).toEqual(english);
  });
});

describe('expandDefinition of follow-up.json', () => {
  const expanded = expandDefinition(followUpJson);
  const questions: Record<string, unknown>[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (!isRecord(node)) return;
    if (typeof node['type'] === 'string') questions.push(node);
    Object.values(node).forEach(visit);
  };
  visit(expanded);
  const choiceValues = (name: string) => recordsOf(questions.find((q) => q['name'] === name)?.['choices']).map((choice) => choice['value']);

  it('leaves no codeList key anywhere', () => {
    expect(JSON.stringify(followUpJson)).toContain('"codeList"');
    expect(JSON.stringify(expanded)).not.toContain('"codeList"');
  });

  it('turns each code list into its choices', () => {
    expect(choiceValues('followed_up')).toEqual(codesOf('followed_up'));
    expect(choiceValues('continue')).toEqual(codesOf('continue'));
    expect(choiceValues('status')).toEqual(codesOf('follow_up_status'));
    expect(choiceValues('theme')).toEqual(codesOf('theme'));
    expect(choiceValues('country')).toEqual(expect.arrayContaining(['SE', 'BR', 'JP']));
  });

  it('shows exchanges in SurveyJS exactly when the schema asks them', () => {
    const model = new SurveyModel(expanded);
    const exchanges = model.getQuestionByName('exchanges');
    for (const followedUp of [undefined, ...codesOf('followed_up')]) {
      model.setValue('followed_up', followedUp);
      const answers = followedUp === undefined ? {} : { followed_up: followedUp };
      expect(exchanges.isVisible, String(followedUp)).toBe(exchangesList?.shownWhen(answers));
    }
  });
});

describe('follow-up response files', () => {
  const meta: ResponseMeta = {
    responseId: uuid(42), revision: 1, round: '2026-Q4', language: 'fr', startedAt: '2027-01-10T09:00:00.000Z', submittedAt: '2027-01-10T09:20:00.000Z',
  };
  const answers = (): Record<string, unknown> => ({
    org_name: 'Conseil québécois pour les réfugiés', country: 'CA', used_chart: true, followed_up: 'both',
    exchanges: [
      { id: 'x-1', partner: 'Instituto Acolher', theme: 'housing', status: 'agreed', comment: 'A study visit in March.' },
      { id: 'x-2', partner: 'Refugee Voices Ireland' },
    ],
    useful: 4, continue: 'with_changes', improvements: 'Circulate the chart twice a year.',
  });
  const file = (data: Record<string, unknown>) => buildResponseFile(meta, data, FOLLOW_UP_VERSION);
  const pathsOf = (data: Record<string, unknown>) => {
    const result = validateResponse(JSON.parse(JSON.stringify(file(data))));
    return result.ok ? [] : result.errors.map((error) => error.path);
  };
  const without = (key: string) => Object.fromEntries(Object.entries(answers()).filter(([name]) => name !== key));

  it('a valid follow-up response passes and is recognised as one', () => {
    const result = validateResponse(JSON.parse(JSON.stringify(file(answers()))));
    expect(result).toMatchObject({ ok: true, value: { questionnaireVersion: 'follow-up-2026.1', data: answers() } });
    expect(result.ok && isFollowUpResponse(result.value)).toBe(true);
  });

  it('the smallest valid answer: followed_up no, no exchanges, optional questions left out', () => {
    expect(pathsOf({ org_name: 'CCR', country: 'CA', used_chart: false, followed_up: 'no', useful: 1, continue: 'no' })).toEqual([]);
  });

  it('a main-questionnaire response is not a follow-up response', () => {
    const main = buildResponseFile(meta, validAnswers());
    expect(isFollowUpResponse(main)).toBe(false);
    expect(validateResponse(main).ok).toBe(true);
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ['missing useful', () => without('useful'), 'data.useful'],
    ['useful out of range', () => ({ ...answers(), useful: 6 }), 'data.useful'],
    ['useful as text', () => ({ ...answers(), useful: '4' }), 'data.useful'],
    ['missing org_name', () => without('org_name'), 'data.org_name'],
    ['missing continue', () => without('continue'), 'data.continue'],
    ['used_chart not a boolean', () => ({ ...answers(), used_chart: 'yes' }), 'data.used_chart'],
    ['an unknown followed_up code', () => ({ ...answers(), followed_up: 'sometimes' }), 'data.followed_up'],
    ['exchanges while followed_up is no', () => ({ ...answers(), followed_up: 'no' }), 'data.exchanges'],
    ['an unknown key', () => ({ ...answers(), rating: 5 }), 'data.rating'],
    ['a main-questionnaire key', () => ({ ...answers(), mechanism_needed: 5 }), 'data.mechanism_needed'],
    ['an exchange with an unknown status', () => ({ ...answers(), exchanges: [{ id: 'x-1', status: 'done' }] }), 'data.exchanges[0].status'],
    ['an exchange with an unknown theme', () => ({ ...answers(), exchanges: [{ id: 'x-1', theme: 'hosing' }] }), 'data.exchanges[0].theme'],
    ['an exchange without id', () => ({ ...answers(), exchanges: [{ partner: 'CCR' }] }), 'data.exchanges[0].id'],
    ['an exchange with an unknown key', () => ({ ...answers(), exchanges: [{ id: 'x-1', date: '2027-01-01' }] }), 'data.exchanges[0].date'],
    ['a country that is not a country code', () => ({ ...answers(), country: 'Canada' }), 'data.country'],
  ])('rejects %s, naming %s', (_, data, path) => {
    expect(pathsOf(data())).toContain(path);
  });

  it('rejects a follow-up questionnaire version the app cannot read', () => {
    const result = validateResponse({ ...file(answers()), questionnaireVersion: 'follow-up-2025.1' });
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(['questionnaireVersion']);
  });

  it('does not accept main-questionnaire answers under the follow-up version', () => {
    expect(pathsOf(validAnswers())).toEqual(expect.arrayContaining(['data.useful', 'data.followed_up', 'data.org_type']));
  });
});
