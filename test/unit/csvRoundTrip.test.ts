// CSV export → import → export (csvExport, io/csv, csvImport): identical bytes on the demo data, formula-like text kept, bad sets rejected whole.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fundingTable, needsTable, offersTable, oneHotChoices, pastTwinningTable, responsesTable, withOneHot,
} from '../../src/domain/csvExport';
import type { CsvTable } from '../../src/domain/csvTable';
import { asCorrections } from '../../src/domain/corrections';
import { importCsvSet, type CsvFileRows } from '../../src/domain/csvImport';
import { buildEntries } from '../../src/domain/entries';
import { formatProblem, type ParsedImport } from '../../src/domain/importFile';
import { findCandidates } from '../../src/domain/matching';
import { validateResponse, type ResponseFile } from '../../src/domain/responseFile';
import { isRecord } from '../../src/domain/result';
import { parseCsv, serializeCsv } from '../../src/io/csv';
import { asRecord, entriesOf } from './fixtures';

const dir = 'public/demo';
const index: unknown = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const names = isRecord(index) && Array.isArray(index['files']) ? index['files'].filter((name): name is string => typeof name === 'string') : [];

function demoResponses(): ResponseFile[] {
  return names.map((name) => {
    const result = validateResponse(JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')));
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    return result.value;
  });
}

/** The five files import reads, as CSV text. */
function exportSet(latest: readonly ResponseFile[], oneHot = false): Map<string, string> {
  const entries = buildEntries(latest);
  const candidates = findCandidates(entries.needs, entries.offers, entries.funding, '2026-11-22');
  const tables: CsvTable[] = [
    responsesTable(latest), needsTable(latest, candidates), offersTable(latest, candidates), fundingTable(latest), pastTwinningTable(latest),
  ];
  return new Map(tables.map((table) => [table.file, serializeCsv(oneHot ? withOneHot(table, oneHotChoices(table.file)) : table)]));
}

function parseSet(texts: ReadonlyMap<string, string>): CsvFileRows[] {
  return [...texts].map(([name, text]) => {
    const parsed = parseCsv(text, name);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return { name, columns: parsed.columns, rows: parsed.rows };
  });
}

function imported(result: ParsedImport): ResponseFile[] {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  expect(result.kind).toBe('responses');
  return result.revisions.map((revision) => revision.response);
}

/** needs/offers/funding sources by id, past twinning without ids (the CSV carries none): what must survive. */
function comparable(response: ResponseFile): unknown {
  const data = { ...response.data };
  for (const list of ['needs', 'offers', 'funding_sources']) {
    if (Array.isArray(data[list])) data[list] = entriesOf(data, list).sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
  }
  if (Array.isArray(data['past_twinning'])) data['past_twinning'] = entriesOf(data, 'past_twinning').map((entry) => Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'id')));
  return { ...response, data };
}

function withCell(rows: CsvFileRows[], file: string, rowIndex: number, column: string, value: string): CsvFileRows[] {
  return rows.map((item) => (item.name !== file ? item : {
    ...item, rows: item.rows.map((row, at) => (at === rowIndex ? { ...row, [column]: value } : row)),
  }));
}

describe('CSV round trip on the demo data', () => {
  const latest = demoResponses();
  const first = exportSet(latest);

  it('uses every demo file and its entries', () => {
    expect(latest.length).toBeGreaterThanOrEqual(25);
    expect(latest.some((response) => Array.isArray(response.data['past_twinning']))).toBe(true);
  });

  it('export → import → export gives identical bytes for every file', () => {
    const again = imported(importCsvSet(parseSet(first)));
    expect(again).toHaveLength(latest.length);
    const second = exportSet(again);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, text] of first) expect(second.get(name), name).toBe(text);
  });

  it('gives back every answer (past twinning ids are made again: past_twinning.csv has none)', () => {
    const again = imported(importCsvSet(parseSet(first)));
    const byId = new Map(again.map((response) => [response.responseId, response]));
    for (const response of latest) {
      const back = byId.get(response.responseId);
      expect(back && comparable(back), response.responseId).toEqual(comparable(response));
    }
    const twinning = again.flatMap((response) => (Array.isArray(response.data['past_twinning']) ? entriesOf(response.data, 'past_twinning') : []));
    expect(twinning.map((entry) => entry['id'])).toContain('past-twinning-1');
  });

  it('re-imported unchanged, is every stored revision again: nothing becomes a correction', () => {
    // needs.csv lists entries by id, past_twinning.csv has no ids, and import writes answers in the questionnaire's
    // key order: none of that may read as a change (the demo's re-imported export made 30 false revisions).
    const stored = new Map(latest.map((response) => [response.responseId, new Map([[response.revision, response]])]));
    const again = asCorrections(imported(importCsvSet(parseSet(first))), stored);
    expect(again.map((response) => `${response.responseId}/${response.revision}`)).toEqual(latest.map((response) => `${response.responseId}/${response.revision}`).sort());
  });

  it('re-imported with one cell corrected, makes one new revision that differs from the stored one in that cell alone', () => {
    const stored = new Map(latest.map((response) => [response.responseId, new Map([[response.revision, response]])]));
    const listed = (response: ResponseFile, list: string) => (Array.isArray(response.data[list]) ? entriesOf(response.data, list).length : 0);
    const withTwinning = latest.find((response) => listed(response, 'past_twinning') > 0 && listed(response, 'needs') > 1);
    if (!withTwinning) throw new Error('no demo response has past twinning and two needs');
    const needs = parseSet(first).find((item) => item.name === 'needs.csv');
    const row = needs?.rows.findIndex((cells) => cells['response_id'] === withTwinning.responseId) ?? -1;
    const needId = needs?.rows[row]?.['need_id'];
    const corrected = asCorrections(imported(importCsvSet(withCell(parseSet(first), 'needs.csv', row, 'title', 'Corrected title'))), stored);
    const changed = corrected.filter((response) => response.revision !== stored.get(response.responseId)?.keys().next().value);
    expect(changed.map((response) => [response.responseId, response.revision])).toEqual([[withTwinning.responseId, withTwinning.revision + 1]]);
    const expected = structuredClone(withTwinning.data);
    const need = entriesOf(expected, 'needs').find((entry) => entry['id'] === needId);
    if (!need) throw new Error('the corrected need is not in the response');
    need['title'] = 'Corrected title';
    // Entries in the respondent's order and past twinning with its own ids, as stored.
    expect(changed[0]?.data).toEqual(expected);
  });

  it('ignores one-hot columns on import', () => {
    const again = imported(importCsvSet(parseSet(exportSet(latest, true))));
    for (const [name, text] of exportSet(again)) expect(text, name).toBe(first.get(name));
  });
});

describe('CSV round trip of formula-like text', () => {
  it('writes formula-like cells as text and reads back the original text', () => {
    const [response] = demoResponses();
    if (!response) throw new Error('no demo data');
    const data = asRecord(structuredClone(response.data));
    const tricky = {
      org_name: '=HYPERLINK("http://example.org","click")',
      contact_role: "'=already quoted",
      contact_phone: '+54 11 5555 0100',
      existing_mechanisms: '@SUM(A1:A3)\nand a second line',
      mechanism_gaps: '\tTabbed -1',
    };
    Object.assign(data, tricky);
    const need = entriesOf(data, 'needs')[0];
    if (!need) throw new Error('the first demo response has no need');
    need['description'] = '=1+2\r\n-3';
    need['title'] = '-5 ideas';
    const original = { ...response, data };
    const texts = exportSet([original]);
    expect(texts.get('responses.csv')).toContain(`"'=HYPERLINK(""http://example.org"",""click"")"`);
    expect(texts.get('needs.csv')).toContain(`"'=1+2\r\n-3"`);
    const [back] = imported(importCsvSet(parseSet(texts)));
    expect(back && comparable(back)).toEqual(comparable(original));
    const backNeed = back && entriesOf(back.data, 'needs').find((entry) => entry['id'] === need['id']);
    expect(backNeed).toMatchObject({ description: '=1+2\r\n-3', title: '-5 ideas' });
    expect(back?.data).toMatchObject(tricky);
  });
});

describe('CSV import rejects a bad set whole', () => {
  const latest = demoResponses();
  const rows = parseSet(exportSet(latest));
  const needs = rows.find((item) => item.name === 'needs.csv');
  const thirdNeedId = needs?.rows[1]?.['need_id'] ?? '';

  it('one bad code: a problem naming file, row and column, and nothing imported', () => {
    const result = importCsvSet(withCell(rows, 'needs.csv', 1, 'theme', 'hosing'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([{ file: 'needs.csv', record: `row 3 (need_id ${thirdNeedId})`, field: 'theme', message: '"hosing" is not a theme code' }]);
    expect(formatProblem(result.problems[0] ?? { file: '', record: '', field: '', message: '' }))
      .toBe(`needs.csv › row 3 (need_id ${thirdNeedId}) › theme: "hosing" is not a theme code`);
  });

  it.each<[string, (set: CsvFileRows[]) => CsvFileRows[], Partial<{ file: string; record: string; field: string }>, RegExp]>([
    ['a bad code in a multi-select', (set) => withCell(set, 'needs.csv', 0, 'modalities', 'training;coffee'), { file: 'needs.csv', field: 'modalities' }, /"coffee" is not a modality code/],
    ['a boolean that is not true or false', (set) => withCell(set, 'responses.csv', 0, 'has_offers', 'yes'), { file: 'responses.csv', record: expect.stringMatching(/^row 2 \(response_id [0-9a-f-]+\)$/), field: 'has_offers' }, /true or false/],
    ['a revision that is not a number', (set) => withCell(set, 'responses.csv', 0, 'revision', 'two'), { file: 'responses.csv', field: 'revision' }, /revision number/],
    ['a date that is not a date', (set) => withCell(set, 'funding_sources.csv', 0, 'deadline', '2027-02-30'), { file: 'funding_sources.csv', field: 'deadline' }, /not a date/],
    ['a missing required answer', (set) => withCell(set, 'offers.csv', 0, 'title', ''), { file: 'offers.csv', field: 'title' }, /required/],
    ['an entry of an unknown response', (set) => withCell(set, 'offers.csv', 0, 'response_id', 'nobody'), { file: 'offers.csv', field: 'response_id' }, /not the response_id/],
    ['an unknown column', (set) => set.map((item) => (item.name === 'offers.csv' ? { ...item, columns: [...item.columns, 'budget'] } : item)), { file: 'offers.csv', record: '(header)', field: 'budget' }, /not a column/],
    ['a missing column', (set) => set.map((item) => (item.name === 'needs.csv' ? { ...item, columns: item.columns.filter((column) => column !== 'priority') } : item)), { file: 'needs.csv', field: 'priority' }, /missing/],
    ['no responses.csv', (set) => set.filter((item) => item.name !== 'responses.csv'), { file: 'responses.csv' }, /missing/],
  ])('%s', (_, change, where, message) => {
    const result = importCsvSet(change(rows));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject(where);
    expect(result.problems[0]?.message).toMatch(message);
  });

  it('reads TRUE/FALSE as a spreadsheet saves them, ignores derived columns and accepts the other files of the set', () => {
    const offering = rows.find((item) => item.name === 'responses.csv')?.rows.findIndex((row) => row['has_offers'] === 'true') ?? -1;
    expect(offering).toBeGreaterThanOrEqual(0);
    const edited = withCell(withCell(withCell(rows, 'responses.csv', offering, 'has_offers', 'TRUE'), 'needs.csv', 0, 'n_candidates', '999'), 'needs.csv', 0, 'region', 'oceania');
    const result = importCsvSet([...edited, { name: 'matches.csv', columns: ['need_id'], rows: [] }]);
    expect(result.ok ? result.revisions.length : result.problems).toBe(latest.length);
  });
});
