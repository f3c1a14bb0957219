// The responses table: sortable headers, and only the rows in view are in the page (virtualized), so 2,000 stay fast.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { hrefFor } from '../../app/router';
import { countryName, labelOf, type UiLanguage } from '../../domain/codes';
import type { SortDirection, SummaryColumn } from '../../domain/responseSummary';
import type { ResponseRow } from '../../db/coordinatorDb';
import { useCoordinatorT, type CoordinatorKey } from './messages';

const COLUMNS: { column: SummaryColumn; label: CoordinatorKey; numeric?: boolean }[] = [
  { column: 'orgName', label: 'colOrganisation' },
  { column: 'country', label: 'colCountry' },
  { column: 'orgType', label: 'colType' },
  { column: 'resettlementStatus', label: 'colStatus' },
  { column: 'language', label: 'colLanguage' },
  { column: 'round', label: 'colRound' },
  { column: 'submittedAt', label: 'colSubmitted' },
  { column: 'needs', label: 'colNeeds', numeric: true },
  { column: 'offers', label: 'colOffers', numeric: true },
  { column: 'fundingSources', label: 'colFunding', numeric: true },
];

const ROW_HEIGHT = 44;

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
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });

  return (
    <div className="table-scroller" ref={scroller} tabIndex={0} role="region" aria-label={t('responsesTitle')}>
      <table className="responses-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {COLUMNS.map(({ column, label, numeric }) => {
              const active = sort.column === column;
              return (
                <th key={column} scope="col" className={numeric ? 'numeric' : undefined} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
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
                <td><a href={hrefFor('coordinator', 'responses', row.responseId)}>{row.orgName}</a></td>
                <td>{countryName(row.country, language)}</td>
                <td>{labelOf('org_type', row.orgType, language)}</td>
                <td>{labelOf('resettlement_status', row.resettlementStatus, language)}</td>
                <td>{row.language}</td>
                <td>{row.round}</td>
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
