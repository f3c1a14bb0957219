// The chart of needs and opportunities: per theme, needs and offers by status, class and region; funding; matches; gaps.
import { codeList } from './codes';
import type { Entries, FundingSource, Need, Offer, Organisation } from './entries';
import type { Candidate } from './matching';

export const BREAKDOWNS = ['status', 'orgClass', 'region'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface ThemeRow {
  theme: string;
  group: string;
  needs: number;
  offers: number;
  /** Funding sources that name this theme (sources open to any theme are counted apart, in fundingAnyTheme). */
  funding: number;
  candidates: number;
  obvious: number;
  /** Needs in this theme that have at least one obvious match. */
  needsWithObvious: number;
  /** Needs here, and no offer in the theme to answer them. */
  gap: boolean;
  needsBy: Record<Breakdown, Record<string, number>>;
  offersBy: Record<Breakdown, Record<string, number>>;
}

export interface Chart {
  rows: ThemeRow[];
  fundingAnyTheme: number;
  totals: { needs: number; offers: number; funding: number; candidates: number; obvious: number; organisations: number };
}

export interface ChartFilter {
  round?: string;
  region?: string;
  status?: string;
  orgClass?: string;
  language?: string;
  modality?: string;
}

function keyOf(org: Organisation, breakdown: Breakdown): string {
  return breakdown === 'status' ? org.status : breakdown === 'orgClass' ? org.orgClass : org.region;
}

export function orgMatches(org: Organisation, filter: ChartFilter): boolean {
  return (!filter.round || org.round === filter.round)
    && (!filter.region || org.region === filter.region)
    && (!filter.status || org.status === filter.status)
    && (!filter.orgClass || org.orgClass === filter.orgClass)
    && (!filter.language || org.language === filter.language);
}

/** Filters keep whole entries: an entry counts when its organisation and (for modality) the entry itself match. */
export function filterEntries(entries: Entries, filter: ChartFilter): Entries {
  const entryMatches = (entry: Need | Offer) => orgMatches(entry.org, filter) && (!filter.modality || entry.modalities.includes(filter.modality));
  const fundingMatches = (source: FundingSource) => orgMatches(source.org, filter) && (!filter.modality || source.modalities.length === 0 || source.modalities.includes(filter.modality));
  return {
    organisations: entries.organisations.filter((org) => orgMatches(org, filter)),
    needs: entries.needs.filter(entryMatches),
    offers: entries.offers.filter(entryMatches),
    funding: entries.funding.filter(fundingMatches),
  };
}

function emptyBreakdowns(): Record<Breakdown, Record<string, number>> {
  return { status: {}, orgClass: {}, region: {} };
}

function tally(into: Record<Breakdown, Record<string, number>>, org: Organisation): void {
  for (const breakdown of BREAKDOWNS) {
    const key = keyOf(org, breakdown);
    into[breakdown][key] = (into[breakdown][key] ?? 0) + 1;
  }
}

/** Rows in the code list's order (phase by phase); candidates count only pairs whose need and offer are both shown. */
export function buildChart(entries: Entries, candidates: readonly Candidate[]): Chart {
  const rows = new Map<string, ThemeRow>(codeList('theme').map((item) => [item.code, {
    theme: item.code, group: item.group ?? 'other', needs: 0, offers: 0, funding: 0, candidates: 0, obvious: 0, needsWithObvious: 0, gap: false,
    needsBy: emptyBreakdowns(), offersBy: emptyBreakdowns(),
  }]));
  for (const need of entries.needs) {
    const row = rows.get(need.theme);
    if (!row) continue;
    row.needs += 1;
    tally(row.needsBy, need.org);
  }
  for (const offer of entries.offers) {
    const row = rows.get(offer.theme);
    if (!row) continue;
    row.offers += 1;
    tally(row.offersBy, offer.org);
  }
  let fundingAnyTheme = 0;
  for (const source of entries.funding) {
    if (source.themes.length === 0) fundingAnyTheme += 1;
    for (const theme of new Set(source.themes)) {
      const row = rows.get(theme);
      if (row) row.funding += 1;
    }
  }
  // Only candidates between entries shown are counted; the id sets are made only when there are candidates to check.
  const needIds = candidates.length === 0 ? new Set<string>() : new Set(entries.needs.map((need) => need.id));
  const offerIds = candidates.length === 0 ? new Set<string>() : new Set(entries.offers.map((offer) => offer.id));
  const obviousNeeds = new Map<string, Set<string>>();
  let candidateCount = 0;
  let obviousCount = 0;
  for (const candidate of candidates) {
    if (!needIds.has(candidate.need.id) || !offerIds.has(candidate.offer.id)) continue;
    const row = rows.get(candidate.need.theme);
    if (!row) continue;
    row.candidates += 1;
    candidateCount += 1;
    if (candidate.obvious) {
      row.obvious += 1;
      obviousCount += 1;
      const set = obviousNeeds.get(row.theme) ?? new Set<string>();
      set.add(candidate.need.id);
      obviousNeeds.set(row.theme, set);
    }
  }
  for (const row of rows.values()) {
    row.needsWithObvious = obviousNeeds.get(row.theme)?.size ?? 0;
    row.gap = row.needs > 0 && row.offers === 0;
  }
  return {
    rows: [...rows.values()],
    fundingAnyTheme,
    totals: {
      needs: entries.needs.length, offers: entries.offers.length, funding: entries.funding.length,
      candidates: candidateCount, obvious: obviousCount, organisations: entries.organisations.length,
    },
  };
}

/** Gap themes: needs that no offer in their theme answers. */
export function gapThemes(chart: Chart): ThemeRow[] {
  return chart.rows.filter((row) => row.gap);
}
