// Which question of the page shown a DOM element belongs to, for handlers on the survey's root element.
import { QuestionPanelDynamicModel, type Question, type SurveyModel } from 'survey-core';

/**
 * The questions of the page shown, entries' questions included. Not survey.getAllQuestions(…, includeNested): that
 * "first-renders" every page, which marks them all as seen in the progress bar and adds an empty entry to each list.
 */
function questionsShown(survey: SurveyModel): Question[] {
  const onPage: Question[] = survey.currentPage?.questions ?? [];
  return onPage.flatMap((question) => (question instanceof QuestionPanelDynamicModel
    ? [question, ...question.panels.flatMap((panel) => panel.questions)]
    : [question]));
}

/** The question whose element holds `element` (a question's element carries its model's id, each entry's its own). */
export function questionOfElement(survey: SurveyModel, element: Element): Question | null {
  const id = element.closest('[data-name]')?.id;
  return (id ? questionsShown(survey).find((question) => question.id === id) : undefined) ?? null;
}
