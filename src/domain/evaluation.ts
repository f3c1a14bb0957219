// The pilot evaluation's metrics (evaluation.md): every figure of the dashboard and of evaluation.csv.
import { buildChart } from './chart';
import { codesOf } from './codes';
import type { Entries, Need, Offer } from './entries';
import { firstTimeAt, FOLLOW_UP_STATUSES, type FollowUp } from './followUp';
import type { Candidate } from './matching';
import type { RegisterEntry } from './register';
import type { ResponseFile } from './responseFile';

export interface Metric {
  metric: string;
  /** `all`, a statistic (`mean`, `median`, `p90`), a code, or `dimension=code` (e.g. `resettlement_status=emerging`). */
  breakdown: string;
  /** null when there is nothing to compute it from (e.g. a mean of no ratings). */
  value: number | null;
}

export interface EvaluationInput {
  latest: readonly ResponseFile[];
  entries: Entries;
  candidates: readonly Candidate[];
  followUps: readonly FollowUp[];
  register: readonly RegisterEntry[];
  /** Follow-up questionnaires received (latest revisions). */
  followUpResponses: readonly ResponseFile[];
  /** When each response was first submitted (revision 1), by response id. */
  firstSubmittedAt: ReadonlyMap<string, string>;
}

function countBy<T>(items: readonly T[], key: (item: T) => string, codes: readonly string[], metric: string, dimension: string): Metric[] {
  const counts = new Map<string, number>(codes.map((code) => [code, 0]));
  for (const item of items) {
    const code = key(item);
    if (counts.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].map(([code, value]) => ({ metric, breakdown: `${dimension}=${code}`, value }));
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0) / values.length);
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Nearest-rank percentile: the smallest value with at least p% of values at or below it. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

const text = (file: ResponseFile, key: string) => (typeof file.data[key] === 'string' ? file.data[key] : '');
const DAY = 24 * 60 * 60 * 1000;

export function evaluationMetrics(input: EvaluationInput): Metric[] {
  const { latest, entries, candidates, followUps, register, followUpResponses, firstSubmittedAt } = input;
  const statuses = codesOf('resettlement_status');
  const themes = codesOf('theme');
  const groups = codesOf('theme_group');
  const metrics: Metric[] = [];
  const add = (metric: string, breakdown: string, value: number | null) => metrics.push({ metric, breakdown, value });

  add('responses', 'all', latest.length);
  metrics.push(...countBy(entries.organisations, (org) => org.status, statuses, 'responses', 'resettlement_status'));
  metrics.push(...countBy(entries.organisations, (org) => org.orgClass, codesOf('org_class'), 'responses', 'org_class'));
  metrics.push(...countBy(entries.organisations, (org) => org.region, codesOf('region'), 'responses', 'region'));

  const entryCounts = (metric: string, list: readonly (Need | Offer)[]) => {
    add(metric, 'all', list.length);
    metrics.push(...countBy(list, (entry) => entry.theme, themes, metric, 'theme'));
    metrics.push(...countBy(list, (entry) => entry.themeGroup, groups, metric, 'theme_group'));
    metrics.push(...countBy(list, (entry) => entry.org.status, statuses, metric, 'resettlement_status'));
  };
  entryCounts('needs', entries.needs);
  entryCounts('offers', entries.offers);

  add('funding_sources', 'all', entries.funding.length);
  metrics.push(...countBy(entries.funding, (source) => source.funderType, codesOf('funder_type'), 'funding_sources', 'funder_type'));

  for (const row of buildChart(entries, candidates).rows) if (row.gap) add('unmet_theme', row.theme, row.needs);

  const withObvious = new Set(candidates.filter((candidate) => candidate.obvious).map((candidate) => candidate.need.id));
  const needsWithObvious = entries.needs.filter((need) => withObvious.has(need.id));
  add('needs_with_obvious_match', 'all', needsWithObvious.length);
  metrics.push(...countBy(needsWithObvious, (need) => need.org.status, statuses, 'needs_with_obvious_match', 'resettlement_status'));
  add('needs_with_obvious_match_share', 'all', entries.needs.length === 0 ? null : round(needsWithObvious.length / entries.needs.length));
  for (const status of statuses) {
    const all = entries.needs.filter((need) => need.org.status === status).length;
    add('needs_with_obvious_match_share', `resettlement_status=${status}`, all === 0 ? null : round(needsWithObvious.filter((need) => need.org.status === status).length / all));
  }

  // Every match: engine candidates (suggested unless followed up) and any followed-up pair (hand-made or withdrawn).
  const byPair = new Map(followUps.map((followUp) => [`${followUp.needId}|${followUp.offerId}`, followUp.status]));
  const statusOfPair = new Map<string, string>(candidates.map((candidate) => [`${candidate.need.id}|${candidate.offer.id}`, 'suggested']));
  for (const [key, status] of byPair) statusOfPair.set(key, status);
  metrics.push(...countBy([...statusOfPair.values()], (status) => status, FOLLOW_UP_STATUSES, 'matches', 'status'));

  const days = followUps.flatMap((followUp) => {
    const introduced = firstTimeAt(followUp, 'introduced');
    const needAt = firstSubmittedAt.get(followUp.needResponseId);
    const offerAt = firstSubmittedAt.get(followUp.offerResponseId);
    if (!introduced || !needAt || !offerAt) return [];
    const later = Math.max(Date.parse(needAt), Date.parse(offerAt));
    return [Math.max(0, (Date.parse(introduced) - later) / DAY)];
  });
  const median = percentile(days, 50);
  const p90 = percentile(days, 90);
  add('days_to_introduction', 'median', median === null ? null : round(median, 1));
  add('days_to_introduction', 'p90', p90 === null ? null : round(p90, 1));

  add('register_entries', 'all', register.length);
  metrics.push(...countBy(register, (entry) => entry.arrangement, codesOf('arrangement'), 'register_entries', 'arrangement'));

  const ratings = latest.map((file) => file.data['mechanism_needed']).filter((value): value is number => typeof value === 'number');
  add('mechanism_needed', 'mean', mean(ratings));
  for (const rating of [1, 2, 3, 4, 5]) add('mechanism_needed', String(rating), ratings.filter((value) => value === rating).length);

  for (const answer of codesOf('refugee_involvement')) add('refugee_involvement', answer, latest.filter((file) => text(file, 'refugee_involvement') === answer).length);

  add('follow_up_responses', 'all', followUpResponses.length);
  add('follow_up_useful', 'mean', mean(followUpResponses.map((file) => file.data['useful']).filter((value): value is number => typeof value === 'number')));
  return metrics;
}
