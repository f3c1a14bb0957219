// The one-language definitions as the build makes them (build/questionnaireModules.ts), SurveyJS's strings included.
import { surveyLocaleOf } from '../../build/questionnaireModules';
import { UI_LANGUAGES, type UiLanguage } from '../../src/domain/languages';
import { definitionIn, type SurveyDefinition, type SurveyLocale } from '../../src/survey/definition';

const locales = new Map<UiLanguage, SurveyLocale | null>(await Promise.all(UI_LANGUAGES.map(async (language) => [language, await surveyLocaleOf(language)] as const)));

/** What loadDefinition() gives the browser for `json` in `language`. */
export function builtDefinition(json: unknown, language: UiLanguage): SurveyDefinition {
  return definitionIn(json, language, locales.get(language) ?? null);
}
