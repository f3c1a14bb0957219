// Typed access to the shared code lists (surveys/codelists.json) and the country → region table.
import codelists from '../../surveys/codelists.json';
import regions from '../../surveys/regions.json';
import { formatLocale, listSeparator, type UiLanguage } from './languages';

export { formatLocale, isOneOf, isUiLanguage, UI_LANGUAGES, type UiLanguage } from './languages';

export type LocalizedText = Record<UiLanguage, string>;

export interface CodeItem {
  code: string;
  label: LocalizedText;
  group?: string;
  class?: string;
  letter?: string | null;
  description?: LocalizedText;
}

export const CODE_LIST_NAMES = [
  'theme_group', 'theme', 'modality', 'org_type', 'org_class', 'resettlement_status', 'continuum_role', 'language',
  'region', 'funder_type', 'activity_type', 'priority', 'need_funding', 'offer_cost', 'consent_share',
  'refugee_involvement', 'willing_to_twin', 'twin_role', 'arrangement', 'heard_from', 'follow_up_status',
  'followed_up', 'continue',
] as const;
export type CodeListName = (typeof CODE_LIST_NAMES)[number];

const lists: Record<string, CodeItem[] | undefined> = codelists.lists;
const regionByCountry: Record<string, string | undefined> = regions;

export function codeList(name: CodeListName): readonly CodeItem[] {
  return lists[name] ?? [];
}

export function codesOf(name: CodeListName): readonly string[] {
  return codeList(name).map((item) => item.code);
}

export function isCode(name: CodeListName, value: string): boolean {
  return codeList(name).some((item) => item.code === value);
}

export function labelOf(name: CodeListName, code: string, language: UiLanguage): string {
  return codeList(name).find((item) => item.code === code)?.label[language] ?? code;
}

/** Several codes' labels in one text, separated as the language writes a list of labels (listSeparator). */
export function labelList(name: CodeListName, codes: readonly string[], language: UiLanguage): string {
  return codes.map((code) => labelOf(name, code, language)).join(listSeparator(language));
}

/** Each list's codes, each mapped to the list's own string (sharedCode). */
const SHARED_CODES: ReadonlyMap<CodeListName, ReadonlyMap<string, string>> = new Map(
  CODE_LIST_NAMES.map((name) => [name, new Map(codeList(name).map((item) => [item.code, item.code]))]),
);

/**
 * The code list's own string for a value that is one of its codes, or the value itself. Answers read from storage
 * are each a separate copy of their code; counting or grouping tens of thousands of entries by them hashes and
 * compares every copy, where the code list's own string matches at once (at 10,000 responses: evaluation metrics
 * 340 → 200 ms, the chart 100 → 65 ms).
 */
export function sharedCode(name: CodeListName, value: string): string {
  return SHARED_CODES.get(name)?.get(value) ?? value;
}

/** Every ISO 3166-1 alpha-2 code the questionnaire offers, sorted. */
export function countryCodes(): readonly string[] {
  return Object.keys(regionByCountry).sort();
}

export function isCountry(code: string): boolean {
  // Own keys only: '__proto__' or 'constructor' are not countries.
  return Object.hasOwn(regionByCountry, code);
}

/** The UN M49 continental region of a country: derived, never asked. */
export function regionOf(country: string): string | undefined {
  return Object.hasOwn(regionByCountry, country) ? regionByCountry[country] : undefined;
}

/** Org type → class used in partner preferences (`government`, `ngo`, `international`). */
export function orgClassOf(orgType: string): string | undefined {
  return codeList('org_type').find((item) => item.code === orgType)?.class;
}

const countryNames = new Map<string, Intl.DisplayNames>();

/** Country names in the reader's language, from the platform's own data (no data file to ship). */
export function countryName(code: string, language: UiLanguage): string {
  let names = countryNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames([formatLocale(language)], { type: 'region', fallback: 'code' });
    countryNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    // Not a well-formed region code (only possible for unvalidated input).
    return code;
  }
}
