// The evaluation dashboard: the two questions of the pilot answered with figures and plots; every metric as a table.
import { useMemo } from 'react';
import { useI18n } from '../../app/i18n';
import { labelOf } from '../../domain/codes';
import { evaluationTable } from '../../domain/csvPilot';
import type { Metric } from '../../domain/evaluation';
import { downloadCsv } from '../../io/downloadFiles';
import { useFirstSubmissions, useRegister } from '../../db/hooks';
import { useAnalysisT } from './analysisMessages';
import { Bars } from './Bars';
import { useCoordinator } from './context';
import { usePilotT } from './pilotMessages';
import { analysisMetrics } from '../../domain/analysis';
import { useAnalysisWithLatest, type AnalysisWithLatest } from './useAnalysis';

/** The pilot's metrics from the analysis and the responses it was built from. */
function useMetrics(current: AnalysisWithLatest | undefined): Metric[] | undefined {
  const { store } = useCoordinator();
  const register = useRegister(store);
  const first = useFirstSubmissions(store);
  return useMemo(() => (current && register && first ? analysisMetrics(current.latest, current.analysis, register, first) : undefined), [current, register, first]);
}

export function EvaluationScreen() {
  const tp = usePilotT();
  const ta = useAnalysisT();
  const { language, locale } = useI18n();
  const metrics = useMetrics(useAnalysisWithLatest());
  if (!metrics) return null;
  const value = (metric: string, breakdown: string) => metrics.find((item) => item.metric === metric && item.breakdown === breakdown)?.value ?? null;
  // In the reader's language: 3,667 and 45 % in French, 3.667 and 45% in English (evaluation.csv keeps the dot).
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent' });
  const shown = (number: number | null) => (number === null ? tp('notAvailable') : numbers.format(number));
  // A mean of 1-5 answers to one decimal ("4.3 / 5"): evaluation.csv keeps three, more than a reader can use.
  const rating = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const outOfFive = (number: number | null) => (number === null ? tp('notAvailable') : `${rating.format(number)} / 5`);
  const series = (metric: string, prefix: string, list: Parameters<typeof labelOf>[0]) => metrics
    .filter((item) => item.metric === metric && item.breakdown.startsWith(prefix))
    .map((item) => ({ key: item.breakdown, label: labelOf(list, item.breakdown.slice(prefix.length), language), value: item.value ?? 0 }));
  const themes = series('needs', 'theme=', 'theme').map((bar) => ({ ...bar, second: value('offers', bar.key) ?? 0 })).filter((bar) => bar.value + bar.second > 0);
  const share = value('needs_with_obvious_match_share', 'all');

  return (
    <article className="coordinator-screen wide evaluation" aria-labelledby="evaluation-title">
      <h1 id="evaluation-title">{tp('evaluationTitle')}</h1>
      <p>{tp('evaluationLead')}</p>
      <p className="no-print"><button type="button" onClick={() => window.print()}>{tp('print')}</button> <button type="button" onClick={() => downloadCsv(evaluationTable(metrics))}>{tp('downloadCsv', { file: 'evaluation.csv' })}</button></p>
      <section aria-labelledby="q1">
        <h2 id="q1">{tp('q1')}</h2>
        <Bars caption={`${tp('mechanismNeeded')} — ${tp('meanAnswer', { mean: outOfFive(value('mechanism_needed', 'mean')) })}`} columns={[tp('colAnswer'), tp('colResponses')]} bars={['1', '2', '3', '4', '5'].map((rating) => ({ key: rating, label: rating, value: value('mechanism_needed', rating) ?? 0 }))} />
        <Bars caption={tp('responsesBy')} columns={[tp('colResettlementStatus'), tp('colResponses')]} bars={series('responses', 'resettlement_status=', 'resettlement_status')} />
        <Bars caption={tp('needsOffersByTheme')} columns={[ta('colTheme'), `${ta('colNeeds')} / ${ta('colOffers')}`]} bars={themes} legend={[ta('colNeeds'), ta('colOffers')]} />
      </section>
      <section aria-labelledby="q2">
        <h2 id="q2">{tp('q2')}</h2>
        <p className="big-figure" data-testid="obvious-share">{tp('obviousShare', { share: share === null ? tp('notAvailable') : percent.format(share) })}</p>
        <Bars caption={tp('funnel')} columns={[ta('status'), tp('colMatches')]} bars={(['suggested', 'introduced', 'in_discussion', 'agreed', 'completed', 'declined', 'dismissed', 'withdrawn'] as const).map((status) => ({ key: status, label: ta(`status_${status}`), value: value('matches', `status=${status}`) ?? 0 }))} />
        <p>{tp('daysToIntroduction', { median: shown(value('days_to_introduction', 'median')), p90: shown(value('days_to_introduction', 'p90')) })}</p>
        <p>{tp('followUpUseful', { count: shown(value('follow_up_responses', 'all')), mean: outOfFive(value('follow_up_useful', 'mean')) })}</p>
      </section>
      <details className="all-metrics">
        <summary>{tp('allMetrics')}</summary>
        <table>
          <thead><tr><th scope="col">{tp('metric')}</th><th scope="col">{tp('breakdown')}</th><th scope="col" className="numeric">{tp('value')}</th></tr></thead>
          <tbody>{metrics.map((item) => <tr key={`${item.metric}|${item.breakdown}`}><td>{item.metric}</td><td>{item.breakdown}</td><td className="numeric">{item.value === null ? '' : numbers.format(item.value)}</td></tr>)}</tbody>
        </table>
      </details>
    </article>
  );
}
