// Which language an introduction e-mail is written in: one both sides share, else the coordinator's.
import { isUiLanguage, type UiLanguage } from './codes';
import type { Candidate } from './matching';

/** The first of the need's languages (its own order) that the offer shares and the app can write in. */
export function introductionLanguage(candidate: Candidate, fallback: UiLanguage): UiLanguage {
  const shared = new Set(candidate.offer.languages);
  for (const language of candidate.need.languages) {
    if (shared.has(language) && isUiLanguage(language)) return language;
  }
  return fallback;
}
