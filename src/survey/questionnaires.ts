// The two questionnaires a respondent can answer: the main one and the end-of-pilot follow-up.
import followUp from '../../surveys/follow-up.json';
import questionnaire from '../../surveys/questionnaire.json';
import { FOLLOW_UP_QUESTIONNAIRE, FOLLOW_UP_VERSION } from '../domain/followUpSchema';
import { QUESTIONNAIRE, QUESTIONNAIRE_VERSION, type PageSpec } from '../domain/questionnaireSchema';
import { expandDefinition } from './definition';

export type QuestionnaireKind = 'main' | 'follow-up';

export interface QuestionnaireInfo {
  kind: QuestionnaireKind;
  version: string;
  /** The respondent's draft of this questionnaire is kept under this key. */
  draftId: string;
  pages: readonly PageSpec[];
  json: unknown;
}

export const QUESTIONNAIRES: Record<QuestionnaireKind, QuestionnaireInfo> = {
  main: { kind: 'main', version: QUESTIONNAIRE_VERSION, draftId: 'current', pages: QUESTIONNAIRE, json: questionnaire },
  'follow-up': { kind: 'follow-up', version: FOLLOW_UP_VERSION, draftId: 'follow-up', pages: FOLLOW_UP_QUESTIONNAIRE, json: followUp },
};

const expanded = new Map<QuestionnaireKind, Record<string, unknown>>();

/** Expanded once per page load: country names for four languages are not free. */
export function definitionOf(kind: QuestionnaireKind): Record<string, unknown> {
  let definition = expanded.get(kind);
  if (!definition) {
    definition = expandDefinition(QUESTIONNAIRES[kind].json);
    expanded.set(kind, definition);
  }
  return definition;
}
