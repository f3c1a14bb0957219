// The two questionnaires a respondent can answer (the main one and the end-of-pilot follow-up), and their
// one-language definitions, loaded on demand so the respondent downloads only the language being shown.
import { preloadable, type Preloadable } from '../app/preloadable';
import { FOLLOW_UP_QUESTIONNAIRE, FOLLOW_UP_VERSION } from '../domain/followUpSchema';
import type { UiLanguage } from '../domain/languages';
import { QUESTIONNAIRE, QUESTIONNAIRE_VERSION, type PageSpec } from '../domain/questionnaireSchema';
import type { SurveyDefinition } from './definition';

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

type DefinitionModule = Promise<SurveyDefinition>;

// Literal specifiers, so the bundler makes one small chunk per questionnaire and language.
const DEFINITIONS: Record<QuestionnaireKind, Record<UiLanguage, () => DefinitionModule>> = {
  main: {
    en: () => import('virtual:questionnaire/main/en'),
    fr: () => import('virtual:questionnaire/main/fr'),
    es: () => import('virtual:questionnaire/main/es'),
    pt: () => import('virtual:questionnaire/main/pt'),
  },
  'follow-up': {
    en: () => import('virtual:questionnaire/follow-up/en'),
    fr: () => import('virtual:questionnaire/follow-up/fr'),
    es: () => import('virtual:questionnaire/follow-up/es'),
    pt: () => import('virtual:questionnaire/follow-up/pt'),
  },
};

// SurveyJS's own strings (Next, Previous, "Response required"…); English is built in.
const SURVEY_STRINGS: Record<UiLanguage, () => Promise<unknown>> = {
  en: () => Promise.resolve(),
  fr: () => import('survey-core/i18n/french'),
  es: () => import('survey-core/i18n/spanish'),
  // Made European where it is Brazilian by createSurvey (applyOwnSurveyStrings).
  pt: () => import('survey-core/i18n/portuguese'),
};

const sources = new Map<string, Preloadable<SurveyDefinition>>();

/** The questionnaire's SurveyJS definition in one language, with SurveyJS's strings for it: fetched once per page. */
export function definitionSource(kind: QuestionnaireKind, language: UiLanguage): Preloadable<SurveyDefinition> {
  const key = `${kind}/${language}`;
  let source = sources.get(key);
  if (!source) {
    source = preloadable(() => Promise.all([DEFINITIONS[kind][language](), SURVEY_STRINGS[language]()])
      .then(([module]) => ({ json: module.json, countries: module.countries, quarters: module.quarters })));
    sources.set(key, source);
  }
  return source;
}

export function loadDefinition(kind: QuestionnaireKind, language: UiLanguage): Promise<SurveyDefinition> {
  return definitionSource(kind, language).load();
}
