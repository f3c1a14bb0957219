// Entries, candidates and follow-up, recomputed from the database whenever it changes (shared by chart and matches).
import { useMemo } from 'react';
import { useFollowUps, useLatestResponses } from '../../db/hooks';
import { analyseResponses, withFollowUps, type Analysis } from '../../domain/analysis';
import { useCoordinator } from './context';

export function useAnalysis(): Analysis | undefined {
  const { store } = useCoordinator();
  const latest = useLatestResponses(store);
  const followUps = useFollowUps(store);
  const today = new Date().toISOString().slice(0, 10);
  const computed = useMemo(() => (latest ? analyseResponses(latest, today) : undefined), [latest, today]);
  return useMemo(() => (computed && followUps ? withFollowUps(computed, followUps, today) : undefined), [computed, followUps, today]);
}
