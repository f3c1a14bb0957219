// Where the focus goes as the questionnaire changes under it: new page, page refused, review, entry removed.
import type { Question, SurveyModel } from 'survey-core';
import { focusIsLost } from '../../app/focus';
import { REVIEW_SEEN, reviewOpened, reviewReturned } from '../../survey/review';

const FIELD = ':is(input:not([type="hidden"]), textarea, select, [role="combobox"], [role="radio"], [tabindex="0"])';
const NAVIGATION = '.sd-navigation__next-btn, .sd-navigation__prev-btn';

/** Once the page drawn by the change just made is on screen (a frame for React to draw, one more for SurveyJS). */
export function afterNextPaint(then: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(then));
}

/** The first field under `within` (a yes/no's first choice, a text box, a list); false if there is none. */
function focusFieldIn(within: ParentNode | null): boolean {
  const field = within?.querySelector<HTMLElement>(FIELD);
  field?.focus();
  return field !== null && field !== undefined;
}

/** The page's first field; SurveyJS's focusFirstQuestion does nothing for a yes/no or a scale. */
export function focusFirstField(root: HTMLElement): boolean {
  return focusFieldIn(root.querySelector('.sd-page'));
}

/** The page's first field, or its title on a page with none (the introduction). */
function focusPageStart(root: HTMLElement): void {
  if (focusFirstField(root)) return;
  const title = root.querySelector<HTMLElement>('.sd-page__title') ?? root;
  title.tabIndex = -1;
  title.focus();
}

/** The focus is where no one would want it after Next or Previous: on the button just pressed, or on nothing. */
function leftBehind(): boolean {
  return focusIsLost() || document.activeElement?.matches(NAVIGATION) === true;
}

/**
 * After Next or Previous the focus goes to the new page's first field (SurveyJS moves it only to a text box: on a
 * yes/no or a scale it stayed on Next, and going back to the introduction left it on nothing). After a Next refused,
 * to the first question in error (SurveyJS again only for a text box). Returns what undoes this.
 */
export function followPageFocus(survey: SurveyModel, root: () => HTMLElement | null): () => void {
  const onPageChanged = () => afterNextPaint(() => {
    const element = root();
    if (element && leftBehind()) focusPageStart(element);
  });
  const onRefused = (_: SurveyModel, options: { questions: Question[] }) => {
    const first = options.questions[0];
    if (!first) return;
    afterNextPaint(() => {
      const element = root();
      if (element && leftBehind()) focusFieldIn(element.querySelector(`[id="${CSS.escape(first.id)}"]`));
    });
  };
  survey.onCurrentPageChanged.add(onPageChanged);
  survey.onValidatePage.add(onRefused);
  return () => {
    survey.onCurrentPageChanged.remove(onPageChanged);
    survey.onValidatePage.remove(onRefused);
  };
}

/**
 * The review opened for the first time: at its top, on what to do. Opened again (after a section was changed through
 * Edit, or on a draft that has seen it): on the Edit button of the section the respondent comes back from. Whether it
 * has been seen is the survey's REVIEW_SEEN, which a language switch carries to the new model. Leaving it through
 * Edit: the button has gone with the review, so the focus goes to the section's first field rather than to the top
 * of the page (not a page change to SurveyJS, so followPageFocus does not see it). Returns what undoes this.
 */
export function followReviewFocus(survey: SurveyModel, root: () => HTMLElement | null): () => void {
  const key = 'followReviewFocus';
  let returningFrom: string | null = null;
  // Before the review is shown, and before it marks itself seen.
  const onShowingPreview = () => {
    returningFrom = survey.getVariable(REVIEW_SEEN) === true ? survey.currentPage?.name ?? null : null;
  };
  survey.onShowingPreview.add(onShowingPreview);
  survey.registerPropertyChangedHandlers(['isShowingPreview'], () => {
    const element = root();
    if (!element) return;
    if (survey.state === 'preview') {
      const from = returningFrom;
      returningFrom = null;
      requestAnimationFrame(() => (from ? reviewReturned(element, survey, from) : reviewOpened(element)));
    } else if (survey.state === 'running') {
      afterNextPaint(() => { if (focusIsLost()) focusFirstField(element); });
    }
  }, key);
  return () => {
    survey.unregisterPropertyChangedHandlers(['isShowingPreview'], key);
    survey.onShowingPreview.remove(onShowingPreview);
  };
}

/** "Remove this need" goes with its entry: the focus goes to the list's Add button, where the respondent was. */
export function followRemovedEntryFocus(survey: SurveyModel, root: () => HTMLElement | null): () => void {
  const onRemoved = (_: SurveyModel, options: { question: { name: string } }) => {
    requestAnimationFrame(() => {
      if (!focusIsLost()) return;
      root()?.querySelector<HTMLElement>(`[data-name="${CSS.escape(options.question.name)}"] .sd-paneldynamic__add-btn`)?.focus();
    });
  };
  survey.onDynamicPanelRemoved.add(onRemoved);
  return () => { survey.onDynamicPanelRemoved.remove(onRemoved); };
}
