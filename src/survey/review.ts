// The review page (SurveyJS's preview of every page) as a respondent needs it: without the introduction page, which
// holds no answer, with a line that says what finishing does (the response is only sent when its file is), and a way
// back to it from any page once the respondent has left it through Edit.
import { LocalizableString, PanelModel, type IAction, type IElement, type SurveyModel } from 'survey-core';

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
  /** The button to the review: SurveyJS's own on the last page ("Preview" is not the respondent's word), ours elsewhere. */
  review: string;
  /** A section's Edit button, naming the section: six buttons all called "Edit" could not be told apart by ear. */
  editSection: (section: string) => string;
}

/** The Finish button above the review's answers: a SurveyJS layout element, drawn by the component of that name. */
export const REVIEW_FINISH_ID = 'review-finish';
export const REVIEW_FINISH_COMPONENT = 'needs-offers-review-finish';

/** Set once the respondent has seen the review: from then on every page offers the way back to it. */
export const REVIEW_SEEN = 'reviewSeen';

/** SurveyJS's id for a section's Edit button on the review. */
const EDIT_ACTION_ID = 'cancel-preview';

/** The navigation button back to the review from a page reached through Edit. */
export const BACK_TO_REVIEW_ID = 'back-to-review';

/** Applies `texts` to the survey (now and whenever it shows its review); returns what undoes it. */
export function shapeReview(survey: SurveyModel, texts: ReviewTexts): () => void {
  const description = survey.description;
  const show = (reviewing: boolean) => {
    // The preview is made of the pages themselves, so hiding the page hides it there; shown again on leaving.
    const intro = survey.getPageByName(INTRO_PAGE);
    if (intro) intro.visible = !reviewing;
    survey.description = reviewing ? texts.lead : description;
    // Finish above the answers too: the review opens at its top (reviewOpened), and a respondent who has checked
    // them as they went, or a keyboard user, need not go through every answer to reach it. Its own element, not
    // SurveyJS's navigation bar shown twice (navigationButtonsLocation topBottom), which renders the same actions
    // twice under the same ids.
    survey.removeLayoutElement(REVIEW_FINISH_ID);
    if (reviewing) survey.addLayoutElement({ id: REVIEW_FINISH_ID, container: 'contentTop', component: REVIEW_FINISH_COMPONENT, data: { label: texts.finish } });
  };
  survey.completeText = texts.finish;
  survey.editText = texts.edit;
  // SurveyJS gives every Edit button the survey's one "Edit" string: written into it, a section's name became every
  // button's (the last section's). Each button gets a string of its own.
  const name = (panel: PanelModel, edit: IAction | undefined) => {
    const section = panel.processedTitle;
    if (!edit || !section) return;
    const own = new LocalizableString(survey, false);
    own.text = texts.editSection(section);
    edit.locTitle = own;
  };
  const nameEdit = (_: SurveyModel, options: { panel: PanelModel; actions: IAction[] }) => {
    name(options.panel, options.actions.find((action) => action.id === EDIT_ACTION_ID));
  };
  survey.onGetPanelFooterActions.add(nameEdit);
  // A review already drawn (a revision, or a draft resumed there, opens on it) made its buttons before this was added.
  if (survey.state === 'preview') {
    const elements: IElement[] = survey.currentPage?.elements ?? [];
    for (const panel of elements) if (panel instanceof PanelModel) name(panel, panel.getFooterToolbar().getActionById(EDIT_ACTION_ID) ?? undefined);
  }
  survey.previewText = texts.review;

  // Edit on the review opens one section; without this the way back is Next through every later page. SurveyJS's
  // own button shows on the last page only, so this one shows on the others once the review has been seen. It checks
  // the page first, as Next does.
  // Kept as a survey variable, which a switch of language carries to the new model (surveyInLanguage).
  let reviewed = survey.state === 'preview' || survey.getVariable(REVIEW_SEEN) === true;
  survey.navigationBar.removeActionById(BACK_TO_REVIEW_ID);
  const back = survey.addNavigationItem({
    id: BACK_TO_REVIEW_ID, title: texts.review, visibleIndex: 35, visible: false, innerCss: survey.css.navigation?.preview,
    // As SurveyJS's own buttons: pressing it first takes the value of a field being left (an address is taken then).
    onMouseDown: () => { survey.navigationMouseDown(); },
    action: () => { survey.showPreview(); },
  });
  const showBack = () => { back.visible = reviewed && survey.state === 'running' && !survey.isLastPage; };

  const onShowing = () => show(true);
  const key = 'shapeReview';
  survey.onShowingPreview.add(onShowing);
  survey.onCurrentPageChanged.add(showBack);
  survey.registerPropertyChangedHandlers(['isShowingPreview'], () => {
    if (survey.state === 'preview') {
      reviewed = true;
      survey.setVariable(REVIEW_SEEN, true);
    }
    else show(false);
    showBack();
  }, key);
  if (survey.state === 'preview') show(true);
  showBack();
  return () => {
    survey.onShowingPreview.remove(onShowing);
    survey.onGetPanelFooterActions.remove(nameEdit);
    survey.onCurrentPageChanged.remove(showBack);
    survey.unregisterPropertyChangedHandlers(['isShowingPreview'], key);
    survey.navigationBar.removeActionById(BACK_TO_REVIEW_ID);
    show(false);
  };
}

/**
 * Where the review opens, under `root` (the survey's element): at its top, with the focus on the line that says what
 * to do (read by screen readers). SurveyJS kept the scroll position of the page left, mid-way down the answers.
 */
export function reviewOpened(root: HTMLElement): void {
  const lead = root.querySelector<HTMLElement>('.sd-header__text .sd-description, .sv-header__description .sd-description');
  if (!lead) return;
  lead.tabIndex = -1;
  lead.focus({ preventScroll: true });
  root.scrollIntoView({ block: 'start' });
}

/**
 * Where the review opens again after a section was changed through Edit: on the Edit button of the section the
 * respondent comes back from, in view, where they left the review, rather than at its top (about 28 Tabs from the
 * last section's button). The review shows the pages themselves, so a page's element id is its section's.
 */
export function reviewReturned(root: HTMLElement, survey: SurveyModel, pageName: string): void {
  const page = survey.getPageByName(pageName);
  const edit = page ? root.querySelector<HTMLElement>(`#${CSS.escape(page.id)} .sd-navigation__edit-btn`) : null;
  if (!edit) {
    reviewOpened(root);
    return;
  }
  edit.focus({ preventScroll: true });
  edit.scrollIntoView({ block: 'center' });
}
