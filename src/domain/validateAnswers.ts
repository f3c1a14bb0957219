// Checks a response's `data` against the questionnaire: required answers, codes, types, dates, lengths, unknown keys.
import { codesOf, isCountry, type CodeListName } from './codes';
import { isBlank, isDate, isEmail, isHttpUrl, isMonth, isMonthOrderValid, isWholeNumberAtLeastOne } from './fieldRules';
import { isEntryList, QUESTIONNAIRE, topLevelElements, type Answers, type EntryListSpec, type FieldSpec, type PageSpec } from './questionnaireSchema';
import { describeValue, isRecord, keyName, type Problem } from './result';

// An import checks every answer of thousands of responses, so the hot path allocates nothing for a valid answer:
// code lists are sets, each questionnaire's shape is worked out once, and a path is spelled out only for a problem.

const codeSets = new Map<CodeListName, ReadonlySet<string>>();

function isCode(name: CodeListName, value: string): boolean {
  let codes = codeSets.get(name);
  if (!codes) {
    codes = new Set(codesOf(name));
    codeSets.set(name, codes);
  }
  return codes.has(value);
}

interface Shape {
  fields: readonly FieldSpec[];
  lists: readonly EntryListSpec[];
  listNames: ReadonlySet<string>;
}

const shapes = new WeakMap<readonly PageSpec[], Shape>();

function shapeOf(pages: readonly PageSpec[]): Shape {
  let shape = shapes.get(pages);
  if (!shape) {
    const elements = topLevelElements(pages);
    const lists = elements.filter(isEntryList);
    shape = { fields: elements.filter((element): element is FieldSpec => !isEntryList(element)), lists, listNames: new Set(lists.map((list) => list.name)) };
    shapes.set(pages, shape);
  }
  return shape;
}

const fieldNames = new WeakMap<readonly FieldSpec[], ReadonlySet<string>>();

function namesOf(fields: readonly FieldSpec[]): ReadonlySet<string> {
  let names = fieldNames.get(fields);
  if (!names) {
    names = new Set(fields.map((field) => field.name));
    fieldNames.set(fields, names);
  }
  return names;
}

function quote(value: unknown): string {
  return describeValue(value);
}

function checkCodes(values: readonly unknown[], field: FieldSpec, prefix: string, problems: Problem[]): void {
  // Most lists hold a handful of codes: comparing with the earlier ones beats building a set for each list.
  values.forEach((code, index) => {
    const valid = typeof code === 'string' && (field.kind === 'countries' ? isCountry(code) : field.codeList !== undefined && isCode(field.codeList, code));
    if (!valid) problems.push({ path: `${prefix}${field.name}[${index}]`, message: `${quote(code)} is not ${field.kind === 'countries' ? 'a country code' : `a ${field.codeList ?? ''} code`}` });
    else if (values.indexOf(code) < index) problems.push({ path: `${prefix}${field.name}[${index}]`, message: `${quote(code)} is chosen twice` });
  });
}

/** The problem with one answer, or null; lists of codes report each bad code themselves. */
function valueProblem(value: unknown, field: FieldSpec, prefix: string, problems: Problem[]): string | null {
  switch (field.kind) {
    case 'id':
      return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? null : `${quote(value)} is not an entry id`;
    case 'text':
    case 'comment':
    case 'tel':
      if (typeof value !== 'string') return `must be text, not ${quote(value)}`;
      return field.maxLength !== undefined && value.length > field.maxLength ? `is ${value.length} characters long; the limit is ${field.maxLength}` : null;
    case 'email':
      return typeof value === 'string' && isEmail(value) ? null : `${quote(value)} is not an e-mail address`;
    case 'url':
      return typeof value === 'string' && isHttpUrl(value) ? null : `${quote(value)} is not an http(s) address`;
    case 'month':
      return typeof value === 'string' && isMonth(value) ? null : `${quote(value)} is not a month (YYYY-MM)`;
    case 'date':
      return typeof value === 'string' && isDate(value) ? null : `${quote(value)} is not a date (YYYY-MM-DD)`;
    case 'number':
      return isWholeNumberAtLeastOne(value) ? null : `${quote(value)} is not a whole number of at least 1`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `must be true or false, not ${quote(value)}`;
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? null : `${quote(value)} is not a rating from 1 to 5`;
    case 'country':
      return typeof value === 'string' && isCountry(value) ? null : `${quote(value)} is not a country code`;
    case 'single':
      return typeof value === 'string' && field.codeList !== undefined && isCode(field.codeList, value) ? null : `${quote(value)} is not a ${field.codeList ?? ''} code`;
    case 'multi':
    case 'countries':
      if (!Array.isArray(value)) return `must be a list of codes, not ${quote(value)}`;
      checkCodes(value, field, prefix, problems);
      return null;
  }
}

/**
 * Validates a group of fields (top level or one entry) and rejects keys that are not among them, except `elsewhere`:
 * at the top level, the entry lists, which are checked on their own.
 */
function checkFields(answers: Answers, entry: Answers, fields: readonly FieldSpec[], prefix: string, problems: Problem[], elsewhere?: ReadonlySet<string>): void {
  const known = namesOf(fields);
  for (const key of Object.keys(entry)) {
    if (!known.has(key) && !elsewhere?.has(key)) problems.push({ path: `${prefix}${keyName(key)}`, message: 'is not a question of this questionnaire' });
  }
  for (const field of fields) {
    const value = entry[field.name];
    const shown = field.shownWhen ? field.shownWhen(answers, entry) : true;
    let message: string | null;
    if (isBlank(value)) message = shown && field.required ? 'is required' : null;
    else if (!shown) message = 'is answered but the question is not asked with these answers';
    else message = valueProblem(value, field, prefix, problems);
    if (message !== null) problems.push({ path: `${prefix}${field.name}`, message });
  }
}

function checkEntryRules(entry: Answers, listName: string, prefix: string, problems: Problem[]): void {
  const from = entry['available_from'];
  const until = entry['available_until'];
  if (listName === 'offers' && typeof from === 'string' && typeof until === 'string' && isMonth(from) && isMonth(until) && !isMonthOrderValid(from, until)) {
    problems.push({ path: `${prefix}available_until`, message: `${quote(until)} is before available_from ${quote(from)}` });
  }
}

/** All problems in a response's answers; an empty list means the answers are valid. */
export function validateAnswers(data: unknown, pages: readonly PageSpec[] = QUESTIONNAIRE): Problem[] {
  if (!isRecord(data)) return [{ path: 'data', message: 'must be an object of answers' }];
  const { fields, lists, listNames } = shapeOf(pages);
  const problems: Problem[] = [];
  // The answers themselves are the top-level group (no copy without the lists): no field is named like an entry list.
  checkFields(data, data, fields, '', problems, listNames);
  const ids = new Set<string>();
  for (const list of lists) {
    const value = data[list.name];
    const shown = list.shownWhen(data);
    if (isBlank(value)) {
      if (shown && list.required) problems.push({ path: list.name, message: `is required: add at least ${list.minItems}` });
      continue;
    }
    if (!shown) { problems.push({ path: list.name, message: 'is answered but the question is not asked with these answers' }); continue; }
    if (!Array.isArray(value)) { problems.push({ path: list.name, message: 'must be a list of entries' }); continue; }
    if (value.length > list.maxItems) problems.push({ path: list.name, message: `has ${value.length} entries; at most ${list.maxItems} are allowed` });
    value.forEach((entry: unknown, index) => {
      const prefix = `${list.name}[${index}].`;
      if (!isRecord(entry)) { problems.push({ path: `${list.name}[${index}]`, message: 'must be an object of answers' }); return; }
      checkFields(data, entry, list.fields, prefix, problems);
      checkEntryRules(entry, list.name, prefix, problems);
      const id = entry['id'];
      if (typeof id === 'string') {
        if (ids.has(id)) problems.push({ path: `${prefix}id`, message: `"${id}" is used by another entry of this response` });
        ids.add(id);
      }
    });
  }
  return problems;
}
