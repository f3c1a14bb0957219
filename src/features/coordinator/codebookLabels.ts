// Status and reason labels in all four languages, for the codebook (their words live in the UI's messages).
import { UI_LANGUAGES } from '../../domain/codes';
import type { CodebookLabels } from '../../domain/csvCodebook';
import { FOLLOW_UP_STATUSES } from '../../domain/followUp';
import { REASON_CODES } from '../../domain/matching';
import { analysisTranslator, type AnalysisTranslate } from './analysisMessages';

let labels: CodebookLabels | null = null;

export function codebookLabels(): CodebookLabels {
  if (labels) return labels;
  const byLanguage = (text: (t: AnalysisTranslate) => string) => Object.fromEntries(UI_LANGUAGES.map((language) => [language, text(analysisTranslator(language))]));
  labels = {
    match_status: Object.fromEntries(FOLLOW_UP_STATUSES.map((status) => [status, byLanguage((t) => t(`status_${status}`))])),
    reason: Object.fromEntries(REASON_CODES.map((reason) => [reason, byLanguage((t) => t(`reason_${reason}`, { modalities: '…', languages: '…' }))])),
  };
  return labels;
}
