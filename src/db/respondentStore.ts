// Saving and reading the respondent's draft and submissions, on IndexedDB or, when the browser refuses it, in memory.
import type { ResponseFile } from '../domain/responseFile';
import { RespondentDb, type DraftRecord, type SubmissionRecord } from './respondentDb';

export const CURRENT_DRAFT = 'current';

export interface RespondentStore {
  /** `false` when answers only live in this tab (private mode, storage refused or full). */
  readonly persistent: boolean;
  loadDraft(): Promise<DraftRecord | undefined>;
  saveDraft(draft: DraftRecord): Promise<void>;
  loadPage(): Promise<string | undefined>;
  savePage(pageName: string): Promise<void>;
  /** Stores the submission and removes the draft, in one transaction. */
  recordSubmission(file: ResponseFile): Promise<void>;
  latestSubmission(): Promise<SubmissionRecord | undefined>;
  discardDraft(): Promise<void>;
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

  loadDraft() { return this.db.drafts.get(CURRENT_DRAFT); }
  async saveDraft(draft: DraftRecord) { await this.db.drafts.put(draft); }
  async loadPage() { return (await this.db.draftUi.get(CURRENT_DRAFT))?.pageName; }
  async savePage(pageName: string) { await this.db.draftUi.put({ draftId: CURRENT_DRAFT, pageName, updatedAt: new Date().toISOString() }); }

  async recordSubmission(file: ResponseFile) {
    await this.db.transaction('rw', [this.db.submissions, this.db.drafts, this.db.draftUi], async () => {
      await this.db.submissions.put({ responseId: file.responseId, revision: file.revision, submittedAt: file.submittedAt, file });
      await this.db.drafts.delete(CURRENT_DRAFT);
      await this.db.draftUi.delete(CURRENT_DRAFT);
    });
  }

  async latestSubmission() {
    const all = await this.db.submissions.toArray();
    return all.sort(byNewest)[0];
  }

  async discardDraft() {
    await this.db.transaction('rw', [this.db.drafts, this.db.draftUi], async () => {
      await this.db.drafts.delete(CURRENT_DRAFT);
      await this.db.draftUi.delete(CURRENT_DRAFT);
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
  private draft: DraftRecord | undefined;
  private page: string | undefined;
  private submissions: SubmissionRecord[] = [];

  async loadDraft() { return this.draft; }
  async saveDraft(draft: DraftRecord) { this.draft = draft; }
  async loadPage() { return this.page; }
  async savePage(pageName: string) { this.page = pageName; }
  async recordSubmission(file: ResponseFile) {
    this.submissions.push({ responseId: file.responseId, revision: file.revision, submittedAt: file.submittedAt, file });
    this.draft = undefined;
    this.page = undefined;
  }
  async latestSubmission() { return [...this.submissions].sort(byNewest)[0]; }
  async discardDraft() { this.draft = undefined; this.page = undefined; }
  async forgetEverything() { this.submissions = []; await this.discardDraft(); }
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
