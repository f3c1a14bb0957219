// Twinning models: past twinning and exchanges grouped by activity type and searchable; who is willing to be twinned.
import { useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { codesOf, countryName, labelOf } from '../../domain/codes';
import { foldText } from '../../domain/responseSummary';
import { isRecord } from '../../domain/result';
import { isFollowUpResponse } from '../../domain/responseFile';
import { useLatestResponses } from '../../db/hooks';
import { pastTwinningTable } from '../../domain/csvExport';
import { downloadCsv } from '../../io/downloadFiles';
import { useCoordinator } from './context';
import { useCoordinatorT } from './messages';
import { usePilotT } from './pilotMessages';

interface Past {
  key: string;
  org: string;
  country: string;
  partner: string;
  years: string;
  activityTypes: string[];
  arrangement: string;
  outcome: string;
  worked: string;
  didNotWork: string;
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

export function TwinningScreen() {
  const tp = usePilotT();
  const t = useCoordinatorT();
  const { language, locale } = useI18n();
  const { store } = useCoordinator();
  const latest = useLatestResponses(store);
  const [search, setSearch] = useState('');
  const main = useMemo(() => (latest ?? []).filter((file) => !isFollowUpResponse(file)), [latest]);
  const past: Past[] = useMemo(() => main.flatMap((file) => {
    const list = file.data['past_twinning'];
    return (Array.isArray(list) ? list.filter(isRecord) : []).map((entry, index) => ({
      key: `${file.responseId}-${str(entry['id']) || index}`, org: str(file.data['org_name']), country: str(file.data['country']),
      partner: str(entry['partner']), years: str(entry['years']), arrangement: str(entry['arrangement']),
      activityTypes: Array.isArray(entry['activity_types']) ? entry['activity_types'].filter((code): code is string => typeof code === 'string') : [],
      outcome: str(entry['outcome']), worked: str(entry['worked']), didNotWork: str(entry['did_not_work']),
    }));
  }).sort((a, b) => a.org.localeCompare(b.org, locale) || a.key.localeCompare(b.key)), [main, locale]);
  if (!latest) return null;

  const needle = foldText(search);
  const shown = past.filter((item) => needle === '' || foldText([item.org, item.partner, item.years, item.outcome, item.worked, item.didNotWork].join(' ')).includes(needle));
  const groups = [...codesOf('activity_type'), ''].map((code) => ({ code, items: shown.filter((item) => (code === '' ? item.activityTypes.length === 0 : item.activityTypes.includes(code))) })).filter((group) => group.items.length > 0);
  const willing = main.filter((file) => file.data['willing_to_twin'] === 'yes' || file.data['willing_to_twin'] === 'maybe')
    .sort((a, b) => str(a.data['org_name']).localeCompare(str(b.data['org_name']), locale) || a.responseId.localeCompare(b.responseId));

  return (
    <section className="coordinator-screen wide" aria-labelledby="twinning-title">
      <h1 id="twinning-title">{tp('twinningTitle')}</h1>
      <p>{tp('twinningLead')}</p>
      <h2>{tp('pastTitle')}</h2>
      <div className="filters no-print">
        <label><span>{t('search')}</span><input type="search" value={search} onChange={(event) => setSearch(event.target.value)} /></label>
        <button type="button" onClick={() => downloadCsv(pastTwinningTable(main))}>{tp('downloadCsv', { file: 'past_twinning.csv' })}</button>
      </div>
      <p role="status">{tp('pastCount', { count: shown.length })}</p>
      {groups.map((group) => (
        <section key={group.code || 'none'} className="past-group" data-activity={group.code}>
          <h3>{group.code ? labelOf('activity_type', group.code, language) : tp('unclassified')} ({group.items.length})</h3>
          <ul>
            {group.items.map((item) => (
              <li key={item.key}>
                <strong>{item.org}</strong> ({countryName(item.country, language)}) ↔ {item.partner}{item.years && `, ${item.years}`}{item.arrangement && ` · ${labelOf('arrangement', item.arrangement, language)}`}
                {item.outcome && <p className="long-text">{tp('outcome')}: {item.outcome}</p>}
                {item.worked && <p className="long-text">{tp('worked')}: {item.worked}</p>}
                {item.didNotWork && <p className="long-text">{tp('didNotWork')}: {item.didNotWork}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{tp('willingTitle')}</h2>
      {willing.length === 0 ? <p>{tp('noneWilling')}</p> : (
        <table className="willing-table">
          <thead><tr><th scope="col">{t('colOrganisation')}</th><th scope="col">{t('colCountry')}</th><th scope="col">{t('colStatus')}</th><th scope="col">{tp('colWilling')}</th><th scope="col">{tp('roles')}</th></tr></thead>
          <tbody>
            {willing.map((file) => (
              <tr key={file.responseId}>
                <td>{str(file.data['org_name'])}</td>
                <td>{countryName(str(file.data['country']), language)}</td>
                <td>{labelOf('resettlement_status', str(file.data['resettlement_status']), language)}</td>
                <td>{tp(file.data['willing_to_twin'] === 'yes' ? 'willingYes' : 'willingMaybe')}</td>
                <td>{(Array.isArray(file.data['twin_roles']) ? file.data['twin_roles'] : []).map((role) => labelOf('twin_role', str(role), language)).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
