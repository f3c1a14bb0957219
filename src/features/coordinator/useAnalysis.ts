// Entries, candidates and follow-up, recomputed from the database whenever it changes (shared by chart and matches).
import { useMemo } from 'react';
import { useFollowUps, useLatestResponses } from '../../db/hooks';
import { analyseResponses, withFollowUps, type Analysis } from '../../domain/analysis';
import type { ResponseFile } from '../../domain/responseFile';
import { useCoordinator } from './context';

export interface AnalysisWithLatest {
  analysis: Analysis;
  /** The latest responses the analysis was built from (follow-up responses included). */
  latest: readonly ResponseFile[];
}

/**
 * The analysis and the responses it was built from, for screens that need both (evaluation, circulated chart): one
 * read of every latest response rather than two, and never an analysis of one database state beside responses of
 * another while an import lands.
 */
export function useAnalysisWithLatest(): AnalysisWithLatest | undefined {
  const { store } = useCoordinator();
  const latest = useLatestResponses(store);
  const followUps = useFollowUps(store);
  const today = new Date().toISOString().slice(0, 10);
  const computed = useMemo(() => (latest ? analyseResponses(latest, today) : undefined), [latest, today]);
  return useMemo(() => (latest && computed && followUps ? { latest, analysis: withFollowUps(computed, followUps, today) } : undefined), [latest, computed, followUps, today]);
}

export function useAnalysis(): Analysis | undefined {
  return useAnalysisWithLatest()?.analysis;
}
