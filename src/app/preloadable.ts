// Something loaded lazily (a code chunk, a questionnaire definition) that can be asked for early and, once here, used
// at once: in the same render (usePreloaded), with no Suspense fallback, which React holds back for up to 300 ms.
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
