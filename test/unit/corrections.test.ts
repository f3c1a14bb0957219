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
});
