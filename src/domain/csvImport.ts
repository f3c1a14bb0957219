// CSV import (formats.md): responses.csv with needs, offers, funding_sources and past_twinning.csv back into response
// records, validated like any response file; one bad record rejects the whole set, each problem named file › row › column.
import {
  CSV_COLUMNS, ENTRY_FILES, META_COLUMNS, entryField, oneHotChoices, oneHotColumn, topLevelField,
} from './csvExport';
import { FOLLOW_UP_VERSION } from './followUpSchema';
import { fileProblem, type ImportProblem, type ParsedImport } from './importFile';
import { isEntryList, topLevelElements, type EntryListName, type FieldSpec } from './questionnaireSchema';
import { FORMAT_VERSION, RESPONSE_FORMAT, validateResponse, type ResponseFile } from './responseFile';
import { describeValue, keyName } from './result';

/** One CSV file as parsed (src/io/csv.ts parseCsv): its name, header and rows of text cells. */
export interface CsvFileRows {
  name: string;
  columns: readonly string[];
  rows: readonly Readonly<Record<string, string>>[];
}

const RESPONSES_FILE = 'responses.csv';
/** Files of the export that hold no answers: accepted in the set and left alone. */
const NOT_IMPORTED = ['matches.csv', 'match_history.csv', 'register.csv', 'evaluation.csv', 'codebook.csv'];

interface FileLayout {
  file: string;
  list: EntryListName | null;
  idColumn: string | null;
  /** Columns that carry data back: the envelope, answers, the entry id and the link to the response. */
  imported: readonly string[];
  /** Every column the file may have: its export columns and their one-hot columns (derived ones are ignored). */
  known: ReadonlySet<string>;
}

function layoutOf(file: string, list: EntryListName | null, idColumn: string | null): FileLayout {
  const columns = CSV_COLUMNS[file] ?? [];
  const imported = columns.filter((column) => (list === null
    ? Object.hasOwn(META_COLUMNS, column) || topLevelField(column) !== undefined
    : column === 'response_id' || column === idColumn || (column !== 'id' && entryField(list, column) !== undefined)));
  const oneHot = Object.entries(oneHotChoices(file)).flatMap(([column, codes]) => codes.map((code) => oneHotColumn(column, code)));
  return { file, list, idColumn, imported, known: new Set([...columns, ...oneHot]) };
}

const LAYOUTS: readonly FileLayout[] = [
  layoutOf(RESPONSES_FILE, null, null),
  ...ENTRY_FILES.map(({ file, list, idColumn }) => layoutOf(file, list, idColumn)),
];

/** A spreadsheet's row number: the header is row 1. */
const rowName = (index: number) => `row ${index + 2}`;

function baseName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}

/** A cell as the answer to `field`: '' is unanswered; lists split on `;`; booleans and whole numbers typed. */
function answerOf(cell: string, field: FieldSpec): unknown {
  if (cell === '') return undefined;
  switch (field.kind) {
    case 'multi':
    case 'countries':
      return cell.split(';').map((code) => code.trim()).filter((code) => code !== '');
    case 'boolean': {
      // Spreadsheets often turn true into TRUE when they save.
      const lower = cell.trim().toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : cell;
    }
    case 'number':
    case 'rating':
      return /^\s*\d+\s*$/.test(cell) ? Number(cell.trim()) : cell;
    default:
      return cell;
  }
}

interface EntrySource {
  file: string;
  record: string;
  idColumn: string | null;
  entry: Record<string, unknown>;
}

type MainListName = (typeof ENTRY_FILES)[number]['list'];

interface ResponseSource {
  record: string;
  row: Readonly<Record<string, string>>;
  lists: Map<MainListName, EntrySource[]>;
}

function entriesOf(source: ResponseSource, list: MainListName): EntrySource[] {
  let entries = source.lists.get(list);
  if (!entries) source.lists.set(list, (entries = []));
  return entries;
}

function recordLabel(index: number, column: string, value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return value === '' ? rowName(index) : `${rowName(index)} (${column} ${shown})`;
}

/** Maps a validation path (`data.needs[2].theme`, `revision`, …) back to the CSV file, row and column. */
function locate(path: string, source: ResponseSource): Omit<ImportProblem, 'message'> {
  const inEntry = /^data\.([a-z_]+)\[(\d+)\](?:\.([A-Za-z0-9_]+))?/.exec(path);
  const listName = ENTRY_FILES.find((item) => item.list === inEntry?.[1])?.list;
  if (inEntry && listName) {
    const entry = entriesOf(source, listName)[Number(inEntry[2])];
    if (entry) {
      const column = inEntry[3] === 'id' ? entry.idColumn ?? 'id' : inEntry[3] ?? '(row)';
      return { file: entry.file, record: entry.record, field: column };
    }
  }
  const top = /^data\.([A-Za-z0-9_]+)$/.exec(path)?.[1];
  const listFile = ENTRY_FILES.find((item) => item.list === top)?.file;
  if (listFile) return { file: RESPONSES_FILE, record: source.record, field: `rows in ${listFile}` };
  const column = Object.entries(META_COLUMNS).find(([, key]) => key === path)?.[0]
    ?? /^data\.([A-Za-z0-9_]+)/.exec(path)?.[1] ?? path;
  return { file: RESPONSES_FILE, record: source.record, field: column };
}

/** Ids for past twinning rows, which the CSV does not carry: `past-twinning-1`, … avoiding the response's other ids. */
function pastTwinningIds(source: ResponseSource): void {
  const used = new Set<unknown>([...source.lists.values()].flatMap((entries) => entries.map(({ entry }) => entry['id'])));
  let next = 1;
  for (const item of entriesOf(source, 'past_twinning')) {
    while (used.has(`past-twinning-${next}`)) next += 1;
    const id = `past-twinning-${next}`;
    used.add(id);
    item.entry = { id, ...item.entry };
  }
}

function buildRaw(source: ResponseSource): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const element of topLevelElements()) {
    if (isEntryList(element)) {
      const entries = source.lists.get(element.name) ?? [];
      if (entries.length > 0) data[element.name] = entries.map(({ entry }) => entry);
      continue;
    }
    const value = answerOf(source.row[element.name] ?? '', element);
    if (value !== undefined) data[element.name] = value;
  }
  const cell = (column: keyof typeof META_COLUMNS) => source.row[column] ?? '';
  const revision = cell('revision');
  return {
    format: RESPONSE_FORMAT,
    formatVersion: FORMAT_VERSION,
    questionnaireVersion: cell('questionnaire_version'),
    responseId: cell('response_id'),
    revision: /^\s*\d+\s*$/.test(revision) ? Number(revision) : revision,
    round: cell('round'),
    language: cell('language'),
    startedAt: cell('started_at'),
    submittedAt: cell('submitted_at'),
    data,
  };
}

function checkColumns(layout: FileLayout, columns: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const column of columns) {
    if (!layout.known.has(column)) {
      problems.push({ file: layout.file, record: '(header)', field: keyName(column), message: `is not a column of ${layout.file}; remove it or rename it to one of the export's columns` });
    }
  }
  for (const column of layout.imported) {
    if (!columns.includes(column)) problems.push({ file: layout.file, record: '(header)', field: column, message: `is missing: ${layout.file} must have this column` });
  }
  return problems;
}

/**
 * Reads a CSV set back into responses. responses.csv is required; the entry files may be left out when no response
 * has such entries. Derived columns (region, theme_group, n_*, reported_by, the organisation columns copied into
 * entry files, n_candidates …) and one-hot `question/code` columns are ignored; any other column is refused, and
 * every answer column must be present. Files of the export that hold no answers (matches.csv, codebook.csv, …)
 * are accepted and ignored. Past twinning rows get new ids (`past-twinning-n`): past_twinning.csv has no id column.
 */
export function importCsvSet(files: readonly CsvFileRows[]): ParsedImport {
  const problems: ImportProblem[] = [];
  const byName = new Map<string, CsvFileRows>();
  for (const file of files) {
    const name = baseName(file.name);
    if (byName.has(name)) problems.push(fileProblem(name, 'is given twice'));
    else if (!LAYOUTS.some((layout) => layout.file === name) && !NOT_IMPORTED.includes(name)) {
      problems.push(fileProblem(name, `is not a file of the CSV export (expected ${LAYOUTS.map((layout) => layout.file).join(', ')})`, 'notOurs'));
    }
    byName.set(name, file);
  }
  if (!byName.has(RESPONSES_FILE)) problems.push(fileProblem(RESPONSES_FILE, 'is missing: a CSV set is imported from responses.csv with its needs, offers, funding_sources and past_twinning files'));
  for (const layout of LAYOUTS) {
    const file = byName.get(layout.file);
    if (file) problems.push(...checkColumns(layout, file.columns));
  }
  if (problems.length > 0) return { ok: false, problems };

  const responses = new Map<string, ResponseSource>();
  const order: ResponseSource[] = [];
  (byName.get(RESPONSES_FILE)?.rows ?? []).forEach((row, index) => {
    const id = row['response_id'] ?? '';
    const source: ResponseSource = {
      record: recordLabel(index, 'response_id', id), row, lists: new Map(),
    };
    const key = id.trim().toLowerCase();
    const earlier = responses.get(key);
    if (earlier && key !== '') {
      problems.push({ file: RESPONSES_FILE, record: source.record, field: 'response_id', message: `is also the response of ${earlier.record}: each response has one row` });
      return;
    }
    if (key !== '') responses.set(key, source);
    order.push(source);
  });

  for (const { file, list, idColumn } of ENTRY_FILES) {
    const listFields = topLevelElements().filter(isEntryList).find((element) => element.name === list)?.fields ?? [];
    (byName.get(file)?.rows ?? []).forEach((row, index) => {
      const responseId = row['response_id'] ?? '';
      const record = idColumn === null ? recordLabel(index, 'response_id', responseId) : recordLabel(index, idColumn, row[idColumn] ?? '');
      const source = responses.get(responseId.trim().toLowerCase());
      if (!source) {
        problems.push({ file, record, field: 'response_id', message: `${describeValue(responseId)} is not the response_id of a row of responses.csv` });
        return;
      }
      const entry: Record<string, unknown> = {};
      for (const field of listFields) {
        const cell = field.name === 'id' ? (idColumn === null ? '' : row[idColumn] ?? '') : row[field.name] ?? '';
        const value = answerOf(cell, field);
        if (value !== undefined) entry[field.name] = value;
      }
      entriesOf(source, list).push({ file, record, idColumn, entry });
    });
  }

  const valid: ResponseFile[] = [];
  for (const source of order) {
    if (source.row['questionnaire_version'] === FOLLOW_UP_VERSION) {
      problems.push({ file: RESPONSES_FILE, record: source.record, field: 'questionnaire_version', message: `${FOLLOW_UP_VERSION} is the follow-up questionnaire's; responses.csv holds main-questionnaire responses` });
      continue;
    }
    pastTwinningIds(source);
    const result = validateResponse(buildRaw(source));
    if (result.ok) valid.push(result.value);
    else problems.push(...result.errors.map((error) => ({ ...locate(error.path, source), message: error.message, kind: error.kind })));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, kind: 'responses', revisions: valid.map((response) => ({ response, importedAt: null })), bin: [], followUps: [], register: [] };
}
