// Months and days on the review and the printed copy as the respondent's language writes them ("mars 2027",
// "15 mars 2027"), not as stored ("2027-03", "2027-03-15"): SurveyJS's read-only text shows the stored value.
import { createElement, type JSX } from 'react';
import { ReactQuestionFactory, SurveyQuestionText } from 'survey-react-ui';
import { dayText, monthText } from '../../domain/calendarText';
import { formatLocale, isUiLanguage } from '../../domain/languages';

// A class, as SurveyJS's React components are: this one only overrides how the read-only value is drawn.
class TextWithDatesInWords extends SurveyQuestionText {
  protected override renderInput(): JSX.Element {
    const question = this.question;
    const value: unknown = question.value;
    if (!question.isReadOnlyRenderDiv() || typeof value !== 'string' || (question.inputType !== 'month' && question.inputType !== 'date')) {
      return super.renderInput();
    }
    const language = question.survey?.getLocale() ?? '';
    const locale = formatLocale(isUiLanguage(language) ? language : 'en');
    return <div>{question.inputType === 'month' ? monthText(value, locale) : dayText(value, locale)}</div>;
  }
}

/** Registered once, when the questionnaire's screen loads: every text question is drawn by it from then on. */
ReactQuestionFactory.Instance.registerQuestion('text', (props) => createElement(TextWithDatesInWords, props));
