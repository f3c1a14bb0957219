// Import fuzzing: random bytes, damaged, deep and huge files never throw, never half-write, and always get a report.
import fc from 'fast-check';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { importCsvSet } from '../../src/domain/csvImport';
import { parseImportText } from '../../src/domain/importFile';
import { validateResponse } from '../../src/domain/responseFile';
import { importFiles, type FileReport } from '../../src/features/coordinator/importFiles';
import { parseCsv } from '../../src/io/csv';
import { responseFile, serializeResponseFile } from '../support/responseFiles';
import { freshStore, uniqueDbName, uuid } from './coordinatorFixtures';
import { entriesOf, validAnswers } from './fixtures';
import {
  csvDamageArb, damageSet, demoResponses, expectProblems, expectReport, exportSet, fileTextArb, fullSnapshot, mixedMultiArb,
  multiText, mutateText, mutationArb, revisionOf, source, validArb, validTexts,
} from './fuzzHelpers';

const FILE = 'f.needs-offers.json';
const parse = (text: string) => parseImportText(FILE, text);
const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}1${close.repeat(depth)}`;
const NESTINGS = [['[', ']'], ['{"a":', '}']] as const;

describe('parseImportText never throws and always reports', () => {
  it('random bytes, read as UTF-8 and as latin1, with or without a BOM', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('utf-8', 'latin1'), fc.boolean(), (bytes, encoding, bom) => {
      const result = parse(`${bom ? '\uFEFF' : ''}${new TextDecoder(encoding).decode(bytes)}`);
      expect(result.ok).toBe(false);
      expectReport(result);
    }), { numRuns: 300 });
  });

  it('random JSON values, alone or under a real format tag', () => {
    const tagged = fc.record({ format: fc.constantFrom('needs-offers-response', 'needs-offers-responses', 'needs-offers-backup'), formatVersion: fc.oneof(fc.constant(1), fc.jsonValue()) }, { requiredKeys: ['format'] });
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.tuple(tagged, fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue())).map(([tag, rest]) => ({ ...rest, ...tag }))), (value) => {
      expectReport(parse(JSON.stringify(value)));
    }), { numRuns: 300 });
  });

  it('valid files cut short are refused as damaged JSON', () => {
    fc.assert(fc.property(validArb, fc.nat(), (text, cut) => {
      const body = text.trimEnd();
      const result = parse(body.slice(0, cut % body.length));
      expectReport(result);
      expect(result.ok ? [] : result.problems.map((problem) => problem.record)).toEqual(['(file)']);
    }), { numRuns: 300 });
  });

  it('valid files with one mutation (key deleted, value replaced, entry duplicated, code or type changed, key added)', () => {
    fc.assert(fc.property(validArb, mutationArb, (text, m) => expectReport(parse(mutateText(text, m)))), { numRuns: 500 });
  });

  it('a multi-response file mixing valid and mutated records is imported whole exactly when every record is valid', () => {
    fc.assert(fc.property(mixedMultiArb, (records) => {
      const result = parse(multiText(records));
      expectReport(result);
      expect(result.ok).toBe(records.every((record) => validateResponse(record).ok));
      if (result.ok) expect(result.revisions).toHaveLength(records.length);
      else expect(result.problems.every((problem) => /^responses\[\d+\]/.test(problem.record))).toBe(true);
    }), { numRuns: 200 });
  });

  it('deep nesting (up to 100,000 levels) where no value is quoted back: the file, a record, an unknown key, an entry', () => {
    const valid = serializeResponseFile(responseFile(uuid(1), 1));
    const places = [
      (deep: string) => deep,
      (deep: string) => multiText(['$']).replace('"$"', deep),
      (deep: string) => valid.replace('"data": {', `"extra": ${deep}, "data": { "zz": ${deep},`),
      (deep: string) => valid.replace('"needs": [', `"needs": [${deep},`),
    ];
    fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(...NESTINGS), fc.constantFrom(...places), (depth, [open, close], place) => {
      const result = parse(place(nested(depth, open, close)));
      expect(result.ok).toBe(false);
      expectReport(result);
    }), { numRuns: 60 });
  });

  it('a 5 MB org_name and a 1 MB need title are refused with a length message naming the field', () => {
    const org = parse(serializeResponseFile(responseFile(uuid(1), 1, { org_name: 'x'.repeat(5_000_000) })));
    expect(org.ok ? [] : org.problems.map(({ field, message }) => [field, message])).toEqual([['data.org_name', 'is 5000000 characters long; the limit is 200']]);
    const needs = entriesOf(validAnswers(), 'needs').map((need, i) => (i === 0 ? { ...need, title: 'é'.repeat(1_000_000) } : need));
    const need = parse(serializeResponseFile(responseFile(uuid(1), 1, { needs })));
    expect(need.ok ? [] : need.problems.map(({ field, message }) => [field, message])).toEqual([['data.needs[0].title', 'is 1000000 characters long; the limit is 120']]);
  });

  // BUG: JSON.stringify of the offending value, to quote it in the message, overflows the stack on deep nesting
  // (importFile.ts:71,88, responseFile.ts:82-93, validateAnswers.ts:12, backupFile.ts:59), so parseImportText throws.
  // Minimal: parseImportText('f', '{"format":' + '['.repeat(5000) + ']'.repeat(5000) + '}') throws RangeError.
  it.for([
    ['format', (deep: string) => `{"format":${deep}}`],
    ['formatVersion of a multi-response file', (deep: string) => `{"format":"needs-offers-responses","formatVersion":${deep},"responses":[]}`],
    ['formatVersion of a backup', (deep: string) => `{"format":"needs-offers-backup","formatVersion":${deep}}`],
    ['revision', (deep: string) => serializeResponseFile(responseFile(uuid(1), 1)).replace('"revision": 1', `"revision": ${deep}`)],
    ['org_name', (deep: string) => serializeResponseFile(responseFile(uuid(1), 1, { org_name: '$' })).replace('"$"', deep)],
  ] as const)('deep nesting (5,000 levels) in %s, which the message quotes, is reported', ([, place]) => {
    for (const [open, close] of NESTINGS) expectReport(parse(place(nested(5000, open, close))));
  });

  // BUG: an empty key ("" in JSON, an empty CSV header) is reported with field "" (responseFile.ts:79 `here(key)`,
  // importFile.ts:76, backupFile.ts:57, csvImport.ts:161, csv.ts:64). Minimal: {"format":"needs-offers-responses",
  // "formatVersion":1,"responses":[],"":1} → field "". Fix: name the key, e.g. field '""' for an empty key.
  it('an empty key or column is reported with a non-empty field name', () => {
    const problems = [
      parse(JSON.stringify({ format: 'needs-offers-responses', formatVersion: 1, responses: [], '': 1 })),
      parse(JSON.stringify({ ...responseFile(uuid(1), 1), '': 1 })),
      importCsvSet([{ name: 'responses.csv', columns: [''], rows: [] }]),
    ].flatMap((result) => (result.ok ? [] : result.problems));
    expect(problems.filter((problem) => problem.field === '')).toEqual([]);
  });

  // BUG: codes.ts:61 isCountry looks the code up in a plain object, so Object.prototype keys pass as countries:
  // country "__proto__" is imported (region {}), "constructor" / "toString" pass validation and then fail in IndexedDB
  // (DataCloneError, reported as storage 'unavailable'). Fix: Object.hasOwn(regionByCountry, code), and in regionOf.
  it('a country changed to an Object.prototype key is refused as not a country code', () => {
    for (const country of ['__proto__', 'constructor', 'toString']) {
      expect(parse(serializeResponseFile(responseFile(uuid(1), 1, { country }))).ok).toBe(false);
    }
  });
});

describe('CSV import never throws and always reports', () => {
  const FILES = ['responses.csv', 'needs.csv', 'offers.csv', 'funding_sources.csv', 'past_twinning.csv', 'matches.csv', 'notes.csv'];
  const set = exportSet(demoResponses.slice(0, 4));
  const header = [...set.values()].map((text) => text.slice(1, text.indexOf('\r\n')));
  const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', '"a,b"', ',', '\n', '\r\n', '\uFEFF', "'=1", ';', '', 'response_id', 'TRUE', '12', uuid(1)));
  const csvText = fc.tuple(fc.option(fc.constantFrom(...header)), fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([head, rows, eol, bom]) => `${bom ? '\uFEFF' : ''}${[...(head === null ? [] : [head]), ...rows.map((row) => row.join(','))].join(eol)}`);
  const importTexts = (texts: readonly (readonly [string, string])[]) => {
    const files = [];
    for (const [name, text] of texts) {
      const parsed = parseCsv(text, name);
      if (!parsed.ok) return parsed;
      files.push({ name, columns: parsed.columns, rows: parsed.rows });
    }
    return importCsvSet(files);
  };

  it('random text and random rows of quotes, commas, line breaks and BOMs, in random sets of files', () => {
    // papaparse warns on the console about every duplicate header it renames.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    onTestFinished(() => warn.mockRestore());
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...FILES), fc.oneof(fc.string({ maxLength: 300 }), csvText)), { maxLength: 4 }), (texts) => {
      expectReport(importTexts(texts));
    }), { numRuns: 400 });
  });

  it('an exported set with one cell changed, one file cut short or one left out', () => {
    fc.assert(fc.property(csvDamageArb, (damage) => expectReport(importTexts([...damageSet(set, damage)]))), { numRuns: 150 });
  });
});

describe('importing through a real store', () => {
  const now = () => new Date('2026-12-02T10:00:00.000Z');
  const csvSets = [exportSet(demoResponses.slice(0, 3)), exportSet([revisionOf(1, 3), revisionOf(2, 1), ...demoResponses.slice(3, 5)])];
  const csvArb = fc.option(fc.tuple(fc.constantFrom(...csvSets), fc.option(csvDamageArb, { nil: undefined })).map(([chosen, damage]) => (damage ? damageSet(chosen, damage) : chosen)), { nil: undefined });

  /** What the store holds after importing `sources` into a fresh database; every file must be imported. */
  async function replay(sources: readonly ReturnType<typeof source>[]): Promise<unknown> {
    const { db, store } = freshStore(uniqueDbName('fuzz-replay'));
    try {
      const reports = await importFiles(store, sources, now, (reason) => reason);
      expect(reports.map((report) => report.status)).toEqual(reports.map(() => 'imported'));
      return await fullSnapshot(db);
    } finally {
      await db.delete();
    }
  }

  it('one report per file (a CSV set is one), and the database is what importing only the imported files gives', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fileTextArb, { minLength: 1, maxLength: 6 }), csvArb, async (texts, csv) => {
      const files = texts.map((text, i) => source(`file-${i}.needs-offers.json`, text));
      const csvFiles = [...(csv ?? [])].map(([name, text]) => source(`export/${name}`, text));
      const { db, store } = freshStore(uniqueDbName('fuzz'));
      try {
        const reports: FileReport[] = await importFiles(store, [...csvFiles, ...files], now, (reason) => reason);
        const csvName = csvFiles.map((file) => file.name).join(', ');
        expect(reports.map((report) => report.file)).toEqual([...files.map((file) => file.name), ...(csvFiles.length > 0 ? [csvName] : [])]);
        // The totals count files: a CSV set's report counts each of its files (five files read "Files: 1").
        expect(reports.map((report) => report.files)).toEqual([...files.map(() => 1), ...(csvFiles.length > 0 ? [csvFiles.length] : [])]);
        for (const report of reports) if (report.status === 'rejected') expectProblems(report.problems);
        const imported = new Set(reports.flatMap((report) => (report.status === 'imported' ? [report.file] : [])));
        const kept = [...files.filter((file) => imported.has(file.name)), ...(imported.has(csvName) ? csvFiles : [])];
        expect(await fullSnapshot(db)).toEqual(await replay(kept));
      } finally {
        await db.delete();
      }
    }), { numRuns: 40 });
  }, 30_000);

  it('a storage failure on the n-th write (QuotaExceededError) is reported as storage full and leaves the database as it was', async () => {
    const scenario = fc.record({
      before: fc.subarray([...validTexts], { maxLength: 4 }),
      fresh: fc.integer({ min: 1, max: 6 }),
      table: fc.constantFrom('revisions', 'responses'),
      kind: fc.constantFrom('responses', 'backup'),
    }).chain((s) => fc.record({ s: fc.constant(s), n: fc.integer({ min: 1, max: s.fresh }) }));
    await fc.assert(fc.asyncProperty(scenario, async ({ s: { before, fresh, table, kind }, n }) => {
      const { db, store } = freshStore(uniqueDbName('fuzz-full'));
      try {
        await importFiles(store, before.map((text, i) => source(`before-${i}.json`, text)), now, (reason) => reason);
        await store.setSetting('coordinatorEmail', 'coordinator@example.org');
        const held = await fullSnapshot(db);
        // Responses never stored before (ids 100+), so the file writes `fresh` revisions and `fresh` rows.
        const incoming = Array.from({ length: fresh }, (_, i) => revisionOf(100 + i, 1 + (i % 2)));
        const text = kind === 'responses' ? multiText(incoming)
          : JSON.stringify({ format: 'needs-offers-backup', formatVersion: 1, exportedAt: now().toISOString(), revisions: incoming.map((response) => ({ importedAt: now().toISOString(), response })) });
        let created = 0;
        db[table].hook('creating', () => {
          created += 1;
          if (created === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        });
        const reports = await importFiles(store, [source('big.needs-offers.json', text)], now, (reason) => `could not be saved: ${reason}`);
        expect(reports).toEqual([{ file: 'big.needs-offers.json', files: 1, status: 'rejected', storage: 'full', problems: [expect.objectContaining({ record: '(file)', field: '(storage)' })] }]);
        expect(await fullSnapshot(db)).toEqual(held);
      } finally {
        await db.delete();
      }
    }), { numRuns: 25 });
  }, 30_000);

  // Deep nesting seen from the pipeline: importFiles reports instead of rejecting
  // (and in the browser the worker dies without replying, so readImportFile's promise never settles).
  it('a deeply nested file gets a rejected report from importFiles', async () => {
    const { store } = freshStore(uniqueDbName('fuzz-deep'));
    const reports = await importFiles(store, [source(FILE, `{"format":${nested(5000, '[', ']')}}`)], now, (reason) => reason);
    expect(reports.map((report) => report.status)).toEqual(['rejected']);
  });
});
