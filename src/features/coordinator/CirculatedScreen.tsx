// The chart sent to every participant: invitation, totals per theme, circulated entries and events, consent applied.
import { useMemo } from 'react';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import { circulatedChart, circulatedTable, type CirculatedEntry, type CirculatedFunding, type Contact } from '../../domain/circulated';
import { downloadCsv } from '../../io/downloadFiles';
import { countryName, labelList, labelOf, type UiLanguage } from '../../domain/codes';
import { isHttpUrl } from '../../domain/fieldRules';
import { isFollowUpResponse } from '../../domain/responseFile';
import { useAnalysisT } from './analysisMessages';
import { dayText } from '../../domain/calendarText';
import { usePilotT, type PilotTranslate } from './pilotMessages';
import { useAnalysisWithLatest } from './useAnalysis';

function contactText(contact: Contact, tp: PilotTranslate): string {
  return contact.viaCoordinator ? tp('contactVia', { email: contact.email }) : `${contact.name} <${contact.email}>`;
}

/** A web address from an answer: a link only when it is http(s). */
function Address({ url }: { url: string }) {
  return isHttpUrl(url) ? <a href={url} rel="noopener noreferrer" target="_blank">{url}</a> : <>{url}</>;
}

/** Where funding is: the source, what it funds and for whom, and who reported it (consent applied). */
function Funding({ source, language }: { source: CirculatedFunding; language: UiLanguage }) {
  const tp = usePilotT();
  const { locale } = useI18n();
  const labels = (list: 'theme' | 'region' | 'org_class', codes: readonly string[], whenEmpty: string) => (codes.length > 0 ? codes.map((code) => labelOf(list, code, language)).join(', ') : whenEmpty);
  const facts = [
    tp('fundingThemes', { themes: labels('theme', source.themes, tp('fundingAnyTheme')) }),
    tp('fundingRegions', { regions: labels('region', source.eligibleRegions, tp('fundingAnyRegion')) }),
    tp('fundingOrgTypes', { types: labels('org_class', source.eligibleOrgTypes, tp('fundingAnyOrg')) }),
    ...(source.amount ? [tp('fundingAmount', { amount: source.amount })] : []),
    ...(source.deadline ? [tp('fundingDeadline', { date: dayText(source.deadline, locale) })] : []),
  ];
  return (
    <li data-funding-id={source.id}>
      <strong>{source.name}</strong> — {labelOf('funder_type', source.funderType, language)}
      <div className="small">{facts.join(' · ')}</div>
      {source.notes && <div className="long-text">{source.notes}</div>}
      {source.url && <div className="small"><Address url={source.url} /></div>}
      <div className="small">{tp('fundingReportedBy', { org: source.orgName, country: countryName(source.country, language) })}</div>
      <div className="small contact">{contactText(source.contact, tp)}</div>
    </li>
  );
}

function Entry({ entry, language }: { entry: CirculatedEntry; language: UiLanguage }) {
  const tp = usePilotT();
  return (
    <li data-entry-id={entry.id}>
      <strong>{entry.title}</strong> — {entry.orgName}, {countryName(entry.country, language)} ({labelOf('resettlement_status', entry.status, language)})
      {entry.description && <div className="long-text">{entry.description}</div>}
      <div className="small">{labelList('modality', entry.modalities, language)} · {entry.languages.map((code) => labelOf('language', code, language)).join(', ')}</div>
      <div className="small contact">{contactText(entry.contact, tp)}</div>
    </li>
  );
}

export function CirculatedScreen() {
  const tp = usePilotT();
  const ta = useAnalysisT();
  const { language, locale } = useI18n();
  const current = useAnalysisWithLatest();
  const circulated = useMemo(() => (current
    ? circulatedChart(current.analysis.entries, current.analysis.candidates, current.latest.filter((file) => !isFollowUpResponse(file)), deployment.coordinatorEmail) : undefined), [current]);
  if (!circulated) return null;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());
  const rows = circulated.chart.rows.filter((row) => row.needs > 0 || row.offers > 0);

  return (
    <article className="coordinator-screen wide circulated" aria-labelledby="circulated-title">
      <h1 id="circulated-title">{tp('circulatedTitle')}</h1>
      <p className="small">{tp('circulatedFor', { org: deployment.coordinatingOrganisation, date })}</p>
      <p className="invitation">{tp('circulatedInvitation', { name: deployment.coordinatorName, email: deployment.coordinatorEmail })}</p>
      <p className="no-print"><button type="button" onClick={() => window.print()}>{tp('print')}</button> <button type="button" onClick={() => downloadCsv(circulatedTable(circulated))}>{tp('downloadCsv', { file: 'circulated_chart.csv' })}</button></p>
      {circulated.hiddenEntries > 0 && <p className="small">{tp('circulatedConsent', { count: circulated.hiddenEntries })}</p>}
      <table className="chart-table">
        <thead><tr><th scope="col">{ta('colTheme')}</th><th scope="col" className="numeric">{ta('colNeeds')}</th><th scope="col" className="numeric">{ta('colOffers')}</th><th scope="col" className="numeric">{ta('colFunding')}</th><th scope="col" className="numeric">{ta('colObvious')}</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.theme} data-theme={row.theme}>
              <th scope="row">{labelOf('theme', row.theme, language)}{row.gap && <span className="gap-marker"> {ta('gap')}</span>}</th>
              <td className="numeric">{row.needs}</td><td className="numeric">{row.offers}</td><td className="numeric">{row.funding}</td><td className="numeric">{row.obvious}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.map((row) => {
        const needs = circulated.entries.filter((entry) => entry.theme === row.theme && entry.kind === 'need');
        const offers = circulated.entries.filter((entry) => entry.theme === row.theme && entry.kind === 'offer');
        if (needs.length + offers.length === 0) return null;
        return (
          <section key={row.theme} className="circulated-theme">
            <h2>{labelOf('theme', row.theme, language)}</h2>
            {needs.length > 0 && <><h3>{tp('needsHeading')}</h3><ul>{needs.map((entry) => <Entry key={entry.id} entry={entry} language={language} />)}</ul></>}
            {offers.length > 0 && <><h3>{tp('offersHeading')}</h3><ul>{offers.map((entry) => <Entry key={entry.id} entry={entry} language={language} />)}</ul></>}
          </section>
        );
      })}
      <h2>{tp('fundingTitle')}</h2>
      {circulated.funding.length === 0 ? <p>{tp('noFunding')}</p> : (
        <ul className="circulated-funding">{circulated.funding.map((source) => <Funding key={`${source.orgName}|${source.id}`} source={source} language={language} />)}</ul>
      )}
      <h2>{tp('calendarTitle')}</h2>
      {circulated.events.length === 0 ? <p>{tp('noEvents')}</p> : (
        <ol className="calendar">
          {circulated.events.map((entry) => <li key={entry.id} data-date={entry.eventDate}><strong>{dayText(entry.eventDate, locale)}</strong> — {entry.eventName}: {entry.title} ({entry.orgName}){entry.url && <> · <Address url={entry.url} /></>}</li>)}
        </ol>
      )}
      <h2>{tp('willingTitle')}</h2>
      {circulated.twinning.length === 0 ? <p>{tp('noneWilling')}</p> : (
        <ul>
          {circulated.twinning.map((signUp) => (
            <li key={`${signUp.orgName}-${signUp.country}`}>{signUp.orgName}, {countryName(signUp.country, language)} — {tp(signUp.willing === 'yes' ? 'willingYes' : 'willingMaybe')}{signUp.roles.length > 0 && ` (${signUp.roles.map((role) => labelOf('twin_role', role, language)).join(', ')})`} · {contactText(signUp.contact, tp)}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
