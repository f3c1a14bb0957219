// One match's key across screens and renders: its need and its offer.
import type { Candidate } from '../../domain/matching';

export function matchKey(candidate: Candidate): string {
  return `${candidate.need.id}|${candidate.offer.id}`;
}

/**
 * The key of the match card after the one holding `element` (or before it, for the last card), read from the
 * cards' data-need and data-offer: where the focus goes if a save takes the card out of the list.
 */
export function neighbourMatchKey(element: Element | null): string | null {
  const card = element?.closest('.match-card');
  const neighbour = [card?.nextElementSibling, card?.previousElementSibling].find((item) => item?.classList.contains('match-card'));
  const need = neighbour?.getAttribute('data-need');
  const offer = neighbour?.getAttribute('data-offer');
  return need && offer ? `${need}|${offer}` : null;
}
