// The questionnaire itself: SurveyJS with the draft saved as the respondent types and on every page change.
import { memo, useEffect, useRef, useState } from 'react';
import type { SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { deployment } from '../../app/deployment';
import { focusIsLost } from '../../app/focus';
import { useI18n } from '../../app/i18n';
import { markSettled } from '../../app/settled';
import type { DraftRecord } from '../../db/respondentDb';
import { storageProblemOf, type RespondentStore, type StorageProblem } from '../../db/respondentStorage';
import { roundFor } from '../../domain/deployment';
import type { ResponseFile } from '../../domain/responseFile';
import { createSurvey, surveyInLanguage, surveyLanguage } from '../../survey/createSurvey';
import { buildDeferredPagesSoon } from '../../survey/deferredPages';
import { REVIEW_PAGE, REVIEW_SEEN, reviewOpened, shapeReview } from '../../survey/review';
import { watchFieldsCheckedWhenLeft } from './fieldsLeftLate';
import './ReadOnlyDates';
import './ReviewFinish';
import { nameSurveyButtons } from '../../survey/namedButtons';
import { keepLongPastes } from '../../survey/longPastes';
import { typeOverChosenAnswers } from '../../survey/typeOverChoice';
import type { QuestionnaireInfo } from '../../survey/questionnaires';
import { createDraftSaver, type SaveState } from './draftSaver';
import { receiptModule, submissionModule } from './lazyModules';
import { afterNextPaint, followPageFocus, followRemovedEntryFocus, followReviewFocus } from './surveyFocus';
import { useDefinition, type LoadedDefinition } from './useDefinition';

// SurveyJS re-renders itself as its model changes. Re-rendered for the app's own state (the "Saved" status after each
// draft save), it wrote the model's value back into the focused field; an e-mail or phone field reaches the model only
// when left, so what had just been typed there was wiped.
const SurveyView = memo(Survey);

/** Another tab saved this draft since this tab loaded it. */
class DraftConflict extends Error {
  override name = 'DraftConflict';
}

interface SurveyScreenProps {
  /**
   * Opens the store (first call) and resolves once the draft as opened is stored, or the store fell back to memory;
   * saves wait for it. First called once the questionnaire is on screen: on a first visit the database code is not
   * downloaded before the first question.
   */
  store: () => Promise<RespondentStore>;
  questionnaire: QuestionnaireInfo;
  draft: DraftRecord;
  /** The draft is already stored (resumed); a new draft or revision is stored at its first change. */
  stored: boolean;
  /** Opened by a button (Start, Resume, Revise), whose focus is gone; opened on arrival, the focus is left alone. */
  takeFocus: boolean;
  initialPage: string | undefined;
  onStorageProblem: (problem: StorageProblem) => void;
  /** Called at the respondent's first answer or page turn (and at every later one). */
  onStarted: () => void;
  /** `unchanged`: nothing changed since the previous revision, whose file `file` is (no new revision was made). */
  onSubmitted: (file: ResponseFile, unchanged: boolean) => void;
}

export function SurveyScreen(props: SurveyScreenProps) {
  const { t, language } = useI18n();
  const { loaded, failed, retry } = useDefinition(props.questionnaire.kind, language);
  const loadFailed = failed && (
    <div className="notice notice-error" role="alert">
      {t('loadFailed')} <button type="button" onClick={retry}>{t('tryAgain')}</button>
    </div>
  );
  if (!loaded) return loadFailed || <p role="status" data-waiting-for="definition">{t('loading')}</p>;
  return (
    <>
      {loadFailed}
      <SurveyForm {...props} loaded={loaded} />
    </>
  );
}

/** The draft as it stands now: the survey's answers (or `data`), in the language shown. */
function draftNow(draft: DraftRecord, survey: SurveyModel, data: Record<string, unknown> = survey.data): DraftRecord {
  return { ...draft, data, language: surveyLanguage(survey), updatedAt: new Date().toISOString() };
}

function modelFor(loaded: LoadedDefinition, draft: DraftRecord, pageName: string | undefined): SurveyModel {
  const model = createSurvey({
    definition: loaded.definition, language: loaded.language, deployment, round: roundFor(deployment, new Date()), data: draft.data,
    pageName: pageName === REVIEW_PAGE ? undefined : pageName, deferLaterPages: true,
  });
  // A revision opens on its review: resumed on a page reached through Edit, it keeps the way back to it.
  if (draft.revision > 1) model.setVariable(REVIEW_SEEN, true);
  if (pageName === REVIEW_PAGE) model.showPreview();
  return model;
}

/** "Page 2 of 7": the page shown and the pages the respondent's answers make visible. */
function positionOf(survey: SurveyModel): { page: number; of: number } {
  return { page: survey.currentPageNo + 1, of: survey.visiblePageCount };
}

function SurveyForm({ store, questionnaire, draft, stored, takeFocus, initialPage, onStorageProblem, onStarted, onSubmitted, loaded }: SurveyScreenProps & { loaded: LoadedDefinition }) {
  const { t } = useI18n();
  // 'new': nothing typed yet, so nothing stored, and nothing to say.
  const [saveState, setSaveState] = useState<SaveState | 'new'>(stored ? 'saved' : 'new');
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [survey, setSurvey] = useState<SurveyModel>(() => modelFor(loaded, draft, initialPage));
  // Read from the model at once: set by the effect alone, the line came a render after the page, pushed in above it.
  const [position, setPosition] = useState(() => positionOf(survey));

  const [conflict, setConflict] = useState(false);
  // The version of the stored draft this tab last saw (none for a draft not stored yet); a save over a newer one
  // (another tab) is refused.
  const [basedOn] = useState<{ current: string | null }>(() => ({ current: stored ? draft.updatedAt : null }));
  const [saver] = useState(() => createDraftSaver<DraftRecord>(
    async (next) => {
      const outcome = await (await store()).saveDraftOver(next, basedOn.current);
      if (outcome === 'conflict') throw new DraftConflict();
      basedOn.current = next.updatedAt;
    },
    (state, error) => {
      setSaveState(state);
      if (state === 'failed' && error instanceof DraftConflict) setConflict(true);
      else if (state === 'failed') onStorageProblem(storageProblemOf(error));
    },
  ));

  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    // The Start, Resume or Revise button that had the focus is gone: keyboard and screen-reader users start here,
    // or, on a review (a revision opens on it), on the line that says what to do, as when the review is opened.
    const root = section.current;
    if (!takeFocus || !root || !focusIsLost()) return;
    if (survey.state === 'preview') afterNextPaint(() => { if (focusIsLost()) reviewOpened(root); });
    else root.focus();
  }, [takeFocus, survey]);

  // The review page leaves out the introduction and says that finishing gives a file to send, in the language shown.
  useEffect(() => shapeReview(survey, {
    lead: t('reviewLead'), finish: t('finish'), edit: t('edit'), review: t('review'), editSection: (section) => t('editSection', { section }),
  }), [survey, t]);

  useEffect(() => {
    const root = () => section.current;
    const unfollow = [followPageFocus(survey, root), followReviewFocus(survey, root), followRemovedEntryFocus(survey, root)];
    return () => { for (const undo of unfollow) undo(); };
  }, [survey]);

  // A new response shows its first page before the others are built; they are built now, one task each. Then the
  // screen is settled (the service worker may install).
  useEffect(() => buildDeferredPagesSoon(survey, markSettled), [survey]);

  useEffect(() => {
    void store();
    // Needed later, fetched now that the first question is on screen: submission (validation, the file), the receipt.
    void submissionModule.load().then(() => receiptModule.load()).catch(() => undefined);
  }, [store]);

  // Another language: the same answers and page in a model built from that language's definition (state adjusted
  // while rendering, React's pattern for state derived from a prop, so no frame shows the old language's model).
  if (surveyLanguage(survey) !== loaded.language) {
    setSurvey(surveyInLanguage(survey, { definition: loaded.definition, language: loaded.language, deployment, round: roundFor(deployment, new Date()) }));
  }

  useEffect(() => {
    const showPosition = () => setPosition((shown) => {
      const now = positionOf(survey);
      return now.page === shown.page && now.of === shown.of ? shown : now;
    });
    const savePosition = () => {
      onStarted();
      showPosition();
      const pageName = survey.state === 'preview' ? REVIEW_PAGE : survey.currentPage?.name;
      if (pageName) store().then((s) => s.savePage(pageName, questionnaire.draftId)).catch((error: unknown) => onStorageProblem(storageProblemOf(error)));
      void saver.flush();
    };
    const onValueChanged = () => {
      onStarted();
      saver.schedule(draftNow(draft, survey));
    };
    const onCompleting = (_: SurveyModel, event: { allow: boolean }) => {
      const module = submissionModule.loaded();
      if (!module) {
        // Not here yet (a very slow connection): wait for it, then complete again.
        event.allow = false;
        submissionModule.load().then(() => survey.completeLastPage(), () => setSubmitError(t('loadFailed')));
        return;
      }
      const result = module.responseFromDraft({ ...draft, data: survey.data }, surveyLanguage(survey), deployment, new Date(), () => crypto.randomUUID(), questionnaire);
      if (!result.ok) {
        // Never expected (the survey validates the same rules); kept so a bug cannot produce an unimportable file.
        event.allow = false;
        setSubmitError(t('submitFailed', { problems: result.errors.map((e) => `${e.path}: ${e.message}`).join('; ') }));
        return;
      }
      void (async () => {
        await saver.flush();
        try {
          const recorded = await (await store()).recordSubmission(result.value, questionnaire.draftId);
          onSubmitted(recorded.file, recorded.unchanged);
        } catch (error) {
          onStorageProblem(storageProblemOf(error));
          onSubmitted(result.value, false);
        }
      })();
    };
    const onShowingPreview = () => setTimeout(savePosition, 0);
    const flushNow = () => { void saver.flush(); };
    const onVisibility = () => { if (document.visibilityState === 'hidden') flushNow(); };

    survey.onValueChanged.add(onValueChanged);
    survey.onDynamicPanelRemoved.add(onValueChanged);
    survey.onCurrentPageChanged.add(savePosition);
    showPosition();
    survey.onShowingPreview.add(onShowingPreview);
    survey.onCompleting.add(onCompleting);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushNow);
    return () => {
      survey.onValueChanged.remove(onValueChanged);
      survey.onDynamicPanelRemoved.remove(onValueChanged);
      survey.onCurrentPageChanged.remove(savePosition);
      survey.onShowingPreview.remove(onShowingPreview);
      survey.onCompleting.remove(onCompleting);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushNow);
      void saver.flush();
    };
  }, [survey, saver, store, draft, onStorageProblem, onStarted, onSubmitted, t, questionnaire]);

  useEffect(() => {
    const root = section.current;
    if (!root) return undefined;
    const undoTypeOver = typeOverChosenAnswers(survey, root);
    const undoPastes = keepLongPastes(root);
    const undoButtons = nameSurveyButtons(root, () => surveyLanguage(survey));
    return () => {
      undoTypeOver();
      undoPastes();
      undoButtons();
    };
  }, [survey]);

  useEffect(() => {
    const root = section.current;
    if (!root) return;
    // An e-mail or phone field reaches the model only when it is left: what is typed is saved as typed meanwhile.
    return watchFieldsCheckedWhenLeft(root, survey, (name, value) => saver.schedule(draftNow(draft, survey, { ...survey.data, [name]: value })));
  }, [survey, saver, draft]);

  useEffect(() => {
    // Only a real change is saved: merely opening the draft must not make another tab's copy stale, and a new draft
    // with nothing answered yet is not stored for a language alone (it would be offered for "resuming").
    const answered = stored || Object.keys(survey.data).length > 0;
    if (surveyLanguage(survey) !== draft.language && answered) saver.schedule(draftNow(draft, survey));
  }, [survey, saver, draft, stored]);

  return (
    <section className="survey-screen" aria-label={t('appName')} ref={section} tabIndex={-1}>
      {survey.state === 'running' && position.of > 0 && (
        <p className="page-position no-print" aria-live="polite">{t('pagePosition', { page: position.page, of: position.of })}</p>
      )}
      <p className={`save-state save-${saveState} no-print`} role="status" aria-live="polite">
        {saveState !== 'new' && t(saveState === 'saved' ? 'saved' : saveState === 'saving' ? 'saving' : 'notSaved')}
      </p>
      {deployment.sharedDevice && survey.state === 'running' && position.page === 1 && <p className="notice no-print">{t('landingSharedDevice')}</p>}
      {submitError && <div className="notice notice-error" role="alert">{submitError}</div>}
      {conflict && (
        <div className="notice notice-error" role="alert">
          {t('draftConflict')} <button type="button" onClick={() => window.location.reload()}>{t('reloadDraft')}</button>
        </div>
      )}
      <SurveyView key={surveyLanguage(survey)} model={survey} />
    </section>
  );
}
