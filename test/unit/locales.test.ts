// All four languages (en, fr, es, pt) cover every string: questionnaire.json, code list labels, app messages and rule messages.
import { describe, expect, it } from 'vitest';
import questionnaire from '../../surveys/questionnaire.json';
import codelists from '../../surveys/codelists.json';
import { en } from '../../src/app/messages.en';
import { messages as es } from '../../src/app/messages.es';
import { messages as fr } from '../../src/app/messages.fr';
import { messages as pt } from '../../src/app/messages.pt';
import { codesOf, labelOf, UI_LANGUAGES } from '../../src/domain/codes';
import { COORDINATOR_MESSAGES } from '../../src/features/coordinator/messages';
import { statusWordKey } from '../../src/features/coordinator/statusWords';
import { isRecord } from '../../src/domain/result';
import { ruleMessage, type RuleMessage } from '../../src/survey/messages';

const SURVEY_KEYS = ['default', 'fr', 'es', 'pt'];
/** SurveyJS properties a respondent reads: they must always be localized objects, never bare strings. */
const LOCALIZABLE = new Set(['title', 'description', 'html', 'placeholder', 'templateTitle', 'addPanelText', 'removePanelText', 'confirmDeleteText', 'labelTrue',
  'labelFalse', 'minRateDescription', 'maxRateDescription', 'requiredErrorText', 'otherText', 'noneText', 'text', 'completeText']);

const slotsOf = (text: string) => [...new Set(text.match(/\{[^{}]+\}/g) ?? [])].sort();

/** Every localized object of the questionnaire with its path, and every localizable property left as a bare string. */
function collect(node: unknown, path: string, found: [string, Record<string, unknown>][], bare: string[]): void {
  if (Array.isArray(node)) { node.forEach((item, index) => collect(item, `${path}[${index}]`, found, bare)); return; }
  if (!isRecord(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const here = `${path}.${key}`;
    if (isRecord(value) && 'default' in value) found.push([here, value]);
    else if (typeof value === 'string' && LOCALIZABLE.has(key)) bare.push(here);
    else collect(value, here, found, bare);
  }
}

const localized: [string, Record<string, unknown>][] = [];
const bare: string[] = [];
collect(questionnaire, '', localized, bare);

function share(pairs: [string, string][]): number {
  return pairs.filter(([english, other]) => english !== other).length / pairs.length;
}

describe('questionnaire.json', () => {
  it('has localized strings, and no bare string where a respondent reads text', () => {
    expect(localized.length).toBeGreaterThan(100);
    expect(bare).toEqual([]);
  });

  it('asks before removing an entry of any list, in words of its own', () => {
    const lists: Record<string, unknown>[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) { node.forEach(walk); return; }
      if (!isRecord(node)) return;
      if (node['type'] === 'paneldynamic') lists.push(node);
      Object.values(node).forEach(walk);
    };
    walk(questionnaire);
    expect(lists.map((list) => list['name'])).toEqual(['needs', 'offers', 'funding_sources', 'past_twinning']);
    for (const list of lists) {
      expect(list['confirmDelete'], String(list['name'])).toBe(true);
      expect(JSON.stringify(list['confirmDeleteText']), String(list['name'])).toContain('?');
    }
    expect(new Set(lists.map((list) => JSON.stringify(list['confirmDeleteText']))).size).toBe(lists.length);
  });

  it.each(localized)('%s has non-empty default, fr, es and pt, and nothing else', (_, text) => {
    expect(Object.keys(text).sort()).toEqual([...SURVEY_KEYS].sort());
    for (const key of SURVEY_KEYS) {
      const value = text[key];
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
    }
  });

  it.each(localized)('%s uses the same {variables} in every language', (_, text) => {
    const english = slotsOf(String(text['default']));
    for (const key of SURVEY_KEYS) expect(slotsOf(String(text[key])), key).toEqual(english);
  });

  it.each(['fr', 'es', 'pt'])('%s differs from English in at least 90%% of strings (real translations)', (language) => {
    expect(share(localized.map(([, text]) => [String(text['default']), String(text[language])]))).toBeGreaterThanOrEqual(0.9);
  });
});

describe('codelists.json labels', () => {
  const lists = isRecord(codelists) && isRecord(codelists.lists) ? Object.entries(codelists.lists) : [];
  const texts: [string, unknown][] = lists.flatMap(([name, items]) => (Array.isArray(items) ? items : []).flatMap((item: unknown): [string, unknown][] => {
    if (!isRecord(item)) return [[`${name}[?]`, item]];
    const rows: [string, unknown][] = [[`${name}.${String(item['code'])}.label`, item['label']]];
    if (item['description'] !== undefined) rows.push([`${name}.${String(item['code'])}.description`, item['description']]);
    return rows;
  }));

  it('has labels to check', () => {
    expect(texts.length).toBeGreaterThan(150);
  });

  it.each(texts)('%s has non-empty en, fr, es and pt', (_, text) => {
    expect(isRecord(text)).toBe(true);
    if (!isRecord(text)) return;
    expect(Object.keys(text).sort()).toEqual([...UI_LANGUAGES].sort());
    for (const language of UI_LANGUAGES) {
      const value = text[language];
      expect(typeof value === 'string' && value.trim() !== '', language).toBe(true);
    }
  });

  it.each(['fr', 'es', 'pt'])('%s labels differ from English for at least 90%% of labels', (language) => {
    const pairs = texts.filter(([path]) => !path.startsWith('language.')).flatMap(([, text]): [string, string][] =>
      (isRecord(text) ? [[String(text['en']), String(text[language])]] : []));
    expect(share(pairs)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('app messages (src/app/messages.*.ts)', () => {
  const MESSAGES = { en, fr, es, pt };
  const englishKeys = Object.keys(MESSAGES.en).sort();

  it.each(['fr', 'es', 'pt'] as const)('%s has exactly the English keys', (language) => {
    expect(Object.keys(MESSAGES[language]).sort()).toEqual(englishKeys);
  });

  it.each(UI_LANGUAGES.flatMap((language) => Object.entries(MESSAGES[language]).map(([key, text]) => [language, key, text])))(
    '%s.%s is non-empty and has the English {slots}', (language, key, text) => {
      expect(text.trim()).not.toBe('');
      const english: unknown = Object.entries(MESSAGES.en).find(([k]) => k === key)?.[1];
      expect(typeof english).toBe('string');
      expect(slotsOf(text), `${language}.${key}`).toEqual(slotsOf(String(english)));
    });

  it.each(['fr', 'es', 'pt'] as const)('%s differs from English for at least 90%% of messages', (language) => {
    const pairs = Object.entries(MESSAGES.en).map(([key, english]): [string, string] =>
      [english, Object.entries(MESSAGES[language]).find(([k]) => k === key)?.[1] ?? english]);
    expect(share(pairs)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('rule messages (src/survey/messages.ts)', () => {
  const rules: RuleMessage[] = ['url', 'month', 'date', 'monthOrder', 'wholeNumber'];

  it.each(rules)('%s is given in four different languages', (rule) => {
    const texts = UI_LANGUAGES.map((language) => ruleMessage(rule, language));
    for (const text of texts) expect(text.trim()).not.toBe('');
    expect(new Set(texts).size).toBe(4);
  });
});

describe('the responses table’s status words', () => {
  it.each(UI_LANGUAGES)('name every resettlement status in %s, each differently and shorter than its label', (language) => {
    const words = codesOf('resettlement_status').map((code) => {
      const key = statusWordKey(code);
      if (key === undefined) throw new Error(`no short word for status ${code}`);
      const word = COORDINATOR_MESSAGES[language][key];
      expect(word.length, code).toBeLessThan(labelOf('resettlement_status', code, language).length);
      return word;
    });
    expect(new Set(words).size).toBe(words.length);
  });
});
