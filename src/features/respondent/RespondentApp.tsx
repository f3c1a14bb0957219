// The respondent's journey: survey (with autosaved draft) → receipt; a landing page only to resume or revise.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import { preloadable, type Preloadable } from '../../app/preloadable';
import { usePreloaded } from '../../app/usePreloaded';
import type { DraftRecord, SubmissionRecord } from '../../db/respondentDb';
import { mayHaveStoredData, noteSaysNothingStored, storageProblemOf, type RespondentStore, type StorageProblem } from '../../db/respondentStorage';
import type { ResponseFile } from '../../domain/responseFile';
import type { UiLanguage } from '../../domain/languages';
import { loadDefinition, QUESTIONNAIRES, type QuestionnaireInfo, type QuestionnaireKind } from '../../survey/questionnaires';
import { REVIEW_PAGE } from '../../survey/review';
import { Landing } from './Landing';
import { receiptModule } from './lazyModules';
import { StorageNotice } from './StorageNotice';
import { SurveyScreen } from './SurveyScreen';


type Screen =
  | { name: 'loading' }
  | { name: 'landing'; draft: DraftRecord | undefined; submission: SubmissionRecord | undefined }
  | { name: 'survey'; draft: DraftRecord; stored: boolean; byButton: boolean; pageName: string | undefined; store: () => Promise<RespondentStore> }
  | { name: 'receipt'; file: ResponseFile; unchanged: boolean };

/** The store, opened once (Dexie is its own chunk, loaded on first use); a refusal is reported as a problem. */
function storeSource(onProblem: (problem: StorageProblem) => void): Preloadable<RespondentStore> {
  return preloadable(async () => {
    const { openRespondentStore } = await import('../../db/respondentStore');
    const { store, problem } = await openRespondentStore();
    if (problem) onProblem(problem);
    return store;
  });
}

function newDraft(questionnaire: QuestionnaireInfo, language: UiLanguage): DraftRecord {
  const now = new Date().toISOString();
  return { draftId: questionnaire.draftId, responseId: crypto.randomUUID(), revision: 1, startedAt: now, language, data: {}, updatedAt: now };
}

function revisionDraft(questionnaire: QuestionnaireInfo, language: UiLanguage, file: ResponseFile): DraftRecord {
  const now = new Date().toISOString();
  return { draftId: questionnaire.draftId, responseId: file.responseId, revision: file.revision + 1, startedAt: now, language, data: file.data, updatedAt: now };
}

/**
 * The survey, shown at once; the store opens once the questionnaire is on screen. A new draft or revision is stored at
 * its first change (`stored` false), so merely opening the link leaves nothing to "resume".
 */
function surveyOf(storage: Preloadable<RespondentStore>, draft: DraftRecord, byButton: boolean, opening: { stored: boolean; pageName?: string } = { stored: false }): Screen {
  return { name: 'survey', draft, stored: opening.stored, byButton, pageName: opening.pageName, store: () => storage.load() };
}

/** A new draft's questionnaire, opened on arrival (no button pressed, so the focus is left alone). */
function newOnArrival(storage: Preloadable<RespondentStore>, questionnaire: QuestionnaireInfo, language: UiLanguage): Screen {
  return surveyOf(storage, newDraft(questionnaire, language), false);
}

/**
 * Starts what the first screens need (the definition, already asked for by firstDownloads.ts in a built app, and
 * whether anything is stored, which a first visit known from the note learns after its first screen) before React's
 * first render, so none of it waits for that render; called again later, it does nothing more.
 */
export function startRespondentDownloads(kind: QuestionnaireKind, language: UiLanguage): void {
  void loadDefinition(kind, language).catch(() => undefined);
  earlyStoredDataCheck ??= mayHaveStoredData();
}

/**
 * Asked with the downloads, so the answer is there when the first screen is chosen; used once (a later visit to the
 * respondent's route, after a draft may have been stored, asks afresh).
 */
let earlyStoredDataCheck: Promise<boolean> | undefined;

function storedDataCheck(): Promise<boolean> {
  const early = earlyStoredDataCheck;
  earlyStoredDataCheck = undefined;
  return early ?? mayHaveStoredData();
}

export function RespondentApp({ kind = 'main' }: { kind?: QuestionnaireKind }) {
  const questionnaire = QUESTIONNAIRES[kind];
  const { language, t } = useI18n();
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [storage] = useState(() => storeSource(setProblem));
  // Only chooses which definition to fetch first; a later switch must not reload the landing page.
  const [firstLanguage] = useState(language);
  // A first visit known as such at once goes straight into the questionnaire, in this very render.
  const [opening] = useState<Screen>(() => (noteSaysNothingStored() ? newOnArrival(storage, questionnaire, firstLanguage) : { name: 'loading' }));
  const [screen, setScreen] = useState<Screen>(opening);
  // Set at the respondent's first answer or page turn: the questionnaire is theirs from then on, and no late answer
  // about what is stored may take it away.
  const started = useRef(false);
  const onStarted = useCallback(() => { started.current = true; }, []);

  useEffect(() => {
    let live = true;
    // Usually started by main.tsx already; here for a route change from the coordinator's screens.
    startRespondentDownloads(questionnaire.kind, firstLanguage);
    void (async () => {
      const fresh = () => newOnArrival(storage, questionnaire, firstLanguage);
      // Nothing to resume or revise (always so on a first visit, which does not even open the store): straight into
      // the questionnaire, whose first page says what the pilot is and how answers are used.
      if (!(await storedDataCheck())) {
        if (live) setScreen((shown) => (shown.name === 'loading' ? fresh() : shown));
        return;
      }
      // Asked even when the questionnaire opened on the note's word: a database opened before the app kept its note,
      // or whose note was cleared alone, may hold a draft to resume. The answer comes in tens of milliseconds; the
      // questionnaire, if not yet answered, then waits while the store is read (its code downloaded first, seconds
      // on a slow connection), so it cannot be answered meanwhile and then replaced. Answered already, it stays, and
      // saveDraftOver refuses to write over the stored draft, with a notice.
      if (live) setScreen((shown) => (shown === opening && !started.current ? { name: 'loading' } : shown));
      const store = await storage.load();
      const [draft, submission] = await Promise.all([store.loadDraft(questionnaire.draftId), store.latestSubmission(questionnaire.version)]);
      if (!live) return;
      setScreen((shown) => {
        if (shown.name !== 'loading') return shown;
        return draft || submission ? { name: 'landing', draft, submission } : fresh();
      });
    })();
    return () => { live = false; };
  }, [questionnaire, storage, firstLanguage, opening]);

  if (screen.name === 'loading') return <p role="status" data-waiting-for="storage">{t('loading')}</p>;

  const openNew = () => setScreen(surveyOf(storage, newDraft(questionnaire, language), true));
  // A revision opens on the review: every answer already given, each section with its Edit button (the introduction
  // was read the first time).
  const openRevision = (file: ResponseFile) => setScreen(surveyOf(storage, revisionDraft(questionnaire, language, file), true, { stored: false, pageName: REVIEW_PAGE }));

  async function startNewResponse() {
    try {
      const store = await storage.load();
      if (deployment.sharedDevice) await store.forgetEverything();
      else await store.discardDraft(questionnaire.draftId);
    } catch (error) {
      setProblem(storageProblemOf(error));
    }
    openNew();
  }

  async function resume(draft: DraftRecord) {
    const pageName = await storage.load().then((store) => store.loadPage(questionnaire.draftId)).catch(() => undefined);
    setScreen(surveyOf(storage, draft, true, { stored: true, pageName }));
  }

  async function discard() {
    const store = await storage.load();
    await store.discardDraft(questionnaire.draftId).catch((error: unknown) => setProblem(storageProblemOf(error)));
    const submission = await store.latestSubmission(questionnaire.version).catch(() => undefined);
    if (submission) setScreen({ name: 'landing', draft: undefined, submission });
    else openNew();
  }

  return (
    <>
      {problem && <StorageNotice problem={problem} />}
      {screen.name === 'landing' && (
        <Landing
          kind={kind}
          draft={screen.draft}
          submission={screen.submission}
          onStart={() => {
            // On a shared device the previous respondent may have left without pressing it on the receipt: the
            // next one's start clears the device, as it does there.
            if (!deployment.sharedDevice) openNew();
            else if (window.confirm(t('confirmNewShared'))) void startNewResponse();
          }}
          onResume={(draft) => void resume(draft)}
          onRevise={(submission) => openRevision(submission.file)}
          onDiscard={() => void discard()}
        />
      )}
      {screen.name === 'survey' && (
        <SurveyScreen
          key={`${screen.draft.responseId}-${screen.draft.revision}`}
          store={screen.store}
          questionnaire={questionnaire}
          draft={screen.draft}
          stored={screen.stored}
          takeFocus={screen.byButton}
          initialPage={screen.pageName}
          onStorageProblem={setProblem}
          onStarted={onStarted}
          onSubmitted={(file, unchanged) => setScreen({ name: 'receipt', file, unchanged })}
        />
      )}
      {screen.name === 'receipt' && (
        <WhenLoaded source={receiptModule}>
          {({ Receipt }) => (
            <Receipt
              kind={kind}
              file={screen.file}
              unchanged={screen.unchanged}
              onRevise={() => openRevision(screen.file)}
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
