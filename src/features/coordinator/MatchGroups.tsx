// The pairs grouped by need, by offer or by organisation (an organisation's pairs on either side).
import { useRef, useState, type ReactNode } from 'react';
import { countryName, type UiLanguage } from '../../domain/codes';
import { formatLocale } from '../../domain/languages';
import type { Candidate } from '../../domain/matching';
import { useAnalysisT } from './analysisMessages';
import { useFocusAfterRender } from './focusReturn';

export type GroupView = 'byNeed' | 'byOffer' | 'byOrg';

interface Group {
  key: string;
  title: string;
  subtitle: string;
  pairs: Candidate[];
}

function groupsOf(view: GroupView, pairs: readonly Candidate[], language: UiLanguage): Group[] {
  const groups = new Map<string, Group>();
  const add = (key: string, title: string, subtitle: string, pair: Candidate) => {
    const group = groups.get(key) ?? { key, title, subtitle, pairs: [] };
    group.pairs.push(pair);
    groups.set(key, group);
  };
  for (const pair of pairs) {
    if (view === 'byNeed') add(pair.need.id, pair.need.title, `${pair.need.org.orgName} · ${countryName(pair.need.org.country, language)}`, pair);
    else if (view === 'byOffer') add(pair.offer.id, pair.offer.title, `${pair.offer.org.orgName} · ${countryName(pair.offer.org.country, language)}`, pair);
    else {
      add(pair.need.org.responseId, pair.need.org.orgName, countryName(pair.need.org.country, language), pair);
      add(pair.offer.org.responseId, pair.offer.org.orgName, countryName(pair.offer.org.country, language), pair);
    }
  }
  // Pairs arrive in matching order, so groups keep it; organisations are listed by name.
  const list = [...groups.values()];
  return view === 'byOrg' ? list.sort((a, b) => a.title.localeCompare(b.title, formatLocale(language)) || a.key.localeCompare(b.key)) : list;
}

const PAGE = 40;

export function MatchGroups({ view, pairs, renderCard, language }: { view: GroupView; pairs: readonly Candidate[]; renderCard: (pair: Candidate) => ReactNode; language: UiLanguage }) {
  const ta = useAnalysisT();
  const [limit, setLimit] = useState(PAGE);
  const container = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender(container);
  const groups = groupsOf(view, pairs, language);
  return (
    <div className="match-groups" ref={container}>
      {groups.slice(0, limit).map((group) => (
        <details key={group.key} className="match-group" data-group={group.key}>
          <summary>
            <strong>{group.title}</strong> <span className="small">{group.subtitle}</span>{' '}
            <span className="badge">{group.pairs.length}</span>{' '}
            {group.pairs.some((pair) => pair.obvious) && <span className="badge badge-obvious">{ta('obviousCount', { count: group.pairs.filter((pair) => pair.obvious).length })}</span>}
          </summary>
          {group.pairs.map(renderCard)}
        </details>
      ))}
      {groups.length > limit && <button type="button" onClick={() => { focusAfterRender((root) => root.querySelectorAll<HTMLElement>(':scope > .match-group > summary')[limit]); setLimit(limit + PAGE); }}>{ta('showMore', { count: Math.min(PAGE, groups.length - limit), left: groups.length - limit })}</button>}
    </div>
  );
}
