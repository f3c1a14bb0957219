// The respondent's journey: landing → survey (with autosaved draft) → receipt, and back for a revision.
import { useEffect, useState } from 'react';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import type { DraftRecord, SubmissionRecord } from '../../db/respondentDb';
import { openRespondentStore, storageProblemOf, type RespondentStore, type StorageProblem } from '../../db/respondentStore';
import type { ResponseFile } from '../../domain/responseFile';
import { QUESTIONNAIRES, type QuestionnaireKind } from '../../survey/questionnaires';
import { Landing } from './Landing';
import { Receipt } from './Receipt';
import { StorageNotice } from './StorageNotice';
import { SurveyScreen } from './SurveyScreen';

type Screen =
  | { name: 'loading' }
  | { name: 'landing'; draft: DraftRecord | undefined; submission: SubmissionRecord | undefined }
  | { name: 'survey'; draft: DraftRecord; pageName: string | undefined }
  | { name: 'receipt'; file: ResponseFile };

export function RespondentApp({ kind = 'main' }: { kind?: QuestionnaireKind }) {
  const questionnaire = QUESTIONNAIRES[kind];
  const { language, t } = useI18n();
  const [store, setStore] = useState<RespondentStore | null>(null);
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [screen, setScreen] = useState<Screen>({ name: 'loading' });

  useEffect(() => {
    let live = true;
    void (async () => {
      const opened = await openRespondentStore();
      const [draft, submission] = await Promise.all([opened.store.loadDraft(questionnaire.draftId), opened.store.latestSubmission(questionnaire.version)]);
      if (!live) return;
      setStore(opened.store);
      setProblem(opened.problem);
      setScreen({ name: 'landing', draft, submission });
    })();
    return () => { live = false; };
  }, [questionnaire]);

  if (store === null || screen.name === 'loading') return <p role="status">{t('loading')}</p>;

  /** Saves a draft, but never lets a refused write stop the respondent. */
  async function saveOrNote(draft: DraftRecord) {
    try {
      await store?.saveDraft(draft);
    } catch (error) {
      setProblem(storageProblemOf(error));
    }
  }

  async function openDraft(draft: DraftRecord, pageName: string | undefined) {
    await saveOrNote(draft);
    setScreen({ name: 'survey', draft, pageName });
  }

  function newDraft(): DraftRecord {
    const now = new Date().toISOString();
    return { draftId: questionnaire.draftId, responseId: crypto.randomUUID(), revision: 1, startedAt: now, language, data: {}, updatedAt: now };
  }

  function revisionDraft(file: ResponseFile): DraftRecord {
    const now = new Date().toISOString();
    return { draftId: questionnaire.draftId, responseId: file.responseId, revision: file.revision + 1, startedAt: now, language, data: file.data, updatedAt: now };
  }

  async function startNewResponse() {
    if (!store) return;
    try {
      if (deployment.sharedDevice) await store.forgetEverything();
      else await store.discardDraft(questionnaire.draftId);
    } catch (error) {
      setProblem(storageProblemOf(error));
    }
    await openDraft(newDraft(), undefined);
  }

  async function resume(draft: DraftRecord) {
    const pageName = await store?.loadPage(questionnaire.draftId).catch(() => undefined);
    setScreen({ name: 'survey', draft, pageName });
  }

  async function discard() {
    await store?.discardDraft(questionnaire.draftId).catch((error: unknown) => setProblem(storageProblemOf(error)));
    const submission = await store?.latestSubmission(questionnaire.version).catch(() => undefined);
    setScreen({ name: 'landing', draft: undefined, submission });
  }

  return (
    <>
      {problem && <StorageNotice problem={problem} />}
      {screen.name === 'landing' && (
        <Landing
          kind={kind}
          draft={screen.draft}
          submission={screen.submission}
          onStart={() => void openDraft(newDraft(), undefined)}
          onResume={(draft) => void resume(draft)}
          onRevise={(submission) => void openDraft(revisionDraft(submission.file), undefined)}
          onDiscard={() => void discard()}
        />
      )}
      {screen.name === 'survey' && (
        <SurveyScreen
          key={`${screen.draft.responseId}-${screen.draft.revision}`}
          store={store}
          questionnaire={questionnaire}
          draft={screen.draft}
          initialPage={screen.pageName}
          onStorageProblem={setProblem}
          onSubmitted={(file) => setScreen({ name: 'receipt', file })}
        />
      )}
      {screen.name === 'receipt' && (
        <Receipt
          kind={kind}
          file={screen.file}
          onRevise={() => void openDraft(revisionDraft(screen.file), undefined)}
          onNewResponse={() => void startNewResponse()}
        />
      )}
    </>
  );
}

