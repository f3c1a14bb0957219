// Follow-up of one match: status with a note at every change, the history, and the introduction e-mail.
import { useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { changeStatus, DRAFTS_REGISTER_ENTRY, FOLLOW_UP_STATUSES, NEEDS_REASON, newFollowUp, SYSTEM_ONLY, type FollowUp, type FollowUpStatus } from '../../domain/followUp';
import type { Candidate } from '../../domain/matching';
import { hrefFor } from '../../app/router';
import { draftFromMatch } from '../../domain/register';
import { useAnalysisT } from './analysisMessages';
import { usePilotT } from './pilotMessages';
import { useCoordinator } from './context';
import { MailText } from './MailText';
import { matchKey, neighbourMatchKey } from './matchKey';
import { returnFocusTo } from './focusReturn';

interface Props {
  candidate: Candidate;
  followUp: FollowUp | undefined;
  manual: boolean;
  mailto: string;
  /** The same e-mail as text, for webmail. */
  mailText: string;
  /** The register entry drafted from this match once agreed. */
  registerEntryId: string | undefined;
}

/**
 * A status chosen or a note typed but not saved, by match: kept while the coordinator visits another screen (a
 * response opened to check a detail), where it used to be lost without a word.
 */
const unsaved = new Map<string, { status: FollowUpStatus; note: string }>();

export function FollowUpPanel({ candidate, followUp, manual, mailto, mailText, registerEntryId }: Props) {
  const ta = useAnalysisT();
  const { locale } = useI18n();
  const { store, reportProblem } = useCoordinator();
  const current = followUp?.status ?? 'suggested';
  const key = matchKey(candidate);
  // What is shown is the unsaved change if there is one, else the match as saved (which a save elsewhere may change).
  const [, redraw] = useState(0);
  const draft = unsaved.get(key);
  const status = draft?.status ?? current;
  const note = draft?.note ?? '';
  const change = (next: { status: FollowUpStatus; note: string }) => {
    if (next.status === current && next.note === '') unsaved.delete(key);
    else unsaved.set(key, next);
    redraw((count) => count + 1);
  };
  const setStatus = (next: FollowUpStatus) => change({ status: next, note });
  const setNote = (next: string) => change({ status, note: next });
  const [error, setError] = useState<string | null>(null);
  const noteBox = useRef<HTMLInputElement>(null);
  const tp = usePilotT();
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  async function save(next: FollowUpStatus, text: string) {
    const at = new Date().toISOString();
    const base = followUp ?? newFollowUp({ needId: candidate.need.id, offerId: candidate.offer.id, needResponseId: candidate.need.org.responseId, offerResponseId: candidate.offer.org.responseId, manual }, at);
    const result = changeStatus(base, next, at, text);
    if (!result.ok) {
      // The reason is missing: the focus goes to the box it is typed into (it stayed on Save).
      setError(ta('noteRequired'));
      noteBox.current?.focus();
      return;
    }
    returnFocusTo(matchKey(candidate), neighbourMatchKey(noteBox.current));
    setError(null);
    // Let go before the write: the saved match redraws its card (sometimes as a new one, which would still find it).
    const kept = unsaved.get(key);
    unsaved.delete(key);
    redraw((count) => count + 1);
    try {
      if (DRAFTS_REGISTER_ENTRY.includes(next)) {
        // matching.md: an agreed match drafts a register entry prefilled from both responses (kept if one exists).
        await store.agreeMatch(result.value, draftFromMatch(candidate, crypto.randomUUID(), at));
      } else {
        await store.saveFollowUp(result.value);
      }
    } catch {
      if (kept) unsaved.set(key, kept);
      redraw((count) => count + 1);
      reportProblem('unavailable');
    }
  }

  const choosable = FOLLOW_UP_STATUSES.filter((option) => !SYSTEM_ONLY.includes(option) || option === current);
  const fieldId = `note-${candidate.need.id}-${candidate.offer.id}`;
  const last = followUp?.history[followUp.history.length - 1];
  return (
    <section className="follow-up" aria-label={ta('followUp')}>
      <div className="follow-up-actions no-print">
        <a className="button" href={mailto}>{ta('introduce')}</a>
        {current === 'suggested' && <button type="button" onClick={() => void save('introduced', '')}>{ta('markSent')}</button>}
      </div>
      <MailText text={mailText} />
      <form className="follow-up-form no-print" onSubmit={(event) => { event.preventDefault(); void save(status, note); }}>
        <label>
          <span>{ta('status')}</span>
          <select value={status} onChange={(event) => setStatus(choosable.find((option) => option === event.target.value) ?? current)} data-testid="status-select">
            {choosable.map((option) => <option key={option} value={option}>{ta(`status_${option}`)}</option>)}
          </select>
        </label>
        {/* The note's name above its box, as the status's is above its list. */}
        <label htmlFor={fieldId} className="note-field">
          <span>{ta('note')}{NEEDS_REASON.includes(status) ? ' *' : ''}</span>
          <input id={fieldId} ref={noteBox} value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} aria-required={NEEDS_REASON.includes(status)}
            aria-invalid={error !== null && note.trim() === ''} aria-describedby={error ? `${fieldId}-error` : undefined} />
        </label>
        <button type="submit">{ta('saveStatus')}</button>
        {/* A live region from the start, so a screen reader hears that the change still needs Save. */}
        <p className={draft ? 'small unsaved' : 'small'} role="status">{draft ? ta('notSavedYet') : ''}</p>
        {error && <p role="alert" className="rejected" id={`${fieldId}-error`}>{error}</p>}
      </form>
      {last && (
        // A live region: after Save, the change (and its note, which leaves the box) is read out and shown here.
        <p className="small last-change" role="status" data-testid="last-change">
          {last.note
            ? ta('lastChangeNote', { when: when(last.at), status: ta(`status_${last.status}`), note: last.note })
            : ta('lastChange', { when: when(last.at), status: ta(`status_${last.status}`) })}
        </p>
      )}
      {registerEntryId && <p className="small">{tp('registerDrafted')} <a href={hrefFor('coordinator', 'register', registerEntryId)}>{tp('openEntry')}</a></p>}
      {followUp && (
        <details className="history">
          <summary>{ta('historyTitle')} ({followUp.history.length})</summary>
          <ol>
            {followUp.history.map((change, index) => (
              <li key={index} data-status={change.status}>{when(change.at)} — {ta(`status_${change.status}`)}{change.note && `: ${change.note}`}</li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
