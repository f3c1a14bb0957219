// A screen's choices (filters, sort, view) kept while the coordinator visits other screens: opening a response and
// coming back must not clear the search. Kept in memory for the page's life only (a reload starts afresh).
import { useCallback, useState } from 'react';

/**
 * A hook like useState whose value outlives the component: each screen makes one per choice at module level, e.g.
 * `const useSort = rememberedState(defaultSort)`. One value per page: the coordinator area shows one screen at a time.
 */
export function rememberedState<T>(initial: T): () => [T, (next: T) => void] {
  let kept = initial;
  return function useRememberedState() {
    const [value, setValue] = useState(kept);
    const set = useCallback((next: T) => {
      kept = next;
      setValue(next);
    }, []);
    return [value, set];
  };
}
