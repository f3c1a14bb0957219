// Reason codes as sentences in a given language, with shared modalities and languages named.
import { labelOf, type UiLanguage } from '../../domain/codes';
import type { Candidate, ReasonCode } from '../../domain/matching';
import { analysisTranslator } from './analysisMessages';

export function reasonSentence(reason: ReasonCode, candidate: Candidate, language: UiLanguage): string {
  const t = analysisTranslator(language);
  return t(`reason_${reason}`, {
    // "; ": some kinds of support have commas in their names ("Acompañamiento, como observador, de una misión…").
    modalities: candidate.sharedModalities.map((code) => labelOf('modality', code, language)).join('; '),
    languages: candidate.sharedLanguages.map((code) => labelOf('language', code, language)).join(', '),
  });
}
