// The matching engine of matching.md: candidates blocked by theme, reasons, score, obvious matches, order, funding.
import type { FundingSource, Need, Offer } from './entries';

export const REASON_CODES = [
  'same_theme', 'shared_modality', 'modality_mismatch', 'shared_language', 'no_shared_language', 'emerging_from_established',
  'preferred_country', 'costs_covered', 'timing_ok', 'timing_mismatch', 'partner_type_mismatch', 'region_mismatch', 'same_country',
  'funding_gap',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const REASON_EFFECTS: Record<ReasonCode, number> = {
  same_theme: 40, shared_modality: 20, modality_mismatch: 0, shared_language: 15, no_shared_language: 0, emerging_from_established: 10,
  preferred_country: 5, costs_covered: 5, timing_ok: 5, timing_mismatch: -10, partner_type_mismatch: -15, region_mismatch: -15,
  same_country: -5, funding_gap: 0,
};

/** A reason that speaks for the pair (it adds to the score); the others are for the coordinator to check. */
export function isFavourable(reason: ReasonCode): boolean {
  return REASON_EFFECTS[reason] > 0;
}

const EMERGING = new Set(['new', 'emerging', 'considering']);
const BLOCKING: readonly ReasonCode[] = ['timing_mismatch', 'partner_type_mismatch', 'region_mismatch'];
const PRIORITY_RANK: Record<string, number> = { high: 0, medium: 1, low: 2 };

export interface Candidate {
  need: Need;
  offer: Offer;
  score: number;
  obvious: boolean;
  /** In the order of matching.md's table. */
  reasons: ReasonCode[];
  sharedModalities: string[];
  sharedLanguages: string[];
  /** Funding source ids, most specific first; only for pairs with funding_gap. */
  fundingSuggestions: string[];
}

function intersect(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return [...new Set(a)].filter((item) => other.has(item)).sort();
}

/** Same normalised name and same country: the same organisation, whatever its spelling. */
export function sameOrganisation(need: Need, offer: Offer): boolean {
  return need.org.orgKey === offer.org.orgKey && need.org.country === offer.org.country;
}

/** A month inside an availability window; a missing bound is open. */
export function withinWindow(month: string, from: string, until: string): boolean {
  return (from === '' || month >= from) && (until === '' || month <= until);
}

export function reasonsFor(need: Need, offer: Offer): { reasons: ReasonCode[]; sharedModalities: string[]; sharedLanguages: string[] } {
  const sharedModalities = intersect(need.modalities, offer.modalities);
  const sharedLanguages = intersect(need.languages, offer.languages);
  // Always true for engine candidates; a pair made by hand may cross themes.
  const reasons: ReasonCode[] = need.theme === offer.theme ? ['same_theme'] : [];
  reasons.push(sharedModalities.length > 0 ? 'shared_modality' : 'modality_mismatch');
  reasons.push(sharedLanguages.length > 0 ? 'shared_language' : 'no_shared_language');
  if (offer.org.status === 'established' && EMERGING.has(need.org.status)) reasons.push('emerging_from_established');
  if (need.preferredCountries.includes(offer.org.country)) reasons.push('preferred_country');
  if ((need.funding === 'needs_funding' || need.funding === 'partial') && offer.cost === 'we_cover') reasons.push('costs_covered');
  if (need.start !== '') reasons.push(withinWindow(need.start, offer.availableFrom, offer.availableUntil) ? 'timing_ok' : 'timing_mismatch');
  if ((need.partnerTypes.length > 0 && !need.partnerTypes.includes(offer.org.orgClass))
    || (offer.recipientTypes.length > 0 && !offer.recipientTypes.includes(need.org.orgClass))) reasons.push('partner_type_mismatch');
  if (offer.recipientRegions.length > 0 && !offer.recipientRegions.includes(need.org.region)) reasons.push('region_mismatch');
  if (need.org.country === offer.org.country) reasons.push('same_country');
  if (need.funding === 'needs_funding' && offer.cost !== 'we_cover') reasons.push('funding_gap');
  return { reasons, sharedModalities, sharedLanguages };
}

export function scoreOf(reasons: readonly ReasonCode[]): number {
  const sum = reasons.reduce((total, reason) => total + REASON_EFFECTS[reason], 0);
  return Math.min(100, Math.max(0, sum));
}

export function isObvious(reasons: readonly ReasonCode[]): boolean {
  return reasons.includes('same_theme') && reasons.includes('shared_modality') && reasons.includes('shared_language')
    && !reasons.some((reason) => BLOCKING.includes(reason));
}

interface EligibleSource {
  source: FundingSource;
  /** How many of the source's four lists were non-empty (and so matched): more specific first. */
  specificity: number;
}

/** The checks that depend on the need alone (themes, regions, org class, deadline), done once per need. */
function eligibleFor(need: Need, sources: readonly FundingSource[], today: string): EligibleSource[] {
  const eligible: EligibleSource[] = [];
  for (const source of sources) {
    if (source.themes.length > 0 && !source.themes.includes(need.theme)) continue;
    if (source.eligibleRegions.length > 0 && !source.eligibleRegions.includes(need.org.region)) continue;
    if (source.eligibleOrgTypes.length > 0 && !source.eligibleOrgTypes.includes(need.org.orgClass)) continue;
    if (source.deadline !== '' && source.deadline < today) continue;
    const specificity = [source.themes, source.modalities, source.eligibleRegions, source.eligibleOrgTypes].filter((list) => list.length > 0).length;
    eligible.push({ source, specificity });
  }
  return eligible.sort((a, b) => b.specificity - a.specificity
    || (a.source.deadline || '9999').localeCompare(b.source.deadline || '9999')
    || a.source.id.localeCompare(b.source.id));
}

/**
 * eligibleFor, computed once per theme, region and organisation class (all it depends on besides `today`): needs
 * sharing them share the list. With many funding sources this turns needs × sources into groups × sources.
 */
function eligibleByGroup(sources: readonly FundingSource[], today: string): (need: Need) => EligibleSource[] {
  const cache = new Map<string, EligibleSource[]>();
  return (need) => {
    const key = `${need.theme}\u0000${need.org.region}\u0000${need.org.orgClass}`;
    let eligible = cache.get(key);
    if (!eligible) {
      eligible = eligibleFor(need, sources, today);
      cache.set(key, eligible);
    }
    return eligible;
  };
}

function withModalities(eligible: readonly EligibleSource[], modalities: readonly string[]): string[] {
  return eligible.filter(({ source }) => source.modalities.length === 0 || source.modalities.some((modality) => modalities.includes(modality))).map(({ source }) => source.id);
}

/** Funding sources for a need (and, for a pair, its shared modalities), most specific first, then soonest deadline. */
export function suggestFunding(need: Need, modalities: readonly string[], sources: readonly FundingSource[], today: string): string[] {
  return withModalities(eligibleFor(need, sources, today), modalities);
}

/** The order of matching.md: score, need priority, need's response submitted first, need id, offer id. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return b.score - a.score
    || (PRIORITY_RANK[a.need.priority] ?? 3) - (PRIORITY_RANK[b.need.priority] ?? 3)
    || a.need.org.submittedAt.localeCompare(b.need.org.submittedAt)
    || (a.need.id < b.need.id ? -1 : a.need.id > b.need.id ? 1 : 0)
    || (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0);
}

export function evaluatePair(need: Need, offer: Offer, funding: readonly FundingSource[], today: string, eligible?: () => readonly EligibleSource[]): Candidate {
  const { reasons, sharedModalities, sharedLanguages } = reasonsFor(need, offer);
  return {
    need, offer, reasons, sharedModalities, sharedLanguages,
    score: scoreOf(reasons),
    obvious: isObvious(reasons),
    fundingSuggestions: reasons.includes('funding_gap') ? withModalities(eligible ? eligible() : eligibleFor(need, funding, today), sharedModalities) : [],
  };
}

/**
 * Every candidate pair, grouped by theme first so the work grows with the true candidates, never with
 * needs × offers. `other` is never paired automatically (only by hand). `today` is YYYY-MM-DD.
 */
export function findCandidates(needs: readonly Need[], offers: readonly Offer[], funding: readonly FundingSource[], today: string): Candidate[] {
  const offersByTheme = new Map<string, Offer[]>();
  for (const offer of offers) {
    if (offer.theme === 'other') continue;
    const bucket = offersByTheme.get(offer.theme);
    if (bucket) bucket.push(offer);
    else offersByTheme.set(offer.theme, [offer]);
  }
  const candidates: Candidate[] = [];
  const eligibleOf = eligibleByGroup(funding, today);
  for (const need of needs) {
    // Funding checks that depend on the need alone are done once per group of like needs, and only if a pair has a
    // funding gap.
    const eligibleOnce = () => eligibleOf(need);
    for (const offer of offersByTheme.get(need.theme) ?? []) {
      if (offer.org.responseId === need.org.responseId || sameOrganisation(need, offer)) continue;
      candidates.push(evaluatePair(need, offer, funding, today, eligibleOnce));
    }
  }
  return candidates.sort(compareCandidates);
}

/**
 * For one need that must be funded: the sources worth approaching, whatever the offers ([] for any other need or id).
 * Each is worked out when first asked for: a screen shows a few needs at a time, and with thousands of sources the
 * lists for every need would take seconds to build.
 */
export function needFundingLookup(needs: readonly Need[], funding: readonly FundingSource[], today: string): (needId: string) => readonly string[] {
  const byId = new Map(needs.map((need) => [need.id, need]));
  const eligibleOf = eligibleByGroup(funding, today);
  const known = new Map<string, readonly string[]>();
  return (needId) => {
    let suggestions = known.get(needId);
    if (!suggestions) {
      const need = byId.get(needId);
      suggestions = need && need.funding === 'needs_funding' ? withModalities(eligibleOf(need), need.modalities) : [];
      known.set(needId, suggestions);
    }
    return suggestions;
  };
}
