// A response opened from a match card: its page offers the way back to the matches, and the focus goes back to that card.
import { returnFocusTo } from './focusReturn';

let point: { responseId: string; matchKey: string } | null = null;

/** Called as a card's link to a response is followed. */
export function openedFromMatch(responseId: string, matchKey: string): void {
  point = { responseId, matchKey };
}

/** The match card this response was opened from, if it was. */
export function matchOpenedFrom(responseId: string): string | null {
  return point?.responseId === responseId ? point.matchKey : null;
}

/**
 * Leaving the response: back to the matches (its link, or the browser's Back), the card it was opened from takes the
 * focus, not the screen's heading far above it.
 */
export function leavingResponse(responseId: string, toMatches: boolean): void {
  const key = matchOpenedFrom(responseId);
  if (key !== null && toMatches) returnFocusTo(key);
  if (!toMatches) point = null;
}
