// The two questionnaires a respondent can answer (the main one and the end-of-pilot follow-up), and their
// one-language definitions, loaded on demand so the respondent downloads only the language being shown.
import { preloadable, type Preloadable } from '../app/preloadable';
import { FOLLOW_UP_QUESTIONNAIRE, FOLLOW_UP_VERSION } from '../domain/followUpSchema';
import type { UiLanguage } from '../domain/languages';
import { QUESTIONNAIRE, QUESTIONNAIRE_VERSION, type PageSpec } from '../domain/questionnaireSchema';
import type { SurveyDefinition } from './definition';
import { DEFINITION_MODULES } from './definitionModules';

export type QuestionnaireKind = 'main' | 'follow-up';

export interface QuestionnaireInfo {
  kind: QuestionnaireKind;
  version: string;
  /** The respondent's draft of this questionnaire is kept under this key. */
  draftId: string;
  pages: readonly PageSpec[];
}

export const QUESTIONNAIRES: Record<QuestionnaireKind, QuestionnaireInfo> = {
  main: { kind: 'main', version: QUESTIONNAIRE_VERSION, draftId: 'current', pages: QUESTIONNAIRE },
  'follow-up': { kind: 'follow-up', version: FOLLOW_UP_VERSION, draftId: 'follow-up', pages: FOLLOW_UP_QUESTIONNAIRE },
};

export type { SurveyDefinition } from './definition';

const sources = new Map<string, Preloadable<SurveyDefinition>>();

/** The questionnaire's SurveyJS definition in one language, with SurveyJS's strings for it: fetched once per page. */
export function definitionSource(kind: QuestionnaireKind, language: UiLanguage): Preloadable<SurveyDefinition> {
  const key = `${kind}/${language}`;
  let source = sources.get(key);
  if (!source) {
    // The module itself is the definition (its exports are SurveyDefinition's fields).
    source = preloadable<SurveyDefinition>(DEFINITION_MODULES[kind][language]);
    sources.set(key, source);
  }
  return source;
}

export function loadDefinition(kind: QuestionnaireKind, language: UiLanguage): Promise<SurveyDefinition> {
  return definitionSource(kind, language).load();
}
