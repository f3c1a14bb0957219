// Need-centred view: exchanges start from the needs organisations name themselves; for each, the offers that answer it.
import { hrefFor } from '../../app/router';
import { countryName, labelOf, type UiLanguage } from '../../domain/codes';
import type { Need } from '../../domain/entries';
import { listSeparator } from '../../domain/languages';
import type { Candidate } from '../../domain/matching';
import { FUNDING_SHOWN } from './FundingList';
import { useAnalysisT } from './analysisMessages';
import { pairKey, type Analysis } from '../../domain/analysis';

const PRIORITY: Record<string, number> = { high: 0, medium: 1, low: 2 };

function byPriority(a: Need, b: Need): number {
  return (PRIORITY[a.priority] ?? 3) - (PRIORITY[b.priority] ?? 3) || a.org.submittedAt.localeCompare(b.org.submittedAt) || a.id.localeCompare(b.id);
}

export function NeedsView({ analysis, pairs, language }: { analysis: Analysis; pairs: readonly Candidate[]; language: UiLanguage }) {
  const ta = useAnalysisT();
  const byNeed = new Map<string, Candidate[]>();
  for (const pair of pairs) {
    const list = byNeed.get(pair.need.id);
    if (list) list.push(pair);
    else byNeed.set(pair.need.id, [pair]);
  }
  const needs = [...analysis.entries.needs].sort(byPriority);
  const unanswered = needs.filter((need) => !byNeed.has(need.id));
  const sources = new Map(analysis.entries.funding.map((source) => [source.id, source]));
  // The most specific few, and how many more (the matches screen lists them all).
  const fundingFor = (needId: string) => {
    const names = analysis.needFunding(needId).flatMap((id) => { const source = sources.get(id); return source ? [source.name] : []; });
    if (names.length === 0) return '';
    const more = names.length - FUNDING_SHOWN;
    return `${names.slice(0, FUNDING_SHOWN).join(listSeparator(language))}${more > 0 ? ` ${ta('moreFunding', { count: more })}` : ''}`;
  };
  const fundingLine = (needId: string) => {
    const text = fundingFor(needId);
    return text !== '' && <div className="small">{ta('fundingSuggestions')}: {text}</div>;
  };
  return (
    <div className="needs-view">
      <p>{ta('needsLead')}</p>
      <h2>{ta('needsWithout')}</h2>
      {unanswered.length === 0 ? <p>{ta('needsWithoutNone')}</p> : (
        <ul data-testid="needs-without">
          {unanswered.map((need) => (
            <li key={need.id} data-need={need.id}>
              <strong>{need.title}</strong> — {need.org.orgName}, {countryName(need.org.country, language)} · {labelOf('theme', need.theme, language)} · {labelOf('priority', need.priority, language)}
              {fundingLine(need.id)}
            </li>
          ))}
        </ul>
      )}
      <h2>{ta('viewNeeds')}</h2>
      <ol className="needs-list">
        {needs.filter((need) => byNeed.has(need.id)).map((need) => {
          const answers = byNeed.get(need.id) ?? [];
          return (
            <li key={need.id} data-need={need.id}>
              <strong>{need.title}</strong> — <a href={hrefFor('coordinator', 'responses', need.org.responseId)}>{need.org.orgName}</a>, {countryName(need.org.country, language)} · {labelOf('priority', need.priority, language)}
              <div className="small" data-testid="need-offer-count">{ta('offersForNeed', { count: answers.length, obvious: answers.filter((pair) => pair.obvious).length })}</div>
              {fundingLine(need.id)}
              <ul>
                {answers.map((pair) => {
                  // Its follow-up, once there is one: a declined pair listed as just "obvious match" was one to introduce again.
                  const status = analysis.followUps.get(pairKey(pair.need.id, pair.offer.id))?.status;
                  return (
                    <li key={pair.offer.id} data-offer={pair.offer.id}>
                      {pair.obvious && <span className="badge badge-obvious">{ta('obvious')}</span>} {pair.offer.title} — {pair.offer.org.orgName}, {countryName(pair.offer.org.country, language)} ({ta('score', { score: pair.score })})
                      {status && status !== 'suggested' && <> · <span className={`status status-${status}`}>{ta(`status_${status}`)}</span></>}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
