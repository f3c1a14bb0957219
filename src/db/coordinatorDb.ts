// The coordinator's database: every imported revision, one summary row per response, and device settings.
// Table names and versions are append-only: a later change adds a version (with an upgrade test), never edits one.
import Dexie, { type EntityTable } from 'dexie';
import type { StoredRevision } from '../domain/backupFile';
import type { FollowUp } from '../domain/followUp';
import type { RegisterEntry } from '../domain/register';
import type { ResponseSummary } from '../domain/responseSummary';

export const COORDINATOR_DB_NAME = 'needs-offers-coordinator';

export interface RevisionRecord extends StoredRevision {
  responseId: string;
  revision: number;
}

/** The latest revision's summary; `deletedAt` is set while the response is in the bin. */
export interface ResponseRow extends ResponseSummary {
  revisionCount: number;
  deletedAt: string | null;
}

export interface SettingRecord {
  key: string;
  value: string;
}

export class CoordinatorDb extends Dexie {
  declare revisions: Dexie.Table<RevisionRecord, [string, number]>;
  declare responses: EntityTable<ResponseRow, 'responseId'>;
  declare settings: EntityTable<SettingRecord, 'key'>;
  declare followUps: Dexie.Table<FollowUp, [string, string]>;
  declare register: EntityTable<RegisterEntry, 'entryId'>;

  constructor(name = COORDINATOR_DB_NAME) {
    super(name);
    this.version(1).stores({
      revisions: '[responseId+revision], responseId',
      responses: '&responseId, deletedAt',
      settings: '&key',
    });
    // v2: match follow-up, keyed by (need id, offer id) so it survives recomputation, re-import and revision.
    this.version(2).stores({
      followUps: '[needId+offerId], needResponseId, offerResponseId, status',
    });
    // v3: the twinning register (Annex C).
    this.version(3).stores({
      register: '&entryId, updatedAt',
    });
  }
}
