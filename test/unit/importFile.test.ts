// Reading an import file (src/domain/importFile.ts): response, multi-response and backup files, and every rejection rule of formats.md.
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../src/domain/backupFile';
import { formatProblem, parseImportText, rejectionKind, type ImportProblem, type ProblemKind } from '../../src/domain/importFile';
import { serializeResponseFile, type ResponseFile } from '../../src/domain/responseFile';
import { responseFile } from '../support/responseFiles';
import { uuid } from './coordinatorFixtures';
import { entryOf } from './fixtures';

const FILE = 'in.needs-offers.json';
const ORG = 'Conseil québécois pour les réfugiés';
const A = uuid(1);
const B = uuid(2);
const IMPORTED_AT = '2026-11-25T08:00:00.000Z';
const EXPORTED_AT = '2026-12-01T10:00:00.000Z';

const multi = (responses: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'needs-offers-responses', formatVersion: 1, responses, ...extra });

const backupText = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'needs-offers-backup', formatVersion: 1, exportedAt: EXPORTED_AT, revisions: [], bin: [], ...fields });

/** The response file with `change` applied to its answers. */
function withData(change: (data: Record<string, unknown>) => void): ResponseFile {
  const file = responseFile(A, 1);
  change(file.data);
  return file;
}

/** A second organisation's response with one unknown theme code. */
function secondBad(): ResponseFile {
  const file = responseFile(B, 1, { org_name: 'Second org' });
  entryOf(file.data, 'needs', 1)['theme'] = 'hosing';
  return file;
}

describe('parseImportText accepts', () => {
  it('a single response file, with no importedAt', () => {
    const file = responseFile(A, 1);
    expect(parseImportText(FILE, serializeResponseFile(file))).toMatchObject({ ok: true, kind: 'response', revisions: [{ response: file, importedAt: null }], bin: [] });
  });

  it('a multi-response file, in file order', () => {
    const files = [responseFile(B, 2), responseFile(A, 1), responseFile(B, 1)];
    expect(parseImportText(FILE, multi(files))).toMatchObject({
      ok: true, kind: 'responses', revisions: files.map((response) => ({ response, importedAt: null })), bin: [],
    });
  });

  it('a file that starts with a byte order mark', () => {
    const file = responseFile(A, 1);
    const parsed = parseImportText(FILE, `\ufeff${serializeResponseFile(file)}`);
    expect(parsed).toMatchObject({ ok: true, kind: 'response', revisions: [{ response: file, importedAt: null }], bin: [] });
  });

  it('a backup, keeping each revision\'s importedAt and the bin', () => {
    const backup = buildBackup(EXPORTED_AT, [
      { importedAt: '2026-11-26T08:00:00.000Z', response: responseFile(B, 1) },
      { importedAt: IMPORTED_AT, response: responseFile(A, 1) },
    ], [{ responseId: B, deletedAt: '2026-11-30T12:00:00.000Z' }]);
    expect(parseImportText('all.needs-offers-backup.json', JSON.stringify(backup))).toMatchObject({
      ok: true,
      kind: 'backup',
      revisions: [{ response: responseFile(A, 1), importedAt: IMPORTED_AT }, { response: responseFile(B, 1), importedAt: '2026-11-26T08:00:00.000Z' }],
      bin: [{ responseId: B, deletedAt: '2026-11-30T12:00:00.000Z' }],
    });
  });

  it('upper-case response ids, in lower case, also in a backup\'s bin', () => {
    const backup = buildBackup(EXPORTED_AT, [{ importedAt: IMPORTED_AT, response: { ...responseFile(A, 1), responseId: A.toUpperCase() } }],
      [{ responseId: A.toUpperCase(), deletedAt: EXPORTED_AT }]);
    const parsed = parseImportText(FILE, JSON.stringify(backup));
    expect(parsed.ok && [parsed.revisions[0]?.response.responseId, parsed.bin[0]?.responseId]).toEqual([A, A]);
  });
});

describe('parseImportText rejects the whole file', () => {
  const single = (file: unknown) => JSON.stringify(file);
  const label = `response (${ORG}, ${A})`;
  const needs = (title: string) => withData((data) => { entryOf(data, 'needs', 0)['title'] = title; });
  const withoutEmail = () => withData((data) => { delete data['contact_email']; });

  // The kind, where there is one, gives the coordinator's report a sentence in their language (rejectionKind).
  it.each<[string, string, Pick<ImportProblem, 'record' | 'field'>, string, ProblemKind?]>([
    ['text that is not JSON (a truncated file)', serializeResponseFile(responseFile(A, 1)).slice(0, 120), { record: '(file)', field: '(file)' }, 'is not valid JSON', 'damaged'],
    ['a JSON array', '[]', { record: '(file)', field: '(file)' }, 'expected a JSON object', 'notOurs'],
    ['an unknown format', single({ format: 'needs-offers-survey' }), { record: '(file)', field: '(file)' }, 'has format "needs-offers-survey"', 'notOurs'],
    ['a multi-response file of formatVersion 2', JSON.stringify({ format: 'needs-offers-responses', formatVersion: 2, responses: [] }),
      { record: '(file)', field: '(file)' }, 'formatVersion 2 is not one this app reads', 'version'],
    ['a multi-response file whose responses are not a list', JSON.stringify({ format: 'needs-offers-responses', formatVersion: 1, responses: {} }),
      { record: '(file)', field: '(file)' }, '"responses" must be a list', 'damaged'],
    ['a multi-response file with an extra top-level key', multi([responseFile(A, 1)], { note: 'from Lisbon' }),
      { record: '(file)', field: 'note' }, 'is not a field of a multi-response file'],
    ['a multi-response file with one valid and one invalid record', multi([responseFile(A, 1), secondBad()]),
      { record: `responses[1] (Second org, ${B})`, field: 'data.needs[1].theme' }, '"hosing" is not a theme code'],
    ['a questionnaireVersion the app cannot read', single({ ...responseFile(A, 1), questionnaireVersion: '2030.9' }),
      { record: label, field: 'questionnaireVersion' }, '"2030.9" is not a questionnaire version this app can read', 'version'],
    ['a response file of another formatVersion', single({ ...responseFile(A, 1), formatVersion: 2 }),
      { record: label, field: 'formatVersion' }, '2 is not a format version this app reads', 'version'],
    ['a JSON object with no format', single({ responses: [] }), { record: '(file)', field: '(file)' }, 'has no "format" field; expected a response file', 'notOurs'],
    ['an unknown extra key in data', single(withData((data) => { data['favourite_colour'] = 'blue'; })),
      { record: label, field: 'data.favourite_colour' }, 'is not a question of this questionnaire'],
    ['a missing required answer', single(withoutEmail()), { record: label, field: 'data.contact_email' }, 'is required'],
    ['text over its length limit', single(needs('x'.repeat(121))), { record: label, field: 'data.needs[0].title' }, 'is 121 characters long; the limit is 120'],
    ['a link that is not http(s)', single(withData((data) => { entryOf(data, 'offers', 0)['url'] = 'javascript:alert(1)'; })),
      { record: label, field: 'data.offers[0].url' }, 'is not an http(s) address'],
    ['a backup with an exportedAt that is not a timestamp', backupText({ exportedAt: 'yesterday' }), { record: '(backup)', field: 'exportedAt' }, 'must be a UTC timestamp'],
    ['a backup revision without importedAt', backupText({ revisions: [{ response: responseFile(A, 1) }] }),
      { record: '(backup)', field: 'revisions[0]' }, 'must have importedAt'],
    ['a backup bin entry without deletedAt', backupText({ bin: [{ responseId: A }] }), { record: '(backup)', field: 'bin[0]' }, 'must have responseId and deletedAt'],
    ['a backup holding an invalid response', backupText({ revisions: [{ importedAt: IMPORTED_AT, response: { ...responseFile(A, 1), revision: 0 } }] }),
      { record: `revisions[0] (${ORG}, ${A})`, field: 'revision' }, '0 is not a revision number'],
  ])('%s', (_, text, where, fragment, kind) => {
    const result = parseImportText(FILE, text);
    expect(result).toEqual({ ok: false, problems: [{ file: FILE, ...where, message: expect.stringContaining(fragment), kind }] });
    expect(result.ok ? null : rejectionKind(result.problems)).toBe(kind ?? 'answers');
  });

  it('reports every problem of every record, by record', () => {
    const first = { ...responseFile(A, 1), round: '2026-Q5' };
    const parsed = parseImportText(FILE, multi([first, responseFile(A, 2), secondBad()]));
    expect(parsed.ok ? [] : parsed.problems.map((problem) => [problem.record, problem.field])).toEqual([
      [`responses[0] (${ORG}, ${A})`, 'round'],
      [`responses[2] (Second org, ${B})`, 'data.needs[1].theme'],
    ]);
  });

  it('shortens a long record label to 80 characters', () => {
    const parsed = parseImportText(FILE, single({ ...responseFile(A, 1, { org_name: 'N'.repeat(120) }), revision: 0 }));
    const record = parsed.ok ? '' : parsed.problems[0]?.record ?? '';
    expect(record).toBe(`response (${'N'.repeat(77)}...)`);
  });

  it('names a record without organisation or id by its position alone', () => {
    expect(parseImportText(FILE, multi([{ format: 'needs-offers-response' }]))).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.objectContaining({ record: 'responses[0]' })]) });
  });

  // formats.md: "dates that are not dates … rejected", in backups too.
  it.each<[string, Record<string, unknown>, string]>([
    ['exportedAt on 30 February', { exportedAt: '2026-02-30T10:00:00.000Z' }, 'exportedAt'],
    ['importedAt on 31 April', { revisions: [{ importedAt: '2026-04-31T10:00:00.000Z', response: responseFile(A, 1) }] }, 'revisions[0]'],
    ['deletedAt on 30 February', { bin: [{ responseId: A, deletedAt: '2026-02-30T10:00:00.000Z' }] }, 'bin[0]'],
  ])('a backup with %s', (_, fields, field) => {
    expect(parseImportText(FILE, backupText(fields))).toEqual({ ok: false, problems: [{ file: FILE, record: '(backup)', field, message: expect.any(String) }] });
  });
});

describe('formatProblem', () => {
  it('reads file › record › field: message', () => {
    const problem: ImportProblem = { file: 'lisbon.needs-offers.json', record: `responses[1] (Second org, ${B})`, field: 'data.needs[1].theme', message: '"hosing" is not a theme code' };
    expect(formatProblem(problem)).toBe(`lisbon.needs-offers.json › responses[1] (Second org, ${B}) › data.needs[1].theme: "hosing" is not a theme code`);
  });

  it('formats a rejection from parseImportText like the example of formats.md', () => {
    const parsed = parseImportText(FILE, multi([responseFile(A, 1), secondBad()]));
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([`${FILE} › responses[1] (Second org, ${B}) › data.needs[1].theme: "hosing" is not a theme code`]);
  });
});
