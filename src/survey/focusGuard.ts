// SurveyJS's focus on the first question in error (after a refused Next or Finish) never takes the focus from a field
// the respondent has moved to meanwhile.
import { Question } from 'survey-core';

/** Presses of a key or of the pointer anywhere in the page, counted: what says the respondent has acted. */
let interactions = 0;
/** Each question's pending focus on its error: the count of interactions when it was asked for. */
const requested = new WeakMap<Question, number>();
let registered = false;

function countInteraction(): void {
  interactions += 1;
}

/**
 * SurveyJS focuses a question by scrolling it into view first, then waiting until it has stood still for a few frames,
 * then focusing its input. A respondent who taps another field in those frames (the page has just jumped to the
 * error) had the focus taken from under their typing, and their next letters went into the question in error. Now
 * a focus on an error asked for before the respondent's last key or pointer press is dropped; the scroll still shows
 * the error, and one asked for with nothing pressed since goes ahead as before. Only errors: SurveyJS's other calls
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
    if (onError === true) requested.set(this, interactions);
    focus.call(this, onError, scrollIfVisible);
  };
  const focusInput = Question.prototype.focusInputElement;
  Question.prototype.focusInputElement = function focusUnlessMovedOn(this: Question, onError: boolean): void {
    if (onError) {
      const askedAt = requested.get(this);
      requested.delete(this);
      if (askedAt !== undefined && askedAt !== interactions) return;
    }
    focusInput.call(this, onError);
  };
}
