// asCorrections (src/domain/corrections.ts): which rows of a re-imported CSV set become new revisions.
import { describe, expect, it } from 'vitest';
import { asCorrections } from '../../src/domain/corrections';
import { buildResponseFile, type ResponseFile } from '../../src/domain/responseFile';

const ID = '0b7c4f5e-2f7a-4d3e-9a51-000000000001';
const OTHER = '0b7c4f5e-2f7a-4d3e-9a51-000000000002';

function file(revision: number, orgName: string, responseId = ID): ResponseFile {
  return buildResponseFile({ responseId, revision, round: '2026-Q4', language: 'en', startedAt: '2026-11-01T10:00:00.000Z', submittedAt: '2026-11-02T10:00:00.000Z' }, { org_name: orgName });
}

function storedOf(...files: ResponseFile[]): Map<string, Map<number, ResponseFile>> {
  const stored = new Map<string, Map<number, ResponseFile>>();
  for (const f of files) stored.set(f.responseId, (stored.get(f.responseId) ?? new Map<number, ResponseFile>()).set(f.revision, f));
  return stored;
}

describe('asCorrections', () => {
  it.each<[string, ResponseFile[], ResponseFile[], number[]]>([
    ['a response not stored keeps its revision', [], [file(1, 'A')], [1]],
    ['a revision not stored keeps its number', [file(1, 'A')], [file(2, 'B')], [2]],
    ['unchanged content is a duplicate of its own revision', [file(1, 'A')], [file(1, 'A')], [1]],
    ['changed content becomes the next revision', [file(1, 'A')], [file(1, 'A corrected')], [2]],
    ['after the latest stored revision', [file(1, 'A'), file(2, 'B'), file(3, 'C')], [file(2, 'B corrected')], [4]],
    ['the same correction imported again is a duplicate of the revision it became', [file(1, 'A'), file(2, 'A corrected')], [file(1, 'A corrected')], [2]],
    ['putting back an earlier revision\'s content is a correction', [file(1, 'A'), file(2, 'A corrected')], [file(2, 'A')], [3]],
    ['two corrections of one response in one set are numbered in turn', [file(1, 'A')], [file(1, 'A1'), file(1, 'A2')], [2, 3]],
    ['responses are numbered apart', [file(1, 'A'), file(1, 'X', OTHER)], [file(1, 'A1'), file(1, 'X1', OTHER)], [2, 2]],
  ])('%s', (_, stored, incoming, revisions) => {
    const result = asCorrections(incoming, storedOf(...stored));
    expect(result.map((r) => r.revision)).toEqual(revisions);
    expect(result.map((r) => r.data)).toEqual(incoming.map((r) => r.data));
  });

  const need = (id: string, title: string) => ({ id, title });
  const twinning = (id: string, partner: string) => ({ id, partner });
  function withLists(revision: number, lists: Record<string, unknown>, orgName = 'A'): ResponseFile {
    const base = file(revision, orgName);
    return { ...base, data: { ...base.data, ...lists } };
  }

  it.each<[string, ResponseFile, ResponseFile, number, Record<string, unknown>]>([
    ['answers in another key order are the same answers',
      withLists(1, { needs: [need('n1', 'T')] }), { ...file(1, 'A'), data: { needs: [need('n1', 'T')], org_name: 'A' } }, 1, { org_name: 'A', needs: [need('n1', 'T')] }],
    ['entries listed by id (as needs.csv lists them) are in the stored order',
      withLists(1, { needs: [need('n2', 'B'), need('n1', 'A')] }), withLists(1, { needs: [need('n1', 'A'), need('n2', 'B')] }), 1, { org_name: 'A', needs: [need('n2', 'B'), need('n1', 'A')] }],
    ['past twinning rows with ids made on import take the stored ids, row by row',
      withLists(1, { past_twinning: [twinning('u-1', 'P'), twinning('u-2', 'Q')] }), withLists(1, { past_twinning: [twinning('past-twinning-1', 'P'), twinning('past-twinning-2', 'Q')] }), 1,
      { org_name: 'A', past_twinning: [twinning('u-1', 'P'), twinning('u-2', 'Q')] }],
    ['a corrected entry keeps its place, a new one comes after, a removed one is gone',
      withLists(1, { needs: [need('n2', 'B'), need('n1', 'A'), need('n3', 'C')] }), withLists(1, { needs: [need('n0', 'New'), need('n1', 'A fixed'), need('n2', 'B')] }), 2,
      { org_name: 'A', needs: [need('n2', 'B'), need('n1', 'A fixed'), need('n0', 'New')] }],
    ['a past twinning row added in the spreadsheet keeps the id import made',
      withLists(1, { past_twinning: [twinning('u-1', 'P')] }), withLists(1, { past_twinning: [twinning('past-twinning-1', 'P'), twinning('past-twinning-2', 'R')] }), 2,
      { org_name: 'A', past_twinning: [twinning('u-1', 'P'), twinning('past-twinning-2', 'R')] }],
  ])('%s', (_, stored, incoming, revision, data) => {
    const [result] = asCorrections([incoming], storedOf(stored));
    expect(result?.revision).toBe(revision);
    expect(result?.data).toEqual(data);
  });
});
