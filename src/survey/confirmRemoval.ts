// Removing an entry asks first: one tap on a phone took a whole need, description and all, away for good.
import { PanelModel, QuestionPanelDynamicModel, settings } from 'survey-core';
import { isBlank } from '../domain/fieldRules';
import { isUiLanguage, type UiLanguage } from '../domain/languages';

/**
 * The dialog's buttons. Removing an entry (confirmDelete on each list, its question in the definition) is the only
 * thing our questionnaires ask to confirm; SurveyJS's own buttons say "OK", "D’ACCORD", "De acuerdo" and "OKEY".
 */
const WORDS: Record<UiLanguage, { remove: string; cancel: string }> = {
  en: { remove: 'Remove', cancel: 'Cancel' },
  fr: { remove: 'Supprimer', cancel: 'Annuler' },
  es: { remove: 'Eliminar', cancel: 'Cancelar' },
  pt: { remove: 'Eliminar', cancel: 'Cancelar' },
};

let dialogs = 0;

/**
 * A native modal dialog: SurveyJS's own is a plain div that screen readers do not announce, lets the focus fall to
 * the page on Escape, and is not a dialog to the accessibility tree. This one is an alertdialog named by its
 * question, keeps the focus inside, closes on Escape, and gives the focus back to the Remove button when kept.
 * The keeping choice has the focus first: Enter pressed out of habit removes nothing.
 */
export function confirmRemoval(message: string, language: UiLanguage, entry = ''): Promise<boolean> {
  return new Promise((resolve) => {
    dialogs += 1;
    const dialog = document.createElement('dialog');
    dialog.className = 'confirm-dialog';
    dialog.setAttribute('role', 'alertdialog');
    // Which entry, first ("Need 2 — Language courses for resettled adults"): each entry's Remove button sits at its
    // foot, just above the next entry's heading, and the question alone did not say which one would go.
    const named = document.createElement('p');
    named.id = `confirm-dialog-${dialogs}-entry`;
    named.className = 'confirm-dialog__entry';
    named.textContent = entry;
    const question = document.createElement('p');
    question.id = `confirm-dialog-${dialogs}`;
    question.textContent = message;
    dialog.setAttribute('aria-labelledby', entry ? `${named.id} ${question.id}` : question.id);
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = WORDS[language].cancel;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'danger';
    remove.textContent = WORDS[language].remove;
    const actions = document.createElement('div');
    actions.className = 'confirm-dialog__actions';
    actions.append(cancel, remove);
    if (entry) dialog.append(named);
    dialog.append(question, actions);

    let confirmed = false;
    cancel.addEventListener('click', () => dialog.close());
    remove.addEventListener('click', () => { confirmed = true; dialog.close(); });
    // Escape closes it too (a "cancel" event, then "close"); the browser puts the focus back where it was.
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(confirmed);
    }, { once: true });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}

/** Whether an entry holds anything the respondent gave: its id alone (set as it is added) is not an answer. */
export function entryHasAnswers(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, answer]) => key !== 'id' && !isBlank(answer));
}

/** An entry as the removal question names it: its heading, and what the respondent called it. */
function entryName(panel: PanelModel): string {
  const called = ['title', 'name'].map((name) => panel.getQuestionByName(name)?.value).find((value) => typeof value === 'string' && value.trim() !== '');
  return [panel.processedTitle, typeof called === 'string' ? called.trim() : ''].filter((part) => part !== '').join(' — ');
}

let registered = false;
// The entry about to be asked about: set as SurveyJS decides to ask (isRequireConfirmOnDelete), read by the dialog.
let asking = '';

export function registerConfirmRemoval(): void {
  if (registered) return;
  registered = true;
  // SurveyJS asks only for an entry with a value, and every entry has one: the id it is given as it is added. An
  // entry added by mistake and left empty goes at once, without a question about "everything you wrote in it".
  const asks = QuestionPanelDynamicModel.prototype.isRequireConfirmOnDelete;
  QuestionPanelDynamicModel.prototype.isRequireConfirmOnDelete = function isRequireConfirmOnDelete(this: QuestionPanelDynamicModel, value: unknown): boolean {
    if (!asks.call(this, value)) return false;
    const panel = value instanceof PanelModel ? value : typeof value === 'number' ? this.visiblePanels[value] : undefined;
    if (panel && !entryHasAnswers(panel.getValue())) return false;
    asking = panel ? entryName(panel) : '';
    return true;
  };

  settings.confirmActionAsync = (message, callback, options) => {
    const locale = options?.locale ?? '';
    const entry = asking;
    asking = '';
    void confirmRemoval(message, isUiLanguage(locale) ? locale : 'en', entry).then(callback);
  };
}
