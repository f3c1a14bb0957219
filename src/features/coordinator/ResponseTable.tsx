// The responses table: sortable headers, and only the rows in view are in the page (virtualized), so 2,000 stay fast.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { hrefFor } from '../../app/router';
import { countryName, labelOf, type UiLanguage } from '../../domain/codes';
import { formatLocale } from '../../domain/languages';
import type { SortDirection, SummaryColumn } from '../../domain/responseSummary';
import type { ResponseRow } from '../../db/coordinatorDb';
import { useCoordinatorT, type CoordinatorKey } from './messages';
import { rowReturned, rowToReturn } from './returnPoint';
import { statusWordKey } from './statusWords';

/**
 * `className` sets each column's width (styles.css). Language and round are the first to go when the table is
 * narrow: both are filters above it and lines of the response's page.
 */
const COLUMNS: { column: SummaryColumn; label: CoordinatorKey; className: string; numeric?: boolean }[] = [
  { column: 'orgName', label: 'colOrganisation', className: 'col-org' },
  { column: 'country', label: 'colCountry', className: 'col-country' },
  { column: 'orgType', label: 'colType', className: 'col-type' },
  { column: 'resettlementStatus', label: 'colStatus', className: 'col-status' },
  { column: 'language', label: 'colLanguage', className: 'col-language' },
  { column: 'round', label: 'colRound', className: 'col-round' },
  { column: 'submittedAt', label: 'colSubmitted', className: 'col-date' },
  { column: 'needs', label: 'colNeeds', className: 'col-count', numeric: true },
  { column: 'offers', label: 'colOffers', className: 'col-count', numeric: true },
  { column: 'fundingSources', label: 'colFunding', className: 'col-count', numeric: true },
];

/** Two lines of text: long names and labels (Spanish and Portuguese ones especially) wrap once rather than widen the table. */
const ROW_HEIGHT = 52;

/** A text cell's content, cut after two lines; the whole text stays in the page for screen readers and in the tooltip. */
function Clamped({ text }: { text: string }) {
  return <span className="clamp" title={text}>{text}</span>;
}

interface Props {
  rows: readonly ResponseRow[];
  sort: { column: SummaryColumn; direction: SortDirection };
  onSort: (sort: { column: SummaryColumn; direction: SortDirection }) => void;
  language: UiLanguage;
}

export function ResponseTable({ rows, sort, onSort, language }: Props) {
  const t = useCoordinatorT();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  // Back from a response: its row scrolled into view and its link focused, once.
  const [returnTo] = useState(rowToReturn);
  const returned = useRef(false);
  useEffect(() => {
    if (returnTo === null || returned.current) return;
    returned.current = true;
    rowReturned();
    const index = rows.findIndex((row) => row.responseId === returnTo);
    if (index < 0) return;
    virtualizer.scrollToIndex(index, { align: 'center' });
    // At the next frame, once the virtualizer has drawn the row (not cancelled by a render meanwhile: it runs once).
    requestAnimationFrame(() => {
      scroller.current?.querySelector<HTMLAnchorElement>(`a[href="${hrefFor('coordinator', 'responses', returnTo)}"]`)?.focus();
    });
  }, [returnTo, rows, virtualizer]);
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const date = new Intl.DateTimeFormat(formatLocale(language), { dateStyle: 'medium' });
  // The code list's labels all begin "Resettlement country…" in French, Spanish and Portuguese: cut to two lines,
  // every row read the same. The word that tells them apart is shown; the whole label is the tooltip.
  const statusWord = (code: string) => {
    const key = statusWordKey(code);
    return key ? t(key) : labelOf('resettlement_status', code, language);
  };

  return (
    <div className="table-scroller" ref={scroller} tabIndex={0} role="region" aria-label={t('responsesTitle')}>
      <table className="responses-table" aria-rowcount={rows.length + 1}>
        <colgroup>
          {COLUMNS.map(({ column, className }) => <col key={column} className={className} />)}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map(({ column, label, className, numeric }) => {
              const active = sort.column === column;
              return (
                <th key={column} scope="col" className={numeric ? `${className} numeric` : className} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="sort-button" title={t('sortBy', { column: t(label) })}
                    onClick={() => onSort({ column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })}>
                    {t(label)}{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr key={row.responseId} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <td><a className="clamp" title={row.orgName} href={hrefFor('coordinator', 'responses', row.responseId)}>{row.orgName}</a></td>
                <td><Clamped text={countryName(row.country, language)} /></td>
                <td><Clamped text={labelOf('org_type', row.orgType, language)} /></td>
                <td><span className="clamp" title={labelOf('resettlement_status', row.resettlementStatus, language)}>{statusWord(row.resettlementStatus)}</span></td>
                <td className="col-language">{row.language}</td>
                <td className="col-round"><Clamped text={row.round} /></td>
                <td>{date.format(new Date(row.submittedAt))}</td>
                <td className="numeric">{row.needs}</td>
                <td className="numeric">{row.offers}</td>
                <td className="numeric">{row.fundingSources}</td>
              </tr>
            );
          })}
          {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
