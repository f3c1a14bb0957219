// Builds the questionnaire's SurveyJS model with our behaviour: validation rules, stable entry ids, progress, review.
import { Model, Serializer, settings, type Question, type SurveyModel } from 'survey-core';
import { isOneOf, isUiLanguage, type UiLanguage } from '../domain/languages';
import { roundTextFrom } from '../domain/round';
import type { Deployment } from '../domain/deployment';
import { withEntryIds } from '../domain/entryIds';
import { isDate, isEmail, isHttpUrl, isMonth, isMonthOrderValid, isWholeNumberAtLeastOne, withWebScheme } from '../domain/fieldRules';
import { ENTRY_LISTS } from '../domain/questionnaireSchema';
import { holdsWords, searchWords } from '../domain/wordSearch';
import { deferLaterPages, registerDeferredPages } from './deferredPages';
import { INTRO_PAGE, REVIEW_SEEN } from './review';
import { overLimit } from './longPastes';
import { registerConfirmRemoval } from './confirmRemoval';
import { registerFocusGuard } from './focusGuard';
import { registerRadioBoolean } from './radioBoolean';
import { ruleMessage, tooLongMessage, type RuleMessage } from './messages';
import { applySurveyStrings } from './surveyStrings';
import { shareThemeStyle } from './themeStyle';
import type { SurveyDefinition } from './questionnaires';

const MONTH_FIELDS = new Set(['start', 'available_from', 'available_until']);
const DATE_FIELDS = new Set(['event_date', 'deadline']);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A contact in the introduction as a link a phone can follow: mailto for an e-mail address, the page itself for an
 * http(s) address; anything else as text. Always escaped: the deployment file is not trusted to hold HTML.
 */
function contactHtml(value: string): string {
  const text = escapeHtml(value);
  if (isEmail(value)) return `<a href="mailto:${text}">${text}</a>`;
  if (isHttpUrl(value)) return `<a href="${text}" target="_blank" rel="noopener">${text}</a>`;
  return text;
}

function siblingValue(question: Question, name: string): unknown {
  const parent = question.parent;
  const sibling = parent && 'getQuestionByName' in parent && typeof parent.getQuestionByName === 'function' ? parent.getQuestionByName(name) : undefined;
  return sibling?.value;
}

function toSurveyLocale(language: UiLanguage): string {
  return language === 'en' ? '' : language;
}

function fromSurveyLocale(locale: string): UiLanguage {
  return isUiLanguage(locale) ? locale : 'en';
}

/** Serves the choices of questions marked `choicesLazyLoadEnabled` (countries) page by page, and their display texts. */
function serveLazyChoices(survey: SurveyModel, options: readonly { value: string; text: string }[]): void {
  const textOf = new Map(options.map((option) => [option.value, option.text]));
  // Filtered as each letter is typed. SurveyJS waits 500 ms after the last letter before asking for a lazily loaded list,
  // and Enter pressed meanwhile chose the first country of the unfiltered list ("Argentina" typed, Afghanistan saved).
  // Filtering about 245 names here takes well under a millisecond.
  settings.dropdownSearchDelay = 0;
  survey.onChoicesLazyLoad.add((_, event) => {
    const words = searchWords(event.filter);
    const matching = words.length > 0 ? options.filter((option) => holdsWords(option.text, words)) : options;
    event.setItems(matching.slice(event.skip, event.skip + event.take).map((option) => ({ ...option })), matching.length);
  });
  survey.onGetChoiceDisplayValue.add((_, event) => {
    event.setItems(event.values.map((value: unknown) => (typeof value === 'string' ? textOf.get(value) ?? value : String(value))));
  });
}

/**
 * A list's search finds the options holding every word typed, in any order: SurveyJS's own takes the typed text as
 * one piece, so "formation personnel" did not find "Formation du personnel".
 */
function searchByWords(survey: SurveyModel): void {
  survey.onChoicesSearch.add((_, event) => {
    const words = searchWords(event.filter);
    event.filteredChoices = event.choices.filter((choice) => holdsWords(choice.text, words));
  });
}

/** Our rules beyond SurveyJS's own (which the same domain rules re-check at import). */
export function ruleBroken(question: Question, value: unknown): RuleMessage | null {
  if (value === undefined || value === null || value === '') return null;
  const name = question.name;
  if (name === 'url' && (typeof value !== 'string' || !isHttpUrl(value))) return 'url';
  if (MONTH_FIELDS.has(name) && (typeof value !== 'string' || !isMonth(value))) return 'month';
  if (DATE_FIELDS.has(name) && (typeof value !== 'string' || !isDate(value))) return 'date';
  if (name === 'capacity' && !isWholeNumberAtLeastOne(value)) return 'wholeNumber';
  if (name === 'available_until' && typeof value === 'string') {
    const from = siblingValue(question, 'available_from');
    if (typeof from === 'string' && isMonth(from) && isMonth(value) && !isMonthOrderValid(from, value)) return 'monthOrder';
  }
  return null;
}

function newEntryId(): string {
  return crypto.randomUUID();
}

/** Gives every entry an id as soon as its panel exists. */
function ensureEntryIds(survey: SurveyModel): void {
  const current: Record<string, unknown> = survey.data;
  const next = withEntryIds(current, newEntryId);
  if (next === current) return;
  for (const list of ENTRY_LISTS) {
    if (next[list] !== current[list]) survey.setValue(list, next[list]);
  }
}

export interface SurveyOptions {
  /** From loadDefinition(kind, language): the questionnaire in the language being shown. */
  definition: SurveyDefinition;
  language: UiLanguage;
  deployment: Deployment;
  round: string;
  data?: Record<string, unknown>;
  pageName?: string;
  /** Read-only rendering of every answer on one page (print layout). */
  display?: boolean;
  /**
   * A new, empty response: build only the first page now and the others with buildDeferredPagesSoon() once it is on
   * screen (deferredPages.ts). Ignored when there are answers, a page to open, or a print layout to render.
   */
  deferLaterPages?: boolean;
}

// SurveyJS 3 renders every title as a <div>; screen-reader users navigate a questionnaire by its headings. The
// printed layout sits under the receipt's own <h1>, so it starts a level lower.
const TITLE_LEVELS: Record<string, number> = { survey: 1, page: 2, panel: 3 };

function titlesAsHeadings(survey: SurveyModel, topLevel: number): void {
  survey.onGetTitleTagName.add((_, options) => {
    const level = TITLE_LEVELS[options.element.getType()];
    if (level !== undefined) options.tagName = `h${level + topLevel - 1}`;
  });
}

/** The language the survey is showing now. */
export function surveyLanguage(survey: SurveyModel): UiLanguage {
  return fromSurveyLocale(survey.locale);
}

// On the review and the printed copy, text answers as text: read-only boxes cut a name or title at one line ("Associação
// Lusa de Acolhimento e Int…"), put a 2,000-character description in a four-line box to scroll, drew an empty month as
// "--------- ----" and a month answered in the browser's language rather than the page's.
settings.readOnly.textRenderMode = 'div';
settings.readOnly.commentRenderMode = 'div';
// Yes/no questions drawn as radios are named, required radio groups for screen readers (radioBoolean.ts).
registerRadioBoolean();
// Removing a need, an offer or another entry asks first (confirmRemoval.ts).
registerConfirmRemoval();
// SurveyJS's delayed focus never takes the focus from a field the respondent has moved to (focusGuard.ts).
registerFocusGuard();
// A section's or an entry's buttons wrap on a narrow screen rather than fold into a "…" menu: on a phone the review
// showed one that opened on "No data to display" (in English), and an entry's Remove was hidden behind it.
const adaptive = Serializer.findProperty('panel', 'allowAdaptiveActions');
if (adaptive) adaptive.defaultValue = false;

export function createSurvey(options: SurveyOptions): SurveyModel {
  const defer = options.deferLaterPages === true && !options.display && options.pageName === undefined && Object.keys(options.data ?? {}).length === 0;
  const split = defer ? deferLaterPages(options.definition.json) : null;
  // The variables the texts show are set before the definition is read: each setVariable on a loaded survey runs
  // every condition again (about a tenth of a first page's model).
  const survey = new Model();
  // The theme's stylesheet is the document's, not drawn again by each survey (themeStyle.ts).
  shareThemeStyle(survey);
  survey.setVariable('coordinatingOrganisation', escapeHtml(options.deployment.coordinatingOrganisation));
  survey.setVariable('coordinatorEmail', contactHtml(options.deployment.coordinatorEmail));
  survey.setVariable('privacyContact', contactHtml(options.deployment.privacyContact));
  survey.setVariable('round', escapeHtml(roundTextFrom(options.round, options.definition.quarters)));
  survey.fromJSON(split ? split.json : options.definition.json);
  if (split) registerDeferredPages(survey, split.later);
  // Before the data: the display texts of answers already given are asked for as they are set.
  serveLazyChoices(survey, options.definition.countries);
  searchByWords(survey);
  titlesAsHeadings(survey, options.display ? 2 : 1);
  applySurveyStrings(options.language, options.definition.surveyLocale);
  survey.locale = toSurveyLocale(options.language);
  survey.textUpdateMode = 'onTyping';
  // A description box grows with its text: four lines of a pasted 800-character description were all a phone showed.
  survey.autoGrowComment = true;
  survey.progressBarType = 'pages';
  // Numbered progress buttons would be labelled by page title only (a WCAG 2.5.3 mismatch); the page position is written out above.
  survey.progressBarShowPageNumbers = false;
  survey.showQuestionNumbers = 'off';
  survey.showPreviewBeforeComplete = true;
  survey.previewMode = 'allQuestions';
  survey.checkErrorsMode = 'onValueChanged';
  // After Next or Previous the focus goes to the new page's first question, not back to the top of the document.
  survey.autoFocusFirstQuestion = !options.display;
  survey.widthMode = 'static';
  survey.width = '52rem';
  // Answers hidden by a later change (e.g. "no needs after all") stay in the draft in case the respondent changes
  // their mind; askedAnswers() drops them from the submitted file.
  survey.clearInvisibleValues = 'none';
  survey.showCompletePage = false;
  // A new response's empty answers are the model's already; assigning them would run every condition again.
  if (options.data && Object.keys(options.data).length > 0) survey.data = options.data;

  survey.onValidateQuestion.add((_, event) => {
    const language = fromSurveyLocale(survey.locale);
    // Typing stops at the field's limit; a paste can go past it (keepLongPastes), and is refused here.
    const over = overLimit(event.question, event.value);
    if (over) {
      event.error = tooLongMessage(over.length, over.limit, language);
      return;
    }
    const rule = ruleBroken(event.question, event.value);
    if (rule) event.error = ruleMessage(rule, language);
  });
  // "www.example.org" becomes "https://www.example.org" rather than an error: an address field takes its value when
  // it is left (not as typed), so nothing changes under the respondent's fingers.
  // Not when the scheme would take it past the field's limit: the respondent typed within it, and is then asked for
  // the scheme rather than told their text is too long.
  const asAddress = (question: Question | null | undefined, value: unknown) => {
    if (!question || question.getType() !== 'text' || question.inputType !== 'url' || typeof value !== 'string') return value;
    const address = withWebScheme(value);
    return overLimit(question, address) && !overLimit(question, value) ? value : address;
  };
  survey.onDynamicPanelValueChanging.add((_, event) => { event.value = asAddress(event.panel.getQuestionByName(event.name), event.value); });
  survey.onValueChanging.add((_, event) => { event.value = asAddress(event.question, event.value); });
  survey.onDynamicPanelAdded.add(() => ensureEntryIds(survey));
  survey.onValueChanged.add((_, event) => {
    if (isOneOf(ENTRY_LISTS, event.name)) ensureEntryIds(survey);
  });
  ensureEntryIds(survey);

  if (options.display) {
    survey.mode = 'display';
    survey.questionsOnPageMode = 'singlePage';
    survey.showProgressBar = true;
  } else {
    if (options.pageName) {
      const page = survey.getPageByName(options.pageName);
      if (page?.isVisible) survey.currentPage = page;
    }
    // The introduction is the cover page: no progress bar there ("Page 1 of 7" above it says where the respondent
    // is). Its seven page buttons were about a tenth of the time to a first visit's first page.
    const barOffTheCover = () => { survey.showProgressBar = survey.currentPage?.name !== INTRO_PAGE; };
    barOffTheCover();
    survey.onCurrentPageChanged.add(barOffTheCover);
  }
  return survey;
}

/** The same answers on the same page (or the review) in a model built from another language's definition. */
export function surveyInLanguage(survey: SurveyModel, options: Omit<SurveyOptions, 'data' | 'pageName' | 'display'>): SurveyModel {
  const reviewing = survey.state === 'preview';
  const next = createSurvey({ ...options, data: survey.data, pageName: reviewing ? undefined : survey.currentPage?.name });
  next.setVariable(REVIEW_SEEN, survey.getVariable(REVIEW_SEEN));
  if (reviewing) next.showPreview();
  // The new model's first drawing would move the focus to the page's first question, away from the language list:
  // a keyboard user going through the languages with the arrow keys was thrown into the form at the first step.
  // From the next page on, it focuses as before.
  if (next.autoFocusFirstQuestion) {
    next.autoFocusFirstQuestion = false;
    const restore = () => {
      next.autoFocusFirstQuestion = true;
      next.onCurrentPageChanged.remove(restore);
    };
    next.onCurrentPageChanged.add(restore);
  }
  return next;
}
