// Typing into a searchable list that shows its chosen answer starts a new search, as in any combo box: SurveyJS 3.0
// puts the chosen answer's name in the search box and appends what is typed to it ("Argentina" + "Bra" gave
// "Argentinara", no country, and the first letter lost), so a respondent could not type over a wrong country.
import { QuestionDropdownModel, type SurveyModel } from 'survey-core';
import { questionOfElement } from './questionOfElement';

const SEARCH_BOX = 'sd-dropdown__filter-string-input';

/** A key that types a character; not a shortcut, and not Space, with which SurveyJS opens and picks. */
function typesCharacter(event: KeyboardEvent): boolean {
  // Not while an accent or an input method composes a character: the keys then are not the letters typed.
  return !event.isComposing && event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

function questionOf(survey: SurveyModel, input: HTMLElement): QuestionDropdownModel | null {
  const question = questionOfElement(survey, input);
  return question instanceof QuestionDropdownModel ? question : null;
}

/** Under `root`, the first letter typed over a chosen answer's name replaces it; returns what undoes this. */
export function typeOverChosenAnswers(survey: SurveyModel, root: HTMLElement): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.classList.contains(SEARCH_BOX) || !typesCharacter(event)) return;
    // Text already selected is replaced anyway; text being edited (caret moved, part selected) is left alone.
    if (input.selectionStart !== input.selectionEnd || input.selectionEnd !== input.value.length || input.value === '') return;
    const question = questionOf(survey, input);
    // Only the name SurveyJS put there: what the respondent typed is a search they are still writing.
    if (!question || question.isEmpty() || input.value !== question.selectedItem?.title) return;
    // The letter becomes the search itself, set on the model rather than typed over a selected name.
    event.preventDefault();
    const list = question.dropdownListModel;
    list.inputStringRendered = event.key;
    // The search reloads the lazily loaded list; SurveyJS then finds the chosen answer again and puts its name back
    // (once: the second time the answer found is the same). Hence the letter is set again.
    if (list.inputStringRendered !== event.key) list.inputStringRendered = event.key;
  };
  root.addEventListener('keydown', onKeyDown, true);
  return () => root.removeEventListener('keydown', onKeyDown, true);
}
