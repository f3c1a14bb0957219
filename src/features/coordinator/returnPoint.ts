// Where a response was opened from, so that coming back puts the coordinator where they were: a match card (its page
// offers the way back to the matches, and the focus goes back to that card), or the responses table's row.
import { returnFocusTo } from './focusReturn';

let point: { responseId: string; matchKey: string } | null = null;
/** The response just left for the responses table: its row is scrolled to and its link focused. */
let rowToReturnTo: string | null = null;

/** The response whose row the table should bring back into view and focus. */
export function rowToReturn(): string | null {
  return rowToReturnTo;
}

/** Called once the row has been returned to. */
export function rowReturned(): void {
  rowToReturnTo = null;
}

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
export function leavingResponse(responseId: string, to: 'matches' | 'responses' | 'elsewhere'): void {
  const key = matchOpenedFrom(responseId);
  if (key !== null && to === 'matches') returnFocusTo(key);
  if (to !== 'matches') point = null;
  // Back to the table: to the row opened, not the heading above eight filters and ten sort buttons.
  rowToReturnTo = to === 'responses' ? responseId : null;
}
