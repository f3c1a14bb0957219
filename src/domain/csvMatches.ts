// matches.csv and match_history.csv (formats.md) as data: the candidate pairs with their follow-up, and every status change.
import type { CsvTable } from './csvTable';
import { MATCH_HISTORY_COLUMNS, MATCHES_COLUMNS } from './csvColumns';
import { firstTimeAt, lastChangeAt, type FollowUp } from './followUp';
import type { Candidate } from './matching';

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The key of a follow-up in the map given to matchesTable. */
export function followUpKey(needId: string, offerId: string): string {
  return `${needId}|${offerId}`;
}

/** The note of the latest change that has one ('' when none has). */
function latestNote(followUp: FollowUp): string {
  for (let index = followUp.history.length - 1; index >= 0; index -= 1) {
    const note = followUp.history[index]?.note ?? '';
    if (note !== '') return note;
  }
  return '';
}

/**
 * matches.csv: one row per pair, in the order given (engine candidates and hand-made pairs, each evaluated as a
 * Candidate); a pair given twice is written once. A pair without follow-up is `suggested` with empty dates.
 * `theme` is the need's (a hand-made pair may cross themes).
 */
export function matchesTable(pairs: readonly Candidate[], followUps: ReadonlyMap<string, FollowUp>): CsvTable {
  const seen = new Set<string>();
  const rows: string[][] = [];
  for (const pair of pairs) {
    const key = followUpKey(pair.need.id, pair.offer.id);
    if (seen.has(key)) continue;
    seen.add(key);
    const followUp = followUps.get(key);
    rows.push([
      pair.need.id, pair.offer.id, pair.need.theme, pair.need.org.orgName, pair.need.org.country, pair.offer.org.orgName,
      pair.offer.org.country, String(pair.score), String(pair.obvious), pair.reasons.join(';'), pair.sharedModalities.join(';'),
      pair.sharedLanguages.join(';'), pair.fundingSuggestions.join(';'), followUp?.status ?? 'suggested',
      followUp ? lastChangeAt(followUp) : '', followUp ? firstTimeAt(followUp, 'introduced') ?? '' : '',
      followUp ? firstTimeAt(followUp, 'agreed') ?? '' : '', followUp ? latestNote(followUp) : '',
    ]);
  }
  return { file: 'matches.csv', columns: MATCHES_COLUMNS, rows };
}

/** match_history.csv: every status change, by need_id, offer_id, changed_at (then the order they were made). */
export function matchHistoryTable(followUps: readonly FollowUp[]): CsvTable {
  const changes = followUps.flatMap((followUp) => followUp.history.map((change, index) => ({ followUp, change, index })));
  changes.sort((a, b) => compareText(a.followUp.needId, b.followUp.needId) || compareText(a.followUp.offerId, b.followUp.offerId)
    || compareText(a.change.at, b.change.at) || a.index - b.index || compareText(a.change.status, b.change.status)
    || compareText(a.change.note, b.change.note));
  return {
    file: 'match_history.csv',
    columns: MATCH_HISTORY_COLUMNS,
    rows: changes.map(({ followUp, change }) => [followUp.needId, followUp.offerId, change.status, change.at, change.note]),
  };
}
