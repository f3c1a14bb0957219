// One match's key across screens and renders: its need and its offer.
import type { Candidate } from '../../domain/matching';

export function matchKey(candidate: Candidate): string {
  return `${candidate.need.id}|${candidate.offer.id}`;
}
