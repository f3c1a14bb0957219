// SurveyJS's own strings where they do not fit the questionnaire: Portuguese made European, Spanish made formal (usted).
import { surveyLocalization } from 'survey-core';
import { isRecord } from '../domain/result';

/** The strings a respondent may see that are Brazilian in SurveyJS ("Próximo", "Digite para pesquisar"). */
const EUROPEAN_PORTUGUESE: Record<string, string> = {
  pageNextText: 'Seguinte',
  filterStringPlaceholder: 'Escreva para pesquisar…',
  placeholder: 'Selecione…',
  textMaxLength: 'Introduza menos de {0} caracteres.',
  requiredError: 'Responda a esta pergunta.',
  otherRequiredError: 'Especifique a outra opção.',
  emptyMessage: 'Não há dados a mostrar.',
  more: 'Mais',
};

/**
 * Once SurveyJS's Portuguese has loaded (with the questionnaire's definition), its Brazilian strings are replaced.
 * Done here, where survey-core is imported by name: a dynamic import of the whole package kept every export of it
 * in the respondent's download (3.6 KB gzip).
 */
export function europeanPortuguese(): void {
  const strings: unknown = surveyLocalization.getLocaleStrings('pt');
  if (isRecord(strings)) Object.assign(strings, EUROPEAN_PORTUGUESE);
}

/**
 * SurveyJS's Spanish a respondent may see that is informal where the questionnaire says usted ("Escribe para
 * buscar"), or stilted ("Por favor conteste la pregunta.", "Por favor agregue la otra estimación.").
 */
const FORMAL_SPANISH: Record<string, string> = {
  filterStringPlaceholder: 'Escriba para buscar…',
  requiredError: 'Responda a esta pregunta.',
  otherRequiredError: 'Especifique la otra opción.',
  textMaxLength: 'Introduzca menos de {0} caracteres.',
  emptyMessage: 'No hay datos que mostrar.',
};

/** Once SurveyJS's Spanish has loaded, its informal and stilted strings are replaced (see europeanPortuguese). */
export function formalSpanish(): void {
  const strings: unknown = surveyLocalization.getLocaleStrings('es');
  if (isRecord(strings)) Object.assign(strings, FORMAL_SPANISH);
}
