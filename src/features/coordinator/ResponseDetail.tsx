// One response: every answer, its revision history with what changed, and moving it to (or back from) the bin.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { hrefFor, navigate } from '../../app/router';
import { useResponseRow, useRevisions } from '../../db/hooks';
import { AnswerList } from './AnswerList';
import { useCoordinator } from './context';
import { useFocusIfLost } from './focusReturn';
import { useCoordinatorT } from './messages';
import { leavingResponse, matchOpenedFrom } from './returnPoint';
import { RevisionHistory } from './RevisionHistory';

export function ResponseDetail({ responseId }: { responseId: string }) {
  const t = useCoordinatorT();
  const { language, locale } = useI18n();
  const { store, reportProblem } = useCoordinator();
  const row = useResponseRow(store, responseId);
  const revisions = useRevisions(store, responseId);
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  // Restore's button goes with the bin notice: the focus goes to the line that says it was done, once it is drawn
  // (the row read anew), rather than to the page body.
  const [restored, setRestored] = useState(false);
  const restoredLine = useRef<HTMLParagraphElement>(null);
  const shownRestored = restored && row?.deletedAt === null;
  useFocusIfLost(restoredLine, shownRestored);
  const fromMatch = matchOpenedFrom(responseId);
  // On leaving (the route has changed by the time this runs).
  useEffect(() => () => {
    const hash = window.location.hash;
    leavingResponse(responseId, hash.startsWith(hrefFor('coordinator', 'matches')) ? 'matches' : hash === hrefFor('coordinator', 'responses') ? 'responses' : 'elsewhere');
  }, [responseId]);

  if (row === undefined || revisions === undefined) return null;
  const latest = revisions[revisions.length - 1];
  if (row === null || !latest) {
    return <section className="coordinator-screen"><p>{t('notFound')}</p><a href={hrefFor('coordinator', 'responses')}>{t('back')}</a></section>;
  }

  async function toBin() {
    if (!window.confirm(t('confirmBin'))) return;
    try {
      await store.moveToBin(responseId, new Date().toISOString());
      navigate('coordinator', 'responses');
    } catch {
      reportProblem('unavailable');
    }
  }

  async function restore() {
    try {
      await store.restoreFromBin(responseId);
      setRestored(true);
    } catch {
      reportProblem('unavailable');
    }
  }

  return (
    <article className="coordinator-screen" aria-labelledby="response-title">
      <p>
        {fromMatch !== null && <><a href={hrefFor('coordinator', 'matches')}>← {t('backToMatches')}</a> · </>}
        <a href={hrefFor('coordinator', 'responses')}>← {t('back')}</a>
      </p>
      <h1 id="response-title">{row.orgName}</h1>
      <p className="small">
        {t('revisionStored', { revision: latest.revision, count: revisions.length })} · {t('submittedOn', { when: when(latest.response.submittedAt) })} · {t('importedOn', { when: when(latest.importedAt) })} · <code>{responseId}</code>
      </p>
      {row.deletedAt !== null ? (
        <p className="notice">
          {t('inBin', { when: when(row.deletedAt) })}{' '}
          <button type="button" onClick={() => void restore()}>{t('restore')}</button>
        </p>
      ) : (
        <>
          {shownRestored && <p className="notice" role="status" tabIndex={-1} ref={restoredLine}>{t('restoredFromBin')}</p>}
          <p><button type="button" onClick={() => void toBin()}>{t('moveToBin')}</button></p>
        </>
      )}
      <h2>{t('answers')}</h2>
      <AnswerList data={latest.response.data} language={language} />
      <RevisionHistory revisions={revisions} language={language} />
    </article>
  );
}
