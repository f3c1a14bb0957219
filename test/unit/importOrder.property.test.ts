// The law of the import: the same files imported in any order, any number of times, give the same database.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../src/domain/importFile';
import type { ResponseFile } from '../../src/domain/responseFile';
import { responseFile } from '../support/responseFiles';
import { freshStore, snapshot, uuid, type Snapshot } from './coordinatorFixtures';
import type { CoordinatorStore } from '../../src/db/coordinatorStore';

const COUNTRIES = ['CA', 'BR', 'SE', 'JP'];

/** Revision `revision` of response number `n`: its content depends on both, and only on both. */
function revisionOf(n: number, revision: number): ResponseFile {
  const file = responseFile(uuid(n + 1), revision, {
    org_name: `Organisation ${n} as of revision ${revision}`,
    country: COUNTRIES[(n + revision) % COUNTRIES.length],
    mechanism_needed: revision,
  });
  const needs = file.data['needs'];
  if (Array.isArray(needs)) file.data['needs'] = needs.slice(0, 1 + (revision % 2));
  return file;
}

/** A multi-response file holding `keys`, as the coordinator would receive it. */
function fileText(keys: readonly [number, number][]): string {
  return JSON.stringify({ format: 'needs-offers-responses', formatVersion: 1, responses: keys.map(([n, revision]) => revisionOf(n, revision)) });
}

let clock = 0;
async function importFile(store: CoordinatorStore, text: string): Promise<void> {
  const parsed = parseImportText('f.needs-offers.json', text);
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('\n'));
  clock += 1;
  await store.importResponses(parsed.revisions, new Date(Date.UTC(2026, 11, 1) + clock * 1000).toISOString(), parsed.bin);
}

/** What must match: everything but the time each revision happened to be imported. */
function content(held: Snapshot) {
  return { rows: held.rows, revisions: held.revisions.map(({ key, response }) => ({ key, response })) };
}

const scenario = fc.record({
  maxRevisions: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 }),
  // Positions into the pool, resolved once the pool is known.
  files: fc.array(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
}).chain(({ maxRevisions, files }) => {
  const pool = maxRevisions.flatMap((max, n) => Array.from({ length: max }, (_, index): [number, number] => [n, index + 1]));
  const resolved = files.map((positions) => positions.map((position): [number, number] => pool[position % pool.length] ?? [0, 1]));
  const indices = resolved.map((_, index) => index);
  return fc.record({
    files: fc.constant(resolved),
    order: fc.shuffledSubarray(indices, { minLength: indices.length, maxLength: indices.length }),
    repeats: fc.array(fc.tuple(fc.constantFrom(...indices), fc.nat()), { maxLength: 5 }),
  });
});

describe('import order', () => {
  it('any order and any repetition of the same files gives the same database (property)', async () => {
    await fc.assert(fc.asyncProperty(scenario, async ({ files, order, repeats }) => {
      const texts = files.map(fileText);
      const sequence = [...order];
      for (const [file, position] of repeats) sequence.splice(position % (sequence.length + 1), 0, file);
      const x = freshStore();
      const y = freshStore();
      try {
        for (const index of sequence) await importFile(x.store, texts[index] ?? '');
        for (const text of texts) await importFile(y.store, text);
        const [heldX, heldY] = [await snapshot(x.db), await snapshot(y.db)];
        expect(content(heldX)).toEqual(content(heldY));
        // And the database is what the files say: every distinct revision once, each row the highest revision.
        const distinct = new Set(files.flat().map(([n, revision]) => `${uuid(n + 1)}#${revision}`));
        expect(heldX.revisions.map((record) => record.key)).toEqual([...distinct].sort());
        for (const row of heldX.rows) {
          const revisions = [...distinct].filter((key) => key.startsWith(row.responseId)).map((key) => Number(key.split('#')[1]));
          expect([row.revision, row.revisionCount]).toEqual([Math.max(...revisions), revisions.length]);
        }
      } finally {
        await Promise.all([x.db.delete(), y.db.delete()]);
      }
    }), { numRuns: 40 });
  });
});
