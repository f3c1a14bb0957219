// Data corrected in a spreadsheet comes back with the same response id and revision; such a row becomes a new revision.
import type { ResponseFile } from './responseFile';

/**
 * A response whose revision is already stored with different answers is a coordinator's correction: it becomes the
 * next revision (so it is kept, and the original stays in the history) instead of being skipped as a duplicate.
 * Content already stored, as that revision or as a later one (a correction imported before), stays a duplicate, so
 * re-importing an unchanged export, or the same corrected one twice, changes nothing. An earlier revision's content
 * is not a duplicate: a correction may put back what an earlier revision said.
 */
export function asCorrections(incoming: readonly ResponseFile[], stored: ReadonlyMap<string, ReadonlyMap<number, ResponseFile>>): ResponseFile[] {
  const next = new Map<string, number>();
  return incoming.map((response) => {
    const revisions = stored.get(response.responseId);
    if (!revisions?.has(response.revision)) return response;
    const text = JSON.stringify(response.data);
    const already = [...revisions].filter(([revision, file]) => revision >= response.revision && JSON.stringify(file.data) === text).map(([revision]) => revision);
    if (already.length > 0) return { ...response, revision: Math.min(...already) };
    const revision = Math.max(next.get(response.responseId) ?? 0, ...revisions.keys()) + 1;
    next.set(response.responseId, revision);
    return { ...response, revision };
  });
}
