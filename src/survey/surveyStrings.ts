// SurveyJS's own strings where they do not fit the questionnaire: Portuguese made European, Spanish made formal (usted).
import { setupLocale, surveyLocalization } from 'survey-core';
import type { UiLanguage } from '../domain/languages';
import { isRecord } from '../domain/result';
import type { SurveyLocale } from './definition';

/**
 * By language, the strings a respondent may see that SurveyJS writes otherwise: Brazilian in Portuguese ("Próximo",
 * "Digite para pesquisar"); informal where the questionnaire says usted ("Escribe para buscar") or stilted ("Por favor
 * conteste la pregunta.") in Spanish.
 */
const OWN_STRINGS: Partial<Record<UiLanguage, Record<string, string>>> = {
  pt: {
    pageNextText: 'Seguinte',
    filterStringPlaceholder: 'Escreva para pesquisar…',
    placeholder: 'Selecione…',
    textMaxLength: 'Introduza menos de {0} caracteres.',
    requiredError: 'Responda a esta pergunta.',
    otherRequiredError: 'Especifique a outra opção.',
    emptyMessage: 'Não há dados a mostrar.',
    more: 'Mais',
  },
  es: {
    filterStringPlaceholder: 'Escriba para buscar…',
    requiredError: 'Responda a esta pregunta.',
    otherRequiredError: 'Especifique la otra opción.',
    textMaxLength: 'Introduzca menos de {0} caracteres.',
    emptyMessage: 'No hay datos que mostrar.',
  },
};

/**
 * SurveyJS's strings for `language`, which come with the questionnaire's definition (the build copies them from
 * survey-core/i18n, so the first question waits for one download, not two), registered once; then ours replace theirs
 * where we have some. Done here, where survey-core is imported by name: a dynamic import of the whole package kept
 * every export of it in the respondent's download (3.6 KB gzip).
 */
export function applySurveyStrings(language: UiLanguage, locale: SurveyLocale | null): void {
  if (locale && !isRecord(surveyLocalization.getLocaleStrings(locale.localeCode))) setupLocale(locale);
  const own = OWN_STRINGS[language];
  const strings: unknown = language === 'en' ? undefined : surveyLocalization.getLocaleStrings(language);
  if (own && isRecord(strings)) Object.assign(strings, own);
}
