// The review page (SurveyJS's preview of every page) as a respondent needs it: without the introduction page, which
// holds no answer, and with a line that says what finishing does (the response is only sent when its file is).
import type { SurveyModel } from 'survey-core';

/** Where a draft stands while it is being reviewed (stored as its page, so resuming goes back to the review). */
export const REVIEW_PAGE = '(review)';

/** The page every questionnaire opens on (questionnaire.md): what the pilot is and how answers are used. */
export const INTRO_PAGE = 'intro';

export interface ReviewTexts {
  /** Shown under the questionnaire's title while reviewing. */
  lead: string;
  /** The button that ends the review. */
  finish: string;
  /** Each section's button back to its page (SurveyJS's Spanish says "Edita", informal where the questionnaire is not). */
  edit: string;
}

/** Applies `texts` to the survey (now and whenever it shows its review); returns what undoes it. */
export function shapeReview(survey: SurveyModel, texts: ReviewTexts): () => void {
  const description = survey.description;
  const show = (reviewing: boolean) => {
    // The preview is made of the pages themselves, so hiding the page hides it there; shown again on leaving.
    const intro = survey.getPageByName(INTRO_PAGE);
    if (intro) intro.visible = !reviewing;
    survey.description = reviewing ? texts.lead : description;
  };
  survey.completeText = texts.finish;
  survey.editText = texts.edit;
  const onShowing = () => show(true);
  const key = 'shapeReview';
  survey.onShowingPreview.add(onShowing);
  survey.registerPropertyChangedHandlers(['isShowingPreview'], () => { if (survey.state !== 'preview') show(false); }, key);
  if (survey.state === 'preview') show(true);
  return () => {
    survey.onShowingPreview.remove(onShowing);
    survey.unregisterPropertyChangedHandlers(['isShowingPreview'], key);
    show(false);
  };
}
