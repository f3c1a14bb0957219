// The coordinator's analysis of the latest responses (entries, candidate pairs, funding, follow-up), shared by the
// screens on the page and by the export, which builds it in a worker.
import { buildEntries, type Entries } from './entries';
import { evaluationMetrics, type Metric } from './evaluation';
import type { FollowUp } from './followUp';
import { compareCandidates, evaluatePair, findCandidates, needFundingLookup, type Candidate } from './matching';
import type { RegisterEntry } from './register';
import { isFollowUpResponse, type ResponseFile } from './responseFile';

/** What depends on the responses alone; worked out again only when they change. */
export interface ResponseAnalysis {
  entries: Entries;
  candidates: Candidate[];
  /** Funding sources worth approaching for a need that must be funded (worked out when first asked for). */
  needFunding: (needId: string) => readonly string[];
}

export interface Analysis extends ResponseAnalysis {
  followUps: Map<string, FollowUp>;
  today: string;
}

export function pairKey(needId: string, offerId: string): string {
  return `${needId}|${offerId}`;
}

/** From every latest response, follow-up responses included (they hold no entries and are left out here). */
export function analyseResponses(latest: readonly ResponseFile[], today: string): ResponseAnalysis {
  const entries = buildEntries(latest.filter((file) => !isFollowUpResponse(file)));
  return {
    entries,
    candidates: findCandidates(entries.needs, entries.offers, entries.funding, today),
    needFunding: needFundingLookup(entries.needs, entries.funding, today),
  };
}

export function withFollowUps(analysis: ResponseAnalysis, followUps: readonly FollowUp[], today: string): Analysis {
  return { ...analysis, today, followUps: new Map(followUps.map((item) => [pairKey(item.needId, item.offerId), item])) };
}

/** Engine candidates plus pairs made by hand, obvious first, each in matching.md's order. */
export function allPairs(analysis: Analysis): Candidate[] {
  const { entries, candidates, followUps, today } = analysis;
  const handMade = [...followUps.values()].filter((followUp) => followUp.manual);
  const manual: Candidate[] = [];
  // The lookups cover every candidate, need and offer (about 100 ms at 10,000 responses): made only when needed.
  if (handMade.length > 0) {
    const known = new Set(candidates.map((candidate) => pairKey(candidate.need.id, candidate.offer.id)));
    const needs = new Map(entries.needs.map((need) => [need.id, need]));
    const offers = new Map(entries.offers.map((offer) => [offer.id, offer]));
    for (const followUp of handMade) {
      if (known.has(pairKey(followUp.needId, followUp.offerId))) continue;
      const need = needs.get(followUp.needId);
      const offer = offers.get(followUp.offerId);
      if (need && offer) manual.push(evaluatePair(need, offer, entries.funding, today));
    }
  }
  return [...candidates, ...manual].sort((a, b) => Number(b.obvious) - Number(a.obvious) || compareCandidates(a, b));
}

/** The pilot's evaluation metrics (evaluation.md) from every latest response, follow-up responses included. */
export function analysisMetrics(latest: readonly ResponseFile[], analysis: Analysis, register: readonly RegisterEntry[], firstSubmittedAt: ReadonlyMap<string, string>): Metric[] {
  return evaluationMetrics({
    latest: latest.filter((file) => !isFollowUpResponse(file)), entries: analysis.entries, candidates: analysis.candidates,
    followUps: [...analysis.followUps.values()], register, followUpResponses: latest.filter(isFollowUpResponse), firstSubmittedAt,
  });
}
