// Decides what an import does with each incoming revision: the rules of formats.md, independent of import order.
import type { ResponseFile } from './responseFile';

export type MergeOutcome = 'added' | 'updated' | 'history' | 'duplicate';

export interface PlannedRevision {
  response: ResponseFile;
  outcome: MergeOutcome;
}

export interface MergePlan {
  planned: PlannedRevision[];
  /** Revisions to store (everything but duplicates). */
  toStore: ResponseFile[];
  /** Response ids whose latest revision changed and whose table row must be rebuilt. */
  touched: string[];
}

/**
 * `stored` maps each stored responseId to the revisions held. Same id and revision: duplicate (skipped).
 * New id: added. Higher than the latest: updated (the older one is kept). Lower than the latest: kept as history.
 * The latest revision is always the highest stored, so any order of imports ends in the same database.
 */
export function planMerge(stored: ReadonlyMap<string, ReadonlySet<number>>, incoming: readonly ResponseFile[]): MergePlan {
  const held = new Map<string, Set<number>>();
  const revisionsOf = (id: string) => {
    let set = held.get(id);
    if (!set) {
      set = new Set(stored.get(id) ?? []);
      held.set(id, set);
    }
    return set;
  };
  const planned: PlannedRevision[] = [];
  const touched = new Set<string>();
  for (const response of incoming) {
    const revisions = revisionsOf(response.responseId);
    let outcome: MergeOutcome;
    if (revisions.has(response.revision)) outcome = 'duplicate';
    else if (revisions.size === 0) outcome = 'added';
    else if (response.revision > Math.max(...revisions)) outcome = 'updated';
    else outcome = 'history';
    if (outcome !== 'duplicate') {
      revisions.add(response.revision);
      touched.add(response.responseId);
    }
    planned.push({ response, outcome });
  }
  return {
    planned,
    toStore: planned.filter((item) => item.outcome !== 'duplicate').map((item) => item.response),
    touched: [...touched].sort(),
  };
}

export interface MergeCounts {
  added: number;
  updated: number;
  history: number;
  duplicate: number;
}

export function countOutcomes(planned: readonly PlannedRevision[]): MergeCounts {
  const counts: MergeCounts = { added: 0, updated: 0, history: 0, duplicate: 0 };
  for (const item of planned) counts[item.outcome] += 1;
  return counts;
}
