// Filters shared by the chart: round, region, resettlement status, organisation class, language and modality.
import { codeList, type CodeListName, type UiLanguage } from '../../domain/codes';
import type { ChartFilter } from '../../domain/chart';
import type { Organisation } from '../../domain/entries';
import { useAnalysisT } from './analysisMessages';
import { filterOptionText } from './filterOption';
import { useCoordinatorT } from './messages';

interface Props {
  organisations: readonly Organisation[];
  filter: ChartFilter;
  onChange: (filter: ChartFilter) => void;
  language: UiLanguage;
}

export function AnalysisFilters({ organisations, filter, onChange, language }: Props) {
  const t = useCoordinatorT();
  const ta = useAnalysisT();
  const present = (pick: (org: Organisation) => string) => [...new Set(organisations.map(pick))].filter((value) => value !== '').sort();
  const selects: { key: keyof ChartFilter; label: string; values: string[]; list?: CodeListName }[] = [
    { key: 'round', label: t('filterRound'), values: present((org) => org.round) },
    { key: 'region', label: t('filterRegion'), values: present((org) => org.region), list: 'region' },
    { key: 'status', label: t('filterStatus'), values: present((org) => org.status), list: 'resettlement_status' },
    { key: 'orgClass', label: t('filterClass'), values: present((org) => org.orgClass), list: 'org_class' },
    { key: 'language', label: t('filterLanguage'), values: present((org) => org.language), list: 'language' },
    { key: 'modality', label: ta('filterModality'), values: codeList('modality').map((item) => item.code), list: 'modality' },
  ];
  return (
    <form className="filters no-print" onSubmit={(event) => event.preventDefault()}>
      {selects.map(({ key, label, values, list }) => (
        <label key={key}>
          <span>{label}</span>
          <select data-filter={key} value={filter[key] ?? ''} onChange={(event) => onChange({ ...filter, [key]: event.target.value || undefined })}>
            <option value="">{t('any')}</option>
            {values.map((value) => <option key={value} value={value}>{filterOptionText(key, value, list, language)}</option>)}
          </select>
        </label>
      ))}
    </form>
  );
}
