// Checks a response's `data` against the questionnaire: required answers, codes, types, dates, lengths, unknown keys.
import { isCode, isCountry } from './codes';
import { isDate, isEmail, isHttpUrl, isMonth, isMonthOrderValid, isWholeNumberAtLeastOne } from './fieldRules';
import { isEntryList, QUESTIONNAIRE, topLevelElements, type Answers, type FieldSpec, type PageSpec } from './questionnaireSchema';
import { describeValue, isRecord, keyName, type Problem } from './result';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function quote(value: unknown): string {
  return describeValue(value);
}

function checkText(value: unknown, field: FieldSpec, path: string): Problem[] {
  if (typeof value !== 'string') return [{ path, message: `must be text, not ${quote(value)}` }];
  if (field.maxLength !== undefined && value.length > field.maxLength) {
    return [{ path, message: `is ${value.length} characters long; the limit is ${field.maxLength}` }];
  }
  return [];
}

function checkCodes(values: unknown[], field: FieldSpec, path: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  values.forEach((code, index) => {
    const valid = typeof code === 'string' && (field.kind === 'countries' ? isCountry(code) : field.codeList !== undefined && isCode(field.codeList, code));
    if (!valid) problems.push({ path: `${path}[${index}]`, message: `${quote(code)} is not ${field.kind === 'countries' ? 'a country code' : `a ${field.codeList ?? ''} code`}` });
    else if (seen.has(code)) problems.push({ path: `${path}[${index}]`, message: `${quote(code)} is chosen twice` });
    else seen.add(code);
  });
  return problems;
}

function checkValue(value: unknown, field: FieldSpec, path: string): Problem[] {
  switch (field.kind) {
    case 'id':
      return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? [] : [{ path, message: `${quote(value)} is not an entry id` }];
    case 'text':
    case 'comment':
    case 'tel':
      return checkText(value, field, path);
    case 'email':
      return typeof value === 'string' && isEmail(value) ? [] : [{ path, message: `${quote(value)} is not an e-mail address` }];
    case 'url':
      return typeof value === 'string' && isHttpUrl(value) ? [] : [{ path, message: `${quote(value)} is not an http(s) address` }];
    case 'month':
      return typeof value === 'string' && isMonth(value) ? [] : [{ path, message: `${quote(value)} is not a month (YYYY-MM)` }];
    case 'date':
      return typeof value === 'string' && isDate(value) ? [] : [{ path, message: `${quote(value)} is not a date (YYYY-MM-DD)` }];
    case 'number':
      return isWholeNumberAtLeastOne(value) ? [] : [{ path, message: `${quote(value)} is not a whole number of at least 1` }];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [{ path, message: `must be true or false, not ${quote(value)}` }];
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? [] : [{ path, message: `${quote(value)} is not a rating from 1 to 5` }];
    case 'country':
      return typeof value === 'string' && isCountry(value) ? [] : [{ path, message: `${quote(value)} is not a country code` }];
    case 'single':
      return typeof value === 'string' && field.codeList !== undefined && isCode(field.codeList, value)
        ? [] : [{ path, message: `${quote(value)} is not a ${field.codeList ?? ''} code` }];
    case 'multi':
    case 'countries':
      return Array.isArray(value) ? checkCodes(value, field, path) : [{ path, message: `must be a list of codes, not ${quote(value)}` }];
  }
}

/** Validates a group of fields (top level or one entry) and rejects keys that are not among them. */
function checkFields(answers: Answers, entry: Answers, fields: readonly FieldSpec[], prefix: string): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(fields.map((field) => field.name));
  for (const key of Object.keys(entry)) {
    if (!known.has(key)) problems.push({ path: `${prefix}${keyName(key)}`, message: 'is not a question of this questionnaire' });
  }
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    const value = entry[field.name];
    const shown = field.shownWhen ? field.shownWhen(answers, entry) : true;
    if (isEmpty(value)) {
      if (shown && field.required) problems.push({ path, message: 'is required' });
      continue;
    }
    if (!shown) {
      problems.push({ path, message: 'is answered but the question is not asked with these answers' });
      continue;
    }
    problems.push(...checkValue(value, field, path));
  }
  return problems;
}

function checkEntryRules(entry: Answers, listName: string, prefix: string): Problem[] {
  const from = entry['available_from'];
  const until = entry['available_until'];
  if (listName === 'offers' && typeof from === 'string' && typeof until === 'string' && isMonth(from) && isMonth(until) && !isMonthOrderValid(from, until)) {
    return [{ path: `${prefix}available_until`, message: `${quote(until)} is before available_from ${quote(from)}` }];
  }
  return [];
}

/** All problems in a response's answers; an empty list means the answers are valid. */
export function validateAnswers(data: unknown, pages: readonly PageSpec[] = QUESTIONNAIRE): Problem[] {
  if (!isRecord(data)) return [{ path: 'data', message: 'must be an object of answers' }];
  const elements = topLevelElements(pages);
  const fields = elements.filter((element): element is FieldSpec => !isEntryList(element));
  const listNames = new Set<string>(elements.filter(isEntryList).map((list) => list.name));
  const topLevel = Object.fromEntries(Object.entries(data).filter(([key]) => !listNames.has(key)));
  const problems = checkFields(data, topLevel, fields, '');
  const ids = new Set<string>();
  for (const list of elements.filter(isEntryList)) {
    const value = data[list.name];
    const shown = list.shownWhen(data);
    if (isEmpty(value)) {
      if (shown && list.required) problems.push({ path: list.name, message: `is required: add at least ${list.minItems}` });
      continue;
    }
    if (!shown) { problems.push({ path: list.name, message: 'is answered but the question is not asked with these answers' }); continue; }
    if (!Array.isArray(value)) { problems.push({ path: list.name, message: 'must be a list of entries' }); continue; }
    if (value.length > list.maxItems) problems.push({ path: list.name, message: `has ${value.length} entries; at most ${list.maxItems} are allowed` });
    value.forEach((entry: unknown, index) => {
      const prefix = `${list.name}[${index}].`;
      if (!isRecord(entry)) { problems.push({ path: `${list.name}[${index}]`, message: 'must be an object of answers' }); return; }
      problems.push(...checkFields(data, entry, list.fields, prefix), ...checkEntryRules(entry, list.name, prefix));
      const id = entry['id'];
      if (typeof id === 'string') {
        if (ids.has(id)) problems.push({ path: `${prefix}id`, message: `"${id}" is used by another entry of this response` });
        ids.add(id);
      }
    });
  }
  return problems;
}
