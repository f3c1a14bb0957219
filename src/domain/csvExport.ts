// The CSV exports of formats.md as data (CsvTable, cells as plain unescaped text), the one-hot option and codebook.csv.
// Pure: the same input always gives the same tables; src/io/csv.ts turns them into bytes.
import questionnaire from '../../surveys/questionnaire.json';
import {
  codeList, codesOf, countryCodes, countryName, regionOf, UI_LANGUAGES, type CodeListName, type LocalizedText,
} from './codes';
import type { CsvTable } from './csvTable';
import { FOLLOW_UP_STATUSES, firstTimeAt, lastChangeAt, type FollowUp } from './followUp';
import { REASON_CODES, type Candidate } from './matching';
import { isEntryList, topLevelElements, type EntryListName, type FieldKind, type FieldSpec } from './questionnaireSchema';
import { isFollowUpResponse, type ResponseFile } from './responseFile';
import { isRecord } from './result';

// ---------------------------------------------------------------------------------------------------------------
// Files and columns (formats.md, "CSV exports"): exactly these names, in this order.

export const RESPONSES_COLUMNS = [
  'response_id', 'revision', 'round', 'questionnaire_version', 'language', 'started_at', 'submitted_at', 'org_name', 'org_type',
  'org_type_other', 'country', 'region', 'resettlement_status', 'continuum_roles', 'working_languages', 'working_languages_other',
  'contact_name', 'contact_role', 'contact_email', 'contact_phone', 'consent_share', 'refugee_involvement', 'refugee_involvement_comment',
  'has_needs', 'has_offers', 'has_funding_sources', 'existing_mechanisms', 'twinning_experience', 'willing_to_twin', 'twin_roles',
  'mechanism_needed', 'mechanism_gaps', 'heard_from', 'n_needs', 'n_offers', 'n_funding_sources',
] as const;
export const NEEDS_COLUMNS = [
  'need_id', 'response_id', 'org_name', 'country', 'region', 'resettlement_status', 'org_type', 'theme', 'theme_group', 'theme_other',
  'title', 'description', 'modalities', 'languages', 'priority', 'start', 'funding', 'partner_types', 'preferred_countries',
  'n_candidates', 'n_obvious_matches',
] as const;
export const OFFERS_COLUMNS = [
  'offer_id', 'response_id', 'org_name', 'country', 'region', 'resettlement_status', 'org_type', 'theme', 'theme_group', 'theme_other',
  'title', 'description', 'modalities', 'languages', 'capacity', 'cost', 'available_from', 'available_until', 'event_name', 'event_date',
  'url', 'recipient_types', 'recipient_regions', 'n_candidates', 'n_obvious_matches',
] as const;
export const FUNDING_COLUMNS = [
  'funding_id', 'response_id', 'reported_by', 'name', 'funder_type', 'themes', 'modalities', 'eligible_regions', 'eligible_org_types',
  'amount', 'deadline', 'url', 'notes',
] as const;
export const PAST_TWINNING_COLUMNS = [
  'response_id', 'org_name', 'partner', 'years', 'activity_types', 'arrangement', 'outcome', 'worked', 'did_not_work',
] as const;
export const MATCHES_COLUMNS = [
  'need_id', 'offer_id', 'theme', 'need_org', 'need_country', 'offer_org', 'offer_country', 'score', 'obvious', 'reasons',
  'shared_modalities', 'shared_languages', 'funding_suggestions', 'status', 'status_changed_at', 'introduced_at', 'agreed_at', 'note',
] as const;
export const MATCH_HISTORY_COLUMNS = ['need_id', 'offer_id', 'status', 'changed_at', 'note'] as const;
export const REGISTER_COLUMNS = [
  'entry_id', 'years', 'partners', 'activity', 'activity_types', 'arrangement', 'outcome', 'lessons', 'match_need_id', 'match_offer_id',
  'created_at', 'updated_at',
] as const;
export const EVALUATION_COLUMNS = ['metric', 'breakdown', 'value'] as const;
export const CODEBOOK_COLUMNS = ['file', 'column', 'question', 'type', 'codes'] as const;

/** Every file of the CSV set with its columns, in the order of formats.md. */
export const CSV_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'responses.csv': RESPONSES_COLUMNS,
  'needs.csv': NEEDS_COLUMNS,
  'offers.csv': OFFERS_COLUMNS,
  'funding_sources.csv': FUNDING_COLUMNS,
  'past_twinning.csv': PAST_TWINNING_COLUMNS,
  'matches.csv': MATCHES_COLUMNS,
  'match_history.csv': MATCH_HISTORY_COLUMNS,
  'register.csv': REGISTER_COLUMNS,
  'evaluation.csv': EVALUATION_COLUMNS,
  'codebook.csv': CODEBOOK_COLUMNS,
};

/** The files that hold responses' answers (and so can be imported back), with the entry list each one holds. */
export const ENTRY_FILES: readonly { file: string; list: EntryListName; idColumn: string | null }[] = [
  { file: 'needs.csv', list: 'needs', idColumn: 'need_id' },
  { file: 'offers.csv', list: 'offers', idColumn: 'offer_id' },
  { file: 'funding_sources.csv', list: 'funding_sources', idColumn: 'funding_id' },
  // formats.md gives past_twinning.csv no id column: rows keep the response's order, ids are made again on import.
  { file: 'past_twinning.csv', list: 'past_twinning', idColumn: null },
];

/** responses.csv columns that come from the response file's envelope rather than its answers. */
export const META_COLUMNS = {
  response_id: 'responseId', revision: 'revision', round: 'round', questionnaire_version: 'questionnaireVersion', language: 'language',
  started_at: 'startedAt', submitted_at: 'submittedAt',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Questions and cells.

const TOP_FIELDS: ReadonlyMap<string, FieldSpec> = new Map(
  topLevelElements().filter((element): element is FieldSpec => !isEntryList(element)).map((field) => [field.name, field]),
);
const LIST_FIELDS: ReadonlyMap<string, ReadonlyMap<string, FieldSpec>> = new Map(
  topLevelElements().filter(isEntryList).map((list) => [list.name, new Map(list.fields.map((field) => [field.name, field]))]),
);

/** A top-level question's spec (responses.csv), or undefined. */
export function topLevelField(name: string): FieldSpec | undefined {
  return TOP_FIELDS.get(name);
}

/** A question of an entry list (`needs`, `offers`, …), or undefined. */
export function entryField(list: EntryListName, name: string): FieldSpec | undefined {
  return LIST_FIELDS.get(list)?.get(name);
}

/** Organisation columns repeated in the entry files, copied from the response (never imported from there). */
const ORG_COPIES = ['org_name', 'country', 'region', 'resettlement_status', 'org_type'];

const THEME_GROUP: ReadonlyMap<string, string> = new Map(codeList('theme').map((item) => [item.code, item.group ?? '']));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** A whole number as plain digits (a capacity may be stored as the digits the respondent typed). */
function wholeNumberText(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return String(Number(value.trim()));
  return typeof value === 'string' ? value : '';
}

/** One answer as a cell: codes `;`-joined, `true`/`false`, plain digits; anything unanswered is ''. */
export function answerCell(value: unknown, kind: FieldKind): string {
  if (value === undefined || value === null) return '';
  switch (kind) {
    case 'multi':
    case 'countries':
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').join(';') : '';
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : '';
    case 'number':
    case 'rating':
      return wholeNumberText(value);
    default:
      return textOf(value);
  }
}

function topCell(file: ResponseFile, column: string): string {
  if (column === 'region') return regionOf(textOf(file.data['country'])) ?? '';
  const field = TOP_FIELDS.get(column);
  return field ? answerCell(file.data[column], field.kind) : '';
}

/** The CSV set holds main-questionnaire responses; follow-up questionnaire responses (evaluation.md) are left out. */
function mainResponses(latest: readonly ResponseFile[]): ResponseFile[] {
  return latest.filter((file) => !isFollowUpResponse(file));
}

function sortedResponses(latest: readonly ResponseFile[]): ResponseFile[] {
  return mainResponses(latest).sort((a, b) => compareText(a.responseId, b.responseId) || a.revision - b.revision);
}

// ---------------------------------------------------------------------------------------------------------------
// responses.csv

function responseCell(file: ResponseFile, column: string): string {
  switch (column) {
    case 'response_id': return file.responseId;
    case 'revision': return String(file.revision);
    case 'round': return file.round;
    case 'questionnaire_version': return file.questionnaireVersion;
    case 'language': return file.language;
    case 'started_at': return file.startedAt;
    case 'submitted_at': return file.submittedAt;
    // Counts are facts about the response, not answers: a response without needs has n_needs 0.
    case 'n_needs': return String(records(file.data['needs']).length);
    case 'n_offers': return String(records(file.data['offers']).length);
    case 'n_funding_sources': return String(records(file.data['funding_sources']).length);
    default: return topCell(file, column);
  }
}

/** responses.csv: one row per latest revision, sorted by response_id. */
export function responsesTable(latest: readonly ResponseFile[]): CsvTable {
  return {
    file: 'responses.csv',
    columns: RESPONSES_COLUMNS,
    rows: sortedResponses(latest).map((file) => RESPONSES_COLUMNS.map((column) => responseCell(file, column))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Entry files: needs.csv, offers.csv, funding_sources.csv, past_twinning.csv

interface EntryRow {
  file: ResponseFile;
  entry: Record<string, unknown>;
  index: number;
}

interface Counts {
  candidates: number;
  obvious: number;
}

function entryRows(latest: readonly ResponseFile[], list: EntryListName): EntryRow[] {
  return mainResponses(latest).flatMap((file) => records(file.data[list]).map((entry, index) => ({ file, entry, index })));
}

/** Entries by their id, then response id (ids are only unique within a response). */
function byEntryId(a: EntryRow, b: EntryRow): number {
  return compareText(textOf(a.entry['id']), textOf(b.entry['id'])) || compareText(a.file.responseId, b.file.responseId) || a.index - b.index;
}

/** No id column: by response, then in the response's own order (so an import gives the same rows back). */
function byResponseThenPosition(a: EntryRow, b: EntryRow): number {
  return compareText(a.file.responseId, b.file.responseId) || a.file.revision - b.file.revision || a.index - b.index;
}

function countsBy(candidates: readonly Candidate[], side: 'need' | 'offer'): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const candidate of candidates) {
    const entry = candidate[side];
    const key = `${entry.org.responseId}|${entry.id}`;
    const count = counts.get(key) ?? { candidates: 0, obvious: 0 };
    count.candidates += 1;
    if (candidate.obvious) count.obvious += 1;
    counts.set(key, count);
  }
  return counts;
}

function entryTable(
  file: string, list: EntryListName, columns: readonly string[], latest: readonly ResponseFile[], counts: Map<string, Counts> | null,
): CsvTable {
  const spec = ENTRY_FILES.find((item) => item.file === file);
  const fields = LIST_FIELDS.get(list);
  const order = spec?.idColumn === null ? byResponseThenPosition : byEntryId;
  const cellOf = ({ file: response, entry }: EntryRow, column: string): string => {
    if (column === spec?.idColumn) return textOf(entry['id']);
    if (column === 'response_id') return response.responseId;
    if (column === 'reported_by') return textOf(response.data['org_name']);
    const field = fields?.get(column);
    if (field) return answerCell(entry[column], field.kind);
    if (ORG_COPIES.includes(column)) return topCell(response, column);
    if (column === 'theme_group') return THEME_GROUP.get(textOf(entry['theme'])) ?? '';
    const count = counts?.get(`${response.responseId}|${textOf(entry['id'])}`);
    if (column === 'n_candidates') return String(count?.candidates ?? 0);
    if (column === 'n_obvious_matches') return String(count?.obvious ?? 0);
    return '';
  };
  return { file, columns, rows: entryRows(latest, list).sort(order).map((row) => columns.map((column) => cellOf(row, column))) };
}

/**
 * needs.csv, sorted by need_id. Built from the response files, not from buildEntries' Need: a Need's `languages`
 * falls back to the organisation's working languages, and the export must show the answer (empty when unanswered).
 * `candidates` (the engine's list) gives n_candidates and n_obvious_matches.
 */
export function needsTable(latest: readonly ResponseFile[], candidates: readonly Candidate[]): CsvTable {
  return entryTable('needs.csv', 'needs', NEEDS_COLUMNS, latest, countsBy(candidates, 'need'));
}

/** offers.csv, sorted by offer_id; as needsTable. */
export function offersTable(latest: readonly ResponseFile[], candidates: readonly Candidate[]): CsvTable {
  return entryTable('offers.csv', 'offers', OFFERS_COLUMNS, latest, countsBy(candidates, 'offer'));
}

/** funding_sources.csv, sorted by funding_id; reported_by is the reporting organisation's name. */
export function fundingTable(latest: readonly ResponseFile[]): CsvTable {
  return entryTable('funding_sources.csv', 'funding_sources', FUNDING_COLUMNS, latest, null);
}

/** past_twinning.csv: by response_id, then in the response's order (the file has no entry id column). */
export function pastTwinningTable(latest: readonly ResponseFile[]): CsvTable {
  return entryTable('past_twinning.csv', 'past_twinning', PAST_TWINNING_COLUMNS, latest, null);
}

// ---------------------------------------------------------------------------------------------------------------
// matches.csv and match_history.csv

/** The key of a follow-up in the map given to matchesTable. */
export function followUpKey(needId: string, offerId: string): string {
  return `${needId}|${offerId}`;
}

/** The note of the latest change that has one ('' when none has). */
function latestNote(followUp: FollowUp): string {
  for (let index = followUp.history.length - 1; index >= 0; index -= 1) {
    const note = followUp.history[index]?.note ?? '';
    if (note !== '') return note;
  }
  return '';
}

/**
 * matches.csv: one row per pair, in the order given (engine candidates and hand-made pairs, each evaluated as a
 * Candidate); a pair given twice is written once. A pair without follow-up is `suggested` with empty dates.
 * `theme` is the need's (a hand-made pair may cross themes).
 */
export function matchesTable(pairs: readonly Candidate[], followUps: ReadonlyMap<string, FollowUp>): CsvTable {
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const pair of pairs) {
    const key = followUpKey(pair.need.id, pair.offer.id);
    if (seen.has(key)) continue;
    seen.add(key);
    const followUp = followUps.get(key);
    rows.push([
      pair.need.id, pair.offer.id, pair.need.theme, pair.need.org.orgName, pair.need.org.country, pair.offer.org.orgName,
      pair.offer.org.country, String(pair.score), String(pair.obvious), pair.reasons.join(';'), pair.sharedModalities.join(';'),
      pair.sharedLanguages.join(';'), pair.fundingSuggestions.join(';'), followUp?.status ?? 'suggested',
      followUp ? lastChangeAt(followUp) : '', followUp ? firstTimeAt(followUp, 'introduced') ?? '' : '',
      followUp ? firstTimeAt(followUp, 'agreed') ?? '' : '', followUp ? latestNote(followUp) : '',
    ]);
  }
  return { file: 'matches.csv', columns: MATCHES_COLUMNS, rows };
}

/** match_history.csv: every status change, by need_id, offer_id, changed_at (then the order they were made). */
export function matchHistoryTable(followUps: readonly FollowUp[]): CsvTable {
  const changes = followUps.flatMap((followUp) => followUp.history.map((change, index) => ({ followUp, change, index })));
  changes.sort((a, b) => compareText(a.followUp.needId, b.followUp.needId) || compareText(a.followUp.offerId, b.followUp.offerId)
    || compareText(a.change.at, b.change.at) || a.index - b.index || compareText(a.change.status, b.change.status)
    || compareText(a.change.note, b.change.note));
  return {
    file: 'match_history.csv',
    columns: MATCH_HISTORY_COLUMNS,
    rows: changes.map(({ followUp, change }) => [followUp.needId, followUp.offerId, change.status, change.at, change.note]),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One-hot option: after each multi-select column, one `question/code` column per defined choice.

function multiSelectColumns(fields: Iterable<FieldSpec>): Record<string, CodeListName> {
  const columns: Record<string, CodeListName> = {};
  // Only `multi` questions: country lists (`countries`, e.g. preferred_countries) are skipped, since one column
  // per country (245 of them) would swamp the file.
  for (const field of fields) if (field.kind === 'multi' && field.codeList) columns[field.name] = field.codeList;
  return columns;
}

/**
 * For each file, its multi-select columns and their code lists: the columns the one-hot option expands.
 * matches.csv's reasons and shared_* lists are results, not answers, and are not expanded.
 */
export const ONE_HOT_COLUMNS: Readonly<Record<string, Readonly<Record<string, CodeListName>>>> = {
  'responses.csv': multiSelectColumns(TOP_FIELDS.values()),
  ...Object.fromEntries(ENTRY_FILES.map(({ file, list }) => [file, multiSelectColumns(LIST_FIELDS.get(list)?.values() ?? [])])),
  'register.csv': { activity_types: 'activity_type' },
};

function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The one-hot mapping of a file: multi-select column → its codes, in code list order. */
export function oneHotChoices(file: string): Record<string, readonly string[]> {
  const columns = ownValue(ONE_HOT_COLUMNS, file) ?? {};
  return Object.fromEntries(Object.entries(columns).map(([column, list]) => [column, codesOf(list)]));
}

/** The name of a one-hot column. */
export function oneHotColumn(column: string, code: string): string {
  return `${column}/${code}`;
}

/**
 * The table with, after each column named in `multiColumns`, one `column/code` column per code holding `1` (chosen)
 * or `0` (not chosen), or '' in all of them when the question was unanswered (an empty cell).
 */
export function withOneHot(table: CsvTable, multiColumns: Readonly<Record<string, readonly string[]>>): CsvTable {
  const plan: { index: number; code: string | null }[] = [];
  const columns: string[] = [];
  table.columns.forEach((column, index) => {
    columns.push(column);
    plan.push({ index, code: null });
    for (const code of ownValue(multiColumns, column) ?? []) {
      columns.push(oneHotColumn(column, code));
      plan.push({ index, code });
    }
  });
  const rows = table.rows.map((row) => {
    const chosen = new Map<number, Set<string>>();
    return plan.map(({ index, code }) => {
      const value = row[index] ?? '';
      if (code === null) return value;
      if (value === '') return '';
      let set = chosen.get(index);
      if (!set) chosen.set(index, (set = new Set(value.split(';'))));
      return set.has(code) ? '1' : '0';
    });
  });
  return { file: table.file, columns, rows };
}

// ---------------------------------------------------------------------------------------------------------------
// codebook.csv

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
    theme_group: { question: 'Group of the theme (derived from theme)', type: 'code', codes: 'theme_group' },
    n_candidates: { question: 'Number of offers the matching engine pairs with this need (matching.md)', type: 'integer' },
    n_obvious_matches: { question: 'Number of those pairs that are obvious matches (matching.md)', type: 'integer' },
  },
  'offers.csv': {
    offer_id: { question: 'Offer id (stable across revisions)', type: 'id' },
    response_id: RESPONSE_LINK,
    region: REGION,
    theme_group: { question: 'Group of the theme (derived from theme)', type: 'code', codes: 'theme_group' },
    n_candidates: { question: 'Number of needs the matching engine pairs with this offer (matching.md)', type: 'integer' },
    n_obvious_matches: { question: 'Number of those pairs that are obvious matches (matching.md)', type: 'integer' },
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
