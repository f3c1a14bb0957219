// What changed between two revisions of a response: top-level answers, and entries matched by their stable id.
import { isEntryList, topLevelElements, type EntryListName } from './questionnaireSchema';
import { isRecord } from './result';

export type AnswerChange =
  | { kind: 'answer'; field: string; before: unknown; after: unknown }
  | { kind: 'entryAdded'; list: EntryListName; id: string; title: string }
  | { kind: 'entryRemoved'; list: EntryListName; id: string; title: string }
  | { kind: 'entryChanged'; list: EntryListName; id: string; title: string; field: string; before: unknown; after: unknown };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function entriesById(value: unknown): Map<string, Record<string, unknown>> {
  const map = new Map<string, Record<string, unknown>>();
  if (Array.isArray(value)) for (const entry of value) if (isRecord(entry) && typeof entry['id'] === 'string') map.set(entry['id'], entry);
  return map;
}

function titleOf(entry: Record<string, unknown>): string {
  const title = entry['title'] ?? entry['name'] ?? entry['partner'];
  return typeof title === 'string' ? title : '';
}

export function diffAnswers(before: Record<string, unknown>, after: Record<string, unknown>): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const element of topLevelElements()) {
    if (!isEntryList(element)) {
      if (!same(before[element.name], after[element.name])) changes.push({ kind: 'answer', field: element.name, before: before[element.name], after: after[element.name] });
      continue;
    }
    const list = element.name;
    const old = entriesById(before[list]);
    const now = entriesById(after[list]);
    for (const [id, entry] of old) if (!now.has(id)) changes.push({ kind: 'entryRemoved', list, id, title: titleOf(entry) });
    for (const [id, entry] of now) {
      const previous = old.get(id);
      if (!previous) { changes.push({ kind: 'entryAdded', list, id, title: titleOf(entry) }); continue; }
      for (const field of element.fields) {
        if (!same(previous[field.name], entry[field.name])) changes.push({ kind: 'entryChanged', list, id, title: titleOf(entry), field: field.name, before: previous[field.name], after: entry[field.name] });
      }
    }
  }
  return changes;
}
