// How many responses the database holds, live: the Import screen needs only that, not every row read after each import.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CoordinatorStore } from './coordinatorStore';

export function useResponseCount(store: CoordinatorStore): number | undefined {
  return useLiveQuery(() => store.responseCount(), [store]);
}
