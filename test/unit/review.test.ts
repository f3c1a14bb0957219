// The review page (src/survey/review.ts): every answer without the introduction page, and a line on what finishing does.
import { PanelModel, type IElement } from 'survey-core';
import { describe, expect, it } from 'vitest';
import followUp from '../../surveys/follow-up.json';
import questionnaire from '../../surveys/questionnaire.json';
import { createSurvey, surveyInLanguage } from '../../src/survey/createSurvey';
import { BACK_TO_REVIEW_ID, INTRO_PAGE, REVIEW_FINISH_COMPONENT, REVIEW_FINISH_ID, shapeReview } from '../../src/survey/review';
import { builtDefinition } from './builtDefinitions';
import { pilotDeployment, validAnswers } from './fixtures';

const TEXTS = { lead: 'Check your answers.', finish: 'Finish and get my response file', edit: 'Change', review: 'Review my answers', editSection: (section: string) => `Change: ${section}` };

function survey(json: unknown) {
  return createSurvey({ definition: builtDefinition(json, 'en'), language: 'en', deployment: pilotDeployment(), round: '2026-Q4', data: validAnswers() });
}

const shown = (model: ReturnType<typeof survey>) => (model.currentPage?.elements ?? []).filter((element: { isVisible: boolean }) => element.isVisible).map((element: { name: string }) => element.name);

describe('shapeReview', () => {
  it.each([['questionnaire', questionnaire], ['follow-up', followUp]])('%s: both questionnaires open on the introduction page it leaves out', (_, json) => {
    expect(survey(json).pages[0]?.name).toBe(INTRO_PAGE);
  });

  it('reviews every page but the introduction, under a line that says what finishing does, and puts both back on Edit', () => {
    const model = survey(questionnaire);
    const undo = shapeReview(model, TEXTS);
    expect([model.completeText, model.editText]).toEqual([TEXTS.finish, TEXTS.edit]);
    const pages = model.pages.map((page) => page.name);
    model.showPreview();
    expect(shown(model)).toEqual(pages.filter((name) => name !== INTRO_PAGE));
    expect(model.description).toBe(TEXTS.lead);
    // Finish above the answers (its own element) as well as below them (SurveyJS's navigation, shown once).
    expect(model.getContainerContent('contentTop').map((element) => [element.id, element.component, element.data])).toContainEqual([REVIEW_FINISH_ID, REVIEW_FINISH_COMPONENT, { label: TEXTS.finish }]);
    expect(model.navigationButtonsLocation).toBe('bottom');
    model.cancelPreview();
    expect(model.state).toBe('running');
    expect(model.getContainerContent('contentTop').map((element) => element.id)).not.toContain(REVIEW_FINISH_ID);
    expect(model.visiblePages.map((page) => page.name)).toEqual(pages);
    expect(model.description).toBe('');
    // And again: the second review is shaped like the first.
    model.showPreview();
    expect(shown(model)).not.toContain(INTRO_PAGE);
    undo();
    expect([model.getPageByName(INTRO_PAGE)?.visible, model.description]).toEqual([true, '']);
  });

  it('names its section on each Edit button, so that six of them can be told apart by ear', () => {
    const model = survey(questionnaire);
    shapeReview(model, TEXTS);
    model.showPreview();
    const elements: IElement[] = model.currentPage?.elements ?? [];
    const sections = elements.filter((element): element is PanelModel => element instanceof PanelModel);
    const named = sections.map((panel) => panel.getFooterToolbar().actions.find((action) => action.id === 'cancel-preview')?.title);
    expect(sections.length).toBeGreaterThanOrEqual(6);
    expect(named).toEqual(sections.map((panel) => `Change: ${panel.processedTitle}`));
    expect(new Set(named).size).toBe(named.length);
    // What the buttons draw (their own strings, not the survey's one "Edit", which stays as it was).
    const drawn = sections.map((panel) => panel.getFooterToolbar().getActionById('cancel-preview')?.locTitle.renderedHtml);
    expect(drawn).toEqual(named);
    expect(model.editText).toBe(TEXTS.edit);
  });

  it('names the Edit buttons of a review drawn before it was shaped (a revision opens on its review)', () => {
    const model = survey(questionnaire);
    model.showPreview();
    const elements: IElement[] = model.currentPage?.elements ?? [];
    const sections = elements.filter((element): element is PanelModel => element instanceof PanelModel);
    // Drawn: SurveyJS has made each section's buttons.
    for (const panel of sections) panel.getFooterToolbar();
    shapeReview(model, TEXTS);
    const drawn = sections.map((panel) => panel.getFooterToolbar().getActionById('cancel-preview')?.locTitle.renderedHtml);
    expect(drawn).toEqual(sections.map((panel) => `Change: ${panel.processedTitle}`));
  });

  it('shapes a survey already reviewing (a draft resumed on its review page)', () => {
    const model = survey(questionnaire);
    model.showPreview();
    shapeReview(model, TEXTS);
    expect(shown(model)).not.toContain(INTRO_PAGE);
    expect(model.description).toBe(TEXTS.lead);
  });

  describe('the way back to the review after Edit', () => {
    const back = (model: ReturnType<typeof survey>) => model.navigationBar.getActionById(BACK_TO_REVIEW_ID);
    const visibleButtons = (model: ReturnType<typeof survey>) => model.navigationBar.visibleActions.map((action) => action.title);

    it('is hidden until the review has been seen, then shown on every page but the last, where SurveyJS has its own', () => {
      const model = survey(questionnaire);
      shapeReview(model, TEXTS);
      expect(back(model)?.visible).toBe(false);
      model.nextPage();
      expect(back(model)?.visible).toBe(false);

      model.showPreview();
      expect(model.state).toBe('preview');
      expect(back(model)?.visible).toBe(false);
      // Edit on the first section shown (the introduction's is hidden), as its button does.
      const section = model.currentPage?.elements.find((element: { isVisible: boolean }) => element.isVisible);
      if (!section || !('isPanel' in section) || !section.isPanel) throw new Error('the review shows no section');
      model.cancelPreviewByPage(section);
      expect(model.state).toBe('running');
      expect(model.currentPage?.name).toBe('organisation');
      expect(back(model)?.visible).toBe(true);
      expect(visibleButtons(model)).toContain(TEXTS.review);

      model.currentPage = model.visiblePages[model.visiblePages.length - 1];
      expect(back(model)?.visible).toBe(false);
      // On the last page SurveyJS's own button goes to the review, under the same words.
      expect(visibleButtons(model).filter((title) => title === TEXTS.review)).toHaveLength(1);
      model.prevPage();
      expect(back(model)?.visible).toBe(true);
    });

    it('goes back to the review when the page is complete, and stays with the errors shown when it is not', () => {
      const model = survey(questionnaire);
      shapeReview(model, TEXTS);
      model.showPreview();
      model.cancelPreview(model.getPageByName('organisation'));
      expect(model.currentPage?.name).toBe('organisation');
      back(model)?.action?.();
      expect(model.state).toBe('preview');

      model.cancelPreview(model.getPageByName('organisation'));
      model.setValue('org_name', '');
      back(model)?.action?.();
      expect(model.state).toBe('running');
      expect(model.getQuestionByName('org_name')?.errors.length).toBeGreaterThan(0);
    });

    it('is still offered after a switch of language (a new model of the same answers)', () => {
      const model = survey(questionnaire);
      shapeReview(model, TEXTS);
      model.showPreview();
      model.cancelPreview(model.getPageByName('organisation'));
      const french = surveyInLanguage(model, { definition: builtDefinition(questionnaire, 'fr'), language: 'fr', deployment: pilotDeployment(), round: '2026-Q4' });
      shapeReview(french, TEXTS);
      expect(french.currentPage?.name).toBe('organisation');
      expect(back(french)?.visible).toBe(true);
    });

    it('is removed with the rest of the shaping, and never added twice', () => {
      const model = survey(questionnaire);
      shapeReview(model, TEXTS)();
      const undo = shapeReview(model, TEXTS);
      expect(model.navigationBar.actions.filter((action) => action.id === BACK_TO_REVIEW_ID)).toHaveLength(1);
      undo();
      expect(back(model)).toBeNull();
    });
  });
});
