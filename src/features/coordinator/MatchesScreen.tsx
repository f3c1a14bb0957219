// Matches: obvious ones first, then other candidates; views by need, offer and organisation; pairing by hand.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../app/i18n';
import type { Candidate } from '../../domain/matching';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../domain/followUp';
import { useAnalysisT, type AnalysisKey } from './analysisMessages';
import { useRegister } from '../../db/hooks';
import { useCoordinator } from './context';
import { useFocusAfterRender } from './focusReturn';
import { useCoordinatorT } from './messages';
import { ManualPairForm } from './ManualPairForm';
import { MatchCard } from './MatchCard';
import { MatchGroups, type GroupView } from './MatchGroups';
import { NeedsView } from './NeedsView';
import { WithdrawnMatches } from './WithdrawnMatches';
import { allPairs, pairKey } from '../../domain/analysis';
import { searchPairs } from '../../domain/pairSearch';
import { rememberedState } from './rememberedState';
import { useAnalysis } from './useAnalysis';

type View = 'list' | GroupView | 'needs';
const VIEWS: { view: View; label: AnalysisKey }[] = [
  { view: 'list', label: 'viewList' }, { view: 'needs', label: 'viewNeeds' }, { view: 'byNeed', label: 'viewByNeed' },
  { view: 'byOffer', label: 'viewByOffer' }, { view: 'byOrg', label: 'viewByOrg' },
];
const PAGE = 60;

// Kept while other screens are visited (a response opened from a card, the register entry a match drafted).
const useView = rememberedState<View>('list');
const useStatusFilter = rememberedState<FollowUpStatus | ''>('');
const useOnlyObvious = rememberedState(false);
const useSearch = rememberedState('');

/** Page Down and Page Up from a card (anywhere in it but a field, where they move the text or the choice) to the next or previous one. */
function moveBetweenCards(event: KeyboardEvent<HTMLElement>): void {
  if ((event.key !== 'PageDown' && event.key !== 'PageUp') || event.altKey || event.ctrlKey || event.metaKey) return;
  const from = event.target instanceof Element ? event.target : null;
  if (!from || from.closest('input, textarea, select')) return;
  const cards = [...event.currentTarget.querySelectorAll<HTMLElement>(':scope > .match-card')];
  const at = cards.findIndex((card) => card.contains(from));
  const next = at < 0 ? undefined : cards[at + (event.key === 'PageDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: 'start' });
}

export function MatchesScreen() {
  const ta = useAnalysisT();
  const t = useCoordinatorT();
  const { language } = useI18n();
  const analysis = useAnalysis();
  const { store } = useCoordinator();
  const register = useRegister(store);
  const [view, setView] = useView();
  const [status, setStatus] = useStatusFilter();
  const [onlyObvious, setOnlyObvious] = useOnlyObvious();
  const [search, setSearch] = useSearch();
  const [limit, setLimit] = useState(PAGE);
  const list = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender(list);

  const pairs = useMemo(() => (analysis ? allPairs(analysis) : []), [analysis]);

  if (!analysis) return null;
  const statusOf = (candidate: Candidate) => analysis.followUps.get(pairKey(candidate.need.id, candidate.offer.id))?.status ?? 'suggested';
  const filtered = search.trim() !== '' || status !== '' || onlyObvious;
  const shown = searchPairs(pairs, search).filter((candidate) => (!onlyObvious || candidate.obvious) && (status === '' || statusOf(candidate) === status));
  const funding = new Map(analysis.entries.funding.map((source) => [source.id, source]));
  const card = (candidate: Candidate, inFeed?: { position: number; of: number }) => {
    const followUp = analysis.followUps.get(pairKey(candidate.need.id, candidate.offer.id));
    const entry = register?.find((item) => item.matchNeedId === candidate.need.id && item.matchOfferId === candidate.offer.id);
    return <MatchCard key={pairKey(candidate.need.id, candidate.offer.id)} candidate={candidate} followUp={followUp} manual={followUp?.manual ?? false} funding={funding} registerEntryId={entry?.entryId} inFeed={inFeed} />;
  };

  return (
    <section className="coordinator-screen wide" aria-labelledby="matches-title">
      <h1 id="matches-title">{ta('matchesTitle')}</h1>
      <p>{ta('matchesLead')}</p>
      <div className="view-tabs" role="group" aria-label={ta('matchesTitle')}>
        {VIEWS.map((option) => (
          <button key={option.view} type="button" aria-pressed={view === option.view} onClick={() => { setView(option.view); setLimit(PAGE); }}>{ta(option.label)}</button>
        ))}
      </div>
      {view !== 'needs' && (
        <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
          <label>
            <span>{t('search')}</span>
            <input type="search" value={search} placeholder={ta('matchSearchPlaceholder')} size={ta('matchSearchPlaceholder').length + 2} data-filter="search" onChange={(event) => { setSearch(event.target.value); setLimit(PAGE); }} />
          </label>
          <label>
            <span>{ta('statusFilter')}</span>
            <select value={status} data-filter="status" onChange={(event) => setStatus(FOLLOW_UP_STATUSES.find((option) => option === event.target.value) ?? '')}>
              <option value="">{t('any')}</option>
              {FOLLOW_UP_STATUSES.map((option) => <option key={option} value={option}>{ta(`status_${option}`)}</option>)}
            </select>
          </label>
          <label className="inline"><input type="checkbox" checked={onlyObvious} onChange={(event) => setOnlyObvious(event.target.checked)} /> {ta('onlyObvious')}</label>
        </form>
      )}
      {/* The cards' titles are h3: the view shown is the h2 above them (NeedsView has its own). */}
      {/* Not "All candidates" over a filtered list. */}
      {view !== 'needs' && <h2 id="match-list-title">{ta(view === 'list' && filtered ? 'viewListFiltered' : VIEWS.find((option) => option.view === view)?.label ?? 'viewList')}</h2>}
      {pairs.length === 0 && <p>{ta('noCandidates')}</p>}
      {view === 'list' && (
        <div className="match-list" ref={list}>
          <p role="status" data-testid="pair-count">{ta('candidatesShown', { shown: shown.length, total: pairs.length })}</p>
          {shown.length > 1 && <p className="small">{ta('feedKeys')}</p>}
          {/* ARIA's feed pattern: each card an article of the feed, Page Down and Page Up from one to the next (a card
              holds about eight Tab stops, and 60 are shown at a time). */}
          <div role="feed" aria-labelledby="match-list-title" aria-busy="false" onKeyDown={moveBetweenCards}>
            {shown.slice(0, limit).map((candidate, index) => card(candidate, { position: index + 1, of: shown.length }))}
          </div>
          {shown.length > limit && <button type="button" onClick={() => { focusAfterRender((root) => root.querySelectorAll<HTMLElement>('[role="feed"] > .match-card')[limit]); setLimit(limit + PAGE); }}>{ta('showMore', { count: Math.min(PAGE, shown.length - limit), left: shown.length - limit })}</button>}
        </div>
      )}
      {(view === 'byNeed' || view === 'byOffer' || view === 'byOrg') && <MatchGroups view={view} pairs={shown} renderCard={card} language={language} />}
      {view === 'needs' && <NeedsView analysis={analysis} pairs={pairs} language={language} />}
      <WithdrawnMatches analysis={analysis} shownKeys={new Set(pairs.map((pair) => pairKey(pair.need.id, pair.offer.id)))} />
      <ManualPairForm analysis={analysis} language={language} />
    </section>
  );
}
