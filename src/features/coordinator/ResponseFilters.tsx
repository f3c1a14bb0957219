// Filters of the responses table: round, resettlement status, organisation class, region, language and free text.
import { type CodeListName, type UiLanguage } from '../../domain/codes';
import type { ResponseSummary, SummaryFilter } from '../../domain/responseSummary';
import { filterOptionText } from './filterOption';
import { useCoordinatorT, type CoordinatorKey } from './messages';

type FilterKey = Exclude<keyof SummaryFilter, 'search'>;

const FILTERS: { key: FilterKey; label: CoordinatorKey; list?: CodeListName }[] = [
  { key: 'questionnaireVersion', label: 'filterQuestionnaire' },
  { key: 'round', label: 'filterRound' },
  { key: 'resettlementStatus', label: 'filterStatus', list: 'resettlement_status' },
  { key: 'orgClass', label: 'filterClass', list: 'org_class' },
  { key: 'region', label: 'filterRegion', list: 'region' },
  { key: 'language', label: 'filterLanguage', list: 'language' },
];

interface Props {
  rows: readonly ResponseSummary[];
  filter: SummaryFilter;
  onChange: (filter: SummaryFilter) => void;
  language: UiLanguage;
}

export function ResponseFilters({ rows, filter, onChange, language }: Props) {
  const t = useCoordinatorT();
  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label>
        <span>{t('search')}</span>
        <input type="search" value={filter.search ?? ''} placeholder={t('searchPlaceholder')} size={t('searchPlaceholder').length + 2} onChange={(event) => onChange({ ...filter, search: event.target.value })} />
      </label>
      {FILTERS.map(({ key, label, list }) => {
        // Only values that occur, so every choice narrows to something.
        const values = [...new Set(rows.map((row) => row[key]))].filter((value) => value !== '').sort();
        return (
          <label key={key}>
            <span>{t(label)}</span>
            <select value={filter[key] ?? ''} onChange={(event) => onChange({ ...filter, [key]: event.target.value || undefined })} data-filter={key}>
              <option value="">{t('any')}</option>
              {values.map((value) => <option key={value} value={value}>{filterOptionText(key, value, list, language)}</option>)}
            </select>
          </label>
        );
      })}
    </form>
  );
}
