// serializeCsv (src/io/csv.ts) writes exactly what papaparse's unparse wrote before it, for any text, and reads back.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CsvTable } from '../../src/domain/csvTable';
import { csvParts, escapeFormulaCell, parseCsv, serializeCsv } from '../../src/io/csv';

/** The former serializeCsv, on papaparse's unparse: the reference the hand-written writer must match byte for byte. */
function papaparseCsv(table: CsvTable): string {
  const fields = table.columns.map(escapeFormulaCell);
  const data = table.rows.map((row) => table.columns.map((_, index) => escapeFormulaCell(row[index] ?? '')));
  const body = Papa.unparse({ fields, data }, {
    header: true, delimiter: ',', newline: '\r\n', quoteChar: '"', escapeChar: '"', quotes: false, escapeFormulae: false,
  });
  return `\uFEFF${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}

// Every character papaparse or the formula guard treats specially, in every position, mixed with ordinary text.
const tricky = fc.string({
  unit: fc.constantFrom('"', ',', ';', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', "'", ' ', 'a', 'Z', '0', 'é', 'ß', 'Ж', '難', 'ل', '🙂', '👩🏽‍⚕️', '\uFEFF', '\u2028', '\u0000'),
});
const anyText = fc.oneof(tricky, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' }));

// At least two columns: every exported file has three or more (see the one-column case below).
const tables = fc.integer({ min: 2, max: 5 }).chain((width) => fc.record({
  file: fc.constant('test.csv'),
  columns: fc.array(anyText, { minLength: width, maxLength: width }),
  // Rows may be shorter or longer than the header: missing cells are empty, extra cells are not written.
  rows: fc.array(fc.array(anyText, { minLength: Math.max(0, width - 1), maxLength: width + 1 }), { maxLength: 6 }),
}));

describe('serializeCsv against papaparse', () => {
  it('writes the same text as papaparse unparse for arbitrary tables', () => {
    fc.assert(fc.property(tables, (table) => {
      expect(serializeCsv(table)).toBe(papaparseCsv(table));
    }), { numRuns: 2000 });
  });

  it('writes the same text in parts, however many rows each part holds, each part ending a line', () => {
    fc.assert(fc.property(tables, fc.integer({ min: 1, max: 8 }), (table, rowsPerPart) => {
      const parts = [...csvParts(table, rowsPerPart)];
      expect(parts.join('')).toBe(papaparseCsv(table));
      expect(parts).toHaveLength(Math.max(1, Math.ceil(table.rows.length / rowsPerPart)));
      for (const part of parts) expect(part.endsWith('\r\n')).toBe(true);
    }), { numRuns: 1000 });
  });

  it('ends with at least one row per part, whatever it is asked for', () => {
    const small = { file: 'test.csv', columns: ['id', 'value'], rows: [['1', 'a'], ['2', 'b']] };
    for (const rowsPerPart of [0, -3, 0.5, Number.NaN]) expect([...csvParts(small, rowsPerPart)].join('')).toBe(serializeCsv(small));
  });

  it.each([
    ['empty', ''], ['a space', ' '], ['leading space', ' x'], ['trailing space', 'x '], ['only quotes', '""'], ['a BOM inside', 'a\uFEFFb'],
    ['a formula', '=1+1'], ['a formula with a comma', '=SUM(1,2)'], ['a multi-line formula', '=1\n2'], ['quote then formula', "'+x"],
    ['a lone quote', "'"], ['a lone CR', '\r'], ['a tab inside', 'a\tb'], ['a minus then space', '- '], ['a line separator', 'a\u2028b'],
  ])('writes %s as papaparse did', (_, cell) => {
    const table: CsvTable = { file: 'test.csv', columns: ['id', cell], rows: [['r1', cell], [cell]] };
    expect(serializeCsv(table)).toBe(papaparseCsv(table));
  });

  it('writes a header-only table with its CRLF', () => {
    const table: CsvTable = { file: 'test.csv', columns: ['a', 'b'], rows: [] };
    expect(serializeCsv(table)).toBe(papaparseCsv(table));
  });

  it('ends a one-column file whose last cell is empty with CRLF, where papaparse dropped it (no exported file has one column)', () => {
    // unparse gives "\r\n" (header, CRLF, empty cell) and the old "add CRLF unless the text ends with it" took it as complete.
    const table: CsvTable = { file: 'test.csv', columns: ['note'], rows: [['a'], ['']] };
    expect(papaparseCsv(table)).toBe('\uFEFFnote\r\na\r\n');
    expect(serializeCsv(table)).toBe('\uFEFFnote\r\na\r\n\r\n');
  });

  it('reads back every cell through parseCsv', () => {
    fc.assert(fc.property(fc.array(fc.tuple(anyText, anyText), { maxLength: 6 }), (cells) => {
      const rows = cells.map(([a, b], index) => [`r${index}`, a, b]);
      const result = parseCsv(serializeCsv({ file: 'test.csv', columns: ['id', 'a', 'b'], rows }), 'test.csv');
      expect(result.ok && result.rows).toEqual(rows.map(([id, a, b]) => ({ id, a, b })));
    }), { numRuns: 500 });
  });

  it('looks at each cell of a row where any one needs escaping or quoting, whatever its neighbours hold (NUL included)', () => {
    const rows = [
      ['plain', 'x', ' y'], ['a\u0000', '=b', 'c'], ['a\u0000 ', 'b', 'c'], ['a', 'b\u0000=c', 'd'], ['\u0000', '\u0000', '\u0000'],
      ['a', 'b', 'c,d'], ['', '', ''], ['-', '+', '@'], ["'", "''", "'''="],
    ];
    const table: CsvTable = { file: 'test.csv', columns: ['a', 'b', 'c'], rows };
    expect(serializeCsv(table)).toBe(papaparseCsv(table));
  });
});
