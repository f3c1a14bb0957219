// The respondent's storage contract, and what needs no database library: the in-memory fallback, the storage
// problem names, and a cheap check for whether this device has ever stored anything (so a first visit can show the
// questionnaire before Dexie has even been downloaded).
import type { ResponseFile } from '../domain/responseFile';
import { sameContent } from '../domain/sameContent';
import type { DraftRecord, SubmissionRecord } from './respondentDb';

/** Append-only, like the schema: respondentDb.ts opens this name. */
export const RESPONDENT_DB_NAME = 'needs-offers-respondent';

export const CURRENT_DRAFT = 'current';

export interface RespondentStore {
  /** `false` when answers only live in this tab (private mode, storage refused or full). */
  readonly persistent: boolean;
  /** Drafts are kept per questionnaire: `current` (the main one) or `follow-up`. */
  loadDraft(draftId?: string): Promise<DraftRecord | undefined>;
  saveDraft(draft: DraftRecord): Promise<void>;
  /**
   * Saves a draft only if the stored one is still the version this tab last saw (`basedOn` is its updatedAt, or
   * null when there was none): a draft edited in two tabs never has newer answers overwritten by older ones.
   */
  saveDraftOver(draft: DraftRecord, basedOn: string | null): Promise<'saved' | 'conflict'>;
  loadPage(draftId?: string): Promise<string | undefined>;
  savePage(pageName: string, draftId?: string): Promise<void>;
  /** Stores the submission and removes the draft, in one transaction. */
  /**
   * Stores a submission and removes its draft in one go; returns the file that stands. A revision that says nothing
   * new (sameContent) is not stored: the previous revision's file is returned, with `unchanged`.
   */
  recordSubmission(file: ResponseFile, draftId?: string): Promise<RecordedSubmission>;
  /** The newest submission, of one questionnaire version when given. */
  latestSubmission(questionnaireVersion?: string): Promise<SubmissionRecord | undefined>;
  discardDraft(draftId?: string): Promise<void>;
  /** Removes every draft and submission: the shared-device hand-over. */
  forgetEverything(): Promise<void>;
}

export type StorageProblem = 'unavailable' | 'full';

export interface RecordedSubmission {
  file: ResponseFile;
  /** No answer changed since the previous revision: `file` is that revision's, stored already. */
  unchanged: boolean;
}

/**
 * What finishing revision N+1 comes to, given revision N as stored: `file` itself, to store; or, when it says nothing
 * new (sameContent), revision N's file, already stored. Both stores decide with this, inside their write.
 */
export function submissionOutcome(previous: SubmissionRecord | undefined, file: ResponseFile): RecordedSubmission {
  return previous !== undefined && sameContent(previous.file, file) ? { file: previous.file, unchanged: true } : { file, unchanged: false };
}

export function storageProblemOf(error: unknown): StorageProblem {
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Error && 'inner' in error && error.inner instanceof Error ? error.inner.name : '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? 'full' : 'unavailable';
}

export function byNewest(a: SubmissionRecord, b: SubmissionRecord): number {
  return b.submittedAt.localeCompare(a.submittedAt) || b.revision - a.revision || a.responseId.localeCompare(b.responseId);
}

/** Keeps everything in this tab only; used when IndexedDB is refused, so the respondent can still finish. */
export class MemoryRespondentStore implements RespondentStore {
  readonly persistent = false;
  private drafts = new Map<string, DraftRecord>();
  private pages = new Map<string, string>();
  private submissions: SubmissionRecord[] = [];

  async loadDraft(draftId = CURRENT_DRAFT) { return this.drafts.get(draftId); }
  async saveDraft(draft: DraftRecord) { this.drafts.set(draft.draftId, draft); }
  async saveDraftOver(draft: DraftRecord, basedOn: string | null): Promise<'saved' | 'conflict'> {
    const stored = this.drafts.get(draft.draftId);
    if ((stored?.updatedAt ?? null) !== basedOn) return 'conflict';
    this.drafts.set(draft.draftId, draft);
    return 'saved';
  }
  async loadPage(draftId = CURRENT_DRAFT) { return this.pages.get(draftId); }
  async savePage(pageName: string, draftId = CURRENT_DRAFT) { this.pages.set(draftId, pageName); }
  async recordSubmission(file: ResponseFile, draftId = CURRENT_DRAFT): Promise<RecordedSubmission> {
    const outcome = submissionOutcome(this.submissions.find((record) => record.responseId === file.responseId && record.revision === file.revision - 1), file);
    if (!outcome.unchanged) this.submissions.push({ responseId: file.responseId, revision: file.revision, submittedAt: file.submittedAt, file });
    await this.discardDraft(draftId);
    return outcome;
  }
  async latestSubmission(questionnaireVersion?: string) {
    return this.submissions.filter((record) => questionnaireVersion === undefined || record.file.questionnaireVersion === questionnaireVersion).sort(byNewest)[0];
  }
  async discardDraft(draftId = CURRENT_DRAFT) { this.drafts.delete(draftId); this.pages.delete(draftId); }
  async forgetEverything() { this.submissions = []; this.drafts.clear(); this.pages.clear(); }
}

/** Set (in localStorage) before the respondent database is first opened on this device. Append-only, like the name. */
const OPENED_KEY = 'needs-offers.respondent-db-opened';

/** Notes that the respondent database is about to be opened (and so may exist from now on). */
export function noteDatabaseOpening(): void {
  try {
    localStorage.setItem(OPENED_KEY, '1');
  } catch {
    // Not written (storage full or refused): later visits open on the questionnaire as if new, then find the database
    // with mayHaveStoredData() and show what it holds (RespondentApp).
  }
}

/**
 * True when the note says this device has never opened the respondent database, known at once (localStorage is
 * synchronous): a first visit then shows the questionnaire in the app's first render, with no "Loading" frame while
 * IndexedDB is asked. Only as good as the note: a database opened by a version that kept no note, or whose note was
 * cleared or never written, is found by mayHaveStoredData() afterwards, which the caller still asks.
 */
export function noteSaysNothingStored(): boolean {
  try {
    return typeof localStorage !== 'undefined' && localStorage.getItem(OPENED_KEY) === null;
  } catch {
    return false;
  }
}

/**
 * False only when the browser says no respondent database exists on this device (a first visit). Anything doubtful
 * (no `indexedDB.databases()`, an error) answers true, and the caller opens the database to look.
 */
export async function mayHaveStoredData(): Promise<boolean> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return true;
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === RESPONDENT_DB_NAME);
  } catch {
    return true;
  }
}
