// Stable entry ids: given once when a need, offer, funding source or past twinning is added, never changed after.
import { ENTRY_LISTS } from './questionnaireSchema';
import { isRecord } from './result';

/**
 * Returns `data` with an id on every entry that lacks one (or shares one with an earlier entry, which happens
 * when a panel is copied). Entries that already have an id keep it, so ids survive reordering, deleting other
 * entries, reloads and revisions. Returns the same object when nothing changed.
 */
export function withEntryIds(data: Record<string, unknown>, newId: () => string): Record<string, unknown> {
  let changed = false;
  const next: Record<string, unknown> = { ...data };
  for (const listName of ENTRY_LISTS) {
    const list = data[listName];
    if (!Array.isArray(list)) continue;
    const seen = new Set<string>();
    const entries = list.map((entry: unknown) => {
      if (!isRecord(entry)) return entry;
      const id = entry['id'];
      if (typeof id === 'string' && id !== '' && !seen.has(id)) {
        seen.add(id);
        return entry;
      }
      changed = true;
      const fresh = newId();
      seen.add(fresh);
      return { ...entry, id: fresh };
    });
    next[listName] = entries;
  }
  return changed ? next : data;
}


function countOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** How many needs, offers and funding sources a response names (for receipts and tables). */
export function entryCounts(data: Record<string, unknown>): { needs: number; offers: number; fundingSources: number } {
  return { needs: countOf(data['needs']), offers: countOf(data['offers']), fundingSources: countOf(data['funding_sources']) };
}
