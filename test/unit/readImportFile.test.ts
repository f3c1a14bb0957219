// Reading an import file: files over 50 MB are refused before a byte is read; others are parsed (without a Worker in Node).
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../src/domain/importFile';
import { readCsvSet, readImportFile, type ImportSource } from '../../src/io/readImportFiles';
import { responseFile, serializeResponseFile } from '../support/responseFiles';

describe('readImportFile', () => {
  it('refuses a file over 50 MB without reading it', async () => {
    let read = false;
    const result = await readImportFile({ name: 'huge.needs-offers.json', size: MAX_IMPORT_BYTES + 1, text: async () => { read = true; return ''; } });
    expect(read).toBe(false);
    expect(result).toEqual({ ok: false, problems: [{ file: 'huge.needs-offers.json', record: '(file)', field: '(file)', message: expect.stringContaining('files over 50.0 MB are refused'), kind: 'tooLarge' }] });
  });

  it('reads a file of exactly 50 MB or less', async () => {
    const text = serializeResponseFile(responseFile('0b7c4f5e-2f7a-4d3e-9a51-6a1f0f0c2b11', 1));
    const result = await readImportFile({ name: 'a.needs-offers.json', size: text.length, text: async () => text });
    expect(result.ok).toBe(true);
  });

  it('reports a file that cannot be read', async () => {
    const result = await readImportFile({ name: 'gone.json', size: 10, text: async () => { throw new Error('NotReadableError'); } });
    expect(result).toEqual({ ok: false, problems: [{ file: 'gone.json', record: '(file)', field: '(file)', message: 'could not be read (NotReadableError)', kind: 'damaged' }] });
  });
});

describe('readCsvSet', () => {
  const source = (name: string, text: string): ImportSource => ({ name, size: text.length, text: async () => text });

  it('reports every file saved with semicolons, each once, and not the rows they break', async () => {
    // As a spreadsheet set to Portuguese saves them: a comma inside a value is kept, which splits it in two for a comma reader.
    const result = await readCsvSet([
      source('responses.csv', 'response_id;org_name\r\n1;"Lisboa, Portugal"\r\n'),
      source('needs.csv', 'need_id;title\r\nn1;"Casa, trabalho"\r\n'),
    ]);
    expect(result).toEqual({
      ok: false,
      problems: ['responses.csv', 'needs.csv'].map((file) => ({
        file, record: '(header)', field: '(file)', message: 'is separated by semicolons; save it as comma-separated CSV (UTF-8)', kind: 'semicolons',
      })),
    });
  });

  it('reports a file that cannot be read along with the other files\' problems', async () => {
    const result = await readCsvSet([
      source('responses.csv', 'a;b\r\n'),
      { name: 'needs.csv', size: 10, text: async () => { throw new Error('NotReadableError'); } },
    ]);
    expect(result.ok ? [] : result.problems.map((problem) => [problem.file, problem.kind])).toEqual([['responses.csv', 'semicolons'], ['needs.csv', 'damaged']]);
  });
});
