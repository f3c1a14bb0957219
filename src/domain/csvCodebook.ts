// codebook.csv (formats.md): one row per column of every exported file, with question text and code labels.
import questionnaire from '../../surveys/questionnaire.json';
import { codeList, codesOf, countryCodes, countryName, UI_LANGUAGES, type CodeListName, type LocalizedText } from './codes';
import { CODEBOOK_COLUMNS, ENTRY_FILES, LIST_FIELDS, ONE_HOT_COLUMNS, ORG_COPIES, TOP_FIELDS, ownValue } from './csvColumns';
import type { CsvTable } from './csvTable';
import { FOLLOW_UP_STATUSES } from './followUp';
import { REASON_CODES } from './matching';
import type { FieldSpec } from './questionnaireSchema';
import { isRecord } from './result';


export type ColumnType = 'text' | 'code' | 'codes' | 'country' | 'countries' | 'boolean' | 'integer' | 'date' | 'month' | 'timestamp' | 'number' | 'id';

/** One code of a coded column with its labels; a language may be missing (see CodebookLabels). */
export interface CodebookCode {
  code: string;
  label: Partial<LocalizedText>;
}

/**
 * Labels of the match codes that have no code list in surveys/codelists.json (their words live in the UI's
 * messages): follow-up statuses and reason codes. Without them, the codebook gives English meanings from matching.md.
 */
export type CodebookLabels = Partial<Record<'match_status' | 'reason', Readonly<Record<string, Partial<LocalizedText>>>>>;

type CodeSource = CodeListName | 'countries' | 'ui_language' | 'match_status' | 'reason';

interface ColumnInfo {
  question: string;
  type: ColumnType;
  codes?: CodeSource;
}

const MATCH_STATUS_MEANINGS: Record<(typeof FOLLOW_UP_STATUSES)[number], string> = {
  suggested: 'Suggested: proposed by the engine or paired by hand, not yet acted on',
  introduced: 'Introduced: the coordinator put the two in touch',
  in_discussion: 'In discussion: they are talking',
  agreed: 'Agreed: they agreed an exchange or twinning',
  completed: 'Completed: the exchange took place',
  declined: 'Declined: one side declined',
  dismissed: 'Dismissed: the coordinator judged it not a fit',
  withdrawn: 'Withdrawn: the need or the offer no longer exists in the latest revision',
};

const REASON_MEANINGS: Record<(typeof REASON_CODES)[number], string> = {
  same_theme: 'Same theme (+40)',
  shared_modality: 'The need and the offer share a modality (+20)',
  modality_mismatch: 'No modality in common',
  shared_language: 'The entries share a language (+15)',
  no_shared_language: 'No language in common',
  emerging_from_established: 'Offer from an established resettlement country to a new, emerging or considering one (+10)',
  preferred_country: "The offer's country is among the need's preferred countries (+5)",
  costs_covered: 'The need needs funding (or partly) and the offer covers the costs (+5)',
  timing_ok: "The need's start lies within the offer's availability (+5)",
  timing_mismatch: "The need's start lies outside the offer's availability (−10)",
  partner_type_mismatch: 'The partner types wanted do not include the other organisation (−15)',
  region_mismatch: "The offer is not open to the need's region (−15)",
  same_country: 'Both organisations are in the same country (−5)',
  funding_gap: 'The need needs funding and the offer does not cover the costs (funding sources are suggested)',
};

/** English question titles from the SurveyJS definition: `name` at top level, `list.name` inside an entry list. */
function collectTitles(elements: unknown, prefix: string, into: Map<string, string>): void {
  if (!Array.isArray(elements)) return;
  for (const element of elements) {
    if (!isRecord(element) || typeof element['name'] !== 'string') continue;
    const title = element['title'];
    if (isRecord(title) && typeof title['default'] === 'string') into.set(`${prefix}${element['name']}`, title['default']);
    else if (typeof title === 'string') into.set(`${prefix}${element['name']}`, title);
    collectTitles(element['templateElements'], `${element['name']}.`, into);
    collectTitles(element['elements'], prefix, into);
  }
}

const ENGLISH_TITLES: ReadonlyMap<string, string> = (() => {
  const titles = new Map<string, string>();
  const pages: unknown = questionnaire.pages;
  if (Array.isArray(pages)) for (const page of pages) if (isRecord(page)) collectTitles(page['elements'], '', titles);
  return titles;
})();

function fieldType(field: FieldSpec): ColumnType {
  switch (field.kind) {
    case 'single': return 'code';
    case 'multi': return 'codes';
    case 'country': return 'country';
    case 'countries': return 'countries';
    case 'boolean': return 'boolean';
    case 'number':
    case 'rating': return 'integer';
    case 'month': return 'month';
    case 'date': return 'date';
    case 'id': return 'id';
    default: return 'text';
  }
}

function questionInfo(field: FieldSpec, key: string, suffix = ''): ColumnInfo {
  const codes: CodeSource | undefined = field.codeList ?? (field.kind === 'country' || field.kind === 'countries' ? 'countries' : undefined);
  return { question: `${ENGLISH_TITLES.get(key) ?? field.name}${suffix}`, type: fieldType(field), ...(codes ? { codes } : {}) };
}

const RESPONSE_LINK: ColumnInfo = { question: 'Response the row belongs to (response_id in responses.csv)', type: 'id' };
const THEME_GROUP: ColumnInfo = { question: 'Group of the theme (derived from theme)', type: 'code', codes: 'theme_group' };
const OBVIOUS_MATCHES: ColumnInfo = { question: 'Number of those pairs that are obvious matches (matching.md)', type: 'integer' };
const REGION: ColumnInfo = { question: "Region of the organisation's country (UN M49 continental region, derived from country)", type: 'code', codes: 'region' };

/** Columns that are not questions (or not only), by file. */
const DERIVED: Readonly<Record<string, Readonly<Record<string, ColumnInfo>>>> = {
  'responses.csv': {
    response_id: { question: "Response id (a UUID made on the respondent's device, the same in every revision)", type: 'id' },
    revision: { question: 'Revision of the response (1, 2, …); the file holds the latest', type: 'integer' },
    round: { question: 'Round of the survey (YYYY-Qn)', type: 'text' },
    questionnaire_version: { question: 'Version of the questionnaire the response answers', type: 'text' },
    language: { question: 'Language the questionnaire was filled in', type: 'code', codes: 'ui_language' },
    started_at: { question: 'When the respondent started (UTC)', type: 'timestamp' },
    submitted_at: { question: 'When this revision was submitted (UTC)', type: 'timestamp' },
    region: REGION,
    n_needs: { question: 'Number of needs in the response', type: 'integer' },
    n_offers: { question: 'Number of offers in the response', type: 'integer' },
    n_funding_sources: { question: 'Number of funding sources in the response', type: 'integer' },
  },
  'needs.csv': {
    need_id: { question: 'Need id (stable across revisions)', type: 'id' },
    response_id: RESPONSE_LINK,
    region: REGION,
    theme_group: THEME_GROUP,
    n_candidates: { question: 'Number of offers the matching engine pairs with this need (matching.md)', type: 'integer' },
    n_obvious_matches: OBVIOUS_MATCHES,
  },
  'offers.csv': {
    offer_id: { question: 'Offer id (stable across revisions)', type: 'id' },
    response_id: RESPONSE_LINK,
    region: REGION,
    theme_group: THEME_GROUP,
    n_candidates: { question: 'Number of needs the matching engine pairs with this offer (matching.md)', type: 'integer' },
    n_obvious_matches: OBVIOUS_MATCHES,
  },
  'funding_sources.csv': {
    funding_id: { question: 'Funding source id (stable across revisions)', type: 'id' },
    response_id: RESPONSE_LINK,
    reported_by: { question: 'Name of the organisation that reported the funding source (org_name of the response)', type: 'text' },
  },
  'past_twinning.csv': { response_id: RESPONSE_LINK },
  'matches.csv': {
    need_id: { question: 'The need (need_id in needs.csv)', type: 'id' },
    offer_id: { question: 'The offer (offer_id in offers.csv)', type: 'id' },
    theme: { question: "The need's theme", type: 'code', codes: 'theme' },
    need_org: { question: 'Organisation with the need', type: 'text' },
    need_country: { question: "Country of the need's organisation", type: 'country', codes: 'countries' },
    offer_org: { question: 'Organisation making the offer', type: 'text' },
    offer_country: { question: "Country of the offer's organisation", type: 'country', codes: 'countries' },
    score: { question: 'Match score 0–100 (matching.md)', type: 'integer' },
    obvious: { question: 'Obvious match: same theme, a shared modality and a shared language, and no timing, partner type or region mismatch', type: 'boolean' },
    reasons: { question: 'Why the pair is suggested: reason codes in the order of matching.md', type: 'codes', codes: 'reason' },
    shared_modalities: { question: 'Modalities both the need and the offer name', type: 'codes', codes: 'modality' },
    shared_languages: { question: 'Languages both entries can work in', type: 'codes', codes: 'language' },
    funding_suggestions: { question: 'Funding sources suggested for the pair (funding_id in funding_sources.csv, ;-joined, most specific first)', type: 'text' },
    status: { question: 'Follow-up status of the match', type: 'code', codes: 'match_status' },
    status_changed_at: { question: 'When the status last changed (UTC; empty when never acted on)', type: 'timestamp' },
    introduced_at: { question: 'When the coordinator first introduced the two (UTC)', type: 'timestamp' },
    agreed_at: { question: 'When the two first agreed an exchange or twinning (UTC)', type: 'timestamp' },
    note: { question: 'The latest note written with a status change (e.g. the reason for a decline)', type: 'text' },
  },
  'match_history.csv': {
    need_id: { question: 'The need (need_id in needs.csv)', type: 'id' },
    offer_id: { question: 'The offer (offer_id in offers.csv)', type: 'id' },
    status: { question: 'Status the match was given', type: 'code', codes: 'match_status' },
    changed_at: { question: 'When the status was given (UTC)', type: 'timestamp' },
    note: { question: 'Note written with the change (e.g. the reason for a decline)', type: 'text' },
  },
  'register.csv': {
    entry_id: { question: 'Register entry id', type: 'id' },
    years: { question: 'Years of the exchange or twinning (e.g. 2006-2008)', type: 'text' },
    partners: { question: 'Partners, as `Name (CC, E); Name (CC, Em)` with the register letters of taxonomy.md', type: 'text' },
    activity: { question: 'What the exchange or twinning involved', type: 'text' },
    activity_types: { question: 'Twinning activity types', type: 'codes', codes: 'activity_type' },
    arrangement: { question: 'Continuous arrangement or one-off', type: 'code', codes: 'arrangement' },
    outcome: { question: 'Outcome', type: 'text' },
    lessons: { question: 'Lessons learned', type: 'text' },
    match_need_id: { question: 'Need of the match the entry was drafted from (need_id in needs.csv)', type: 'id' },
    match_offer_id: { question: 'Offer of the match the entry was drafted from (offer_id in offers.csv)', type: 'id' },
    created_at: { question: 'When the entry was created (UTC)', type: 'timestamp' },
    updated_at: { question: 'When the entry was last changed (UTC)', type: 'timestamp' },
  },
  'evaluation.csv': {
    metric: { question: 'Metric of the pilot evaluation (evaluation.md)', type: 'text' },
    breakdown: { question: 'What the value is broken down by (evaluation.md); empty for the overall value', type: 'text' },
    value: { question: 'Value of the metric', type: 'number' },
  },
};

function columnInfo(file: string, column: string): ColumnInfo {
  const derived = ownValue(ownValue(DERIVED, file), column);
  if (derived) return derived;
  if (file === 'responses.csv') {
    const field = TOP_FIELDS.get(column);
    if (field) return questionInfo(field, column);
  }
  const entryFile = ENTRY_FILES.find((item) => item.file === file);
  if (entryFile) {
    const field = LIST_FIELDS.get(entryFile.list)?.get(column);
    if (field) return questionInfo(field, `${entryFile.list}.${column}`);
    const orgField = TOP_FIELDS.get(column);
    if (orgField && ORG_COPIES.includes(column)) return questionInfo(orgField, column, ' (the organisation’s answer, from responses.csv)');
  }
  return { question: '', type: 'text' };
}

const ONE_HOT_NOTE = '1 = chosen, 0 = not chosen, empty = unanswered';

/** Escapes the separators of the codes cell inside a label: `\` → `\\`, `;` → `\;`, `|` → `\|`. */
function escapeLabel(label: string): string {
  return label.replace(/[\\;|]/g, (character) => `\\${character}`);
}

/**
 * The `codes` cell of codebook.csv. Format (unambiguous, readable in a spreadsheet):
 *   code=en:English label|fr:libellé français|es:etiqueta|pt:rótulo;next_code=en:…
 * - codes are separated by `;`, a code from its labels by the first `=`, labels from each other by `|`, and each
 *   label starts with its language code and `:` (a language without a label is left out);
 * - inside a label, `\`, `;` and `|` are written `\\`, `\;` and `\|` (labels may contain `;`, e.g. consent_share);
 *   codes and language codes never contain `=`, `:`, `;`, `|` or `\`.
 * parseCodebookCodes reads it back.
 */
export function formatCodebookCodes(codes: readonly CodebookCode[]): string {
  return codes.map(({ code, label }) => `${code}=${UI_LANGUAGES.flatMap((language) => {
    const text = label[language];
    return text === undefined ? [] : [`${language}:${escapeLabel(text)}`];
  }).join('|')}`).join(';');
}

/** Splits on `separator` where it is not escaped with `\`, and unescapes the parts. */
function splitEscaped(text: string, separator: string): { part: string; raw: string }[] {
  const parts: { part: string; raw: string }[] = [];
  let part = '';
  let raw = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (character === '\\' && index + 1 < text.length) {
      part += text.charAt(index + 1);
      raw += character + text.charAt(index + 1);
      index += 1;
    } else if (character === separator) {
      parts.push({ part, raw });
      part = '';
      raw = '';
    } else {
      part += character;
      raw += character;
    }
  }
  parts.push({ part, raw });
  return parts;
}

/** Reads a `codes` cell written by formatCodebookCodes. */
export function parseCodebookCodes(text: string): CodebookCode[] {
  if (text === '') return [];
  return splitEscaped(text, ';').map(({ raw }) => {
    const equals = raw.indexOf('=');
    const code = raw.slice(0, equals);
    const label: Partial<LocalizedText> = {};
    for (const { part } of splitEscaped(raw.slice(equals + 1), '|')) {
      const colon = part.indexOf(':');
      const language = part.slice(0, colon);
      const found = UI_LANGUAGES.find((item) => item === language);
      if (found) label[found] = part.slice(colon + 1);
    }
    return { code, label };
  });
}

function codesFor(source: CodeSource, labels: CodebookLabels): CodebookCode[] {
  switch (source) {
    case 'countries':
      return countryCodes().map((code) => ({ code, label: Object.fromEntries(UI_LANGUAGES.map((language) => [language, countryName(code, language)])) }));
    case 'ui_language':
      return codeList('language').filter((item) => UI_LANGUAGES.some((language) => language === item.code)).map(({ code, label }) => ({ code, label }));
    case 'match_status':
      return FOLLOW_UP_STATUSES.map((code) => ({ code, label: ownValue(labels.match_status, code) ?? { en: MATCH_STATUS_MEANINGS[code] } }));
    case 'reason':
      return REASON_CODES.map((code) => ({ code, label: ownValue(labels.reason, code) ?? { en: REASON_MEANINGS[code] } }));
    default:
      return codeList(source).map(({ code, label }) => ({ code, label }));
  }
}

/**
 * codebook.csv: one row per column of every table given (one-hot columns included), in file and column order:
 * file, column, question (English question text, or a description for columns that are not questions), type
 * (text, code, codes, country, countries, boolean, integer, date, month, timestamp, number, id) and codes
 * (formatCodebookCodes for coded columns; "1 = chosen, 0 = not chosen, empty = unanswered" for one-hot columns).
 */
export function codebookTable(tables: readonly CsvTable[], labels: CodebookLabels = {}): CsvTable {
  const formatted = new Map<CodeSource, string>();
  const codesText = (source: CodeSource | undefined): string => {
    if (source === undefined) return '';
    let text = formatted.get(source);
    if (text === undefined) formatted.set(source, (text = formatCodebookCodes(codesFor(source, labels))));
    return text;
  };
  const rows = tables.flatMap((table) => table.columns.map((column) => {
    const slash = column.indexOf('/');
    const base = slash > 0 ? column.slice(0, slash) : '';
    const list = ownValue(ownValue(ONE_HOT_COLUMNS, table.file), base);
    const code = column.slice(slash + 1);
    if (list && codesOf(list).includes(code)) {
      const choice = codeList(list).find((item) => item.code === code)?.label.en ?? code;
      return [table.file, column, `${columnInfo(table.file, base).question}: ${choice}`, 'integer', ONE_HOT_NOTE];
    }
    const info = columnInfo(table.file, column);
    return [table.file, column, info.question, info.type, codesText(info.codes)];
  }));
  return { file: 'codebook.csv', columns: CODEBOOK_COLUMNS, rows };
}
