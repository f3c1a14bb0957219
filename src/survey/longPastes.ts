// A paste longer than a field's limit is kept whole: the browser would cut it at the limit without a word, and a
// respondent pasting a programme description from a report would not know that its end was gone.
import { QuestionTextBase, type Question } from 'survey-core';

/** How far an answer runs past its field's limit, or null when it does not (or the field has none). */
export function overLimit(question: Question, value: unknown): { length: number; limit: number } | null {
  if (!(question instanceof QuestionTextBase) || typeof value !== 'string') return null;
  const limit = question.getMaxLength();
  return limit !== null && limit > 0 && value.length > limit ? { length: value.length, limit } : null;
}

/** Sets a field's text as typing would (React, which SurveyJS's fields use, ignores a plain `value =`). */
function typeText(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
  if (!setter) return;
  setter.call(field, text);
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
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    // E-mail fields have no selection to read: a paste there replaces nothing and goes at the end.
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    // A one-line field drops line breaks, as it does from any paste.
    const text = field instanceof HTMLInputElement ? pasted.replace(/[\r\n]+/g, ' ') : pasted;
    const next = field.value.slice(0, start) + text + field.value.slice(end);
    if (next.length <= field.maxLength) return;
    event.preventDefault();
    typeText(field, next);
    if (field.selectionStart !== null) field.setSelectionRange(start + text.length, start + text.length);
  };
  root.addEventListener('paste', onPaste);
  return () => root.removeEventListener('paste', onPaste);
}
