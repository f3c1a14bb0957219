// What the first screen's downloads depend on: the language and questionnaire chosen before the app runs (the same
// functions in firstDownloads.ts and the app), and the one-language definition module carrying SurveyJS's strings.
import { fileURLToPath } from 'node:url';
import { surveyLocalization } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { questionnaireModuleSource } from '../../build/questionnaireModules';
import { respondentKind, routeSegments } from '../../src/app/route';
import { preferredLanguage, type UiLanguage } from '../../src/domain/languages';
import { isRecord } from '../../src/domain/result';
import { applySurveyStrings } from '../../src/survey/surveyStrings';

describe('preferredLanguage', () => {
  it.each<[readonly string[], UiLanguage]>([
    [['fr-FR', 'en-GB'], 'fr'],
    [['de-DE', 'pt-BR', 'fr'], 'pt'],
    [['ES'], 'es'],
    [['de', 'it'], 'en'],
    [[], 'en'],
    [['', 'x-pig-latin'], 'en'],
  ])('%j → %s', (languages, expected) => {
    expect(preferredLanguage(languages)).toBe(expected);
  });
});

describe('the questionnaire a route shows', () => {
  it.each<[string, ReturnType<typeof respondentKind>]>([
    ['', 'main'],
    ['#/', 'main'],
    ['#main', 'main'],
    ['#/follow-up', 'follow-up'],
    ['#/follow-up/', 'follow-up'],
    ['#/coordinator', null],
    ['#/coordinator/responses/abc', null],
  ])('%j → %s', (hash, expected) => {
    expect(respondentKind(routeSegments(hash))).toBe(expected);
  });
});

/** An export of a definition module: `export const name = JSON.parse("…");`. */
function exported(source: string, name: string): unknown {
  const match = new RegExp(`^export const ${name} = JSON\\.parse\\((".*")\\);$`, 'm').exec(source);
  if (!match?.[1]) throw new Error(`no export ${name}`);
  const text: unknown = JSON.parse(match[1]);
  if (typeof text !== 'string') throw new Error(`${name} is not a JSON string`);
  return JSON.parse(text);
}

const questionnairePath = fileURLToPath(new URL('../../surveys/questionnaire.json', import.meta.url));

describe('a one-language definition module', () => {
  it.each<[UiLanguage, string, string]>([['fr', 'Suivant', 'French'], ['es', 'Siguiente', 'Spanish'], ['pt', 'Próximo', 'Portuguese']])(
    'in %s carries SurveyJS\'s strings (Next is %j)', async (language, next, englishName) => {
      const surveyLocale = exported(await questionnaireModuleSource(questionnairePath, language), 'surveyLocale');
      expect(surveyLocale).toMatchObject({ localeCode: language, englishName, strings: { pageNextText: next } });
    },
  );

  it('in English carries none: SurveyJS has its English built in', async () => {
    const source = await questionnaireModuleSource(questionnairePath, 'en');
    expect(exported(source, 'surveyLocale')).toBeNull();
    expect(exported(source, 'json')).toMatchObject({ pages: expect.any(Array) });
  });

  it('has its strings registered with SurveyJS when a survey is built, once', () => {
    const code = 'x-test';
    expect(surveyLocalization.getLocaleStrings(code)).toBeUndefined();
    applySurveyStrings('en', { localeCode: code, strings: { pageNextText: 'Onward' }, nativeName: 'Test', englishName: 'Test' });
    const registered: unknown = surveyLocalization.getLocaleStrings(code);
    expect(isRecord(registered) && registered['pageNextText']).toBe('Onward');
    // A second build (another survey, the same language) keeps what is registered, with any change made to it since
    // (our own strings, applied on top for Portuguese and Spanish).
    if (isRecord(registered)) registered['pageNextText'] = 'Onward, changed';
    applySurveyStrings('en', { localeCode: code, strings: { pageNextText: 'Other' }, nativeName: 'Test', englishName: 'Test' });
    const after: unknown = surveyLocalization.getLocaleStrings(code);
    expect(isRecord(after) && after['pageNextText']).toBe('Onward, changed');
  });
});
