// A paste longer than a field's limit is kept whole: the browser would cut it at the limit without a word, and a
// respondent pasting a programme description from a report would not know that its end was gone.
import { QuestionTextBase, type Question } from 'survey-core';

/** How far an answer runs past its field's limit, or null when it does not (or the field has none). */
export function overLimit(question: Question, value: unknown): { length: number; limit: number } | null {
  if (!(question instanceof QuestionTextBase) || typeof value !== 'string') return null;
  const limit = question.getMaxLength();
  return limit !== null && limit > 0 && value.length > limit ? { length: value.length, limit } : null;
}

/** Replaces the selection with `text` as a paste would, without the limit; false if the browser cannot. */
function insertWhole(field: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  const limit = field.maxLength;
  // The limit is lifted for this one insertion. execCommand (not `value =`) keeps the browser's undo history, so
  // Ctrl+Z still takes the paste back, and the field's input event reaches SurveyJS as typing does.
  field.removeAttribute('maxlength');
  try {
    return document.execCommand('insertText', false, text);
  } finally {
    field.maxLength = limit;
  }
}

/** Sets the field's whole text as typing would, where insertText is not available (React ignores a plain `value =`). */
function typeText(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const prototype = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, text);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Under `root`, a paste that would run past a field's `maxlength` goes in whole; the field then says how much too
 * long it is (overLimit, checked as the value changes) and the respondent shortens it with all of it in view.
 * Typing at the limit is still stopped by the field itself. Returns what undoes this.
 */
export function keepLongPastes(root: HTMLElement): () => void {
  const onPaste = (event: ClipboardEvent) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || field.maxLength <= 0 || field.readOnly) return;
    // An e-mail field tells nothing of its caret or selection: its (short) pastes are left to the browser.
    const start = field.selectionStart;
    const end = field.selectionEnd;
    if (start === null || end === null) return;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (field.value.length - (end - start) + pasted.length <= field.maxLength) return;
    event.preventDefault();
    if (insertWhole(field, pasted)) return;
    // A one-line field takes no line breaks.
    const text = field instanceof HTMLInputElement ? pasted.replace(/\r?\n/g, ' ') : pasted;
    typeText(field, field.value.slice(0, start) + text + field.value.slice(end));
    field.setSelectionRange(start + text.length, start + text.length);
  };
  root.addEventListener('paste', onPaste);
  return () => root.removeEventListener('paste', onPaste);
}
