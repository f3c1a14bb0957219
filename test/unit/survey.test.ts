// The headless SurveyJS model from createSurvey (src/survey/createSurvey.ts): locales, conditions, our validation rules, entry ids, data.
import fc from 'fast-check';
import { QuestionDropdownModel, QuestionHtmlModel, QuestionPanelDynamicModel, QuestionTagboxModel, type PanelModel, type SurveyModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import questionnaire from '../../surveys/questionnaire.json';
import { UI_LANGUAGES, type UiLanguage } from '../../src/domain/codes';
import { isEmail } from '../../src/domain/fieldRules';
import { formatLocale } from '../../src/domain/languages';
import { quarterTexts, roundText, roundTextFrom } from '../../src/domain/round';
import { topLevelElements } from '../../src/domain/questionnaireSchema';
import { isRecord } from '../../src/domain/result';
import { entryHasAnswers } from '../../src/survey/confirmRemoval';
import { createSurvey, surveyInLanguage, surveyLanguage, type SurveyOptions } from '../../src/survey/createSurvey';
import { countryOptions } from '../../src/survey/definition';
import { ruleMessage, tooLongMessage } from '../../src/survey/messages';
import { builtDefinition } from './builtDefinitions';
import { pilotDeployment, validAnswers } from './fixtures';

const deployment = pilotDeployment();
// What loadDefinition() gives the browser: the build's definitions, SurveyJS's strings in them registered by createSurvey.
const definitions = new Map(UI_LANGUAGES.map((language) => [language, builtDefinition(questionnaire, language)]));
const inLanguage = (language: UiLanguage): Pick<SurveyOptions, 'definition' | 'language'> => ({ definition: definitions.get(language) ?? builtDefinition({}, language), language });
const survey = (language: UiLanguage = 'en', data?: Record<string, unknown>) => createSurvey({ ...inLanguage(language), deployment, round: '2026-Q4', ...(data ? { data } : {}) });

function panelList(model: SurveyModel, name: string): QuestionPanelDynamicModel {
  const question = model.getQuestionByName(name);
  expect(question).toBeInstanceOf(QuestionPanelDynamicModel);
  if (!(question instanceof QuestionPanelDynamicModel)) throw new Error(`${name} is not a panel list`);
  return question;
}

function firstPanel(model: SurveyModel, name: string): PanelModel {
  const panel = panelList(model, name).panels[0];
  if (!panel) throw new Error(`${name} has no panel`);
  return panel;
}

const errorsOf = (panel: PanelModel, name: string) => panel.getQuestionByName(name)?.errors.map((error) => error.text) ?? ['(no such question)'];

/** Page titles of questionnaire.json in one SurveyJS locale key. */
const jsonPageTitles = (key: string) => questionnaire.pages.map((page): unknown => {
  const title: unknown = page.title;
  return isRecord(title) ? title[key] : undefined;
});

describe('languages', () => {
  it.each<[UiLanguage, string]>([['en', 'default'], ['fr', 'fr'], ['es', 'es'], ['pt', 'pt']])('%s shows the %s page titles', (language, key) => {
    const model = survey(language);
    expect(model.pages.map((page) => page.title)).toEqual(jsonPageTitles(key));
    expect(surveyLanguage(model)).toBe(language);
  });

  it('shows French page titles that are not the English ones', () => {
    const titles = survey('fr').pages.map((page) => page.title);
    expect(titles).toContain('Votre organisation');
    expect(titles).not.toContain(jsonPageTitles('default')[1]);
  });

  it('switches language without touching answers or the page', () => {
    const model = survey('en', validAnswers());
    model.currentPage = model.getPageByName('funding');
    const switched = surveyInLanguage(model, { ...inLanguage('pt'), deployment, round: '2026-Q4' });
    expect([surveyLanguage(switched), switched.data, switched.currentPage.name]).toEqual(['pt', model.data, 'funding']);
    expect(switched.currentPage.title).toBe(jsonPageTitles('pt')[questionnaire.pages.findIndex((page) => page.name === 'funding')]);
  });

  it('leaves the focus where it is when switching language, and focuses each page\'s first question again from the next page on', () => {
    const model = survey('en', validAnswers());
    expect(model.autoFocusFirstQuestion).toBe(true);
    const switched = surveyInLanguage(model, { ...inLanguage('fr'), deployment, round: '2026-Q4' });
    expect(switched.autoFocusFirstQuestion).toBe(false);
    switched.nextPage();
    expect(switched.autoFocusFirstQuestion).toBe(true);
  });

  it('switches language on the review page and stays there', () => {
    const model = survey('en', validAnswers());
    model.showPreview();
    const switched = surveyInLanguage(model, { ...inLanguage('es'), deployment, round: '2026-Q4' });
    expect([switched.state, surveyLanguage(switched)]).toEqual(['preview', 'es']);
  });

  it('puts the deployment into the intro, escaped', () => {
    const model = createSurvey({ ...inLanguage('en'), deployment: { ...deployment, coordinatingOrganisation: '<img src=x onerror=alert(1)>' }, round: '2026-Q4' });
    const intro = model.getQuestionByName('intro_text');
    expect(intro).toBeInstanceOf(QuestionHtmlModel);
    const html = intro instanceof QuestionHtmlModel ? intro.processedHtml : '';
    // The round as its months ("2026-Q4" meant little to a respondent).
    expect(html.replace(/\s/g, ' ')).toContain('Consultation round: October – December 2026.');
    expect(html).toContain(deployment.privacyContact);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });

  it.each<[string, string, string]>([
    ['an e-mail address, as a mailto link', 'privacy@example.org', '<a href="mailto:privacy@example.org">privacy@example.org</a>'],
    ['a web page, as a link', 'https://example.org/privacy?a=1&b=2', '<a href="https://example.org/privacy?a=1&#38;b=2" target="_blank" rel="noopener">https://example.org/privacy?a=1&#38;b=2</a>'],
    ['anything else, as escaped text', 'Data officer, <b>Room 4</b>', 'Data officer, &#60;b&#62;Room 4&#60;/b&#62;'],
    ['no javascript: link', 'javascript:alert(1)', 'javascript:alert(1)'],
  ])('writes the privacy contact into the intro: %s', (_, contact, written) => {
    const model = createSurvey({ ...inLanguage('en'), deployment: { ...deployment, privacyContact: contact }, round: '2026-Q4' });
    const intro = model.getQuestionByName('intro_text');
    const html = intro instanceof QuestionHtmlModel ? intro.processedHtml : '';
    expect(html).toContain(`contact ${written}.`);
    expect(html).toContain(`write to <a href="mailto:${deployment.coordinatorEmail}">${deployment.coordinatorEmail}</a>.`);
  });
});

describe('roundText', () => {
  it.each<[string, string, string]>([
    ['2026-Q4', 'en', 'October – December 2026'],
    ['2026-Q4', 'fr', 'octobre – décembre 2026'],
    ['2027-Q1', 'es', 'enero–marzo de 2027'],
    ['2027-Q2', 'pt-PT', 'abril – junho de 2027'],
    ['2026-Q5', 'en', '2026-Q5'],
    ['', 'en', ''],
  ])('%s in %s → %s', (round, locale, text) => {
    // Intl puts thin spaces around the dash.
    expect(roundText(round, locale).replace(/\s/g, ' ')).toBe(text);
  });
});

describe('roundTextFrom (the texts made at build time)', () => {
  it('writes every round as Intl does, in every language', () => {
    for (const language of UI_LANGUAGES) {
      const locale = formatLocale(language);
      const quarters = quarterTexts(locale);
      fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        const round = `${year}-Q${quarter}`;
        expect(roundTextFrom(round, quarters)).toBe(roundText(round, locale));
      }));
    }
  });

  it.each<[string, readonly string[], string]>([
    ['2026-Q5', quarterTexts('en'), '2026-Q5'],
    ['', quarterTexts('en'), ''],
    // A definition made without the texts, or with a broken one: the round as it is rather than a wrong month.
    ['2026-Q4', [], '2026-Q4'],
    ['2026-Q4', ['a', 'b', 'c', 'October – December'], '2026-Q4'],
  ])('%s from %j → %s', (round, quarters, text) => {
    expect(roundTextFrom(round, quarters)).toBe(text);
  });
});

describe('conditions', () => {
  it.each<[string, Record<string, unknown>, string, boolean]>([
    ['org_type other', { org_type: 'other' }, 'org_type_other', true],
    ['org_type ngo', { org_type: 'ngo' }, 'org_type_other', false],
    ['working languages with other', { working_languages: ['fr', 'other'] }, 'working_languages_other', true],
    ['has_needs true', { has_needs: true }, 'needs', true],
    ['has_needs false', { has_needs: false }, 'needs', false],
    ['has_needs unanswered', {}, 'needs', false],
    ['has_offers true', { has_offers: true }, 'offers', true],
    ['has_funding_sources true', { has_funding_sources: true }, 'funding_sources', true],
    ['twinning_experience false', { twinning_experience: false }, 'past_twinning', false],
    ['willing_to_twin maybe', { willing_to_twin: 'maybe' }, 'twin_roles', true],
    ['willing_to_twin no', { willing_to_twin: 'no' }, 'twin_roles', false],
    ['willing_to_twin unanswered', {}, 'twin_roles', false],
  ])('%s → %s visible: %s', (_, data, name, visible) => {
    expect(survey('en', data).getQuestionByName(name)?.isVisible).toBe(visible);
  });

  it.each<[string[], boolean]>([[['conference'], true], [['training', 'mentoring'], true], [['mentoring'], false], [[], false]])(
    'offer modalities %j → event_name and event_date visible: %s', (modalities, visible) => {
      const model = survey('en', { has_offers: true, offers: [{ title: 'x', modalities }] });
      const panel = firstPanel(model, 'offers');
      expect([panel.getQuestionByName('event_name')?.isVisible, panel.getQuestionByName('event_date')?.isVisible]).toEqual([visible, visible]);
    });

  it.each([['other', true], ['housing', false]])('need theme %s → theme_other visible: %s', (theme, visible) => {
    expect(firstPanel(survey('en', { has_needs: true, needs: [{ theme }] }), 'needs').getQuestionByName('theme_other')?.isVisible).toBe(visible);
  });
});

describe('SurveyJS\'s own strings', () => {
  // SurveyJS's were "Por favor conteste la pregunta." (stilted) and "Escribe para buscar..." (tú, where the questionnaire says usted).
  it.each<[UiLanguage, string]>([['es', 'Responda a esta pregunta.'], ['pt', 'Responda a esta pergunta.'], ['fr', 'La réponse à cette question est obligatoire.']])('in %s, a required question unanswered says %j', (language, message) => {
    const model = survey(language, { ...validAnswers(), org_name: '' });
    model.currentPage = model.getPageByName('organisation');
    model.validateCurrentPage();
    expect(model.getQuestionByName('org_name')?.errors.map((error) => error.getText())).toEqual([message]);
  });

  it('searches a list in formal Spanish', () => {
    const model = survey('es');
    expect(model.getQuestionByName('country')?.getLocalizationString('filterStringPlaceholder')).toBe('Escriba para buscar…');
  });
});

describe('validation', () => {
  it.each<[string, boolean]>([['amelie@', false], ['amelie@example.org', true]])('contact_email %s → valid page: %s', (email, valid) => {
    const model = survey('en', { ...validAnswers(), contact_email: email });
    model.currentPage = model.getPageByName('organisation');
    expect(model.validateCurrentPage()).toBe(valid);
    expect(model.getQuestionByName('contact_email')?.errors.length).toBe(valid ? 0 : 1);
  });

  // SurveyJS's own were "Merci d'entrer une adresse mail valide." and "Por favor agregue un correo electrónico válido.".
  it.each<[UiLanguage, string]>([
    ['en', 'Enter an e-mail address, for example name@example.org'],
    ['fr', 'Saisissez une adresse électronique, par exemple nom@exemple.org'],
    ['es', 'Introduzca una dirección de correo electrónico, por ejemplo nombre@ejemplo.org'],
    ['pt', 'Introduza um endereço de correio eletrónico, por exemplo nome@exemplo.org'],
  ])('says in %s how to write an e-mail address that is not one', (language, message) => {
    const model = survey(language, { ...validAnswers(), contact_email: 'amelie@' });
    model.currentPage = model.getPageByName('organisation');
    model.validateCurrentPage();
    expect(model.getQuestionByName('contact_email')?.errors.map((error) => error.text)).toEqual([message]);
  });

  it.each(['name@example', 'name@example.org.', 'a@b.c', 'name@-example.org', '"quoted"@example.org', 'x@[1.2.3.4]', 'name..x@example.org', 'josé@exemple.fr'])(
    'never accepts %s unless import (isEmail) accepts it too', (email) => {
      const model = survey('en', { ...validAnswers(), contact_email: email });
      model.currentPage = model.getPageByName('organisation');
      if (model.validateCurrentPage()) expect(isEmail(email)).toBe(true);
    });

  it.each(UI_LANGUAGES)('rejects available_until before available_from with the monthOrder message in %s', (language) => {
    const model = survey(language, { ...validAnswers(), offers: [{ ...offerOf(validAnswers()), available_from: '2027-03', available_until: '2026-10' }] });
    model.currentPage = model.getPageByName('offers');
    expect(model.validateCurrentPage()).toBe(false);
    expect(errorsOf(firstPanel(model, 'offers'), 'available_until')).toEqual([ruleMessage('monthOrder', language)]);
  });

  it.each<[string, unknown, 'url' | 'wholeNumber' | 'month' | 'date']>([
    ['url', 'javascript:alert(1)', 'url'], ['url', 'ftp://example.org', 'url'], ['capacity', 0, 'wholeNumber'], ['capacity', 1.5, 'wholeNumber'],
    ['available_from', '2026-13', 'month'], ['event_date', '2026-02-30', 'date'],
  ])('rejects offer %s = %j with the %s message', (name, value, rule) => {
    const model = survey('fr', { ...validAnswers(), offers: [{ ...offerOf(validAnswers()), [name]: value }] });
    model.currentPage = model.getPageByName('offers');
    expect(model.validateCurrentPage()).toBe(false);
    expect(errorsOf(firstPanel(model, 'offers'), name)).toContain(ruleMessage(rule, 'fr'));
  });

  // A paste can put more in a field than its maxlength lets be typed (longPastes.ts): the answer is kept and refused.
  it.each<[UiLanguage, string, number, string]>([
    ['en', 'description', 2001, 'This answer is 2,001 characters long; the limit is 2,000. Shorten it by 1.'],
    ['fr', 'description', 2500, `Cette réponse compte 2\u202f500 caractères ; la limite est de 2\u202f000. Raccourcissez-la de 500.`],
    ['es', 'title', 130, 'Esta respuesta tiene 130 caracteres; el límite es 120. Acórtela en 10.'],
    ['pt', 'title', 121, 'Esta resposta tem 121 caracteres; o limite é 120. Encurte-a em 1.'],
  ])('in %s, an offer %s of %i characters is refused, saying by how much it is too long', (language, name, length, message) => {
    const model = survey(language, { ...validAnswers(), offers: [{ ...offerOf(validAnswers()), [name]: 'x'.repeat(length) }] });
    model.currentPage = model.getPageByName('offers');
    expect(model.validateCurrentPage()).toBe(false);
    expect(errorsOf(firstPanel(model, 'offers'), name)).toEqual([message]);
    expect(tooLongMessage(length, name === 'title' ? 120 : 2000, language)).toBe(message);
  });

  it('gives a web address no https:// that would take it past its limit, and asks for the scheme instead', () => {
    const model = survey('en', validAnswers());
    const question = firstPanel(model, 'offers').getQuestionByName('url');
    if (!question) throw new Error('offers have no url');
    const typed = `www.${'a'.repeat(490)}.org`;
    question.value = typed;
    expect(question.value).toBe(typed);
    model.currentPage = model.getPageByName('offers');
    expect(model.validateCurrentPage()).toBe(false);
    expect(errorsOf(firstPanel(model, 'offers'), 'url')).toEqual([ruleMessage('url', 'en')]);
  });

  it('accepts an answer exactly as long as its limit', () => {
    const model = survey('en', { ...validAnswers(), org_name: 'x'.repeat(200), offers: [{ ...offerOf(validAnswers()), description: 'x'.repeat(2000) }] });
    for (const page of ['organisation', 'offers']) {
      model.currentPage = model.getPageByName(page);
      expect(model.validateCurrentPage(), page).toBe(true);
    }
  });

  it.each([['offers', 'url'], ['funding_sources', 'url']])('%s: a %s typed without https:// is given it when the field is left, and passes', (list, name) => {
    const model = survey('en', validAnswers());
    const question = firstPanel(model, list).getQuestionByName(name);
    if (!question) throw new Error(`${list} has no ${name}`);
    // What the field does when it is left (an address is not taken as typed).
    question.value = 'www.example.org/offer';
    expect(question.value).toBe('https://www.example.org/offer');
    model.currentPage = model.getPageByName(list === 'offers' ? 'offers' : 'funding');
    expect(model.validateCurrentPage()).toBe(true);
    question.value = 'not an address';
    expect(question.value).toBe('not an address');
    expect(model.validateCurrentPage()).toBe(false);
  });

  it.each(['needs', 'offers', 'funding', 'experience', 'evaluation', 'organisation'])('accepts the valid fixture on page %s', (page) => {
    const model = survey('en', validAnswers());
    model.currentPage = model.getPageByName(page);
    expect(model.validateCurrentPage()).toBe(true);
  });
});

describe('entry ids', () => {
  it('gives each added panel an id, unique, and keeps the second id when the first panel is removed', () => {
    const model = survey('en', { has_needs: true });
    const needs = panelList(model, 'needs');
    expect(needs.panels).toHaveLength(1);
    needs.addPanel();
    needs.addPanel();
    const ids = needs.panels.map((panel) => panel.getQuestionByName('id')?.value);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(typeof id === 'string' && id !== '').toBe(true);
    expect(new Set(ids).size).toBe(3);
    needs.removePanel(0);
    expect(needs.panels.map((panel) => panel.getQuestionByName('id')?.value)).toEqual(ids.slice(1));
    expect(model.data['needs']).toEqual([{ id: ids[1] }, { id: ids[2] }]);
  });

  it('keeps the ids of a loaded draft', () => {
    const model = survey('en', validAnswers());
    expect(panelList(model, 'needs').panels.map((panel) => panel.getQuestionByName('id')?.value)).toEqual(['need-1', 'need-2']);
  });

  it('gives an id to an entry of a loaded draft that lacks one', () => {
    const model = survey('en', { has_offers: true, offers: [{ title: 'x' }] });
    expect(model.data['offers']).toEqual([{ title: 'x', id: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
  });
});

describe('removing an entry', () => {
  it('asks first only when the entry holds an answer (its id alone is none)', () => {
    const model = survey('en', { has_needs: true });
    const needs = panelList(model, 'needs');
    const [panel] = needs.panels;
    if (!panel) throw new Error('no need panel');
    expect(needs.isRequireConfirmOnDelete(0)).toBe(false);
    expect(needs.isRequireConfirmOnDelete(panel)).toBe(false);
    const title = panel.getQuestionByName('title');
    if (title) title.value = 'Housing';
    expect(needs.isRequireConfirmOnDelete(0)).toBe(true);
    expect(needs.isRequireConfirmOnDelete(panel)).toBe(true);
  });

  it.each<[string, unknown, boolean]>([
    ['nothing', undefined, false],
    ['an id alone', { id: 'need-1' }, false],
    ['emptied answers', { id: 'need-1', title: '', modalities: [], priority: null }, false],
    ['a title', { id: 'need-1', title: 'Housing' }, true],
    ['a choice', { id: 'need-1', modalities: ['study_visit'] }, true],
    ['a no', { id: 'need-1', event_open: false }, true],
    ['a number', { id: 'offer-1', capacity: 0 }, true],
  ])('an entry with %s holds an answer: %s', (_, value, answered) => {
    expect(entryHasAnswers(value)).toBe(answered);
  });
});

/** What a dropdown's keyHandler reads of a key press (in Node there is no KeyboardEvent). */
class KeyboardEventLike {
  constructor(readonly keyCode: number) {}
  get which(): number { return this.keyCode; }
  preventDefault(): void {}
  stopPropagation(): void {}
}

describe('countries (choices loaded when the list opens)', () => {
  interface Served { items: { value: string; text?: string }[]; total: number }
  function open(model: SurveyModel, name: string, filter: string, skip = 0, take = 25): Served {
    const question = model.getQuestionByName(name);
    const served: Served = { items: [], total: -1 };
    model.onChoicesLazyLoad.fire(model, {
      question, filter, skip, take,
      setItems: (items: ({ value: string; text?: string } | string)[], total: number) => {
        served.items = items.map((item) => (typeof item === 'string' ? { value: item } : item));
        served.total = total;
      },
    });
    return served;
  }

  it.each(UI_LANGUAGES)('%s: the country question builds no choices up front', (language) => {
    const question = survey(language).getQuestionByName('country');
    expect([question?.getPropertyValue('choicesLazyLoadEnabled'), question?.getPropertyValue('choices')?.length ?? 0]).toEqual([true, 0]);
  });

  it('serves every country, a page at a time, sorted by name in the language shown', () => {
    const model = survey('fr');
    const first = open(model, 'country', '');
    expect(first.total).toBe(countryOptions('fr').length);
    expect(first.items).toHaveLength(25);
    const all = [first, ...Array.from({ length: 10 }, (_, page) => open(model, 'country', '', (page + 1) * 25))].flatMap((served) => served.items);
    expect(all.map((item) => item.text)).toEqual(countryOptions('fr').map((option) => option.text));
  });

  it.each<[UiLanguage, string, string]>([
    ['fr', 'tchéq', 'CZ'], ['fr', 'TCHEQ', 'CZ'], ['en', 'cote', 'CI'], ['es', 'noruega', 'NO'], ['pt', 'finlân', 'FI'],
  ])('%s: typing "%s" finds %s (case and accents ignored)', (language, filter, code) => {
    const served = open(survey(language), 'country', filter);
    expect(served.items.map((item) => item.value)).toContain(code);
    expect(served.total).toBe(served.items.length);
  });

  it.each(['country', 'preferred_countries'])('%s: works by keyboard from an empty list: the first ArrowDown, past the 25th country, Enter', (name) => {
    const model = survey('en', { has_needs: true, needs: [{ title: 'x' }] });
    const question = name === 'country' ? model.getQuestionByName(name) : firstPanel(model, 'needs').getQuestionByName(name);
    if (!(question instanceof QuestionDropdownModel || question instanceof QuestionTagboxModel)) throw new Error(`${name} is not a list`);
    const press = (keyCode: number) => question.dropdownListModel.keyHandler(new KeyboardEventLike(keyCode));
    // SurveyJS 3.0 threw here ("reading 'hasHtml'") when it had loaded only a first page of countries.
    for (let count = 0; count < 30; count++) press(40);
    press(13);
    const chosen = countryOptions('en')[29]?.value;
    expect(name === 'country' ? question.value : question.value?.[0]).toBe(chosen);
  });

  it('chooses what was typed when Enter follows at once (the list is filtered as the letters come, not half a second later)', () => {
    const question = survey('es').getQuestionByName('country');
    if (!(question instanceof QuestionDropdownModel)) throw new Error('country is not a dropdown');
    const list = question.dropdownListModel;
    list.keyHandler(new KeyboardEventLike(40));
    // What the search box does with each letter typed.
    for (let end = 1; end <= 'Argentina'.length; end++) list.inputStringRendered = 'Argentina'.slice(0, end);
    list.keyHandler(new KeyboardEventLike(13));
    expect(question.value).toBe('AR');
  });

  it('finds nothing for nonsense, and says so with a total of 0', () => {
    expect(open(survey('en'), 'country', 'zzzz')).toEqual({ items: [], total: 0 });
  });

  it('shows a chosen country by its name in the language shown, including inside an entry', () => {
    const answers = validAnswers();
    const needs = Array.isArray(answers['needs']) ? answers['needs'].filter(isRecord) : [];
    const model = survey('fr', { ...answers, country: 'CZ', needs: needs.map((need, i) => (i === 0 ? { ...need, preferred_countries: ['NO', 'CA'] } : need)) });
    const nameOf = (code: string) => countryOptions('fr').find((option) => option.value === code)?.text;
    const country = model.getQuestionByName('country');
    expect(country).toBeInstanceOf(QuestionDropdownModel);
    expect(country instanceof QuestionDropdownModel ? country.selectedItem?.text : null).toBe(nameOf('CZ'));
    const preferred = firstPanel(model, 'needs').getQuestionByName('preferred_countries');
    expect(preferred).toBeInstanceOf(QuestionTagboxModel);
    expect(preferred instanceof QuestionTagboxModel ? preferred.selectedChoices.map((item) => item.text) : null).toEqual([nameOf('NO'), nameOf('CA')]);
  });
});

describe('progress bar', () => {
  it('is off on the introduction (the cover page) and on for every page after it, there and back', () => {
    const model = survey('en');
    const seen = () => [model.currentPage?.name, model.showProgressBar];
    expect(seen()).toEqual(['intro', false]);
    model.nextPage();
    expect(seen()).toEqual(['organisation', true]);
    model.prevPage();
    expect(seen()).toEqual(['intro', false]);
    // Resumed on a later page, and in print (every page at once), it is there.
    expect(createSurvey({ ...inLanguage('en'), deployment, round: '2026-Q4', data: validAnswers(), pageName: 'needs' }).showProgressBar).toBe(true);
    expect(createSurvey({ ...inLanguage('en'), deployment, round: '2026-Q4', data: validAnswers(), display: true }).showProgressBar).toBe(true);
  });
});

describe('headings', () => {
  it.each<[string, boolean, string, string, string, string]>([
    ['on screen', false, 'h1', 'h2', 'h3', 'div'],
    ['in print, under the receipt\'s own h1', true, 'h2', 'h3', 'h4', 'div'],
  ])('%s: the title, page titles and entry titles are headings, question titles are not', (_, display, surveyTag, pageTag, panelTag, questionTag) => {
    const model = createSurvey({ ...inLanguage('en'), deployment, round: '2026-Q4', data: validAnswers(), display });
    const tagOf = (element: Parameters<SurveyModel['getElementTitleTagName']>[0]) => model.getElementTitleTagName(element, 'div');
    expect(tagOf(model)).toBe(surveyTag);
    expect(model.pages.map(tagOf)).toEqual(model.pages.map(() => pageTag));
    expect(tagOf(firstPanel(model, 'needs'))).toBe(panelTag);
    expect(tagOf(panelList(model, 'needs'))).toBe(questionTag);
  });
});

describe('data', () => {
  it('never holds page or UI state, only question names', () => {
    const known = new Set(topLevelElements().map((element) => element.name));
    const model = survey('es', validAnswers());
    model.currentPage = model.getPageByName('needs');
    model.nextPage();
    const switched = surveyInLanguage(model, { ...inLanguage('fr'), deployment, round: '2026-Q4' });
    panelList(switched, 'offers').addPanel();
    switched.showPreview();
    expect(Object.keys(switched.data).filter((key) => !known.has(key))).toEqual([]);
    expect(Object.keys(switched.data).length).toBeGreaterThan(20);
  });

  it('keeps hidden answers in the draft (askedAnswers drops them at submission)', () => {
    const model = survey('en', validAnswers());
    model.setValue('has_needs', false);
    expect(model.data['needs']).toEqual(validAnswers()['needs']);
  });

  it('opens on the page of the draft', () => {
    const model = createSurvey({ ...inLanguage('en'), deployment, round: '2026-Q4', data: validAnswers(), pageName: 'funding' });
    expect(model.currentPage.name).toBe('funding');
  });
});

function offerOf(answers: Record<string, unknown>): Record<string, unknown> {
  const offers = answers['offers'];
  const first: unknown = Array.isArray(offers) ? offers[0] : undefined;
  return isRecord(first) ? first : {};
}
