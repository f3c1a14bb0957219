// CSV text for the exports of formats.md: UTF-8 with BOM, CRLF, quoting, formula safety; CSV parsing for import; zip in zip.ts.
import Papa from 'papaparse';
import type { CsvTable } from '../domain/csvTable';
import type { ImportProblem } from '../domain/importFile';
import { keyName } from '../domain/result';

// Where it has always been imported from.
export { zipFiles } from './zip';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Formula safety (formats.md). A spreadsheet runs a cell as a formula when its text begins with `=`, `+`, `-` or
 * `@`, and some also act on a leading tab, CR or LF. Such a cell is written with one `'` in front, which
 * spreadsheets show as text. Text that already begins with quotes followed by such a character gets one more quote,
 * so import can tell the two apart: escaping adds a `'` exactly when the text matches /^'*[=+\-@\t\r\n]/, and
 * unescaping removes one exactly when it matches /^'+[=+\-@\t\r\n]/. Every escaped text matches the second pattern
 * and no unescaped text that could be written does, so the round trip is exact for every string.
 *
 * papaparse's own `escapeFormulae: true` is not used: its pattern /^[=+\-@\t\r].*$/ has no `s` flag, so `.` stops
 * at the first line break and `$` then fails — a multi-line cell such as "=1+1\nmore" is written unescaped
 * (test/unit/csv.test.ts shows it). It also ignores a leading LF and could not tell an escaped `'=` from a typed one.
 */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r\n]/;
const ESCAPED = /^'+[=+\-@\t\r\n]/;

export function escapeFormulaCell(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

export function unescapeFormulaCell(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}

/**
 * Fields written in quotes: papaparse's rule for `unparse` with `quotes: false` (a comma, a quote, CR, LF or a BOM
 * anywhere, or a space at either end), checked on the formula-safe text. Without the `m` flag `^` and `$` are the
 * ends of the whole cell, as papaparse's charAt(0) and charAt(length - 1).
 */
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;
const QUOTE = /"/g;

/** One field as written: formula-safe, then quoted (inner quotes doubled) where needed. */
function csvField(cell: string): string {
  const text = escapeFormulaCell(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text;
}

/**
 * Whether any cell of a row, its cells joined with NUL, could be written other than as it is: a character that makes
 * a field quoted, or a cell that starts with a formula character, a quote or a space, or ends with a space. A NUL
 * inside a cell can only make this say yes wrongly, which costs nothing but time.
 */
const ROW_NEEDS_WORK = /[",\r\n\uFEFF]|(?:^|\0)['=+\-@\t ]| (?:\0|$)/;

/** A row as a CSV line (without its line end): the cells, each written as csvField writes it, comma-separated. */
function csvLine(row: readonly string[], width: number): string {
  const cells = row.length === width ? row : Array.from({ length: width }, (_, index) => row[index] ?? '');
  // Most rows hold no cell that needs escaping or quoting: one test of the whole row, then the cells as they are.
  if (!ROW_NEEDS_WORK.test(cells.join('\0'))) return cells.join(',');
  return cells.map(csvField).join(',');
}

/** Rows per part of csvParts: about a megabyte of text, a few milliseconds to deflate. */
const ROWS_PER_PART = 4096;

/**
 * The CSV text of a table in parts, in order (joined, serializeCsv's text), so that each part can be deflated while
 * the next is written. Each part ends with a line's CRLF.
 */
export function* csvParts(table: CsvTable, rowsPerPart = ROWS_PER_PART): Generator<string, void, undefined> {
  // At least one row per part (0 or NaN would never end, or leave every row out).
  const step = Number.isFinite(rowsPerPart) ? Math.max(1, Math.floor(rowsPerPart)) : ROWS_PER_PART;
  const width = table.columns.length;
  const { rows } = table;
  let lines: string[] = [`${BOM}${csvLine(table.columns, width)}`];
  for (let start = 0; start <= rows.length; start += step) {
    const end = Math.min(rows.length, start + step);
    for (let index = start; index < end; index += 1) lines.push(csvLine(rows[index] ?? [], width));
    // The last slot stays '' so the join ends the last row with CRLF too.
    lines.push('');
    yield lines.join(CRLF);
    lines = [];
    if (end === rows.length) return;
  }
}

/**
 * The CSV text of a table: BOM, header row, CRLF after every row, fields quoted where needed, formula-safe cells.
 * It used to be papaparse's `unparse` (header, `quotes: false`, CRLF) plus a final CRLF, and is the same text
 * (test/unit/csvWriter.test.ts compares the two on arbitrary tables of two or more columns). unparse tested each of
 * the 2.3 million cells of a 10,000-response export against several patterns, one call each, and built the text
 * with `+=`: about a third of the whole export. A table has at least one column.
 */
export function serializeCsv(table: CsvTable): string {
  return [...csvParts(table, Math.max(1, table.rows.length))].join('');
}

export type ParsedCsv =
  | { ok: true; columns: string[]; rows: Record<string, string>[] }
  | { ok: false; problems: ImportProblem[] };

/**
 * Reads CSV text (BOM or not, CRLF or LF) into rows keyed by column, every cell as text with formula safety undone.
 * Blank lines (and lines of empty cells) are skipped. Rows with too many or too few fields, or broken quotes, make
 * the whole file fail, with the problem's row numbered as in a spreadsheet (the header is row 1).
 */
export function parseCsv(text: string, fileName = 'CSV file'): ParsedCsv {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<Record<string, unknown>>(input, { header: true, skipEmptyLines: 'greedy', delimiter: ',', dynamicTyping: false });
  const columns = (result.meta.fields ?? []).map(unescapeFormulaCell);
  if (columns.length === 1 && (columns[0] ?? '').includes(';')) {
    // Alone: the rows' "too many fields" that the semicolons cause would only bury it.
    return { ok: false, problems: [{ file: fileName, record: '(header)', field: '(file)', message: 'is separated by semicolons; save it as comma-separated CSV (UTF-8)', kind: 'semicolons' }] };
  }
  const problems: ImportProblem[] = [];
  for (const [renamed, original] of Object.entries(result.meta.renamedHeaders ?? {})) {
    problems.push({ file: fileName, record: '(header)', field: keyName(original), message: `appears more than once (a copy was read as "${renamed}")` });
  }
  for (const error of result.errors) {
    const record = error.row === undefined ? '(file)' : `row ${error.row + 2}`;
    problems.push({ file: fileName, record, field: '(row)', message: error.message });
  }
  if (problems.length > 0) return { ok: false, problems };
  const fields = result.meta.fields ?? [];
  const rows = result.data.map((raw) => {
    const row: Record<string, string> = {};
    fields.forEach((field, index) => {
      const value = raw[field];
      row[columns[index] ?? field] = unescapeFormulaCell(typeof value === 'string' ? value : '');
    });
    return row;
  });
  return { ok: true, columns, rows };
}
