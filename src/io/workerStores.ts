// A worker's connections to the coordinator's database: one per name, kept between requests, dropped when another tab
// upgrades it or it fails to open (the next request opens it again).
import { openCoordinatorStore } from '../db/coordinatorStore';

export type OpenedStore = Awaited<ReturnType<typeof openCoordinatorStore>>;

const stores = new Map<string, Promise<OpenedStore>>();

export function storeFor(dbName: string): Promise<OpenedStore> {
  const known = stores.get(dbName);
  if (known) return known;
  const opening = openCoordinatorStore({ name: dbName, onOutdated: () => stores.delete(dbName) });
  stores.set(dbName, opening);
  void opening.then((opened) => { if (!opened.ok) stores.delete(dbName); });
  return opening;
}
