// Debounced saving of the draft while the respondent types: at most ~half a second of typing is ever unsaved.

export type SaveState = 'saved' | 'saving' | 'failed';

export interface DraftSaver<T> {
  /** Remember the latest value; it is written after a short pause in typing. */
  schedule(value: T): void;
  /** Write the pending value now (page change, tab hidden, submit). */
  flush(): Promise<void>;
  dispose(): void;
}

export function createDraftSaver<T>(write: (value: T) => Promise<void>, onState: (state: SaveState, error?: unknown) => void, delayMs = 400): DraftSaver<T> {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (timer !== null) { clearTimeout(timer); timer = null; }
    if (pending === null) return writing;
    const { value } = pending;
    pending = null;
    // Writes are chained so an older value can never land after a newer one.
    writing = writing.then(async () => {
      try {
        await write(value);
        if (pending === null) onState('saved');
      } catch (error) {
        onState('failed', error);
      }
    });
    return writing;
  }

  return {
    schedule(value) {
      pending = { value };
      onState('saving');
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => { void flush(); }, delayMs);
    },
    flush,
    dispose() { if (timer !== null) clearTimeout(timer); timer = null; },
  };
}
