// Reduces a draft to the answers the questionnaire actually asked, given the other answers (what is submitted).
import { isEntryList, QUESTIONNAIRE, topLevelElements, type Answers, type FieldSpec, type PageSpec } from './questionnaireSchema';
import { isBlank } from './fieldRules';
import { isRecord } from './result';

/** Trims text (respondents paste stray spaces) but keeps everything else as answered. */
function clean(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

function keepFields(answers: Answers, entry: Answers, fields: readonly FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = entry[field.name];
    if (isBlank(value)) continue;
    if (field.shownWhen && !field.shownWhen(answers, entry)) continue;
    out[field.name] = clean(value);
  }
  return out;
}

/**
 * Drops unanswered questions, questions hidden by other answers (e.g. needs after "no needs"), and anything the
 * questionnaire does not ask, so the response file holds exactly the answers the respondent was shown.
 */
export function askedAnswers(data: Answers, pages: readonly PageSpec[] = QUESTIONNAIRE): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const element of topLevelElements(pages)) {
    if (!isEntryList(element)) {
      Object.assign(out, keepFields(data, data, [element]));
      continue;
    }
    const list = data[element.name];
    if (!element.shownWhen(data) || !Array.isArray(list)) continue;
    const entries = list.filter(isRecord).map((entry) => keepFields(data, entry, element.fields));
    const answered = entries.filter((entry) => Object.keys(entry).some((key) => key !== 'id'));
    if (answered.length > 0) out[element.name] = answered;
  }
  return out;
}
