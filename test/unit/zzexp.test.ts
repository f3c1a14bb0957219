import { it } from 'vitest';
import Dexie from 'dexie';
import { CoordinatorDb } from '../../src/db/coordinatorDb';
import { CoordinatorStore, databaseProblemOf, openCoordinatorStore } from '../../src/db/coordinatorStore';
import { responseFile } from '../support/responseFiles';

it('exp', async () => {
  const db = new CoordinatorDb(`t-${crypto.randomUUID()}`);
  const store = new CoordinatorStore(db);
  let n = 0;
  db.revisions.hook('creating', () => { n += 1; if (n === 3) throw new DOMException('full', 'QuotaExceededError'); });
  const ids = [1,2,3,4,5].map((i) => `00000000-0000-4000-8000-00000000000${i}`);
  try {
    await store.importResponses(ids.map((id) => ({ response: responseFile(id, 1), importedAt: null })), '2026-12-01T00:00:00.000Z');
    console.log('no error');
  } catch (error) {
    console.log('err', error instanceof Error ? error.name : typeof error, String(error), databaseProblemOf(error), Object.keys(error as object));
  }
  console.log(await db.revisions.count(), await db.responses.count());
  console.log('DOMException instanceof Error', new DOMException('x', 'QuotaExceededError') instanceof Error);
  console.log('verno before open', new CoordinatorDb('zz').verno);
  const name = `t-${crypto.randomUUID()}`;
  const other = new Dexie(name); other.version(2).stores({ a: '&id' }); await other.open(); other.close();
  const opened = await openCoordinatorStore({ name });
  console.log('open lower', JSON.stringify(opened.ok ? 'ok' : opened.problem));
  console.log(['2026-11-20T09:12:03.5Z', '2026-11-20T09:12:03.25Z'].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare));
});
