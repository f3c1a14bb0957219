// Sorting many records by a text key (entry ids, response ids) in fewer comparisons than one comparator sort.

/**
 * Where a text falls by its first two UTF-16 code units, in the order `<` puts texts: '' first, then a text of one
 * code unit before every longer text that starts with it.
 */
function bucketOf(text: string): number {
  if (text.length === 0) return -1;
  return text.charCodeAt(0) * 65537 + (text.length === 1 ? 0 : text.charCodeAt(1) + 1);
}

/**
 * `items` sorted in place by `compare`, which must order first by `keyOf` in code-unit order (as `<` does) and may
 * then break ties however it likes. The items are first put in buckets by their key's first two code units, and each
 * bucket sorted by `compare`: for 40,000 random ids that is about half the comparisons of one sort of them all, and a
 * comparator call is most of a sort's time (entry ids are UUIDs; the export sorts 90,000 entries twice).
 */
export function sortByText<T>(items: T[], keyOf: (item: T) => string, compare: (a: T, b: T) => number): T[] {
  if (items.length < 512) return items.sort(compare);
  const buckets = new Map<number, T[]>();
  for (const item of items) {
    const bucket = bucketOf(keyOf(item));
    const members = buckets.get(bucket);
    if (members) members.push(item);
    else buckets.set(bucket, [item]);
  }
  let index = 0;
  for (const bucket of [...buckets.keys()].sort((a, b) => a - b)) {
    const members = buckets.get(bucket) ?? [];
    if (members.length > 1) members.sort(compare);
    for (const item of members) items[index++] = item;
  }
  return items;
}
