// The questionnaire itself: SurveyJS with the draft saved as the respondent types and on every page change.
import { useEffect, useState } from 'react';
import type { SurveyModel } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import type { DraftRecord } from '../../db/respondentDb';
import { storageProblemOf, type RespondentStore, type StorageProblem } from '../../db/respondentStore';
import { roundFor } from '../../domain/deployment';
import type { ResponseFile } from '../../domain/responseFile';
import { createSurvey, setSurveyLanguage, surveyLanguage } from '../../survey/createSurvey';
import type { QuestionnaireInfo } from '../../survey/questionnaires';
import { createDraftSaver, type SaveState } from './draftSaver';
import { responseFromDraft } from './submission';

/** Another tab saved this draft since this tab loaded it. */
class DraftConflict extends Error {
  override name = 'DraftConflict';
}

/** Stored page name that stands for the review page, which is not a page of the definition. */
export const REVIEW_PAGE = '(review)';

interface SurveyScreenProps {
  store: RespondentStore;
  questionnaire: QuestionnaireInfo;
  draft: DraftRecord;
  initialPage: string | undefined;
  onStorageProblem: (problem: StorageProblem) => void;
  onSubmitted: (file: ResponseFile) => void;
}

export function SurveyScreen({ store, questionnaire, draft, initialPage, onStorageProblem, onSubmitted }: SurveyScreenProps) {
  const { t, language } = useI18n();
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [position, setPosition] = useState({ page: 0, of: 0 });

  const [survey] = useState<SurveyModel>(() => {
    const model = createSurvey({ kind: questionnaire.kind, language, deployment, round: roundFor(deployment, new Date()), data: draft.data, pageName: initialPage === REVIEW_PAGE ? undefined : initialPage });
    if (initialPage === REVIEW_PAGE) model.showPreview();
    return model;
  });

  const [conflict, setConflict] = useState(false);
  // The version of the stored draft this tab last saw; a save over a newer one (another tab) is refused.
  const [basedOn] = useState<{ current: string | null }>(() => ({ current: draft.updatedAt }));
  const [saver] = useState(() => createDraftSaver<DraftRecord>(
    async (next) => {
      const outcome = await store.saveDraftOver(next, basedOn.current);
      if (outcome === 'conflict') throw new DraftConflict();
      basedOn.current = next.updatedAt;
    },
    (state, error) => {
      setSaveState(state);
      if (state === 'failed' && error instanceof DraftConflict) setConflict(true);
      else if (state === 'failed') onStorageProblem(storageProblemOf(error));
    },
  ));

  useEffect(() => {
    const snapshot = (): DraftRecord => ({ ...draft, data: survey.data, language: surveyLanguage(survey), updatedAt: new Date().toISOString() });
    const showPosition = () => setPosition({ page: survey.currentPageNo + 1, of: survey.visiblePageCount });
    const savePosition = () => {
      showPosition();
      const pageName = survey.state === 'preview' ? REVIEW_PAGE : survey.currentPage?.name;
      if (pageName) store.savePage(pageName, questionnaire.draftId).catch((error: unknown) => onStorageProblem(storageProblemOf(error)));
      void saver.flush();
    };
    const onValueChanged = () => saver.schedule(snapshot());
    const onCompleting = (_: SurveyModel, event: { allow: boolean }) => {
      const result = responseFromDraft({ ...draft, data: survey.data }, surveyLanguage(survey), deployment, new Date(), () => crypto.randomUUID(), questionnaire);
      if (!result.ok) {
        // Never expected (the survey validates the same rules); kept so a bug cannot produce an unimportable file.
        event.allow = false;
        setSubmitError(t('submitFailed', { problems: result.errors.map((e) => `${e.path}: ${e.message}`).join('; ') }));
        return;
      }
      void (async () => {
        await saver.flush();
        try {
          await store.recordSubmission(result.value, questionnaire.draftId);
        } catch (error) {
          onStorageProblem(storageProblemOf(error));
        }
        onSubmitted(result.value);
      })();
    };
    const flushNow = () => { void saver.flush(); };
    const onVisibility = () => { if (document.visibilityState === 'hidden') flushNow(); };

    survey.onValueChanged.add(onValueChanged);
    survey.onDynamicPanelRemoved.add(onValueChanged);
    survey.onCurrentPageChanged.add(savePosition);
    showPosition();
    survey.onShowingPreview.add(() => setTimeout(savePosition, 0));
    survey.onCompleting.add(onCompleting);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flushNow);
    return () => {
      survey.onValueChanged.remove(onValueChanged);
      survey.onDynamicPanelRemoved.remove(onValueChanged);
      survey.onCurrentPageChanged.remove(savePosition);
      survey.onCompleting.remove(onCompleting);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flushNow);
      void saver.flush();
    };
  }, [survey, saver, store, draft, onStorageProblem, onSubmitted, t, questionnaire]);

  useEffect(() => {
    setSurveyLanguage(survey, language);
    // Only a real change is saved: merely opening the draft must not make another tab's copy stale.
    if (language !== draft.language) saver.schedule({ ...draft, data: survey.data, language, updatedAt: new Date().toISOString() });
  }, [language, survey, saver, draft]);

  return (
    <section className="survey-screen" aria-label={t('appName')}>
      {survey.state === 'running' && position.of > 0 && (
        <p className="page-position no-print" aria-live="polite">{t('pagePosition', { page: position.page, of: position.of })}</p>
      )}
      <p className={`save-state save-${saveState} no-print`} role="status" aria-live="polite">
        {t(saveState === 'saved' ? 'saved' : saveState === 'saving' ? 'saving' : 'notSaved')}
      </p>
      {submitError && <div className="notice notice-error" role="alert">{submitError}</div>}
      {conflict && (
        <div className="notice notice-error" role="alert">
          {t('draftConflict')} <button type="button" onClick={() => window.location.reload()}>{t('reloadDraft')}</button>
        </div>
      )}
      <Survey model={survey} />
    </section>
  );
}
