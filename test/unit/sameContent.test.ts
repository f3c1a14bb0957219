// Whether a new revision says anything new (src/domain/sameContent.ts): answers, language, round, version count; times do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResponseFile, type ResponseFile } from '../../src/domain/responseFile';
import { sameContent } from '../../src/domain/sameContent';
import { validAnswers } from './fixtures';

const META = { responseId: '0b7c4f5e-2f7a-4d3e-9a51-6a1f0f0c2b11', revision: 1, round: '2026-Q4', language: 'fr', startedAt: '2026-11-20T09:12:03.000Z', submittedAt: '2026-11-21T10:00:00.000Z' } as const;
const base = buildResponseFile(META, validAnswers());

/** The same object with its keys, at every depth, in reverse order (arrays keep theirs). */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reversedKeys(inner)]));
  return value;
}

describe('sameContent', () => {
  it.each<[string, ResponseFile, boolean]>([
    ['a later revision, started and submitted later, same answers', { ...base, revision: 2, startedAt: '2026-11-25T07:00:00.000Z', submittedAt: '2026-11-25T08:00:00.000Z' }, true],
    ['the same answers with their keys in another order', { ...base, revision: 2, data: Object.fromEntries(Object.entries(base.data).reverse()) }, true],
    ['one answer changed', { ...base, revision: 2, data: { ...base.data, mechanism_needed: 1 } }, false],
    // The fixture answers every question: an answer the previous revision did not have, under a key of its own.
    ['an answer added', { ...base, revision: 2, data: { ...base.data, added_answer: 'A colleague' } }, false],
    ['an answer removed', { ...base, revision: 2, data: Object.fromEntries(Object.entries(base.data).filter(([key]) => key !== 'org_name')) }, false],
    ['entries in another order', { ...base, revision: 2, data: { ...base.data, needs: Array.isArray(base.data['needs']) ? [...base.data['needs']].reverse() : [] } }, false],
    ['answered in another language', { ...base, revision: 2, language: 'es' }, false],
    ['in another round', { ...base, revision: 2, round: '2027-Q1' }, false],
    ['another questionnaire version', { ...base, revision: 2, questionnaireVersion: '9.9.9' }, false],
  ])('%s → %s', (_, next, expected) => {
    expect(sameContent(base, next)).toBe(expected);
  });

  it('the fixture has more than one need and no added_answer, so the order and addition cases can fail', () => {
    expect(Array.isArray(base.data['needs']) && base.data['needs'].length > 1).toBe(true);
    expect(Object.hasOwn(base.data, 'added_answer')).toBe(false);
  });

  it('ignores key order at any depth, for any answers', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (data) => {
      const file = { ...base, data };
      const reordered = reversedKeys(data);
      expect(sameContent(file, { ...base, revision: 2, data: typeof reordered === 'object' && reordered !== null && !Array.isArray(reordered) ? Object.fromEntries(Object.entries(reordered)) : {} })).toBe(true);
    }));
  });
});
