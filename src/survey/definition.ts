// Turns the questionnaire JSON under surveys/ into a SurveyJS definition: code lists become localized choices, and a
// one-language definition (what a respondent downloads) keeps only the strings of the language being shown.
import { CODE_LIST_NAMES, codeList, countryCodes, countryName, isOneOf, labelOf, UI_LANGUAGES, type CodeListName, type UiLanguage } from '../domain/codes';
import { formatLocale } from '../domain/languages';
import { isRecord } from '../domain/result';
import { quarterTexts } from '../domain/round';

/** SurveyJS's locale key for the default language (English). */
const surveyLocaleKey = (language: UiLanguage) => (language === 'en' ? 'default' : language);
const LOCALE_KEYS: readonly string[] = UI_LANGUAGES.map(surveyLocaleKey);

type Localized = Record<string, string> | string;
interface Choice { value: string; text: Localized }

/** One language's choice: what SurveyJS's lazy loading is given. */
export interface Option { value: string; text: string }

/** All four languages, or only `only` as a plain string (which SurveyJS shows whatever its locale). */
function localized(text: (language: UiLanguage) => string, only: UiLanguage | undefined): Localized {
  if (only) return text(only);
  return Object.fromEntries(UI_LANGUAGES.map((language) => [surveyLocaleKey(language), text(language)]));
}

/** `{ default, fr, es, pt }` as written in surveys/*.json. */
function isLocalizedText(value: Record<string, unknown>): boolean {
  const keys = Object.keys(value);
  return keys.includes('default') && keys.every((key) => LOCALE_KEYS.includes(key) && typeof value[key] === 'string');
}

function countryChoices(only: UiLanguage | undefined): Choice[] {
  return countryCodes().map((code) => ({ value: code, text: localized((language) => countryName(code, language), only) }));
}

function codeListChoices(name: CodeListName, only: UiLanguage | undefined): Choice[] {
  if (name === 'theme') {
    // SurveyJS dropdowns have no option groups: the phase leads each label, and the list is in phase order.
    return codeList('theme').map((item) => ({
      value: item.code,
      text: localized((language) => `${labelOf('theme_group', item.group ?? 'other', language)} · ${item.label[language]}`, only),
    }));
  }
  return codeList(name).map((item) => ({
    value: item.code,
    text: localized((language) => (item.description ? `${item.label[language]} — ${item.description[language]}` : item.label[language]), only),
  }));
}

function isCodeListName(value: unknown): value is CodeListName {
  return isOneOf(CODE_LIST_NAMES, value);
}

interface Expansion {
  only: UiLanguage | undefined;
  countries: () => Choice[];
}

function expandElement(element: unknown, context: Expansion): unknown {
  if (Array.isArray(element)) return element.map((item) => expandElement(item, context));
  if (!isRecord(element)) return element;
  if (context.only && isLocalizedText(element)) {
    const text = element[surveyLocaleKey(context.only)] ?? element['default'];
    return typeof text === 'string' ? text : '';
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element)) {
    if (key === 'codeList') continue;
    out[key] = typeof value === 'object' && value !== null ? expandElement(value, context) : value;
  }
  const list = element['codeList'];
  if (list === 'country' && context.only) {
    // 245 choices built into SurveyJS objects cost more than the rest of the questionnaire together: a one-language
    // definition loads them when the list is opened (createSurvey serves them from countryOptions()).
    out['choicesLazyLoadEnabled'] = true;
    // All of them at once when it opens. With pages left to load, SurveyJS 3.0 adds a "loading" row to the list and its
    // keyboard handling can land on it (the first ArrowDown on an empty dropdown, or an arrow past the last row
    // loaded), where it throws and the list stops answering keys.
    out['choicesLazyLoadPageSize'] = countryCodes().length;
  }
  else if (list === 'country') {
    out['choices'] = context.countries();
    // Sorted by the name in the language being shown, not by code.
    out['choicesOrder'] = 'asc';
  }
  else if (isCodeListName(list)) out['choices'] = codeListChoices(list, context.only);
  else if (list !== undefined) throw new Error(`surveys: unknown codeList "${String(list)}"`);
  return out;
}

/** Every country in `language`, sorted by its name there (as a respondent scans the list), code as tie-break. */
export function countryOptions(language: UiLanguage): Option[] {
  const collator = new Intl.Collator(language);
  return countryCodes()
    .map((code) => ({ value: code, text: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.text, b.text) || a.value.localeCompare(b.value));
}

/**
 * The SurveyJS JSON with every `codeList` replaced by choices: in all four languages, or, given `only`, with every
 * text in that language alone (a quarter of the bytes; the respondent's browser loads another one when they switch).
 */
export function expandDefinition(json: unknown, only?: UiLanguage): Record<string, unknown> {
  let countriesCache: Choice[] | undefined;
  const countries = () => (countriesCache ??= countryChoices(only));
  const expanded = expandElement(json, { only, countries });
  if (!isRecord(expanded)) throw new Error('surveys: the questionnaire must be a JSON object');
  return expanded;
}

/** SurveyJS's own strings in one language (Next, Previous, "Response required"…), as its setupLocale() takes them. */
export interface SurveyLocale {
  localeCode: string;
  strings: Record<string, string>;
  nativeName: string;
  englishName: string;
}

/** One questionnaire in one language: what a respondent downloads (build/questionnaireModules.ts) and createSurvey takes. */
export interface SurveyDefinition {
  json: Record<string, unknown>;
  /** Served to the questions whose choices load lazily (countries), sorted by name in this language. */
  countries: readonly Option[];
  /** The rounds' texts in this language (quarterTexts), so the first page formats no date. */
  quarters: readonly string[];
  /** SurveyJS's strings in this language (copied from survey-core/i18n at build time), registered when the survey is built; null for English, which SurveyJS has built in. */
  surveyLocale: SurveyLocale | null;
}

export function definitionIn(json: unknown, language: UiLanguage, surveyLocale: SurveyLocale | null): SurveyDefinition {
  const expanded = expandDefinition(json, language);
  // Only a questionnaire that asks for countries carries their names.
  const countries = JSON.stringify(expanded).includes('"choicesLazyLoadEnabled":true') ? countryOptions(language) : [];
  return { json: expanded, countries, quarters: quarterTexts(formatLocale(language)), surveyLocale };
}
