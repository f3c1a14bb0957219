// Two tabs on one draft: a save is refused when another tab saved since this one loaded, so newer answers survive.
import { describe, expect, it } from 'vitest';
import type { DraftRecord } from '../../src/db/respondentDb';
import { MemoryRespondentStore, openRespondentStore, type RespondentStore } from '../../src/db/respondentStore';

function draft(updatedAt: string, orgName: string): DraftRecord {
  return { draftId: 'current', responseId: '0b7c4f5e-2f7a-4d3e-9a51-6a1f0f0c2b11', revision: 1, startedAt: '2026-11-20T09:00:00.000Z', language: 'en', data: { org_name: orgName }, updatedAt };
}

const stores: [string, () => Promise<RespondentStore>][] = [
  ['IndexedDB', async () => (await openRespondentStore(`conflict-${crypto.randomUUID()}`)).store],
  ['memory', async () => new MemoryRespondentStore()],
];

describe.each(stores)('saveDraftOver (%s)', (_, open) => {
  it('saves over the version it last saw, and refuses once another tab has saved', async () => {
    const store = await open();
    await store.saveDraft(draft('2026-11-20T09:00:00.000Z', 'start'));
    // Both tabs loaded the 09:00 version.
    expect(await store.saveDraftOver(draft('2026-11-20T09:01:00.000Z', 'tab A, newer'), '2026-11-20T09:00:00.000Z')).toBe('saved');
    expect(await store.saveDraftOver(draft('2026-11-20T09:02:00.000Z', 'tab B, stale'), '2026-11-20T09:00:00.000Z')).toBe('conflict');
    expect((await store.loadDraft())?.data).toEqual({ org_name: 'tab A, newer' });
    // Tab A goes on saving over its own last save.
    expect(await store.saveDraftOver(draft('2026-11-20T09:03:00.000Z', 'tab A again'), '2026-11-20T09:01:00.000Z')).toBe('saved');
  });

  it('does not bring back a draft that another tab submitted', async () => {
    const store = await open();
    await store.saveDraft(draft('2026-11-20T09:00:00.000Z', 'start'));
    await store.discardDraft();
    expect(await store.saveDraftOver(draft('2026-11-20T09:05:00.000Z', 'stale tab'), '2026-11-20T09:00:00.000Z')).toBe('conflict');
    expect(await store.loadDraft()).toBeUndefined();
  });

  it('saves the first version of a new draft', async () => {
    const store = await open();
    expect(await store.saveDraftOver(draft('2026-11-20T09:00:00.000Z', 'first'), null)).toBe('saved');
  });

  it('refuses a second new draft once another tab has stored its own (both opened on a first visit)', async () => {
    const store = await open();
    // Neither tab's draft is stored until its first answer (RespondentApp): both start from nothing.
    expect(await store.saveDraftOver(draft('2026-11-20T09:00:00.000Z', 'tab A'), null)).toBe('saved');
    expect(await store.saveDraftOver(draft('2026-11-20T09:00:05.000Z', 'tab B'), null)).toBe('conflict');
    expect((await store.loadDraft())?.data).toEqual({ org_name: 'tab A' });
  });
});
