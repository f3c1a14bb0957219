// Saving and reading the respondent's draft and submissions, on IndexedDB or, when the browser refuses it, in memory.
import type { ResponseFile } from '../domain/responseFile';
import { RespondentDb, type DraftRecord, type SubmissionRecord } from './respondentDb';

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
  recordSubmission(file: ResponseFile, draftId?: string): Promise<void>;
  /** The newest submission, of one questionnaire version when given. */
  latestSubmission(questionnaireVersion?: string): Promise<SubmissionRecord | undefined>;
  discardDraft(draftId?: string): Promise<void>;
  /** Removes every draft and submission: the shared-device hand-over. */
  forgetEverything(): Promise<void>;
}

export type StorageProblem = 'unavailable' | 'full';

export function storageProblemOf(error: unknown): StorageProblem {
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Error && 'inner' in error && error.inner instanceof Error ? error.inner.name : '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? 'full' : 'unavailable';
}

function byNewest(a: SubmissionRecord, b: SubmissionRecord): number {
  return b.submittedAt.localeCompare(a.submittedAt) || b.revision - a.revision || a.responseId.localeCompare(b.responseId);
}

class DexieRespondentStore implements RespondentStore {
  readonly persistent = true;
  constructor(private readonly db: RespondentDb) {}

  loadDraft(draftId = CURRENT_DRAFT) { return this.db.drafts.get(draftId); }
  async saveDraft(draft: DraftRecord) { await this.db.drafts.put(draft); }
  async saveDraftOver(draft: DraftRecord, basedOn: string | null) {
    return this.db.transaction('rw', this.db.drafts, async (): Promise<'saved' | 'conflict'> => {
      const stored = await this.db.drafts.get(draft.draftId);
      if ((stored?.updatedAt ?? null) !== basedOn) return 'conflict';
      await this.db.drafts.put(draft);
      return 'saved';
    });
  }
  async loadPage(draftId = CURRENT_DRAFT) { return (await this.db.draftUi.get(draftId))?.pageName; }
  async savePage(pageName: string, draftId = CURRENT_DRAFT) { await this.db.draftUi.put({ draftId, pageName, updatedAt: new Date().toISOString() }); }

  async recordSubmission(file: ResponseFile, draftId = CURRENT_DRAFT) {
    await this.db.transaction('rw', [this.db.submissions, this.db.drafts, this.db.draftUi], async () => {
      await this.db.submissions.put({ responseId: file.responseId, revision: file.revision, submittedAt: file.submittedAt, file });
      await this.db.drafts.delete(draftId);
      await this.db.draftUi.delete(draftId);
    });
  }

  async latestSubmission(questionnaireVersion?: string) {
    const all = await this.db.submissions.toArray();
    return all.filter((record) => questionnaireVersion === undefined || record.file.questionnaireVersion === questionnaireVersion).sort(byNewest)[0];
  }

  async discardDraft(draftId = CURRENT_DRAFT) {
    await this.db.transaction('rw', [this.db.drafts, this.db.draftUi], async () => {
      await this.db.drafts.delete(draftId);
      await this.db.draftUi.delete(draftId);
    });
  }

  async forgetEverything() {
    await this.db.transaction('rw', [this.db.submissions, this.db.drafts, this.db.draftUi], async () => {
      await Promise.all([this.db.submissions.clear(), this.db.drafts.clear(), this.db.draftUi.clear()]);
    });
  }
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
  async recordSubmission(file: ResponseFile, draftId = CURRENT_DRAFT) {
    this.submissions.push({ responseId: file.responseId, revision: file.revision, submittedAt: file.submittedAt, file });
    await this.discardDraft(draftId);
  }
  async latestSubmission(questionnaireVersion?: string) {
    return this.submissions.filter((record) => questionnaireVersion === undefined || record.file.questionnaireVersion === questionnaireVersion).sort(byNewest)[0];
  }
  async discardDraft(draftId = CURRENT_DRAFT) { this.drafts.delete(draftId); this.pages.delete(draftId); }
  async forgetEverything() { this.submissions = []; this.drafts.clear(); this.pages.clear(); }
}

export type OpenedStore = { store: RespondentStore; problem: StorageProblem | null };

/** Opens IndexedDB and proves it writable; falls back to memory with the reason when the browser refuses. */
export async function openRespondentStore(name?: string): Promise<OpenedStore> {
  try {
    const db = new RespondentDb(name);
    await db.open();
    await db.settings.put({ key: 'lastOpenedAt', value: new Date().toISOString() });
    return { store: new DexieRespondentStore(db), problem: null };
  } catch (error) {
    return { store: new MemoryRespondentStore(), problem: storageProblemOf(error) };
  }
}
