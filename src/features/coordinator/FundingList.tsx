// Funding sources suggested for a pair or a need, the most specific first (matching.md): a few shown, the rest on demand.
import { useState } from 'react';
import { useI18n } from '../../app/i18n';
import { dayText } from '../../domain/calendarText';
import type { FundingSource } from '../../domain/entries';
import { useAnalysisT } from './analysisMessages';
import { usePilotT } from './pilotMessages';

/** Enough to act on; at thousands of funders the full list would bury the card (and cost a node per source). */
export const FUNDING_SHOWN = 5;

function FundingItem({ source }: { source: FundingSource }) {
  const tp = usePilotT();
  const { locale } = useI18n();
  // "Deadline: 31 March 2027", not "— 2027-03-31": the date named, in the reader's language.
  const deadline = source.deadline ? ` — ${tp('fundingDeadline', { date: dayText(source.deadline, locale) })}` : '';
  return <li>{source.name}{source.amount && ` (${source.amount})`}{deadline} · {source.org.orgName}</li>;
}

export function FundingList({ ids, funding }: { ids: readonly string[]; funding: ReadonlyMap<string, FundingSource> }) {
  const ta = useAnalysisT();
  const [open, setOpen] = useState(false);
  const sources = ids.flatMap((id) => { const source = funding.get(id); return source ? [source] : []; });
  const rest = sources.slice(FUNDING_SHOWN);
  return (
    <>
      <ul className="funding-list">{sources.slice(0, FUNDING_SHOWN).map((source) => <FundingItem key={source.id} source={source} />)}</ul>
      {rest.length > 0 && (
        <details onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{ta('moreFunding', { count: rest.length })}</summary>
          {open && <ul>{rest.map((source) => <FundingItem key={source.id} source={source} />)}</ul>}
        </details>
      )}
    </>
  );
}
