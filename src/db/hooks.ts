// Live queries for the coordinator's screens, and the export's change count: they re-render whenever the database
// changes, in this tab or another.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { FollowUp } from '../domain/followUp';
import type { RegisterEntry } from '../domain/register';
import type { ResponseFile } from '../domain/responseFile';
import type { ResponseRow, RevisionRecord } from './coordinatorDb';
import type { CoordinatorStore } from './coordinatorStore';
import { onExportChange } from './exportSource';

export function useResponseRows(store: CoordinatorStore): ResponseRow[] | undefined {
  return useLiveQuery(() => store.rows(), [store]);
}

export function useRevisions(store: CoordinatorStore, responseId: string): RevisionRecord[] | undefined {
  return useLiveQuery(() => store.revisionsOf(responseId), [store, responseId]);
}

export function useSetting(store: CoordinatorStore, key: string): string | null | undefined {
  return useLiveQuery(async () => (await store.setting(key)) ?? null, [store, key]);
}

export function useResponseRow(store: CoordinatorStore, responseId: string): ResponseRow | null | undefined {
  return useLiveQuery(async () => (await store.row(responseId)) ?? null, [store, responseId]);
}

export function useLatestResponses(store: CoordinatorStore): ResponseFile[] | undefined {
  return useLiveQuery(() => store.latestResponses(), [store]);
}

export function useFollowUps(store: CoordinatorStore): FollowUp[] | undefined {
  return useLiveQuery(() => store.followUps(), [store]);
}

export function useRegister(store: CoordinatorStore): RegisterEntry[] | undefined {
  return useLiveQuery(() => store.registerEntries(), [store]);
}

export function useFirstSubmissions(store: CoordinatorStore): Map<string, string> | undefined {
  return useLiveQuery(() => store.firstSubmissions(), [store]);
}

/**
 * How many writes to what the CSV export reads (in this tab, another or a worker) have been seen since the screen
 * mounted: 0 at once, nothing read. The listener is in place before any effect declared after this hook runs.
 */
export function useExportChanges(store: CoordinatorStore): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => onExportChange(store, () => setChanges((count) => count + 1)), [store]);
  return changes;
}
