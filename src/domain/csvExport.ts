// The CSV exports of formats.md as data (CsvTable, cells as plain unescaped text) and the one-hot option; codebook in csvCodebook.ts.
// Pure: the same input always gives the same tables; src/io/csv.ts turns them into bytes.
import { codeList, codesOf, regionOf, type CodeListName } from './codes';
import type { CsvTable } from './csvTable';
import { firstTimeAt, lastChangeAt, type FollowUp } from './followUp';
import type { Candidate } from './matching';
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

export const TOP_FIELDS: ReadonlyMap<string, FieldSpec> = new Map(
  topLevelElements().filter((element): element is FieldSpec => !isEntryList(element)).map((field) => [field.name, field]),
);
export const LIST_FIELDS: ReadonlyMap<string, ReadonlyMap<string, FieldSpec>> = new Map(
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
export const ORG_COPIES = ['org_name', 'country', 'region', 'resettlement_status', 'org_type'];

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

export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
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
