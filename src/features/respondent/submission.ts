// Turns a finished draft into the response file, checked against the questionnaire before it is stored.
import type { Deployment } from '../../domain/deployment';
import { roundFor } from '../../domain/deployment';
import { askedAnswers } from '../../domain/askedAnswers';
import { withEntryIds } from '../../domain/entryIds';
import { buildResponseFile, validateResponse, type ResponseFile } from '../../domain/responseFile';
import type { Result } from '../../domain/result';
import type { UiLanguage } from '../../domain/codes';
import { QUESTIONNAIRES, type QuestionnaireInfo } from '../../survey/questionnaires';

export interface FinishedDraft {
  responseId: string;
  revision: number;
  startedAt: string;
  data: Record<string, unknown>;
}

export function responseFromDraft(draft: FinishedDraft, language: UiLanguage, deployment: Deployment, now: Date, newId: () => string, questionnaire: QuestionnaireInfo = QUESTIONNAIRES.main): Result<ResponseFile> {
  const data = askedAnswers(withEntryIds(draft.data, newId), questionnaire.pages);
  const file = buildResponseFile({
    responseId: draft.responseId,
    revision: draft.revision,
    round: roundFor(deployment, now),
    language,
    startedAt: draft.startedAt,
    submittedAt: now.toISOString(),
  }, data, questionnaire.version);
  // The same validation the coordinator's import applies: a file we hand out must always import.
  return validateResponse(file);
}
