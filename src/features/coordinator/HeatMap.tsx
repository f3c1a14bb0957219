// Heat map of themes × resettlement status (or region, or organisation class): colour shows needs against offers.
import { useState, type KeyboardEvent } from 'react';
import { BREAKDOWNS, type Breakdown, type Chart } from '../../domain/chart';
import { codesOf, labelOf, type CodeListName, type UiLanguage } from '../../domain/codes';
import { useAnalysisT, type AnalysisKey } from './analysisMessages';
import type { CellSelection } from './CellEntries';

export const BREAKDOWN_LIST: Record<Breakdown, CodeListName> = { status: 'resettlement_status', region: 'region', orgClass: 'org_class' };
const BREAKDOWN_LABEL: Record<Breakdown, AnalysisKey> = { status: 'byStatus', region: 'byRegion', orgClass: 'byClass' };

/** Orange when needs outweigh offers, blue when offers do; stronger with the difference. */
function cellColour(needs: number, offers: number, maxDifference: number): string {
  if (needs === 0 && offers === 0) return 'transparent';
  const share = Math.abs(needs - offers) / maxDifference;
  // Dark text stays readable (WCAG AA contrast) up to these strengths of each colour.
  if (needs > offers) return `rgba(214, 104, 0, ${(0.15 + 0.75 * share).toFixed(2)})`;
  if (offers > needs) return `rgba(29, 79, 145, ${(0.12 + 0.45 * share).toFixed(2)})`;
  return 'rgba(120, 120, 120, 0.15)';
}

const STEPS: Readonly<Record<string, readonly [number, number]>> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * The arrow keys move between the map's cells, the next one holding entries in that direction: the map is one Tab
 * stop (the cell last visited), not one per cell (94 on the demo data, before the rest of the screen). Home and End go
 * to the row's first and last cell, with Ctrl to the map's, as in any grid.
 */
function moveBetweenCells(event: KeyboardEvent<HTMLTableElement>): void {
  const from = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.cell-button') : null;
  if (!from) return;
  if (event.key === 'Home' || event.key === 'End') {
    const scope = event.ctrlKey || event.metaKey ? '' : `[data-row="${from.dataset['row'] ?? ''}"]`;
    const cells = event.currentTarget.querySelectorAll<HTMLElement>(`.cell-button${scope}`);
    const to = event.key === 'Home' ? cells.item(0) : cells.item(cells.length - 1);
    if (to) {
      event.preventDefault();
      to.focus();
    }
    return;
  }
  const step = STEPS[event.key];
  if (!step) return;
  const [down, across] = step;
  const rows = Number(event.currentTarget.dataset['rows']);
  const columns = Number(event.currentTarget.dataset['columns']);
  let row = Number(from.dataset['row']) + down;
  let column = Number(from.dataset['column']) + across;
  // The next cell that way holding entries; none past the map's edge.
  for (; row >= 0 && column >= 0 && row < rows && column < columns; row += down, column += across) {
    const next = event.currentTarget.querySelector<HTMLElement>(`.cell-button[data-row="${row}"][data-column="${column}"]`);
    if (next) {
      event.preventDefault();
      next.focus();
      return;
    }
  }
}

interface Props {
  chart: Chart;
  breakdown: Breakdown;
  onBreakdown: (breakdown: Breakdown) => void;
  onSelect: (selection: CellSelection) => void;
  language: UiLanguage;
}

export function HeatMap({ chart, breakdown, onBreakdown, onSelect, language }: Props) {
  const ta = useAnalysisT();
  const list = BREAKDOWN_LIST[breakdown];
  const columns = codesOf(list);
  const rows = chart.rows.filter((row) => row.needs > 0 || row.offers > 0);
  // The cell that is the map's one Tab stop: the one last visited, else the first.
  const [visited, setVisited] = useState<string | null>(null);
  const cells = rows.flatMap((row) => columns.filter((column) => (row.needsBy[breakdown][column] ?? 0) + (row.offersBy[breakdown][column] ?? 0) > 0).map((column) => `${row.theme}:${column}`));
  const tabStop = visited !== null && cells.includes(visited) ? visited : cells[0];
  const maxDifference = Math.max(1, ...rows.flatMap((row) => columns.map((column) => Math.abs((row.needsBy[breakdown][column] ?? 0) - (row.offersBy[breakdown][column] ?? 0)))));
  return (
    <section className="heat-map" aria-labelledby="heat-title">
      <h2 id="heat-title">{ta('heatTitle')}</h2>
      <fieldset className="breakdown-choice no-print">
        <legend>{ta('heatBy')}</legend>
        {BREAKDOWNS.map((option) => (
          <label key={option}>
            <input type="radio" name="breakdown" value={option} checked={breakdown === option} onChange={() => onBreakdown(option)} /> {ta(BREAKDOWN_LABEL[option])}
          </label>
        ))}
      </fieldset>
      <p className="small">{ta('heatLegend')}</p>
      <div className="heat-scroller">
        <table className="heat-table" onKeyDown={moveBetweenCells} data-rows={rows.length} data-columns={columns.length}>
          <thead>
            <tr>
              <th scope="col">{ta('colTheme')}</th>
              {columns.map((column) => <th key={column} scope="col">{labelOf(list, column, language)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={row.theme}>
                <th scope="row">{labelOf('theme', row.theme, language)}</th>
                {columns.map((column, columnIndex) => {
                  const needs = row.needsBy[breakdown][column] ?? 0;
                  const offers = row.offersBy[breakdown][column] ?? 0;
                  const label = ta('cellLabel', { theme: labelOf('theme', row.theme, language), column: labelOf(list, column, language), needs, offers });
                  return (
                    <td key={column} style={{ background: cellColour(needs, offers, maxDifference) }}>
                      {needs + offers > 0 ? (
                        <button type="button" className="cell-button" aria-label={`${needs} / ${offers}: ${label}`} title={label} data-cell={`${row.theme}:${column}`}
                          data-row={rowIndex} data-column={columnIndex} tabIndex={tabStop === `${row.theme}:${column}` ? 0 : -1}
                          onFocus={() => setVisited(`${row.theme}:${column}`)} onClick={() => onSelect({ theme: row.theme, breakdown, value: column })}>
                          {needs} / {offers}
                        </button>
                      ) : <span className="empty-cell" aria-label={label}>·</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
