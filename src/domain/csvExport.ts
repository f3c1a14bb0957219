// The CSV exports of formats.md as data (CsvTable, cells as plain unescaped text) and the one-hot option; codebook in csvCodebook.ts.
// Pure: the same input always gives the same tables; src/io/csv.ts turns them into bytes. Files and columns: csvColumns.ts.
import { codeList, codesOf, regionOf } from './codes';
import {
  ENTRY_FILES, FUNDING_COLUMNS, LIST_FIELDS, NEEDS_COLUMNS, OFFERS_COLUMNS, ONE_HOT_COLUMNS, ORG_COPIES, ownValue, PAST_TWINNING_COLUMNS, RESPONSES_COLUMNS, TOP_FIELDS,
} from './csvColumns';
import type { CsvTable } from './csvTable';
import { buildEntries, type Need } from './entries';
import type { Candidate } from './matching';
import type { EntryListName, FieldKind, FieldSpec } from './questionnaireSchema';
import { isFollowUpResponse, type ResponseFile } from './responseFile';
import { isRecord } from './result';
import { sortByText } from './textSort';

// The names other modules have always imported from here.
export {
  CODEBOOK_COLUMNS, CSV_COLUMNS, ENTRY_FILES, entryField, EVALUATION_COLUMNS, FUNDING_COLUMNS, LIST_FIELDS, MATCH_HISTORY_COLUMNS, MATCHES_COLUMNS,
  META_COLUMNS, NEEDS_COLUMNS, OFFERS_COLUMNS, ONE_HOT_COLUMNS, ORG_COPIES, ownValue, PAST_TWINNING_COLUMNS, REGISTER_COLUMNS, RESPONSES_COLUMNS,
  TOP_FIELDS, topLevelField,
} from './csvColumns';
export { followUpKey, matchesTable, matchHistoryTable } from './csvMatches';

/**
 * How a table's cells are made: one function per column, chosen once per table. Deciding for every cell what its
 * column is (a switch, map lookups and list searches by column name, two million times for 10,000 responses) was
 * about a third of the time it took to build the tables.
 */
type CellOf<Row> = (row: Row) => string;

function tableRows<Row>(rows: readonly Row[], cells: readonly CellOf<Row>[]): string[][] {
  return rows.map((row) => cells.map((cell) => cell(row)));
}

// ---------------------------------------------------------------------------------------------------------------
// Cells.

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
      if (!Array.isArray(value)) return '';
      // Almost always only strings: joined as they are, without a filtered copy of each list.
      return (value.every((item) => typeof item === 'string') ? value : value.filter((item) => typeof item === 'string')).join(';');
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : '';
    case 'number':
    case 'rating':
      return wholeNumberText(value);
    default:
      return textOf(value);
  }
}

/** A top-level answer's cell (responses.csv, and the organisation columns copied into the entry files). */
function topCellOf(column: string): CellOf<ResponseFile> {
  if (column === 'region') return (file) => regionOf(textOf(file.data['country'])) ?? '';
  const field = TOP_FIELDS.get(column);
  if (!field) return () => '';
  const kind = field.kind;
  return (file) => answerCell(file.data[column], kind);
}

/** The CSV set holds main-questionnaire responses; follow-up questionnaire responses (evaluation.md) are left out. */
function mainResponses(latest: readonly ResponseFile[]): ResponseFile[] {
  return latest.filter((file) => !isFollowUpResponse(file));
}

function sortedResponses(latest: readonly ResponseFile[]): ResponseFile[] {
  return sortByText(mainResponses(latest), (file) => file.responseId, (a, b) => compareText(a.responseId, b.responseId) || a.revision - b.revision);
}

// ---------------------------------------------------------------------------------------------------------------
// responses.csv

function responseCellOf(column: string): CellOf<ResponseFile> {
  switch (column) {
    case 'response_id': return (file) => file.responseId;
    case 'revision': return (file) => String(file.revision);
    case 'round': return (file) => file.round;
    case 'questionnaire_version': return (file) => file.questionnaireVersion;
    case 'language': return (file) => file.language;
    case 'started_at': return (file) => file.startedAt;
    case 'submitted_at': return (file) => file.submittedAt;
    // Counts are facts about the response, not answers: a response without needs has n_needs 0.
    case 'n_needs': return (file) => String(records(file.data['needs']).length);
    case 'n_offers': return (file) => String(records(file.data['offers']).length);
    case 'n_funding_sources': return (file) => String(records(file.data['funding_sources']).length);
    default: return topCellOf(column);
  }
}

/** responses.csv: one row per latest revision, sorted by response_id. */
export function responsesTable(latest: readonly ResponseFile[]): CsvTable {
  return { file: 'responses.csv', columns: RESPONSES_COLUMNS, rows: tableRows(sortedResponses(latest), RESPONSES_COLUMNS.map(responseCellOf)) };
}

// ---------------------------------------------------------------------------------------------------------------
// Entry files: needs.csv, offers.csv, funding_sources.csv, past_twinning.csv

interface EntryRow {
  file: ResponseFile;
  entry: Readonly<Record<string, unknown>>;
  /** The entry's place in its response (past_twinning.csv's order); in rowsOfEntries, its place in the list. */
  index: number;
  /** The entry's id as text, read once: it is a cell (and buildEntries' sort key). */
  id: string;
  /** The ORG_COPIES cells, made once per response and shared by its entries. */
  org: readonly string[];
}

interface Counts {
  candidates: number;
  obvious: number;
}

const ORG_CELLS: readonly CellOf<ResponseFile>[] = ORG_COPIES.map(topCellOf);

function entryRows(latest: readonly ResponseFile[], list: EntryListName): EntryRow[] {
  return mainResponses(latest).flatMap((file) => {
    const entries = records(file.data[list]);
    if (entries.length === 0) return [];
    const org = ORG_CELLS.map((cell) => cell(file));
    return entries.map((entry, index) => ({ file, entry, index, id: textOf(entry['id']), org }));
  });
}

/** No id column: by response, then in the response's own order (so an import gives the same rows back). */
function byResponseThenPosition(a: EntryRow, b: EntryRow): number {
  return compareText(a.file.responseId, b.file.responseId) || a.file.revision - b.file.revision || a.index - b.index;
}

/** Counts by response id, then entry id (ids are only unique within a response). */
type CountsByEntry = ReadonlyMap<string, ReadonlyMap<string, Counts>>;

function countsBy(candidates: readonly Candidate[], side: 'need' | 'offer'): CountsByEntry {
  const counts = new Map<string, Map<string, Counts>>();
  for (const candidate of candidates) {
    const entry = candidate[side];
    let ofResponse = counts.get(entry.org.responseId);
    if (!ofResponse) counts.set(entry.org.responseId, (ofResponse = new Map()));
    const count = ofResponse.get(entry.id) ?? { candidates: 0, obvious: 0 };
    count.candidates += 1;
    if (candidate.obvious) count.obvious += 1;
    ofResponse.set(entry.id, count);
  }
  return counts;
}

const NO_COUNTS: Counts = { candidates: 0, obvious: 0 };

/** The cell of one column of an entry file; the checks, in this order, are what the column is. */
function entryCellOf(
  column: string, idColumn: string | null | undefined, fields: ReadonlyMap<string, FieldSpec> | undefined, counts: CountsByEntry | null,
): CellOf<EntryRow> {
  if (column === idColumn) return (row) => row.id;
  if (column === 'response_id') return (row) => row.file.responseId;
  if (column === 'reported_by') return (row) => textOf(row.file.data['org_name']);
  const field = fields?.get(column);
  if (field) {
    const kind = field.kind;
    return (row) => answerCell(row.entry[column], kind);
  }
  const org = ORG_COPIES.indexOf(column);
  if (org >= 0) return (row) => row.org[org] ?? '';
  if (column === 'theme_group') return (row) => THEME_GROUP.get(textOf(row.entry['theme'])) ?? '';
  // Two maps rather than one keyed by `response|id`: building and hashing a new key for each of 40,000 rows, twice,
  // cost about as much as all the other columns of the file together.
  const countOf = (row: EntryRow) => counts?.get(row.file.responseId)?.get(row.id) ?? NO_COUNTS;
  if (column === 'n_candidates') return (row) => String(countOf(row).candidates);
  if (column === 'n_obvious_matches') return (row) => String(countOf(row).obvious);
  return () => '';
}

/** An entry of buildEntries, which keeps the entry as stored: the export writes its answers, not the entry's fields. */
type BuiltEntry = Pick<Need, 'id' | 'org' | 'stored'>;

/**
 * The rows of entries already in the file's order: buildEntries sorts by id then response id, and keeps a response's
 * entries in their order: by id, response id, then place in the response. The analysis has made and sorted them already; making and
 * sorting the rows again took about a fifth of the export of 10,000 responses.
 */
function rowsOfEntries(latest: readonly ResponseFile[], entries: readonly BuiltEntry[]): EntryRow[] {
  // `latest` holds one file per response (its latest revision), as every caller's does: entries name their response.
  // Ids are validated text on import, so buildEntries' id and the stored one are the same.
  const responses = new Map<string, { file: ResponseFile; org: readonly string[] }>();
  for (const file of mainResponses(latest)) responses.set(file.responseId, { file, org: ORG_CELLS.map((cell) => cell(file)) });
  const rows: EntryRow[] = [];
  entries.forEach((entry, index) => {
    const response = responses.get(entry.org.responseId);
    if (response) rows.push({ file: response.file, entry: entry.stored, index, id: entry.id, org: response.org });
  });
  return rows;
}

function entryTable(file: string, list: EntryListName, columns: readonly string[], rows: EntryRow[], counts: CountsByEntry | null): CsvTable {
  const spec = ENTRY_FILES.find((item) => item.file === file);
  const fields = LIST_FIELDS.get(list);
  const cells = columns.map((column) => entryCellOf(column, spec?.idColumn, fields, counts));
  return { file, columns, rows: tableRows(rows, cells) };
}

/** A list's entries as buildEntries makes them (in the order of need_id, offer_id or funding_id). */
function builtEntries(latest: readonly ResponseFile[], list: 'needs' | 'offers' | 'funding'): readonly BuiltEntry[] {
  return buildEntries(mainResponses(latest))[list];
}

/**
 * needs.csv, sorted by need_id. Written from the stored answers, not from the Need's fields: a Need's `languages`
 * falls back to the organisation's working languages, and the export must show the answer (empty when unanswered).
 * `candidates` (the engine's list) gives n_candidates and n_obvious_matches; `needs` are buildEntries' needs of the
 * same responses, made here when not given.
 */
export function needsTable(latest: readonly ResponseFile[], candidates: readonly Candidate[], needs = builtEntries(latest, 'needs')): CsvTable {
  return entryTable('needs.csv', 'needs', NEEDS_COLUMNS, rowsOfEntries(latest, needs), countsBy(candidates, 'need'));
}

/** offers.csv, sorted by offer_id; as needsTable. */
export function offersTable(latest: readonly ResponseFile[], candidates: readonly Candidate[], offers = builtEntries(latest, 'offers')): CsvTable {
  return entryTable('offers.csv', 'offers', OFFERS_COLUMNS, rowsOfEntries(latest, offers), countsBy(candidates, 'offer'));
}

/** funding_sources.csv, sorted by funding_id; reported_by is the reporting organisation's name. */
export function fundingTable(latest: readonly ResponseFile[], funding = builtEntries(latest, 'funding')): CsvTable {
  return entryTable('funding_sources.csv', 'funding_sources', FUNDING_COLUMNS, rowsOfEntries(latest, funding), null);
}

/** past_twinning.csv: by response_id, then in the response's order (the file has no entry id column). */
export function pastTwinningTable(latest: readonly ResponseFile[]): CsvTable {
  const rows = sortByText(entryRows(latest, 'past_twinning'), (row) => row.file.responseId, byResponseThenPosition);
  return entryTable('past_twinning.csv', 'past_twinning', PAST_TWINNING_COLUMNS, rows, null);
}

// ---------------------------------------------------------------------------------------------------------------
// One-hot option: after each multi-select column, one `question/code` column per defined choice.

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
