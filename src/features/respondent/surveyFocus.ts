// Where the focus goes as the questionnaire changes under it: a new page, a page refused, the review left.
import type { Question, SurveyModel } from 'survey-core';
import { focusIsLost } from '../../app/focus';

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
