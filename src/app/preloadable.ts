// A lazily loaded module that can be asked for early and, once here, used in the same render: no Suspense fallback
// (React holds a revealed boundary back for up to 300 ms), no extra frame between a click and the screen it opens.
import { useEffect, useState } from 'react';

export interface Preloadable<M> {
  /** Starts the download (once; again after a failure) and resolves with the module. */
  load(): Promise<M>;
  /** The module if it has already arrived. */
  loaded(): M | undefined;
}

export function preloadable<M>(loader: () => Promise<M>): Preloadable<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    load() {
      pending ??= loader().then(
        (value) => { module = value; return value; },
        (error: unknown) => { pending = undefined; throw error; },
      );
      return pending;
    },
    loaded: () => module,
  };
}

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
