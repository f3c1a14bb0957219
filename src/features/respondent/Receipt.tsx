// After submitting: the response id, a summary, and the ways to get the response file to the coordinator.
import { useEffect, useRef, useState } from 'react';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import { entryCounts } from '../../domain/entryIds';
import { mailtoLink } from '../../domain/mailto';
import { responseFileName, serializeResponseFile, type ResponseFile } from '../../domain/responseFile';
import { downloadText } from '../../io/download';
import type { QuestionnaireKind } from '../../survey/questionnaires';
import { PrintView } from './PrintView';

interface ReceiptProps {
  kind: QuestionnaireKind;
  file: ResponseFile;
  /** Finished again with nothing changed: `file` is the previous revision, and no new one was made. */
  unchanged?: boolean;
  onRevise: () => void;
  onNewResponse: () => void;
}

export function Receipt({ kind, file, unchanged = false, onRevise, onNewResponse }: ReceiptProps) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [printing, setPrinting] = useState(false);
  const [downloaded, setDownloaded] = useState(false);
  const counts = entryCounts(file.data);
  const fileName = responseFileName(file);
  const orgName = typeof file.data['org_name'] === 'string' ? file.data['org_name'] : '';
  const contactName = typeof file.data['contact_name'] === 'string' ? file.data['contact_name'] : '';

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  const mailto = mailtoLink(
    [deployment.coordinatorEmail],
    t('mailSubject', { org: orgName }),
    t('mailBody', { id: file.responseId, revision: file.revision, file: fileName, contact: contactName }),
  );

  function newResponse() {
    if (deployment.sharedDevice && !window.confirm(t('confirmNewShared'))) return;
    onNewResponse();
  }

  return (
    <>
      <article className="receipt no-print">
        <h1 ref={heading} tabIndex={-1}>{t('receiptTitle')}</h1>
        <dl className="receipt-facts">
          <dt>{t('receiptId')}</dt>
          <dd><code data-testid="response-id">{file.responseId}</code></dd>
          <dt>{t('receiptRevision')}</dt>
          <dd data-testid="revision">{file.revision}</dd>
        </dl>
        {unchanged && <p className="notice" data-testid="unchanged">{t('receiptUnchanged', { revision: file.revision })}</p>}
        {/* A revision's receipt looked like the first one's: which file to send was left to guess. */}
        {!unchanged && file.revision > 1 && <p className="notice" data-testid="replaces">{t('receiptReplaces', { previous: file.revision - 1 })}</p>}
        {kind === 'main' && <p data-testid="summary">{t('receiptSummary', { needs: counts.needs, offers: counts.offers, funding: counts.fundingSources })}</p>}
        <p>{t('receiptNext', { org: deployment.coordinatingOrganisation, email: deployment.coordinatorEmail })}</p>
        <div className="actions">
          <button type="button" className="primary" onClick={() => { downloadText(fileName, serializeResponseFile(file), 'application/json'); setDownloaded(true); }}>{t('download')}</button>
          <a className="button" href={mailto}>{t('emailCoordinator')}</a>
          <button type="button" onClick={() => setPrinting(true)}>{t('print')}</button>
        </div>
        {/* A phone's browser often saves without a word: say where the file went and what to do with it. */}
        <p role="status" className={downloaded ? 'notice' : undefined}>{downloaded ? t('downloaded', { file: fileName, email: deployment.coordinatorEmail }) : ''}</p>
        <div className="actions">
          <button type="button" onClick={onRevise}>{t('reviseResponse')}</button>
          <button type="button" onClick={newResponse}>{t('newResponse')}</button>
        </div>
      </article>
      {printing && <PrintView file={file} kind={kind} />}
    </>
  );
}
