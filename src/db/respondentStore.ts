// Saving and reading the respondent's draft and submissions in IndexedDB (Dexie), or in memory when the browser refuses.
import type { ResponseFile } from '../domain/responseFile';
import { RespondentDb, type DraftRecord } from './respondentDb';
import { byNewest, CURRENT_DRAFT, MemoryRespondentStore, noteDatabaseOpening, storageProblemOf, submissionOutcome, type RecordedSubmission, type RespondentStore, type StorageProblem } from './respondentStorage';

export { CURRENT_DRAFT, MemoryRespondentStore, storageProblemOf, type RecordedSubmission, type RespondentStore, type StorageProblem } from './respondentStorage';

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

  async recordSubmission(file: ResponseFile, draftId = CURRENT_DRAFT): Promise<RecordedSubmission> {
    return this.db.transaction('rw', [this.db.submissions, this.db.drafts, this.db.draftUi], async () => {
      const outcome = submissionOutcome(await this.db.submissions.get([file.responseId, file.revision - 1]), file);
      if (!outcome.unchanged) await this.db.submissions.put({ responseId: file.responseId, revision: file.revision, submittedAt: file.submittedAt, file });
      await this.db.drafts.delete(draftId);
      await this.db.draftUi.delete(draftId);
      return outcome;
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

export type OpenedStore = { store: RespondentStore; problem: StorageProblem | null };

/** Opens IndexedDB and proves it writable; falls back to memory with the reason when the browser refuses. */
export async function openRespondentStore(name?: string): Promise<OpenedStore> {
  try {
    const db = new RespondentDb(name);
    if (name === undefined) noteDatabaseOpening();
    await db.open();
    await db.settings.put({ key: 'lastOpenedAt', value: new Date().toISOString() });
    return { store: new DexieRespondentStore(db), problem: null };
  } catch (error) {
    return { store: new MemoryRespondentStore(), problem: storageProblemOf(error) };
  }
}
