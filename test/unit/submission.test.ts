// Turning a finished draft into the response file (src/features/respondent/submission.ts).
import { describe, expect, it } from 'vitest';
import { responseFromDraft, type FinishedDraft } from '../../src/features/respondent/submission';
import { validateResponse } from '../../src/domain/responseFile';
import { validateAnswers } from '../../src/domain/validateAnswers';
import { entriesOf, entryOf, idSource, pilotDeployment, validAnswers } from './fixtures';

const NOW = new Date('2026-11-21T15:40:55.123Z');
const RESPONSE_ID = '0b7c4f5e-2f7a-4d3e-9a51-6a1f0f0c2b11';

/** A draft as the survey leaves it: hidden leftovers, blanks, stray spaces, entries without ids and an empty panel. */
function realisticDraft(): FinishedDraft {
  const data = validAnswers();
  Object.assign(data, { org_type: 'ngo', org_name: '  Conseil québécois  ', contact_phone: '', has_offers: false, willing_to_twin: 'no' });
  const needs = entriesOf(data, 'needs');
  Object.assign(needs[1] ?? {}, { theme_other: 'left over from an earlier choice' });
  delete needs[1]?.['id'];
  data['needs'] = [...needs, { id: 'blank-panel' }, { title: 'A third need', theme: 'education', modalities: ['study_visit'], priority: 'low', funding: 'partial' }];
  delete entryOf(data, 'funding_sources', 0)['id'];
  return { responseId: RESPONSE_ID, revision: 3, startedAt: '2026-11-20T09:12:03.000Z', data };
}

function submit(round: string | null = null, draft = realisticDraft()) {
  const result = responseFromDraft(draft, 'pt', { ...pilotDeployment(), round }, NOW, idSource('new'));
  expect(result).toMatchObject({ ok: true });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return result.value;
}

describe('responseFromDraft', () => {
  it('yields a file that validates', () => {
    const file = submit();
    expect(validateResponse(JSON.parse(JSON.stringify(file)))).toEqual({ ok: true, value: file });
  });

  it("keeps the draft's responseId, revision and startedAt, and stamps language and submittedAt", () => {
    expect(submit()).toMatchObject({
      responseId: RESPONSE_ID, revision: 3, startedAt: '2026-11-20T09:12:03.000Z', language: 'pt', submittedAt: '2026-11-21T15:40:55.123Z',
    });
  });

  it.each<[string | null, string]>([['2027-Q1', '2027-Q1'], [null, '2026-Q4']])('uses the round %s of the deployment, else the quarter (%s)', (round, expected) => {
    expect(submit(round).round).toBe(expected);
  });

  it('holds only asked answers: hidden leftovers, blanks and empty panels are gone, text is trimmed', () => {
    const { data } = submit();
    expect(data).not.toHaveProperty('org_type_other');
    expect(data).not.toHaveProperty('contact_phone');
    expect(data).not.toHaveProperty('offers');
    expect(data).not.toHaveProperty('twin_roles');
    expect(data['org_name']).toBe('Conseil québécois');
    expect(entriesOf(data, 'needs').map((need) => need['title'])).toEqual(['Advice on winter orientation', 'Long-term housing models', 'A third need']);
    expect(entryOf(data, 'needs', 1)).not.toHaveProperty('theme_other');
    expect(validateAnswers(data)).toEqual([]);
  });

  it('gives an id to every entry, keeping the ones it had', () => {
    const { data } = submit();
    const ids = ['needs', 'funding_sources', 'past_twinning'].flatMap((list) => entriesOf(data, list).map((entry) => entry['id']));
    expect(ids).toEqual(['need-1', 'new-1', 'new-2', 'new-3', 'twin-1']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a draft that is not complete, naming the field', () => {
    const draft = realisticDraft();
    delete draft.data['contact_email'];
    const result = responseFromDraft(draft, 'en', pilotDeployment(), NOW, idSource());
    expect(result).toEqual({ ok: false, errors: [{ path: 'data.contact_email', message: 'is required' }] });
  });

  it('does not change the draft', () => {
    const draft = realisticDraft();
    const copy = structuredClone(draft);
    submit(null, draft);
    expect(draft).toEqual(copy);
  });
});
