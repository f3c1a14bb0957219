// Two tabs, two app versions: this tab steps aside when another opens a newer schema, and says so.
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { CoordinatorDb } from '../../src/db/coordinatorDb';
import { databaseProblemOf, openCoordinatorStore } from '../../src/db/coordinatorStore';
import { uniqueDbName } from './coordinatorFixtures';

/** The schema this build declares last; the other tab runs the next app version. */
const LATEST = new CoordinatorDb(uniqueDbName()).verno;

/** The next app version: every version this build declares, plus one that adds a table. */
class NextVersionDb extends CoordinatorDb {
  constructor(name: string) {
    super(name);
    this.version(LATEST + 1).stores({ matchNotes: '&noteId' });
  }
}

describe('another tab', () => {
  it('opening a newer schema succeeds: this tab closes its connection and is told it is outdated', async () => {
    const name = uniqueDbName();
    const onOutdated = vi.fn();
    const onBlocked = vi.fn();
    const opened = await openCoordinatorStore({ name, onOutdated, onBlocked });
    if (!opened.ok) throw new Error(`could not open: ${opened.problem}`);
    await opened.store.setSetting('coordinatorEmail', 'coordinator@example.org');

    const newer = new NextVersionDb(name);
    try {
      await newer.open();
      expect(newer.verno).toBe(LATEST + 1);
      expect(onOutdated).toHaveBeenCalledTimes(1);
      expect(onBlocked).not.toHaveBeenCalled();
      expect(opened.store.db.isOpen()).toBe(false);
      // The newer tab sees what this one wrote, and this one writes no more until reloaded.
      expect(await newer.settings.get('coordinatorEmail')).toEqual({ key: 'coordinatorEmail', value: 'coordinator@example.org' });
      const error = await opened.store.setSetting('language', 'fr').then(() => undefined, (reason: unknown) => reason);
      expect(error).toBeInstanceOf(Dexie.DatabaseClosedError);
      expect(databaseProblemOf(error)).toBe('unavailable');
    } finally {
      newer.close();
    }
  });

  it('a plain Dexie tab declaring version 1 and a later version with one more table also opens', async () => {
    const name = uniqueDbName();
    const onOutdated = vi.fn();
    const opened = await openCoordinatorStore({ name, onOutdated });
    expect(opened.ok).toBe(true);

    const other = new Dexie(name);
    other.version(1).stores({ revisions: '[responseId+revision], responseId', responses: '&responseId, deletedAt', settings: '&key' });
    other.version(LATEST + 1).stores({ matchNotes: '&noteId' });
    try {
      await other.open();
      expect(other.isOpen()).toBe(true);
      expect(onOutdated).toHaveBeenCalledTimes(1);
    } finally {
      other.close();
    }
  });

});
