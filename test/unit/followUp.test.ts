// A match's follow-up (src/domain/followUp.ts, matching.md "Follow-up"): statuses with time and note, validation, merge.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeStatus, FOLLOW_UP_STATUSES, firstTimeAt, lastChangeAt, mergeFollowUps, newFollowUp, validateFollowUp,
  type FollowUp, type FollowUpStatus, type StatusChange,
} from '../../src/domain/followUp';
import type { Result } from '../../src/domain/result';

const PAIR = { needId: 'need-1', offerId: 'offer-1', needResponseId: 'resp-n', offerResponseId: 'resp-o', manual: false };
const T0 = '2026-12-01T09:00:00.000Z';
const T1 = '2026-12-02T09:00:00.000Z';
const T2 = '2026-12-03T09:00:00.000Z';
const T3 = '2026-12-04T09:00:00.000Z';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const withHistory = (history: StatusChange[], manual = false): FollowUp => ({ ...PAIR, manual, status: history[history.length - 1]?.status ?? 'suggested', history });

describe('newFollowUp', () => {
  it('starts suggested, with one history entry', () => {
    expect(newFollowUp(PAIR, T0)).toEqual({ ...PAIR, status: 'suggested', history: [{ status: 'suggested', at: T0, note: '' }] });
    expect(newFollowUp({ ...PAIR, manual: true }, T0, 'Paired by hand')).toEqual({
      ...PAIR, manual: true, status: 'suggested', history: [{ status: 'suggested', at: T0, note: 'Paired by hand' }],
    });
  });
});

describe('changeStatus', () => {
  it('appends the new status with its time and (trimmed) note, and keeps the old history', () => {
    const start = newFollowUp(PAIR, T0);
    const introduced = value(changeStatus(start, 'introduced', T1, '  Mail sent to both.  '));
    expect(introduced.status).toBe('introduced');
    expect(introduced.history).toEqual([{ status: 'suggested', at: T0, note: '' }, { status: 'introduced', at: T1, note: 'Mail sent to both.' }]);
    const talking = value(changeStatus(introduced, 'in_discussion', T2, ''));
    expect(talking.history.map((change) => [change.status, change.at, change.note])).toEqual([
      ['suggested', T0, ''], ['introduced', T1, 'Mail sent to both.'], ['in_discussion', T2, ''],
    ]);
    // The original is not changed.
    expect(start.history).toHaveLength(1);
  });

  it.each<FollowUpStatus>(['declined', 'dismissed'])('requires a reason for %s', (status) => {
    const start = newFollowUp(PAIR, T0);
    for (const note of ['', '   ']) {
      expect(changeStatus(start, status, T1, note)).toEqual({ ok: false, errors: [{ path: 'note', message: expect.stringContaining(status) }] });
    }
    expect(value(changeStatus(start, status, T1, 'Not a fit for their programme.'))).toMatchObject({ status, history: [{}, { status, note: 'Not a fit for their programme.' }] });
  });

  it.each<FollowUpStatus>(FOLLOW_UP_STATUSES.filter((status) => status !== 'declined' && status !== 'dismissed'))('does not require a note for %s', (status) => {
    const start = value(changeStatus(newFollowUp(PAIR, T0), 'introduced', T1, ''));
    expect(changeStatus(start, status, T2, '').ok).toBe(true);
  });

  it('is a no-op when the status is the same and there is no note', () => {
    const introduced = value(changeStatus(newFollowUp(PAIR, T0), 'introduced', T1, ''));
    expect(value(changeStatus(introduced, 'introduced', T2, ''))).toBe(introduced);
    expect(value(changeStatus(introduced, 'introduced', T2, '   '))).toBe(introduced);
  });

  it('records a note on the same status as a new entry', () => {
    const introduced = value(changeStatus(newFollowUp(PAIR, T0), 'introduced', T1, ''));
    expect(value(changeStatus(introduced, 'introduced', T2, 'Reminder sent.')).history.at(-1)).toEqual({ status: 'introduced', at: T2, note: 'Reminder sent.' });
  });
});

describe('firstTimeAt and lastChangeAt', () => {
  const followUp = withHistory([
    { status: 'suggested', at: T0, note: '' }, { status: 'introduced', at: T1, note: '' },
    { status: 'in_discussion', at: T2, note: '' }, { status: 'introduced', at: T3, note: 'Again' },
  ]);
  it.each<[FollowUpStatus, string | null]>([['suggested', T0], ['introduced', T1], ['in_discussion', T2], ['agreed', null]])('%s → %s', (status, at) => {
    expect(firstTimeAt(followUp, status)).toBe(at);
  });
  it('lastChangeAt is the time of the latest entry', () => {
    expect(lastChangeAt(followUp)).toBe(T3);
  });
});

describe('validateFollowUp', () => {
  const without = (raw: object, key: string) => Object.fromEntries(Object.entries(raw).filter(([name]) => name !== key));
  const valid = () => ({
    needId: 'need-1', offerId: 'offer-1', needResponseId: 'resp-n', offerResponseId: 'resp-o', manual: true,
    history: [{ status: 'suggested', at: T0, note: '' }, { status: 'introduced', at: '2026-12-02T09:00:00Z', note: 'Sent' }],
  });

  it('accepts a valid follow-up and takes its status from the latest history entry', () => {
    expect(validateFollowUp({ ...valid(), status: 'suggested' }, 'followUps[0]')).toEqual({ ok: true, value: {
      needId: 'need-1', offerId: 'offer-1', needResponseId: 'resp-n', offerResponseId: 'resp-o', manual: true, status: 'introduced',
      history: [{ status: 'suggested', at: T0, note: '' }, { status: 'introduced', at: '2026-12-02T09:00:00Z', note: 'Sent' }],
    } });
  });

  it('accepts every status, including withdrawn', () => {
    for (const status of FOLLOW_UP_STATUSES) {
      expect(validateFollowUp({ ...valid(), history: [{ status, at: T0, note: '' }] }, 'f').ok).toBe(true);
    }
  });

  it.each<[string, (raw: ReturnType<typeof valid>) => unknown, string[]]>([
    ['not an object', () => 'follow-up', ['followUps[3]']],
    ['an array', () => [], ['followUps[3]']],
    ['needId missing', (raw) => without(raw, 'needId'), ['followUps[3].needId']],
    ['offerId empty', (raw) => ({ ...raw, offerId: '' }), ['followUps[3].offerId']],
    ['needResponseId not text', (raw) => ({ ...raw, needResponseId: 7 }), ['followUps[3].needResponseId']],
    ['offerResponseId null', (raw) => ({ ...raw, offerResponseId: null }), ['followUps[3].offerResponseId']],
    ['manual not a boolean', (raw) => ({ ...raw, manual: 'yes' }), ['followUps[3].manual']],
    ['history missing', (raw) => without(raw, 'history'), ['followUps[3].history']],
    ['history empty', (raw) => ({ ...raw, history: [] }), ['followUps[3].history']],
    ['history not a list', (raw) => ({ ...raw, history: { status: 'suggested', at: T0, note: '' } }), ['followUps[3].history']],
    ['an unknown status', (raw) => ({ ...raw, history: [raw.history[0], { status: 'talking', at: T1, note: '' }] }), ['followUps[3].history[1]']],
    ['a time that is not a UTC timestamp', (raw) => ({ ...raw, history: [{ status: 'suggested', at: '2026-12-01', note: '' }] }), ['followUps[3].history[0]']],
    ['a time with an offset', (raw) => ({ ...raw, history: [{ status: 'suggested', at: '2026-12-01T09:00:00+01:00', note: '' }] }), ['followUps[3].history[0]']],
    ['a note missing', (raw) => ({ ...raw, history: [raw.history[0], { status: 'introduced', at: T1 }] }), ['followUps[3].history[1]']],
    ['a change that is not an object', (raw) => ({ ...raw, history: ['suggested'] }), ['followUps[3].history[0]']],
    ['several defects at once', (raw) => ({ ...raw, needId: '', manual: 1, history: [raw.history[0], null] }), ['followUps[3].needId', 'followUps[3].manual', 'followUps[3].history[1]']],
  ])('rejects %s, with its path', (_, damage, paths) => {
    const result = validateFollowUp(damage(valid()), 'followUps[3]');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((problem) => problem.path)).toEqual(paths);
  });
});

describe('mergeFollowUps', () => {
  const suggested: StatusChange = { status: 'suggested', at: T0, note: '' };
  const introduced: StatusChange = { status: 'introduced', at: T1, note: 'Mail' };
  const declined: StatusChange = { status: 'declined', at: T2, note: 'No staff' };
  const agreed: StatusChange = { status: 'agreed', at: T3, note: '' };

  it('unites the histories, each change once, in time order; the latest change decides the status', () => {
    const here = withHistory([suggested, introduced, agreed]);
    const there = withHistory([suggested, declined]);
    expect(mergeFollowUps(here, there)).toEqual({ ...PAIR, status: 'agreed', history: [suggested, introduced, declined, agreed] });
    expect(mergeFollowUps(there, withHistory([suggested, introduced]))).toEqual({ ...PAIR, status: 'declined', history: [suggested, introduced, declined] });
  });

  it('keeps manual when either side paired by hand', () => {
    expect(mergeFollowUps(withHistory([suggested], true), withHistory([suggested])).manual).toBe(true);
    expect(mergeFollowUps(withHistory([suggested]), withHistory([suggested], true)).manual).toBe(true);
    expect(mergeFollowUps(withHistory([suggested]), withHistory([suggested])).manual).toBe(false);
  });

  it('keeps two changes that differ only in their note', () => {
    const a = withHistory([suggested, { status: 'introduced', at: T1, note: 'first' }]);
    const b = withHistory([suggested, { status: 'introduced', at: T1, note: 'second' }]);
    expect(mergeFollowUps(a, b).history).toHaveLength(3);
  });

  // Histories drawn from a pool of changes, each in time order with no repeats, as changeStatus writes them.
  const pool: StatusChange[] = FOLLOW_UP_STATUSES.flatMap((status, index) => [
    { status, at: `2026-12-0${1 + (index % 4)}T09:00:00.000Z`, note: '' },
    { status, at: `2026-12-0${2 + (index % 3)}T10:30:00.000Z`, note: `${status} note` },
  ]);
  const byTime = (a: StatusChange, b: StatusChange) => a.at.localeCompare(b.at) || a.status.localeCompare(b.status) || a.note.localeCompare(b.note);
  const followUpArb = fc.record({ history: fc.subarray(pool, { minLength: 1 }), manual: fc.boolean() })
    .map(({ history, manual }) => withHistory([...history].sort(byTime), manual));

  it('is commutative, idempotent and associative, and its status is its latest change (property)', () => {
    fc.assert(fc.property(followUpArb, followUpArb, followUpArb, (a, b, c) => {
      const ab = mergeFollowUps(a, b);
      expect(mergeFollowUps(b, a)).toEqual(ab);
      expect(mergeFollowUps(a, a)).toEqual(a);
      expect(mergeFollowUps(ab, ab)).toEqual(ab);
      expect(mergeFollowUps(ab, b)).toEqual(ab);
      expect(mergeFollowUps(mergeFollowUps(a, b), c)).toEqual(mergeFollowUps(a, mergeFollowUps(b, c)));
      expect(ab.status).toBe(ab.history.at(-1)?.status);
      // Nothing is dropped, nothing is invented.
      const keyOf = (change: StatusChange) => `${change.at}|${change.status}|${change.note}`;
      expect(new Set(ab.history.map(keyOf))).toEqual(new Set([...a.history, ...b.history].map(keyOf)));
      expect(ab.history).toHaveLength(new Set(ab.history.map(keyOf)).size);
    }), { numRuns: 200 });
  });
});
