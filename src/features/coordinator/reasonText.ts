// Reason codes as sentences in a given language, with shared modalities and languages named.
import { labelList, labelOf, type UiLanguage } from '../../domain/codes';
import type { Candidate, ReasonCode } from '../../domain/matching';
import { analysisTranslator } from './analysisMessages';

export function reasonSentence(reason: ReasonCode, candidate: Candidate, language: UiLanguage): string {
  const t = analysisTranslator(language);
  // One language or one form of support: French, Spanish and Portuguese then say "this language", not "these".
  const key = reason === 'shared_language' && candidate.sharedLanguages.length === 1 ? 'reason_shared_language_one'
    : reason === 'shared_modality' && candidate.sharedModalities.length === 1 ? 'reason_shared_modality_one'
      : `reason_${reason}` as const;
  return t(key, {
    modalities: labelList('modality', candidate.sharedModalities, language),
    languages: candidate.sharedLanguages.map((code) => labelOf('language', code, language)).join(', '),
  });
}
