// A lazily loaded module in a component: in this render if it is here, else when it arrives, with a retry on failure.
import { useEffect, useState } from 'react';
import type { Preloadable } from './preloadable';

export interface LoadState<M> {
  module: M | undefined;
  /** The last attempt failed (e.g. offline before the app was cached); `retry` tries again. */
  failed: boolean;
  retry: () => void;
}

/** The module in this render if it is here, else after it arrives. */
export function usePreloaded<M>(source: Preloadable<M>): LoadState<M> {
  const [module, setModule] = useState<M | undefined>(source.loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (module !== undefined) return;
    let live = true;
    source.load().then(
      (value) => { if (live) { setModule(value); setFailed(false); } },
      () => { if (live) setFailed(true); },
    );
    return () => { live = false; };
  }, [source, module, attempt]);
  return { module, failed, retry: () => setAttempt((n) => n + 1) };
}
