// The respondent's journey: landing → survey (with autosaved draft) → receipt, and back for a revision.
import { useEffect, useState, type ReactNode } from 'react';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import { preloadable, type Preloadable } from '../../app/preloadable';
import { usePreloaded } from '../../app/usePreloaded';
import type { DraftRecord, SubmissionRecord } from '../../db/respondentDb';
import { mayHaveStoredData, storageProblemOf, type RespondentStore, type StorageProblem } from '../../db/respondentStorage';
import type { ResponseFile } from '../../domain/responseFile';
import { loadDefinition, QUESTIONNAIRES, type QuestionnaireKind } from '../../survey/questionnaires';
import { Landing } from './Landing';
import { receiptModule, surveyScreenModule } from './lazyModules';
import { StorageNotice } from './StorageNotice';


type Screen =
  | { name: 'loading' }
  | { name: 'landing'; draft: DraftRecord | undefined; submission: SubmissionRecord | undefined }
  | { name: 'survey'; draft: DraftRecord; pageName: string | undefined; store: () => Promise<RespondentStore> }
  | { name: 'receipt'; file: ResponseFile };

/** The store, opened once (Dexie is its own chunk, loaded on first use); a refusal is reported as a problem. */
function storeSource(onProblem: (problem: StorageProblem) => void): Preloadable<RespondentStore> {
  return preloadable(async () => {
    const { openRespondentStore } = await import('../../db/respondentStore');
    const { store, problem } = await openRespondentStore();
    if (problem) onProblem(problem);
    return store;
  });
}

export function RespondentApp({ kind = 'main' }: { kind?: QuestionnaireKind }) {
  const questionnaire = QUESTIONNAIRES[kind];
  const { language, t } = useI18n();
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [storage] = useState(() => storeSource(setProblem));
  const [screen, setScreen] = useState<Screen>({ name: 'loading' });
  // Only chooses which definition to fetch first; a later switch must not reload the landing page.
  const [firstLanguage] = useState(language);

  useEffect(() => {
    let live = true;
    // SurveyJS is most of the app's weight: the landing page never waits for it, and it starts downloading at once.
    void surveyScreenModule.load().catch(() => undefined);
    void loadDefinition(questionnaire.kind, firstLanguage).catch(() => undefined);
    void (async () => {
      // A first visit has nothing to resume: the landing page shows at once, and the store opens when needed.
      if (!(await mayHaveStoredData())) {
        if (live) setScreen({ name: 'landing', draft: undefined, submission: undefined });
        return;
      }
      const store = await storage.load();
      const [draft, submission] = await Promise.all([store.loadDraft(questionnaire.draftId), store.latestSubmission(questionnaire.version)]);
      if (live) setScreen({ name: 'landing', draft, submission });
    })();
    return () => { live = false; };
  }, [questionnaire, storage, firstLanguage]);

  const startable = screen.name === 'landing' && !screen.draft;
  useEffect(() => {
    if (!startable) return;
    let live = true;
    Promise.all([surveyScreenModule.load(), loadDefinition(questionnaire.kind, language)]).then(([module, definition]) => {
      // A task of its own, after the landing page has painted; a Start click before it simply builds the model then.
      setTimeout(() => { if (live) module.prepareNewSurvey(questionnaire.kind, { language, definition }); }, 0);
    }, () => undefined);
    return () => { live = false; };
  }, [startable, questionnaire, language]);

  if (screen.name === 'loading') return <p role="status">{t('loading')}</p>;

  /** Shows the survey at once; the draft is stored once the store is open, and every later save waits for that. */
  function openDraft(draft: DraftRecord, pageName: string | undefined, save = true) {
    let ready: Promise<RespondentStore> | undefined;
    const store = () => (ready ??= storage.load().then(async (opened) => {
      if (save) await opened.saveDraft(draft).catch((error: unknown) => setProblem(storageProblemOf(error)));
      return opened;
    }));
    setScreen({ name: 'survey', draft, pageName, store });
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
    try {
      const store = await storage.load();
      if (deployment.sharedDevice) await store.forgetEverything();
      else await store.discardDraft(questionnaire.draftId);
    } catch (error) {
      setProblem(storageProblemOf(error));
    }
    openDraft(newDraft(), undefined);
  }

  async function resume(draft: DraftRecord) {
    const pageName = await storage.load().then((store) => store.loadPage(questionnaire.draftId)).catch(() => undefined);
    openDraft(draft, pageName, false);
  }

  async function discard() {
    const store = await storage.load();
    await store.discardDraft(questionnaire.draftId).catch((error: unknown) => setProblem(storageProblemOf(error)));
    const submission = await store.latestSubmission(questionnaire.version).catch(() => undefined);
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
          onStart={() => openDraft(newDraft(), undefined)}
          onResume={(draft) => void resume(draft)}
          onRevise={(submission) => openDraft(revisionDraft(submission.file), undefined)}
          onDiscard={() => void discard()}
        />
      )}
      {screen.name === 'survey' && (
        <WhenLoaded source={surveyScreenModule}>
          {({ SurveyScreen }) => (
            <SurveyScreen
              key={`${screen.draft.responseId}-${screen.draft.revision}`}
              store={screen.store}
              questionnaire={questionnaire}
              draft={screen.draft}
              initialPage={screen.pageName}
              onStorageProblem={setProblem}
              onSubmitted={(file) => setScreen({ name: 'receipt', file })}
            />
          )}
        </WhenLoaded>
      )}
      {screen.name === 'receipt' && (
        <WhenLoaded source={receiptModule}>
          {({ Receipt }) => (
            <Receipt
              kind={kind}
              file={screen.file}
              onRevise={() => openDraft(revisionDraft(screen.file), undefined)}
              onNewResponse={() => void startNewResponse()}
            />
          )}
        </WhenLoaded>
      )}
    </>
  );
}

/** Renders a lazily loaded screen as soon as its code is here; says so if it could not be fetched. */
function WhenLoaded<M>({ source, children }: { source: Preloadable<M>; children: (module: M) => ReactNode }) {
  const { t } = useI18n();
  const { module, failed, retry } = usePreloaded(source);
  if (module) return children(module);
  if (!failed) return <p role="status">{t('loading')}</p>;
  return (
    <div className="notice notice-error" role="alert">
      {t('loadFailed')} <button type="button" onClick={retry}>{t('tryAgain')}</button>
    </div>
  );
}
