// The respondent's on-device database: the draft, its page position, and submitted responses.
// Table names and versions are append-only: a later change adds a version, never edits one.
import Dexie, { type EntityTable } from 'dexie';
import type { ResponseFile } from '../domain/responseFile';
import type { UiLanguage } from '../domain/languages';
import { RESPONDENT_DB_NAME } from './respondentStorage';

export { RESPONDENT_DB_NAME } from './respondentStorage';

/** The answers being written. There is one draft per device at a time (key `current`). */
export interface DraftRecord {
  draftId: string;
  responseId: string;
  /** The revision this draft becomes when submitted: 1 for a new response, n+1 when revising. */
  revision: number;
  startedAt: string;
  language: UiLanguage;
  data: Record<string, unknown>;
  updatedAt: string;
}

/** Where the respondent is in the survey; kept apart from the answers so it never leaks into the data. */
export interface DraftUiRecord {
  draftId: string;
  pageName: string;
  updatedAt: string;
}

export interface SubmissionRecord {
  responseId: string;
  revision: number;
  submittedAt: string;
  file: ResponseFile;
}

export interface SettingRecord {
  key: string;
  value: string;
}

export class RespondentDb extends Dexie {
  declare drafts: EntityTable<DraftRecord, 'draftId'>;
  declare draftUi: EntityTable<DraftUiRecord, 'draftId'>;
  declare submissions: Dexie.Table<SubmissionRecord, [string, number]>;
  declare settings: EntityTable<SettingRecord, 'key'>;

  constructor(name = RESPONDENT_DB_NAME) {
    super(name);
    this.version(1).stores({
      drafts: '&draftId',
      draftUi: '&draftId',
      submissions: '[responseId+revision], responseId, submittedAt',
      settings: '&key',
    });
  }
}
