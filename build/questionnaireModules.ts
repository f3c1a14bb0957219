// Vite plugin: `virtual:questionnaire/<kind>/<language>` is one questionnaire, expanded in one language at build time
// with SurveyJS's own strings in that language, so a respondent downloads a quarter of the strings in one file and the
// browser does no code-list expansion before the first question.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { isUiLanguage, type UiLanguage } from '../src/domain/languages';
import { isRecord } from '../src/domain/result';
import { definitionIn, type SurveyLocale } from '../src/survey/definition';

const PREFIX = 'virtual:questionnaire/';
const RESOLVED = `\0${PREFIX}`;
const SOURCES: Record<string, URL> = {
  main: new URL('../surveys/questionnaire.json', import.meta.url),
  'follow-up': new URL('../surveys/follow-up.json', import.meta.url),
};

// SurveyJS's translations register themselves with survey-core when imported (here, in Node, at build time).
const SURVEYJS_TRANSLATIONS: Record<Exclude<UiLanguage, 'en'>, () => Promise<unknown>> = {
  fr: () => import('survey-core/i18n/french'),
  es: () => import('survey-core/i18n/spanish'),
  pt: () => import('survey-core/i18n/portuguese'),
};

/** SurveyJS's strings in `language`, read from its translation module; null for English, which it has built in. */
export async function surveyLocaleOf(language: UiLanguage): Promise<SurveyLocale | null> {
  if (language === 'en') return null;
  await SURVEYJS_TRANSLATIONS[language]();
  const { surveyLocalization } = await import('survey-core');
  const strings: unknown = surveyLocalization.getLocaleStrings(language);
  const nativeName: unknown = surveyLocalization.localeNames[language];
  const englishName: unknown = surveyLocalization.localeNamesInEnglish[language];
  if (!isRecord(strings) || typeof nativeName !== 'string' || typeof englishName !== 'string') {
    throw new Error(`survey-core/i18n: no strings registered for "${language}"`);
  }
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(strings)) if (typeof value === 'string') texts[key] = value;
  return { localeCode: language, strings: texts, nativeName, englishName };
}

/** The module's source: each export a JSON.parse of a string literal, parsed faster than the same object as a literal. */
export async function questionnaireModuleSource(path: string, language: UiLanguage): Promise<string> {
  const definition = definitionIn(JSON.parse(readFileSync(path, 'utf8')), language, await surveyLocaleOf(language));
  const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
  return [
    `export const json = ${json(definition.json)};`,
    `export const countries = ${json(definition.countries)};`,
    `export const quarters = ${json(definition.quarters)};`,
    `export const surveyLocale = ${json(definition.surveyLocale)};`,
  ].join('\n');
}

export function questionnaireModules(): Plugin {
  return {
    name: 'needs-offers-questionnaire-modules',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const [kind = '', language = ''] = id.slice(RESOLVED.length).split('/');
      const source = SOURCES[kind];
      if (!source || !isUiLanguage(language)) this.error(`${id}: expected ${PREFIX}<main|follow-up>/<en|fr|es|pt>`);
      this.addWatchFile(source.pathname);
      return questionnaireModuleSource(source.pathname, language);
    },
  };
}
