// Data corrected in a spreadsheet comes back with the same response id and revision; such a row becomes a new revision.
import { ENTRY_FILES } from './csvColumns';
import type { ResponseFile } from './responseFile';
import { isRecord } from './result';
import { canonicalJson } from './sameContent';

/** The ids import makes for past twinning rows (csvImport.ts): past_twinning.csv carries none. */
const MADE_PAST_TWINNING_ID = /^past-twinning-\d+$/;

function entries(value: unknown): Record<string, unknown>[] | null {
  return Array.isArray(value) && value.every(isRecord) ? value : null;
}

/**
 * The incoming response as the stored revision `stored` would have said it, where the CSV cannot tell: its needs,
 * offers and funding sources in the stored order (the CSV files list them by id), entries not stored after them in
 * the order given; its past twinning rows with the stored ids, row by row (the CSV has none; import made new ones).
 * So an unchanged row compares equal, and a corrected one differs only where it was corrected.
 */
export function alignedWith(stored: ResponseFile, incoming: ResponseFile): ResponseFile {
  const data: Record<string, unknown> = { ...incoming.data };
  for (const { list, idColumn } of ENTRY_FILES) {
    const given = entries(data[list]);
    const before = entries(stored.data[list]);
    if (!given || !before) continue;
    if (idColumn === null) {
      data[list] = given.map((entry, index) => {
        const id = before[index]?.['id'];
        return typeof entry['id'] === 'string' && MADE_PAST_TWINNING_ID.test(entry['id']) && id !== undefined ? { ...entry, id } : entry;
      });
      continue;
    }
    const place = new Map(before.map((entry, index) => [entry['id'], index]));
    data[list] = given
      .map((entry, index) => ({ entry, index, at: place.get(entry['id']) ?? before.length }))
      .sort((a, b) => a.at - b.at || a.index - b.index)
      .map(({ entry }) => entry);
  }
  return { ...incoming, data };
}

/**
 * A response whose revision is already stored with different answers is a coordinator's correction: it becomes the
 * next revision (so it is kept, and the original stays in the history) instead of being skipped as a duplicate.
 * Content already stored, as that revision or as a later one (a correction imported before), stays a duplicate, so
 * re-importing an unchanged export, or the same corrected one twice, changes nothing. An earlier revision's content
 * is not a duplicate: a correction may put back what an earlier revision said. Answers are compared whatever the
 * order of their keys, and as the stored revision would say them (alignedWith).
 */
export function asCorrections(incoming: readonly ResponseFile[], stored: ReadonlyMap<string, ReadonlyMap<number, ResponseFile>>): ResponseFile[] {
  const next = new Map<string, number>();
  return incoming.map((given) => {
    const revisions = stored.get(given.responseId);
    const same = revisions?.get(given.revision);
    if (!revisions || !same) return given;
    const response = alignedWith(same, given);
    const text = canonicalJson(response.data);
    const already = [...revisions].filter(([revision, file]) => revision >= response.revision && canonicalJson(file.data) === text).map(([revision]) => revision);
    if (already.length > 0) return { ...response, revision: Math.min(...already) };
    const revision = Math.max(next.get(response.responseId) ?? 0, ...revisions.keys()) + 1;
    next.set(response.responseId, revision);
    return { ...response, revision };
  });
}
