// Types of modules with no types of their own: the questionnaire per language (build/questionnaireModules.ts) and SurveyJS translations.
declare module 'virtual:questionnaire/*' {
  export const json: Record<string, unknown>;
  export const countries: { value: string; text: string }[];
  export const quarters: string[];
  /** SurveyJS's strings in the language; null for English. */
  export const surveyLocale: import('./definition').SurveyLocale | null;
}

// SurveyJS's translations of its own strings register themselves when loaded: the build reads them from there
// (build/questionnaireModules.ts); nothing is imported from them.
declare module 'survey-core/i18n/french';
declare module 'survey-core/i18n/spanish';
declare module 'survey-core/i18n/portuguese';
