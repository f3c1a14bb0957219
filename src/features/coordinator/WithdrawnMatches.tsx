// Matches whose need or offer left the latest revision: no longer pairs, but their follow-up stays readable.
import { useI18n } from '../../app/i18n';
import type { FollowUp } from '../../domain/followUp';
import { useAnalysisT } from './analysisMessages';
import type { Analysis } from '../../domain/analysis';

export function WithdrawnMatches({ analysis, shownKeys }: { analysis: Analysis; shownKeys: ReadonlySet<string> }) {
  const ta = useAnalysisT();
  const { locale } = useI18n();
  const orgs = new Map(analysis.entries.organisations.map((org) => [org.responseId, org.orgName]));
  const gone: FollowUp[] = [...analysis.followUps.values()]
    .filter((followUp) => followUp.status === 'withdrawn' && !shownKeys.has(`${followUp.needId}|${followUp.offerId}`))
    .sort((a, b) => a.needId.localeCompare(b.needId) || a.offerId.localeCompare(b.offerId));
  if (gone.length === 0) return null;
  const when = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <section className="withdrawn" aria-labelledby="withdrawn-title">
      <h2 id="withdrawn-title">{ta('withdrawnTitle')}</h2>
      <ul>
        {gone.map((followUp) => (
          <li key={`${followUp.needId}|${followUp.offerId}`} data-need={followUp.needId} data-offer={followUp.offerId}>
            {orgs.get(followUp.needResponseId) ?? followUp.needResponseId} ↔ {orgs.get(followUp.offerResponseId) ?? followUp.offerResponseId}
            <ol className="small">
              {followUp.history.map((change, index) => <li key={index} data-status={change.status}>{when(change.at)} — {ta(`status_${change.status}`)}{change.note && `: ${change.note}`}</li>)}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  );
}
