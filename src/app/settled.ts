// Whether the first screen is on screen and finished: background work that would compete with it (the service worker's
// install downloads the whole app for offline use) waits for this.
let settled = false;
const waiting = new Set<() => void>();

/** Called by each first screen (questionnaire, landing page, coordinator) once it is shown and built. */
export function markSettled(): void {
  if (settled) return;
  settled = true;
  for (const callback of waiting) callback();
  waiting.clear();
}

/** Calls `callback` once the first screen has settled (at once if it has); returns a cancel function. */
export function whenSettled(callback: () => void): () => void {
  if (settled) {
    callback();
    return () => undefined;
  }
  waiting.add(callback);
  return () => { waiting.delete(callback); };
}
