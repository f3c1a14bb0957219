// CSV text and zip bytes for the exports of formats.md: UTF-8 with BOM, CRLF, quoting, formula safety; and CSV parsing for import.
import { strToU8, zipSync, type Zippable } from 'fflate';
import Papa from 'papaparse';
import type { CsvTable } from '../domain/csvTable';
import type { ImportProblem } from '../domain/importFile';
import { keyName } from '../domain/result';

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

/** The CSV text of a table: BOM, header row, CRLF after every row, fields quoted where needed, formula-safe cells. */
export function serializeCsv(table: CsvTable): string {
  const fields = table.columns.map(escapeFormulaCell);
  const data = table.rows.map((row) => table.columns.map((_, index) => escapeFormulaCell(row[index] ?? '')));
  // quotes: false quotes exactly the fields that need it (a comma, a quote, CR, LF, a BOM, or a leading/trailing space).
  const body = Papa.unparse({ fields, data }, {
    header: true, delimiter: ',', newline: CRLF, quoteChar: '"', escapeChar: '"', quotes: false, escapeFormulae: false,
  });
  // papaparse ends a header-only file with a line break and other files without one; every row ends with CRLF here.
  // (A last cell can never end the text with CRLF: a cell holding a line break is quoted.)
  return `${BOM}${body.endsWith(CRLF) ? body : body + CRLF}`;
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
  const problems: ImportProblem[] = [];
  if (columns.length === 1 && (columns[0] ?? '').includes(';')) {
    problems.push({ file: fileName, record: '(header)', field: '(file)', message: 'is separated by semicolons; save it as comma-separated CSV (UTF-8)' });
  }
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

/** Fixed time for every zip entry (DOS time cannot go before 1980), so the same files always give the same bytes. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** The files as one zip, in the order given; deterministic. Names must differ. */
export function zipFiles(files: readonly { name: string; text: string }[]): Uint8Array {
  const entries: Zippable = {};
  for (const { name, text } of files) {
    if (Object.hasOwn(entries, name)) throw new Error(`zipFiles: "${name}" is given twice`);
    entries[name] = [strToU8(text), { mtime: ZIP_TIME }];
  }
  return zipSync(entries, { level: 6, mtime: ZIP_TIME });
}
