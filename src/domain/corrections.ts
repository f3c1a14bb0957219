// Data corrected in a spreadsheet comes back with the same response id and revision; such a row becomes a new revision.
import type { ResponseFile } from './responseFile';

/**
 * A response whose revision is already stored with different answers is a coordinator's correction: it becomes the
 * next revision (so it is kept, and the original stays in the history) instead of being skipped as a duplicate.
 * Identical content stays a duplicate, so re-importing an unchanged export changes nothing.
 */
export function asCorrections(incoming: readonly ResponseFile[], stored: ReadonlyMap<string, ReadonlyMap<number, ResponseFile>>): ResponseFile[] {
  const next = new Map<string, number>();
  return incoming.map((response) => {
    const revisions = stored.get(response.responseId);
    const same = revisions?.get(response.revision);
    if (!revisions || !same || JSON.stringify(same.data) === JSON.stringify(response.data)) return response;
    const revision = Math.max(next.get(response.responseId) ?? 0, ...revisions.keys()) + 1;
    next.set(response.responseId, revision);
    return { ...response, revision };
  });
}
