// Fields that SurveyJS takes (and checks) only when they are left, such as an e-mail address: what is typed is saved
// as typed, and their error is hidden while they are put right, so nothing moves under the pointer or finger.
import type { SurveyModel } from 'survey-core';
import { questionOfElement } from '../../survey/questionOfElement';

/** Marks a field being put right while it is typed into: its error box is hidden until it is left (styles.css). */
const TYPING = 'data-putting-right';

/**
 * Watches the fields under `root`; `save` is given what is typed into a top-level one (entries' fields reach the
 * draft when left). Returns what stops watching.
 */
export function watchFieldsCheckedWhenLeft(root: HTMLElement, survey: SurveyModel, save: (name: string, value: string) => void): () => void {
  const onInput = (event: Event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const question = questionOfElement(survey, input);
    // Fields that take their value as typed are saved by onValueChanged already.
    if (!question || question.getType() !== 'text' || question.isInputTextUpdate) return;
    // Such a field is checked when left, so its error box stayed up while it was being put right, then went away
    // on leaving it, moving what was below under the pointer: the click that left the field then missed. The
    // error box is hidden as soon as the field is typed into, and shown again on leaving it if still due
    // (SurveyJS checks the new value then). Only hidden, not taken from the model: a change to the question's
    // errors redraws it, and SurveyJS then puts the model's value back into the box, losing what is being typed
    // (a field once wrong could not be put right).
    const box = input.closest('[data-name]');
    if (box && question.errors.length > 0 && input.value.trim() !== '') box.setAttribute(TYPING, '');
    if (survey.getQuestionByName(question.name) !== question || question.value === input.value) return;
    save(question.name, input.value);
  };
  // Left by a press (a finger on Next), the error stays hidden until the press is over: SurveyJS checks nothing
  // when a field is left by pressing Next (it checks the page on the click), so the old error came back as the
  // finger went down, moved Next from under it, and the tap was lost. After the press (and the click it made) the
  // error shows only if it is still due. Left otherwise (Tab), it shows once SurveyJS has checked the new value.
  let pressed = false;
  const onPress = () => { pressed = true; };
  const onRelease = () => { pressed = false; };
  const onLeave = (event: FocusEvent) => {
    const box = event.target instanceof HTMLElement ? event.target.closest(`[${TYPING}]`) : null;
    if (!box) return;
    const show = () => setTimeout(() => box.removeAttribute(TYPING), 0);
    if (!pressed) {
      show();
      return;
    }
    // A press ends in pointerup, or in pointercancel when the finger scrolls instead.
    const ended = () => {
      document.removeEventListener('pointerup', ended);
      document.removeEventListener('pointercancel', ended);
      show();
    };
    document.addEventListener('pointerup', ended);
    document.addEventListener('pointercancel', ended);
  };
  root.addEventListener('input', onInput);
  root.addEventListener('focusout', onLeave);
  document.addEventListener('pointerdown', onPress, true);
  document.addEventListener('pointerup', onRelease, true);
  document.addEventListener('pointercancel', onRelease, true);
  return () => {
    root.removeEventListener('input', onInput);
    root.removeEventListener('focusout', onLeave);
    document.removeEventListener('pointerdown', onPress, true);
    document.removeEventListener('pointerup', onRelease, true);
    document.removeEventListener('pointercancel', onRelease, true);
  };
}
