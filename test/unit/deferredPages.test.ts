// A new response's later pages built after the first (src/survey/deferredPages.ts): the model ends up the same as one
// built whole, whenever and in whatever steps the pages are built, and no placeholder is ever reached.
import fc from 'fast-check';
import type { Question, SurveyModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import followUpJson from '../../surveys/follow-up.json';
import questionnaireJson from '../../surveys/questionnaire.json';
import { UI_LANGUAGES, type UiLanguage } from '../../src/domain/codes';
import { createSurvey } from '../../src/survey/createSurvey';
import { buildDeferredPages, buildNextDeferredPage, hasDeferredPages } from '../../src/survey/deferredPages';
import { builtDefinition } from './builtDefinitions';
import { pilotDeployment, validAnswers } from './fixtures';

const deployment = pilotDeployment();
const SOURCES = { main: questionnaireJson, 'follow-up': followUpJson } as const;
type Kind = keyof typeof SOURCES;

function model(kind: Kind, language: UiLanguage, deferLaterPages: boolean): SurveyModel {
  const definition = builtDefinition(SOURCES[kind], language);
  return createSurvey({ definition, language, deployment, round: '2026-Q4', deferLaterPages });
}

/** Everything a respondent or validation sees of each question: page, name, visibility, requiredness, errors. */
function shape(survey: SurveyModel): string[] {
  return survey.pages.flatMap((page) => page.questions.map((question) =>
    `${page.name}/${question.name} visible=${String(question.isVisible)} required=${String(question.isRequired)} value=${JSON.stringify(question.value ?? null)}`));
}

function errorsByPage(survey: SurveyModel): string[] {
  return survey.pages.map((page) => {
    page.validate(false);
    return `${page.name}: ${page.questions.filter((question) => question.errors.length > 0).map((question) => question.name).join(',')}`;
  });
}

const cases = (['main', 'follow-up'] as const).flatMap((kind) => UI_LANGUAGES.map((language) => [kind, language] as const));

describe('deferred pages', () => {
  it.each(cases)('%s in %s: built later, the model is the one built whole', (kind, language) => {
    const whole = model(kind, language, false);
    const deferred = model(kind, language, true);
    expect(hasDeferredPages(deferred)).toBe(true);
    // Before: the same pages, titles and count (so Next and the progress are right), and the same first page.
    expect(deferred.pages.map((page) => [page.name, page.title])).toEqual(whole.pages.map((page) => [page.name, page.title]));
    expect(deferred.visiblePageCount).toBe(whole.visiblePageCount);
    expect(deferred.pages[0]?.toJSON()).toEqual(whole.pages[0]?.toJSON());
    buildDeferredPages(deferred);
    expect(hasDeferredPages(deferred)).toBe(false);
    expect(deferred.toJSON()).toEqual(whole.toJSON());
    expect(shape(deferred)).toEqual(shape(whole));
    expect(errorsByPage(deferred)).toEqual(errorsByPage(whole));
  });

  it('builds the page Next shows before it is shown, and only the pages up to it', () => {
    const deferred = model('main', 'en', true);
    expect(deferred.nextPage()).toBe(true);
    expect(deferred.currentPage?.name).toBe('organisation');
    expect(deferred.currentPage?.questions.map((question: Question) => question.name)).toContain('org_name');
    const placeholders = () => deferred.getAllQuestions().filter((question: Question) => question.name.startsWith('__deferred_')).map((question: Question) => question.page?.name);
    expect(placeholders()).toEqual(['needs', 'offers', 'funding', 'experience', 'evaluation']);
    // Programmatic moves (and the rest of the building) go the same way: never onto a placeholder.
    deferred.currentPage = deferred.getPageByName('funding');
    expect(placeholders()).toEqual(['experience', 'evaluation']);
    buildDeferredPages(deferred);
    expect(placeholders()).toEqual([]);
    expect(hasDeferredPages(deferred)).toBe(false);
  });

  it('a jump by the progress bar checks the pages it skips, as in a model built whole', () => {
    const whole = model('main', 'en', false);
    const deferred = model('main', 'en', true);
    const jump = (survey: SurveyModel) => {
      const last = survey.visiblePages[survey.visiblePages.length - 1];
      return last ? survey.tryNavigateToPage(last) : null;
    };
    expect(jump(deferred)).toBe(jump(whole));
    expect(jump(whole)).toBe(false);
    expect(deferred.currentPage?.name).toBe(whole.currentPage?.name);
    expect(hasDeferredPages(deferred)).toBe(false);
  });

  it('is not used for a draft with answers or a page to open, nor for printing', () => {
    const definition = builtDefinition(questionnaireJson, 'en');
    const base = { definition, language: 'en' as const, deployment, round: '2026-Q4', deferLaterPages: true };
    expect(hasDeferredPages(createSurvey({ ...base, data: { org_name: 'A' } }))).toBe(false);
    expect(hasDeferredPages(createSurvey({ ...base, pageName: 'needs' }))).toBe(false);
    expect(hasDeferredPages(createSurvey({ ...base, display: true }))).toBe(false);
  });

  it('gives the same answers, conditions and errors whenever the pages are built (property)', () => {
    const answers = Object.entries(validAnswers());
    fc.assert(fc.property(
      fc.shuffledSubarray(answers), fc.integer({ min: 0, max: 6 }),
      (given, builtBefore) => {
        const whole = model('main', 'en', false);
        const deferred = model('main', 'en', true);
        for (let i = 0; i < builtBefore; i++) buildNextDeferredPage(deferred);
        for (const [name, value] of given) {
          whole.setValue(name, value);
          deferred.setValue(name, value);
        }
        buildDeferredPages(deferred);
        expect(deferred.data).toEqual(whole.data);
        expect(shape(deferred)).toEqual(shape(whole));
        expect(errorsByPage(deferred)).toEqual(errorsByPage(whole));
      },
    ), { numRuns: 15 });
    // Each run builds the whole questionnaire twice.
  }, 60_000);
});
