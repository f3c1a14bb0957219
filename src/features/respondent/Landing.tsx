// The welcome-back screen: what the pilot is and how answers are used; Resume a draft, or Revise the response sent.
import { useEffect } from 'react';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import { markSettled } from '../../app/settled';
import type { DraftRecord, SubmissionRecord } from '../../db/respondentDb';
import { roundFor } from '../../domain/deployment';
import type { QuestionnaireKind } from '../../survey/questionnaires';

interface LandingProps {
  kind: QuestionnaireKind;
  draft: DraftRecord | undefined;
  submission: SubmissionRecord | undefined;
  onStart: () => void;
  onResume: (draft: DraftRecord) => void;
  onRevise: (submission: SubmissionRecord) => void;
  onDiscard: () => void;
}

export function Landing({ kind, draft, submission, onStart, onResume, onRevise, onDiscard }: LandingProps) {
  const { t, language } = useI18n();
  useEffect(markSettled, []);
  const when = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

  return (
    <article className="landing">
      {kind === 'follow-up' ? (
        <>
          <h1>{t('followUpTitle')}</h1>
          <p className="lead">{t('followUpLead', { org: deployment.coordinatingOrganisation })}</p>
          <p>{t('followUpTime')}</p>
        </>
      ) : (
        <>
          <h1>{t('landingTitle')}</h1>
          <p className="lead">{t('landingLead', { org: deployment.coordinatingOrganisation })}</p>
          <h2>{t('landingHowUsed')}</h2>
          <ul>
            <li>{t('landingUse1')}</li>
            <li>{t('landingUse2')}</li>
            <li><strong>{t('landingUse3')}</strong></li>
            <li>{t('landingUse4')}</li>
          </ul>
          <p>{t('landingTime')}</p>
        </>
      )}
      {deployment.sharedDevice && <p className="notice">{t('landingSharedDevice')}</p>}
      <div className="actions">
        {draft ? (
          <>
            <p>{t('resumeHint', { when: when(draft.updatedAt) })}</p>
            <button type="button" className="primary" onClick={() => onResume(draft)}>{t('resume')}</button>
            <button type="button" onClick={() => { if (window.confirm(t('confirmDiscard'))) onDiscard(); }}>{t('discardDraft')}</button>
          </>
        ) : (
          // Shown only with a draft or a response sent (RespondentApp). Back after sending one: revising it is what is
          // usually wanted; a new response (another organisation on this device) gets a new id, so it comes second.
          submission && (
            <>
              <p>{t('reviseHint', { revision: submission.revision, when: when(submission.submittedAt) })}</p>
              <button type="button" className="primary" onClick={() => onRevise(submission)}>{t('revise')}</button>
              <button type="button" onClick={onStart}>{t('newResponse')}</button>
            </>
          )
        )}
      </div>
      <p className="small">{t('landingPrivacy', { contact: deployment.privacyContact, round: roundFor(deployment, new Date()) })}</p>
    </article>
  );
}
