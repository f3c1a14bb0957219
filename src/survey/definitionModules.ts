// The questionnaires' one-language definition modules (build/questionnaireModules.ts), imported by literal
// specifiers so the bundler makes one small chunk of each; shared by the app and the script that fetches ahead.
import type { UiLanguage } from '../domain/languages';
import type { QuestionnaireKind } from './questionnaires';

export type DefinitionModule = typeof import('virtual:questionnaire/main/en');

export const DEFINITION_MODULES: Record<QuestionnaireKind, Record<UiLanguage, () => Promise<DefinitionModule>>> = {
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
