// The chart of needs and opportunities: themes by phase with needs, offers, funding, obvious matches and gaps.
import { useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { buildChart, filterEntries, type Breakdown, type ChartFilter } from '../../domain/chart';
import { labelOf } from '../../domain/codes';
import { useAnalysisT } from './analysisMessages';
import { AnalysisFilters } from './AnalysisFilters';
import { CellEntries, type CellSelection } from './CellEntries';
import { HeatMap } from './HeatMap';
import { rememberedState } from './rememberedState';
import { useAnalysis } from './useAnalysis';

// Kept while other screens are visited.
const useFilter = rememberedState<ChartFilter>({});
const useBreakdown = rememberedState<Breakdown>('status');

export function ChartScreen() {
  const ta = useAnalysisT();
  const { language } = useI18n();
  const analysis = useAnalysis();
  const [filter, setFilter] = useFilter();
  const [breakdown, setBreakdown] = useBreakdown();
  const [selection, setSelection] = useState<CellSelection | null>(null);
  /** Closing a cell's list gives the focus back to the cell it came from, not to the page. */
  function closeCell(closed: CellSelection) {
    document.querySelector<HTMLElement>(`.cell-button[data-cell="${CSS.escape(`${closed.theme}:${closed.value}`)}"]`)?.focus();
    setSelection(null);
  }
  const shown = useMemo(() => (analysis ? filterEntries(analysis.entries, filter) : undefined), [analysis, filter]);
  const chart = useMemo(() => (shown && analysis ? buildChart(shown, analysis.candidates) : undefined), [shown, analysis]);
  if (!analysis || !shown || !chart) return null;

  const max = Math.max(1, ...chart.rows.map((row) => Math.max(row.needs, row.offers)));
  const groups = [...new Set(chart.rows.map((row) => row.group))];

  return (
    <section className="coordinator-screen wide chart" aria-labelledby="chart-title">
      <h1 id="chart-title">{ta('chartTitle')}</h1>
      <p className="no-print">{ta('chartLead')}</p>
      <AnalysisFilters organisations={analysis.entries.organisations} filter={filter} onChange={(next) => { setFilter(next); setSelection(null); }} language={language} />
      <p role="status" data-testid="chart-totals">{ta('chartTotals', chart.totals)}</p>
      <p className="no-print"><button type="button" onClick={() => window.print()}>{ta('print')}</button></p>
      <table className="chart-table">
        <thead>
          <tr>
            <th scope="col">{ta('colTheme')}</th>
            <th scope="col" className="numeric">{ta('colNeeds')}</th>
            <th scope="col" className="numeric">{ta('colOffers')}</th>
            {/* The bars and their colours are drawn for the eye only (their numbers are the two columns before), head
                and cells alike: a header left to screen readers over hidden cells moved every later column's numbers
                under the wrong header ("Funding: 3" read as "Needs and offers: 3"). */}
            <th scope="col" aria-hidden="true">{ta('colBalance')}{' '}
              <span className="small bar-legend"><span className="swatch swatch-a" /> {ta('colNeeds')} <span className="swatch swatch-b" /> {ta('colOffers')}</span>
            </th>
            <th scope="col" className="numeric">{ta('colFunding')}</th>
            <th scope="col" className="numeric">{ta('colObvious')}</th>
            <th scope="col" className="numeric">{ta('colCandidates')}</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group}>
            <tr className="group-row"><th scope="rowgroup" colSpan={7}>{labelOf('theme_group', group, language)}</th></tr>
            {chart.rows.filter((row) => row.group === group).map((row) => (
              <tr key={row.theme} data-theme={row.theme} className={row.gap ? 'gap-row' : undefined}>
                <th scope="row">{labelOf('theme', row.theme, language)}{row.gap && <span className="gap-marker"> {ta('gap')}</span>}</th>
                <td className="numeric">{row.needs}</td>
                <td className="numeric">{row.offers}</td>
                <td aria-hidden="true">
                  <span className="bar bar-needs" style={{ width: `${(row.needs / max) * 100}%` }} />
                  <span className="bar bar-offers" style={{ width: `${(row.offers / max) * 100}%` }} />
                </td>
                <td className="numeric">{row.funding}</td>
                <td className="numeric">{row.obvious}</td>
                <td className="numeric">{row.candidates}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      {chart.fundingAnyTheme > 0 && <p>{ta('fundingAny', { count: chart.fundingAnyTheme })}</p>}
      <HeatMap chart={chart} breakdown={breakdown} onBreakdown={setBreakdown} onSelect={setSelection} language={language} />
      {selection && <CellEntries selection={selection} entries={shown} onClose={() => closeCell(selection)} language={language} />}
    </section>
  );
}
