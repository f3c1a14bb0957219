// The review page (src/survey/review.ts): every answer without the introduction page, and a line on what finishing does.
import { describe, expect, it } from 'vitest';
import followUp from '../../surveys/follow-up.json';
import questionnaire from '../../surveys/questionnaire.json';
import { createSurvey } from '../../src/survey/createSurvey';
import { countryOptions, expandDefinition } from '../../src/survey/definition';
import { INTRO_PAGE, shapeReview } from '../../src/survey/review';
import { pilotDeployment, validAnswers } from './fixtures';

const TEXTS = { lead: 'Check your answers.', finish: 'Finish and get my response file', edit: 'Change' };

function survey(json: unknown) {
  return createSurvey({ definition: { json: expandDefinition(json, 'en'), countries: countryOptions('en') }, language: 'en', deployment: pilotDeployment(), round: '2026-Q4', data: validAnswers() });
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
    model.cancelPreview();
    expect(model.state).toBe('running');
    expect(model.visiblePages.map((page) => page.name)).toEqual(pages);
    expect(model.description).toBe('');
    // And again: the second review is shaped like the first.
    model.showPreview();
    expect(shown(model)).not.toContain(INTRO_PAGE);
    undo();
    expect([model.getPageByName(INTRO_PAGE)?.visible, model.description]).toEqual([true, '']);
  });

  it('shapes a survey already reviewing (a draft resumed on its review page)', () => {
    const model = survey(questionnaire);
    model.showPreview();
    shapeReview(model, TEXTS);
    expect(shown(model)).not.toContain(INTRO_PAGE);
    expect(model.description).toBe(TEXTS.lead);
  });
});
