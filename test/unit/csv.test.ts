// CSV text and zip (src/io/csv.ts): BOM, CRLF, quoting, formula safety and its exact round trip, parsing problems, zip bytes.
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CsvTable } from '../../src/domain/csvTable';
import { escapeFormulaCell, parseCsv, serializeCsv, unescapeFormulaCell, zipFiles } from '../../src/io/csv';

const table = (rows: string[][], columns = ['id', 'value']): CsvTable => ({ file: 'test.csv', columns, rows });

/** The CSV text of one cell after `id`: what a spreadsheet would read. */
function writtenCell(cell: string): string {
  return serializeCsv(table([['r1', cell]])).slice('\uFEFFid,value\r\nr1,'.length, -2);
}

function parsed(text: string) {
  const result = parseCsv(text, 'test.csv');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result;
}

describe('serializeCsv', () => {
  it('writes a BOM, a header of the column codes and CRLF after every row', () => {
    expect(serializeCsv(table([['1', 'a'], ['2', 'b']]))).toBe('\uFEFFid,value\r\n1,a\r\n2,b\r\n');
    expect(serializeCsv(table([]))).toBe('\uFEFFid,value\r\n');
  });

  it.each([
    ['plain text', 'Refugee Council', 'Refugee Council'],
    ['empty', '', ''],
    ['a comma', 'up to EUR 20,000', '"up to EUR 20,000"'],
    ['quotes', 'the "Forum"', '"the ""Forum"""'],
    ['a line break', 'line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['a lone LF', 'a\nb', '"a\nb"'],
    ['leading and trailing spaces', ' spaced ', '" spaced "'],
    ['codes', 'training;mentoring', 'training;mentoring'],
    ['non-Latin script', 'Беженцы · 難民 · لاجئ', 'Беженцы · 難民 · لاجئ'],
  ])('quotes only the fields that need it: %s', (_, cell, written) => {
    expect(writtenCell(cell)).toBe(written);
    expect(parsed(serializeCsv(table([['r1', cell]]))).rows).toEqual([{ id: 'r1', value: cell }]);
  });
});

describe('formula safety', () => {
  it.each([
    ['=', '=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+', '+1 514 555 0100', "'+1 514 555 0100"],
    ['-', '-5 places', "'-5 places"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\t=1+1', "'\t=1+1"],
    ['CR', '\r=1+1', '"\'\r=1+1"'],
    ['LF', '\n=1+1', '"\'\n=1+1"'],
    ['a multi-line cell starting with =', '=HYPERLINK("http://x")\nsecond line', '"\'=HYPERLINK(""http://x"")\nsecond line"'],
    ['text starting with a quote and =', "'=not a formula", "''=not a formula"],
    ['text starting with two quotes and +', "''+x", "'''+x"],
    ['a quote not before a formula character', "'tis", "'tis"],
    ['= later in the text', 'a=b', 'a=b'],
    ['plain text', 'Housing first', 'Housing first'],
  ])('%s: written so no spreadsheet runs it, and read back as the original', (_, cell, written) => {
    expect(writtenCell(cell)).toBe(written);
    expect(parsed(serializeCsv(table([['r1', cell]]))).rows[0]?.['value']).toBe(cell);
  });

  it("papaparse's own escapeFormulae misses multi-line cells (the reason it is not used)", () => {
    const theirs = Papa.unparse([['=1+1\nmore']], { escapeFormulae: true });
    expect(theirs.startsWith('"=1+1')).toBe(true);
    expect(writtenCell('=1+1\nmore').startsWith('"\'=1+1')).toBe(true);
  });

  it('escaping then unescaping gives back any text, and unescaping leaves unescaped text alone', () => {
    const unit = fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', 'a', ' ');
    fc.assert(fc.property(fc.string({ unit }), (text) => {
      expect(unescapeFormulaCell(escapeFormulaCell(text))).toBe(text);
      if (escapeFormulaCell(text) === text) expect(unescapeFormulaCell(text)).toBe(text);
    }));
  });
});

describe('serializeCsv → parseCsv', () => {
  const tricky = fc.string({
    unit: fc.constantFrom('"', ',', ';', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', "'", ' ', 'a', 'Z', 'é', 'ß', 'Ж', '難', 'ل', '🙂', '👩🏽‍⚕️', '\uFEFF'),
  });
  const anyText = fc.oneof(tricky, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

  it('gives back every cell exactly, whatever its text', () => {
    fc.assert(fc.property(fc.array(fc.tuple(anyText, anyText), { maxLength: 6 }), (cells) => {
      const rows = cells.map(([a, b], index) => [`r${index}`, a, b]);
      const result = parsed(serializeCsv(table(rows, ['id', 'a', 'b'])));
      expect(result.columns).toEqual(['id', 'a', 'b']);
      expect(result.rows).toEqual(rows.map(([id, a, b]) => ({ id, a, b })));
    }), { numRuns: 300 });
  });
});

describe('parseCsv', () => {
  it('accepts text without BOM, with LF line ends, and skips blank lines', () => {
    expect(parsed('id,value\n1,a\n\n2,"b\nc"\n,\n').rows).toEqual([{ id: '1', value: 'a' }, { id: '2', value: 'b\nc' }]);
  });

  it.each([
    ['a row with too many fields', '\uFEFFid,value\r\n1,a\r\n2,b,c\r\n', 'row 3', /too many fields/i],
    ['a row with too few fields', 'id,value\r\n1\r\n', 'row 2', /too few fields/i],
    ['a header given twice', 'id,value,value\r\n1,a,b\r\n', '(header)', /more than once/],
    ['a file saved with semicolons', 'id;value\r\n1;a\r\n', '(header)', /semicolons/],
  ])('refuses %s, naming the row', (_, text, record, message) => {
    const result = parseCsv(text, 'needs.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ file: 'needs.csv', record });
    expect(result.problems[0]?.message).toMatch(message);
  });

  it('says only that a file is separated by semicolons, so the coordinator is told why in their language', () => {
    const result = parseCsv('id;value\r\n1;"a, b"\r\n2;c\r\n', 'needs.csv');
    expect(result).toEqual({ ok: false, problems: [{ file: 'needs.csv', record: '(header)', field: '(file)', message: expect.stringMatching(/semicolons/), kind: 'semicolons' }] });
  });
});

describe('zipFiles', () => {
  afterEach(() => { vi.useRealTimers(); });
  const files = [
    { name: 'responses.csv', text: serializeCsv(table([['1', 'Réfugiés, accueil']])) },
    { name: 'codebook.csv', text: '\uFEFFfile,column\r\n' },
  ];

  it('gives the same bytes for the same files, whenever it runs', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-22T10:00:00Z'));
    const first = zipFiles(files);
    vi.setSystemTime(new Date('2031-05-01T23:59:59Z'));
    expect(zipFiles(files)).toEqual(first);
  });

  it('holds every file, in order, with its exact text', () => {
    const unzipped = unzipSync(zipFiles(files));
    expect(Object.keys(unzipped)).toEqual(['responses.csv', 'codebook.csv']);
    for (const { name, text } of files) expect(unzipped[name]).toEqual(strToU8(text));
    // UTF-8 with its byte order mark (TextDecoder, and so strFromU8, would hide it).
    expect([...(unzipped['responses.csv'] ?? []).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(unzipped['responses.csv'] ?? new Uint8Array())).toContain('"Réfugiés, accueil"');
  });

  it('refuses two files with the same name', () => {
    expect(() => zipFiles([...files, files[0] ?? { name: 'x', text: '' }])).toThrow(/twice/);
  });
});
