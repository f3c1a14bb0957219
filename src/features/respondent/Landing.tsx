// The welcome-back screen: Resume a draft, or Revise (or download again) the response finished; then what the pilot is.
import { useEffect } from 'react';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import { markSettled } from '../../app/settled';
import type { DraftRecord, SubmissionRecord } from '../../db/respondentDb';
import { roundFor } from '../../domain/deployment';
import { roundText } from '../../domain/round';
import type { ResponseFile } from '../../domain/responseFile';
import { downloadText } from '../../io/download';
import type { QuestionnaireKind } from '../../survey/questionnaires';

/** The finished response's file once more (its code is fetched on the click: the welcome-back page loads before it). */
async function downloadAgain(file: ResponseFile): Promise<void> {
  const { responseFileName, serializeResponseFile } = await import('../../domain/responseFile');
  downloadText(responseFileName(file), serializeResponseFile(file), 'application/json');
}

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
  const { t, locale } = useI18n();
  useEffect(markSettled, []);
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

  // The way back in comes first: on a phone, below the introduction it was a screen and a half down.
  const actions = (
    <div className="actions">
      {draft ? (
        <>
          <p>{t('resumeHint', { when: when(draft.updatedAt) })}</p>
          <button type="button" className="primary" onClick={() => onResume(draft)}>{t('resume')}</button>
          <button type="button" onClick={() => { if (window.confirm(t('confirmDiscard'))) onDiscard(); }}>{t('discardDraft')}</button>
          {/* A draft (a revision begun, or another organisation's response) does not send the finished one: its
              file may still be waiting to go to the coordinator, and used to be out of reach until the draft was
              finished or thrown away. */}
          {submission && (
            <>
              <p>{t('reviseHint', { revision: submission.revision, when: when(submission.submittedAt) })}</p>
              <button type="button" onClick={() => void downloadAgain(submission.file)}>{t('downloadAgain')}</button>
            </>
          )}
        </>
      ) : (
        // Shown only with a draft or a finished response (RespondentApp). Back after finishing one: revising it is what
        // is usually wanted; its file may not have been sent yet; a new response (another organisation on this device)
        // gets a new id, so it comes last.
        submission && (
          <>
            <p>{t('reviseHint', { revision: submission.revision, when: when(submission.submittedAt) })}</p>
            <button type="button" className="primary" onClick={() => onRevise(submission)}>{t('revise')}</button>
            <button type="button" onClick={() => void downloadAgain(submission.file)}>{t('downloadAgain')}</button>
            <button type="button" onClick={onStart}>{t('newResponse')}</button>
          </>
        )
      )}
    </div>
  );

  return (
    <article className="landing">
      {kind === 'follow-up' ? (
        <>
          <h1>{t('followUpTitle')}</h1>
          <p className="lead">{t('followUpLead', { org: deployment.coordinatingOrganisation })}</p>
          {actions}
          <p>{t('followUpTime')}</p>
        </>
      ) : (
        <>
          <h1>{t('landingTitle')}</h1>
          <p className="lead">{t('landingLead', { org: deployment.coordinatingOrganisation })}</p>
          {actions}
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
      <p className="small">{t('landingPrivacy', { contact: deployment.privacyContact, round: roundText(roundFor(deployment, new Date()), locale) })}</p>
    </article>
  );
}
