// Asks the browser to keep this origin's data (IndexedDB) instead of clearing it when space runs low.
export type Persistence = 'persistent' | 'best-effort' | 'unknown';

export async function requestPersistentStorage(): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unknown';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}
