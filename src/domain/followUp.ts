// A match's follow-up (matching.md): statuses with time and note at every change, kept by (need id, offer id).
import { isOneOf } from './codes';
import { isTimestamp } from './fieldRules';
import { fail, isRecord, ok, type Problem, type Result } from './result';

export const FOLLOW_UP_STATUSES = ['suggested', 'introduced', 'in_discussion', 'agreed', 'completed', 'declined', 'dismissed', 'withdrawn'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Statuses that need a reason in the note. */
export const NEEDS_REASON: readonly FollowUpStatus[] = ['declined', 'dismissed'];
/** Set only by the system, when an entry disappears from the latest revision. */
export const SYSTEM_ONLY: readonly FollowUpStatus[] = ['withdrawn'];
/**
 * Statuses that draft a register entry from the match (matching.md: `agreed`). `completed` too: a coordinator who
 * hears of an exchange only once it has happened goes straight there, and the register must not miss it.
 */
export const DRAFTS_REGISTER_ENTRY: readonly FollowUpStatus[] = ['agreed', 'completed'];

export interface StatusChange {
  status: FollowUpStatus;
  at: string;
  note: string;
}

export interface FollowUp {
  needId: string;
  offerId: string;
  needResponseId: string;
  offerResponseId: string;
  /** Paired by the coordinator rather than proposed by the engine. */
  manual: boolean;
  status: FollowUpStatus;
  history: StatusChange[];
}

export function newFollowUp(pair: Pick<FollowUp, 'needId' | 'offerId' | 'needResponseId' | 'offerResponseId' | 'manual'>, at: string, note = ''): FollowUp {
  return { ...pair, status: 'suggested', history: [{ status: 'suggested', at, note }] };
}

/** A new status with its time and note, appended to the history (nothing is ever rewritten). */
export function changeStatus(followUp: FollowUp, status: FollowUpStatus, at: string, note: string): Result<FollowUp> {
  if (NEEDS_REASON.includes(status) && note.trim() === '') return fail([{ path: 'note', message: `a reason is required when a match is ${status}` }]);
  if (status === followUp.status && note.trim() === '') return ok(followUp);
  // Strictly after the previous change (a decision can land in the same millisecond as the suggestion), so that
  // the history's order is its time order and merging two devices' copies can never reorder it.
  const previous = lastChangeAt(followUp);
  const stamp = previous !== '' && at <= previous ? new Date(Date.parse(previous) + 1).toISOString() : at;
  return ok({ ...followUp, status, history: [...followUp.history, { status, at: stamp, note: note.trim() }] });
}

/** When the match first reached a status (e.g. introduced, agreed), or null. */
export function firstTimeAt(followUp: FollowUp, status: FollowUpStatus): string | null {
  return followUp.history.find((change) => change.status === status)?.at ?? null;
}

export function lastChangeAt(followUp: FollowUp): string {
  return followUp.history[followUp.history.length - 1]?.at ?? '';
}


export function validateFollowUp(raw: unknown, at: string): Result<FollowUp> {
  const errors: Problem[] = [];
  if (!isRecord(raw)) return fail([{ path: at, message: 'must be an object' }]);
  const text = (key: string) => {
    const value = raw[key];
    if (typeof value !== 'string' || value === '') errors.push({ path: `${at}.${key}`, message: 'must be non-empty text' });
    return typeof value === 'string' ? value : '';
  };
  const needId = text('needId');
  const offerId = text('offerId');
  const needResponseId = text('needResponseId');
  const offerResponseId = text('offerResponseId');
  const manual = raw['manual'];
  if (typeof manual !== 'boolean') errors.push({ path: `${at}.manual`, message: 'must be true or false' });
  const history: StatusChange[] = [];
  const rawHistory = raw['history'];
  if (!Array.isArray(rawHistory) || rawHistory.length === 0) errors.push({ path: `${at}.history`, message: 'must be a non-empty list of status changes' });
  else rawHistory.forEach((change: unknown, index) => {
    const where = `${at}.history[${index}]`;
    if (!isRecord(change) || !isOneOf(FOLLOW_UP_STATUSES, change['status']) || !isTimestamp(change['at']) || typeof change['note'] !== 'string') {
      errors.push({ path: where, message: 'must have a follow-up status, a UTC timestamp "at" and a "note"' });
      return;
    }
    history.push({ status: change['status'], at: change['at'], note: change['note'] });
  });
  const last = history[history.length - 1];
  if (errors.length > 0 || !last || typeof manual !== 'boolean') return fail(errors);
  return ok({ needId, offerId, needResponseId, offerResponseId, manual, status: last.status, history });
}

/** Two devices' histories of the same match: every change kept once, in time order; the latest decides the status. */
export function mergeFollowUps(a: FollowUp, b: FollowUp): FollowUp {
  const seen = new Map<string, StatusChange>();
  for (const change of [...a.history, ...b.history]) seen.set(`${change.at}|${change.status}|${change.note}`, change);
  // changeStatus() keeps times strictly increasing, so time alone orders one device's changes; the rest only breaks ties.
  const history = [...seen.values()].sort((x, y) => x.at.localeCompare(y.at) || x.status.localeCompare(y.status) || x.note.localeCompare(y.note));
  const last = history[history.length - 1];
  return { ...a, manual: a.manual || b.manual, history, status: last?.status ?? a.status };
}
