// SurveyJS's focus on the first question in error never takes the focus from a field the respondent moved to.
import { Question } from 'survey-core';

/** Presses of a key or of the pointer anywhere in the page, counted: what says the respondent has acted. */
let interactions = 0;
interface Request {
  /** The count of interactions when the focus was asked for. */
  interactions: number;
  /** What had the focus then (Next, usually). */
  focused: Element | null;
}

/** Each question's pending focus on its error. */
const requested = new WeakMap<Question, Request>();
let registered = false;

function countInteraction(): void {
  interactions += 1;
}

function focusedNow(): Element | null {
  return typeof document === 'undefined' ? null : document.activeElement;
}

/**
 * The respondent has put the focus somewhere themselves since `request`: a key or the pointer pressed, and the focus
 * on something else, not on nothing. A Shift or Ctrl alone (a screen reader's "stop speaking") or a finger that only
 * scrolled moved nothing, and the focus on the error goes ahead.
 */
function movedOnSince(request: Request): boolean {
  const now = focusedNow();
  return request.interactions !== interactions && now !== null && now !== document.body && now !== request.focused;
}

/**
 * SurveyJS focuses a question by scrolling it into view first, then waiting until it has stood still for a few frames,
 * then focusing its input. A respondent who taps another field in those frames (the page has just jumped to the
 * error) had the focus taken from under their typing, and their next letters went into the question in error. Now
 * a focus on an error is dropped when the respondent has moved the focus themselves since it was asked for
 * (movedOnSince); the scroll still shows the error, and otherwise the focus goes there as before. Only errors: SurveyJS's other calls
 * (a list's own input, a question focused by name) go through untouched, so a request that never reached its input
 * cannot hold one of them back. Called once, at module load.
 */
export function registerFocusGuard(): void {
  if (registered) return;
  registered = true;
  if (typeof document !== 'undefined') {
    // Capture: counted before any handler of the page (SurveyJS's own) can act on the press.
    document.addEventListener('pointerdown', countInteraction, true);
    document.addEventListener('keydown', countInteraction, true);
  }
  const focus = Question.prototype.focus;
  Question.prototype.focus = function focusRequested(this: Question, onError?: boolean, scrollIfVisible?: boolean): void {
    if (onError === true) requested.set(this, { interactions, focused: focusedNow() });
    focus.call(this, onError, scrollIfVisible);
  };
  const focusInput = Question.prototype.focusInputElement;
  Question.prototype.focusInputElement = function focusUnlessMovedOn(this: Question, onError: boolean): void {
    if (onError) {
      const request = requested.get(this);
      requested.delete(this);
      if (request && movedOnSince(request)) return;
    }
    focusInput.call(this, onError);
  };
}
