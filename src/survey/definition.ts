// Turns the questionnaire JSON under surveys/ into a SurveyJS definition: code lists become localized choices.
import { CODE_LIST_NAMES, codeList, countryCodes, countryName, isOneOf, isUiLanguage, labelOf, UI_LANGUAGES, type CodeListName, type UiLanguage } from '../domain/codes';
import { isRecord } from '../domain/result';

/** SurveyJS's locale key for the default language (English). */
const surveyLocaleKey = (language: UiLanguage) => (language === 'en' ? 'default' : language);

type Localized = Record<string, string>;
interface Choice { value: string; text: Localized }

function localized(text: (language: UiLanguage) => string): Localized {
  return Object.fromEntries(UI_LANGUAGES.map((language) => [surveyLocaleKey(language), text(language)]));
}

function countryChoices(): Choice[] {
  return countryCodes().map((code) => ({ value: code, text: localized((language) => countryName(code, language)) }));
}

function codeListChoices(name: CodeListName): Choice[] {
  if (name === 'theme') {
    // SurveyJS dropdowns have no option groups: the phase leads each label, and the list is in phase order.
    return codeList('theme').map((item) => ({
      value: item.code,
      text: localized((language) => `${labelOf('theme_group', item.group ?? 'other', language)} · ${item.label[language]}`),
    }));
  }
  return codeList(name).map((item) => ({
    value: item.code,
    text: localized((language) => (item.description ? `${item.label[language]} — ${item.description[language]}` : item.label[language])),
  }));
}

function isCodeListName(value: unknown): value is CodeListName {
  return isOneOf(CODE_LIST_NAMES, value);
}

function expandElement(element: unknown, countries: () => Choice[]): unknown {
  if (Array.isArray(element)) return element.map((item) => expandElement(item, countries));
  if (!isRecord(element)) return element;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(element)) {
    if (key === 'codeList') continue;
    out[key] = typeof value === 'object' && value !== null ? expandElement(value, countries) : value;
  }
  const list = element['codeList'];
  if (list === 'country') {
    out['choices'] = countries();
    // Sorted by the name in the language being shown, not by code.
    out['choicesOrder'] = 'asc';
  }
  else if (isCodeListName(list)) out['choices'] = codeListChoices(list);
  else if (list !== undefined) throw new Error(`surveys: unknown codeList "${String(list)}"`);
  return out;
}

/** The SurveyJS JSON with every `codeList` replaced by choices in all four languages. */
export function expandDefinition(json: unknown): Record<string, unknown> {
  let countriesCache: Choice[] | undefined;
  const countries = () => (countriesCache ??= countryChoices());
  const expanded = expandElement(json, countries);
  if (!isRecord(expanded)) throw new Error('surveys: the questionnaire must be a JSON object');
  return expanded;
}

export function toSurveyLocale(language: UiLanguage): string {
  return language === 'en' ? '' : language;
}

export function fromSurveyLocale(locale: string): UiLanguage {
  return isUiLanguage(locale) ? locale : 'en';
}
