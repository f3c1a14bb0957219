// One pair: both entries side by side, why they are suggested, funding for a gap, and the follow-up.
import { useId, useRef } from 'react';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/router';
import { countryName, labelOf, type UiLanguage } from '../../domain/codes';
import type { FundingSource, Need, Offer } from '../../domain/entries';
import type { FollowUp } from '../../domain/followUp';
import { isFavourable, REASON_EFFECTS, type Candidate, type ReasonCode } from '../../domain/matching';
import { FundingList } from './FundingList';
import { useAnalysisT, type AnalysisTranslate } from './analysisMessages';
import { dayText, monthText } from '../../domain/calendarText';
import { useFocusReturn } from './focusReturn';
import { FollowUpPanel } from './FollowUpPanel';
import { matchKey } from './matchKey';
import { introductionMailto } from './introductionMail';
import { reasonSentence } from './reasonText';
import { openedFromMatch } from './returnPoint';

function Codes({ codes, shared, list, language }: { codes: readonly string[]; shared: readonly string[]; list: 'modality' | 'language'; language: UiLanguage }) {
  return (
    <ul className="codes">
      {codes.map((code) => (
        <li key={code} className={shared.includes(code) ? 'shared' : undefined}>
          {shared.includes(code) ? <strong>{labelOf(list, code, language)}</strong> : labelOf(list, code, language)}
        </li>
      ))}
    </ul>
  );
}

/** What a coordinator checks a pair against: when, how urgent, who pays, how many. */
function factsOf(entry: Need | Offer, language: UiLanguage, locale: string, ta: AnalysisTranslate): [string, string][] {
  const facts: [string, string][] = [];
  if ('priority' in entry) {
    if (entry.priority) facts.push([ta('factPriority'), labelOf('priority', entry.priority, language)]);
    if (entry.start) facts.push([ta('factStart'), monthText(entry.start, locale)]);
    if (entry.funding) facts.push([ta('factFunding'), labelOf('need_funding', entry.funding, language)]);
    return facts;
  }
  const from = entry.availableFrom ? monthText(entry.availableFrom, locale) : '';
  const until = entry.availableUntil ? monthText(entry.availableUntil, locale) : '';
  if (from || until) facts.push([ta('factAvailable'), from && until ? ta('availableRange', { from, until }) : from ? ta('availableFrom', { from }) : ta('availableUntil', { until })]);
  if (entry.cost) facts.push([ta('factCost'), labelOf('offer_cost', entry.cost, language)]);
  if (entry.capacity !== null && Number.isFinite(entry.capacity)) facts.push([ta('factCapacity'), new Intl.NumberFormat(locale).format(entry.capacity)]);
  if (entry.eventName || entry.eventDate) facts.push([ta('factEvent'), [entry.eventName, entry.eventDate ? dayText(entry.eventDate, locale) : ''].filter(Boolean).join(', ')]);
  return facts;
}

function Side({ entry, kind, candidate, language, titleId }: { entry: Need | Offer; kind: 'need' | 'offer'; candidate: Candidate; language: UiLanguage; titleId: string }) {
  const responseLink = hrefFor('coordinator', 'responses', entry.org.responseId);
  const ta = useAnalysisT();
  const { locale } = useI18n();
  const facts = factsOf(entry, language, locale, ta);
  return (
    <div className={`match-side match-${kind}`}>
      <p className="small">{ta(kind === 'need' ? 'entryNeed' : 'entryOffer')} · {labelOf('theme', entry.theme, language)}</p>
      <h3 id={titleId}>{entry.title}</h3>
      <p>
        <a href={responseLink} onClick={() => openedFromMatch(entry.org.responseId, matchKey(candidate))}>{entry.org.orgName}</a> · {countryName(entry.org.country, language)} · {labelOf('resettlement_status', entry.org.status, language)}
      </p>
      {entry.description && <p className="long-text">{entry.description}</p>}
      <Codes codes={entry.modalities} shared={candidate.sharedModalities} list="modality" language={language} />
      <Codes codes={entry.languages} shared={candidate.sharedLanguages} list="language" language={language} />
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map(([term, value]) => <div key={term}><dt>{term}</dt><dd>{value}</dd></div>)}
        </dl>
      )}
    </div>
  );
}

/** What speaks for the pair, or what to check, each with what it adds to or takes from the score. */
function Reasons({ heading, reasons, candidate, language, kind }: { heading: string; reasons: readonly ReasonCode[]; candidate: Candidate; language: UiLanguage; kind: 'for' | 'against' }) {
  if (reasons.length === 0) return null;
  const points = (reason: ReasonCode) => {
    const effect = REASON_EFFECTS[reason];
    // U+2212 minus: read as "minus", and as wide as the plus.
    return effect > 0 ? `+${effect}` : effect < 0 ? `\u2212${-effect}` : '';
  };
  return (
    <>
      <h4>{heading}</h4>
      <ul className={`reasons reasons-${kind}`}>
        {reasons.map((reason) => (
          <li key={reason} data-reason={reason}>
            {reasonSentence(reason, candidate, language)}{points(reason) && <span className="points"> ({points(reason)})</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

interface Props {
  candidate: Candidate;
  manual: boolean;
  followUp: FollowUp | undefined;
  funding: ReadonlyMap<string, FundingSource>;
  registerEntryId?: string;
  /** Its place in the list's feed (MatchesScreen), which screen readers announce. */
  inFeed?: { position: number; of: number };
}

export function MatchCard({ candidate, manual, followUp, funding, registerEntryId, inFeed }: Props) {
  const ta = useAnalysisT();
  const { language } = useI18n();
  const mail = introductionMailto(candidate, deployment, language);
  const card = useRef<HTMLElement>(null);
  useFocusReturn(matchKey(candidate), card);
  // Named by its status and both titles: when a save moves the card and the focus follows it, a screen reader says
  // what the match now is ("Introduced, Housing for large families, Guide to …"), not just "article".
  const id = useId();
  return (
    <article ref={card} tabIndex={-1} aria-labelledby={`${id}-status ${id}-need ${id}-offer`} aria-posinset={inFeed?.position} aria-setsize={inFeed?.of} className={`match-card${candidate.obvious ? ' match-obvious' : ''}`} data-need={candidate.need.id} data-offer={candidate.offer.id}>
      <header className="match-header">
        <span className="badge">{ta(manual ? 'manualPair' : candidate.obvious ? 'obvious' : 'candidate')}</span>
        <span>{ta('score', { score: candidate.score })}</span>
        <span id={`${id}-status`} className={`status status-${followUp?.status ?? 'suggested'}`}>{ta(`status_${followUp?.status ?? 'suggested'}`)}</span>
      </header>
      <div className="match-sides">
        <Side entry={candidate.need} kind="need" candidate={candidate} language={language} titleId={`${id}-need`} />
        <Side entry={candidate.offer} kind="offer" candidate={candidate} language={language} titleId={`${id}-offer`} />
      </div>
      <Reasons heading={ta('reasons')} reasons={candidate.reasons.filter(isFavourable)} candidate={candidate} language={language} kind="for" />
      <Reasons heading={ta('reasonsAgainst')} reasons={candidate.reasons.filter((reason) => !isFavourable(reason))} candidate={candidate} language={language} kind="against" />
      {candidate.reasons.includes('funding_gap') && (
        <>
          <h4>{ta('fundingSuggestions')}</h4>
          {candidate.fundingSuggestions.length === 0 ? <p>{ta('noFunding')}</p> : <FundingList ids={candidate.fundingSuggestions} funding={funding} />}
        </>
      )}
      <FollowUpPanel key={`${followUp?.status ?? "suggested"}-${followUp?.history.length ?? 0}`} candidate={candidate} followUp={followUp} manual={manual} mailto={mail.href} mailText={mail.text} registerEntryId={registerEntryId} />
    </article>
  );
}
