// A draft memorandum of understanding for a register entry, following the twinning guidelines' outline, with Annex A.
import mou from '../../../surveys/mou.json';
import { deployment } from '../../app/deployment';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/router';
import { countryName, labelOf, type UiLanguage } from '../../domain/codes';
import { partnersText, type RegisterEntry } from '../../domain/register';
import { useRegister } from '../../db/hooks';
import { useCoordinator } from './context';
import { usePilotT } from './pilotMessages';
import { useAnalysis } from './useAnalysis';

interface Section { key: string; heading: Record<UiLanguage, string>; guidance: Record<UiLanguage, string> }
const sections: Section[] = mou.sections;
const checklist: { key: string; text: Record<UiLanguage, string> }[] = mou.checklist;

/** What the app already knows for each section; the rest is left for the partners to write. */
function prefill(key: string, entry: RegisterEntry, language: UiLanguage, funding: string[]): string[] {
  const partners = entry.partners.map((partner) => `${partner.organisation}${partner.country ? `, ${countryName(partner.country, language)}` : ''}${partner.letter ? ` (${partner.letter})` : ''}`);
  switch (key) {
    case 'title': return [partnersText(entry.partners)];
    case 'introduction': return partners;
    case 'aims': return entry.activity ? [entry.activity] : [];
    case 'objectives': return entry.activityTypes.map((code) => labelOf('activity_type', code, language));
    case 'roles': return entry.partners.map((partner) => `${partner.organisation}: `);
    case 'implementation': return [entry.years, entry.arrangement ? labelOf('arrangement', entry.arrangement, language) : ''].filter((line) => line !== '');
    case 'funding': return funding;
    case 'review': return [entry.outcome, entry.lessons].filter((line) => line !== '');
    default: return [];
  }
}

export function MouDraft({ entryId }: { entryId: string }) {
  const tp = usePilotT();
  const { language } = useI18n();
  const { store } = useCoordinator();
  const entries = useRegister(store);
  const analysis = useAnalysis();
  if (!entries || !analysis) return null;
  const entry = entries.find((item) => item.entryId === entryId);
  if (!entry) return <section className="coordinator-screen"><p>{tp('noEntries')}</p></section>;
  const candidate = analysis.candidates.find((item) => item.need.id === entry.matchNeedId && item.offer.id === entry.matchOfferId);
  const sources = new Map(analysis.entries.funding.map((source) => [source.id, source]));
  const funding = (candidate ? candidate.fundingSuggestions : analysis.needFunding(entry.matchNeedId ?? ''))
    .flatMap((id) => { const source = sources.get(id); return source ? [`${source.name}${source.amount ? ` (${source.amount})` : ''}${source.deadline ? `, ${source.deadline}` : ''}`] : []; });

  return (
    <article className="coordinator-screen mou" aria-labelledby="mou-title">
      <p className="no-print actions"><a href={hrefFor('coordinator', 'register')}>← {tp('back')}</a> <button type="button" onClick={() => window.print()}>{tp('print')}</button></p>
      <h1 id="mou-title">{tp('mouTitle')}</h1>
      <p>{tp('mouBetween', { partners: partnersText(entry.partners) })}</p>
      {sections.map((section, index) => {
        const lines = prefill(section.key, entry, language, funding);
        return (
          <section key={section.key} className="mou-section" data-section={section.key}>
            <h2>{index + 1}. {section.heading[language]}</h2>
            <p className="guidance">{section.guidance[language]}</p>
            {lines.length > 0 ? <ul>{lines.map((line, i) => <li key={i}>{line}</li>)}</ul> : null}
            <div className="write-here" aria-hidden="true" />
          </section>
        );
      })}
      <section className="mou-checklist">
        <h2>{tp('checklistTitle')}</h2>
        <ul className="checklist">
          {checklist.map((item) => <li key={item.key}><span className="box" aria-hidden="true">☐</span> {item.text[language]}</li>)}
        </ul>
      </section>
      <p className="small">{deployment.coordinatingOrganisation} · {deployment.coordinatorEmail}</p>
    </article>
  );
}
