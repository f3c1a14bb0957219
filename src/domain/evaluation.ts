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

/**
 * How many values are each of a code list's codes, in the list's order; values outside the list are not counted.
 * Filled in one pass over each list with no callback per item: at 10,000 responses a count by callback, one pass per
 * breakdown, took most of the time of the whole evaluation.
 */
class CodeTally {
  private readonly counts: Map<string, number>;

  constructor(codes: readonly string[]) {
    this.counts = new Map(codes.map((code) => [code, 0]));
  }

  add(value: string): void {
    const count = this.counts.get(value);
    if (count !== undefined) this.counts.set(value, count + 1);
  }

  of(code: string): number {
    return this.counts.get(code) ?? 0;
  }

  metrics(metric: string, dimension: string): Metric[] {
    return [...this.counts].map(([code, value]) => ({ metric, breakdown: `${dimension}=${code}`, value }));
  }
}

/** The tallies of one list of needs or offers: by theme, theme group and the organisation's resettlement status. */
function entryTallies(list: readonly (Need | Offer)[], codes: { themes: readonly string[]; groups: readonly string[]; statuses: readonly string[] }) {
  const theme = new CodeTally(codes.themes);
  const group = new CodeTally(codes.groups);
  const status = new CodeTally(codes.statuses);
  for (const entry of list) {
    theme.add(entry.theme);
    group.add(entry.themeGroup);
    status.add(entry.org.status);
  }
  return { theme, group, status };
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
  const orgStatus = new CodeTally(statuses);
  const orgClass = new CodeTally(codesOf('org_class'));
  const orgRegion = new CodeTally(codesOf('region'));
  for (const org of entries.organisations) {
    orgStatus.add(org.status);
    orgClass.add(org.orgClass);
    orgRegion.add(org.region);
  }
  metrics.push(...orgStatus.metrics('responses', 'resettlement_status'), ...orgClass.metrics('responses', 'org_class'), ...orgRegion.metrics('responses', 'region'));

  const codes = { themes, groups, statuses };
  const needs = entryTallies(entries.needs, codes);
  const offers = entryTallies(entries.offers, codes);
  for (const [metric, list, tallies] of [['needs', entries.needs, needs], ['offers', entries.offers, offers]] as const) {
    add(metric, 'all', list.length);
    metrics.push(...tallies.theme.metrics(metric, 'theme'), ...tallies.group.metrics(metric, 'theme_group'), ...tallies.status.metrics(metric, 'resettlement_status'));
  }

  add('funding_sources', 'all', entries.funding.length);
  const funderType = new CodeTally(codesOf('funder_type'));
  for (const source of entries.funding) funderType.add(source.funderType);
  metrics.push(...funderType.metrics('funding_sources', 'funder_type'));

  for (const row of buildChart(entries, candidates).rows) if (row.gap) add('unmet_theme', row.theme, row.needs);

  const withObvious = new Set(candidates.filter((candidate) => candidate.obvious).map((candidate) => candidate.need.id));
  const obviousByStatus = new CodeTally(statuses);
  let needsWithObvious = 0;
  for (const need of entries.needs) {
    if (!withObvious.has(need.id)) continue;
    needsWithObvious += 1;
    obviousByStatus.add(need.org.status);
  }
  add('needs_with_obvious_match', 'all', needsWithObvious);
  metrics.push(...obviousByStatus.metrics('needs_with_obvious_match', 'resettlement_status'));
  add('needs_with_obvious_match_share', 'all', entries.needs.length === 0 ? null : round(needsWithObvious / entries.needs.length));
  for (const status of statuses) {
    const all = needs.status.of(status);
    add('needs_with_obvious_match_share', `resettlement_status=${status}`, all === 0 ? null : round(obviousByStatus.of(status) / all));
  }

  // Every match: engine candidates (suggested unless followed up) and any followed-up pair (hand-made or withdrawn).
  const byPair = new Map(followUps.map((followUp) => [`${followUp.needId}|${followUp.offerId}`, followUp.status]));
  const statusOfPair = new Map<string, string>(candidates.map((candidate) => [`${candidate.need.id}|${candidate.offer.id}`, 'suggested']));
  for (const [key, status] of byPair) statusOfPair.set(key, status);
  const matchStatus = new CodeTally(FOLLOW_UP_STATUSES);
  for (const status of statusOfPair.values()) matchStatus.add(status);
  metrics.push(...matchStatus.metrics('matches', 'status'));

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
  const arrangement = new CodeTally(codesOf('arrangement'));
  for (const entry of register) arrangement.add(entry.arrangement);
  metrics.push(...arrangement.metrics('register_entries', 'arrangement'));

  const ratings = latest.map((file) => file.data['mechanism_needed']).filter((value): value is number => typeof value === 'number');
  add('mechanism_needed', 'mean', mean(ratings));
  for (const rating of [1, 2, 3, 4, 5]) add('mechanism_needed', String(rating), ratings.filter((value) => value === rating).length);

  for (const answer of codesOf('refugee_involvement')) add('refugee_involvement', answer, latest.filter((file) => text(file, 'refugee_involvement') === answer).length);

  add('follow_up_responses', 'all', followUpResponses.length);
  add('follow_up_useful', 'mean', mean(followUpResponses.map((file) => file.data['useful']).filter((value): value is number => typeof value === 'number')));
  return metrics;
}
