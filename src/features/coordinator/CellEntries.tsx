// The needs and offers behind one cell of the chart, each leading to its response.
import { useEffect, useRef } from 'react';
import { hrefFor } from '../../app/router';
import type { Breakdown } from '../../domain/chart';
import { countryName, labelList, labelOf, type UiLanguage } from '../../domain/codes';
import type { Entries, Need, Offer, Organisation } from '../../domain/entries';
import { useAnalysisT } from './analysisMessages';
import { BREAKDOWN_LIST } from './HeatMap';

export interface CellSelection {
  theme: string;
  breakdown: Breakdown;
  value: string;
}

function inColumn(org: Organisation, selection: CellSelection): boolean {
  const key = selection.breakdown === 'status' ? org.status : selection.breakdown === 'region' ? org.region : org.orgClass;
  return key === selection.value;
}

interface Props {
  selection: CellSelection;
  entries: Entries;
  onClose: () => void;
  language: UiLanguage;
}

export function CellEntries({ selection, entries, onClose, language }: Props) {
  const ta = useAnalysisT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [selection]);
  const picked: { kind: 'need' | 'offer'; entry: Need | Offer }[] = [
    ...entries.needs.filter((need) => need.theme === selection.theme && inColumn(need.org, selection)).map((entry) => ({ kind: 'need' as const, entry })),
    ...entries.offers.filter((offer) => offer.theme === selection.theme && inColumn(offer.org, selection)).map((entry) => ({ kind: 'offer' as const, entry })),
  ];
  return (
    <section className="cell-entries" aria-labelledby="cell-title">
      <h2 id="cell-title" ref={heading} tabIndex={-1}>
        {ta('cellEntries', { theme: labelOf('theme', selection.theme, language), column: labelOf(BREAKDOWN_LIST[selection.breakdown], selection.value, language) })}
      </h2>
      <button type="button" onClick={onClose}>{ta('close')}</button>
      <table>
        <thead>
          <tr><th scope="col">{ta('colKind')}</th><th scope="col">{ta('colEntry')}</th><th scope="col">{ta('colLink')}</th></tr>
        </thead>
        <tbody>
          {picked.map(({ kind, entry }) => (
            <tr key={`${kind}-${entry.id}`} data-entry-id={entry.id}>
              <td>{ta(kind === 'need' ? 'entryNeed' : 'entryOffer')}</td>
              <td>
                <strong>{entry.title}</strong>
                <div className="small">{entry.org.orgName} · {countryName(entry.org.country, language)}</div>
                <div className="small">{labelList('modality', entry.modalities, language)} · {labelList('language', entry.languages, language)}</div>
              </td>
              {/* Named after its organisation: a screen reader's list of links read "Open the response" ten times. */}
              <td><a href={hrefFor('coordinator', 'responses', entry.org.responseId)}>{ta('openResponse')}<span className="visually-hidden">: {entry.org.orgName}</span></a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
