// Entries, candidates and follow-up, recomputed from the database whenever it changes (shared by chart and matches).
import { useMemo } from 'react';
import { useFollowUps, useLatestResponses } from '../../db/hooks';
import { buildEntries, type Entries } from '../../domain/entries';
import type { FollowUp } from '../../domain/followUp';
import { isFollowUpResponse } from '../../domain/responseFile';
import { compareCandidates, evaluatePair, findCandidates, needFundingLookup, type Candidate } from '../../domain/matching';
import { useCoordinator } from './context';

export interface Analysis {
  entries: Entries;
  candidates: Candidate[];
  /** Funding sources worth approaching for a need that must be funded (worked out when first asked for). */
  needFunding: (needId: string) => readonly string[];
  followUps: Map<string, FollowUp>;
  today: string;
}

export function pairKey(needId: string, offerId: string): string {
  return `${needId}|${offerId}`;
}

export function useAnalysis(): Analysis | undefined {
  const { store } = useCoordinator();
  const latest = useLatestResponses(store);
  const followUps = useFollowUps(store);
  const today = new Date().toISOString().slice(0, 10);
  const computed = useMemo(() => {
    if (!latest) return undefined;
    const entries = buildEntries(latest.filter((file) => !isFollowUpResponse(file)));
    return { entries, candidates: findCandidates(entries.needs, entries.offers, entries.funding, today), needFunding: needFundingLookup(entries.needs, entries.funding, today) };
  }, [latest, today]);
  return useMemo(() => {
    if (!computed || !followUps) return undefined;
    return { ...computed, today, followUps: new Map(followUps.map((item) => [pairKey(item.needId, item.offerId), item])) };
  }, [computed, followUps, today]);
}

/** Engine candidates plus pairs made by hand, obvious first, each in matching.md's order. */
export function allPairs(analysis: Analysis): Candidate[] {
  const { entries, candidates, followUps, today } = analysis;
  const known = new Set(candidates.map((candidate) => pairKey(candidate.need.id, candidate.offer.id)));
  const needs = new Map(entries.needs.map((need) => [need.id, need]));
  const offers = new Map(entries.offers.map((offer) => [offer.id, offer]));
  const manual: Candidate[] = [];
  for (const followUp of followUps.values()) {
    if (!followUp.manual || known.has(pairKey(followUp.needId, followUp.offerId))) continue;
    const need = needs.get(followUp.needId);
    const offer = offers.get(followUp.offerId);
    if (need && offer) manual.push(evaluatePair(need, offer, entries.funding, today));
  }
  return [...candidates, ...manual].sort((a, b) => Number(b.obvious) - Number(a.obvious) || compareCandidates(a, b));
}
