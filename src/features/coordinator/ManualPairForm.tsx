// Pair any need with any offer by hand (including `other` themes the engine never pairs).
import { useState } from 'react';
import type { UiLanguage } from '../../domain/codes';
import { countryName } from '../../domain/codes';
import { newFollowUp } from '../../domain/followUp';
import { useAnalysisT } from './analysisMessages';
import { useCoordinator } from './context';
import { pairKey, type Analysis } from '../../domain/analysis';

export function ManualPairForm({ analysis, language }: { analysis: Analysis; language: UiLanguage }) {
  const ta = useAnalysisT();
  const { store, reportProblem } = useCoordinator();
  const [needId, setNeedId] = useState('');
  const [offerId, setOfferId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const need = analysis.entries.needs.find((item) => item.id === needId);
  const offer = analysis.entries.offers.find((item) => item.id === offerId);

  async function pair() {
    if (!need || !offer) return;
    if (analysis.followUps.has(pairKey(need.id, offer.id))) { setMessage(ta('pairExists')); return; }
    try {
      await store.saveFollowUp(newFollowUp({ needId: need.id, offerId: offer.id, needResponseId: need.org.responseId, offerResponseId: offer.org.responseId, manual: true }, new Date().toISOString()));
      setMessage(null);
      setNeedId('');
      setOfferId('');
    } catch {
      reportProblem('unavailable');
    }
  }

  const label = (title: string, org: string, country: string) => `${title} — ${org} (${countryName(country, language)})`;
  return (
    <form className="manual-pair no-print" onSubmit={(event) => { event.preventDefault(); void pair(); }}>
      <h2>{ta('pairTitle')}</h2>
      <label>
        <span>{ta('pairNeed')}</span>
        <select value={needId} onChange={(event) => setNeedId(event.target.value)} data-testid="pair-need">
          <option value="">—</option>
          {analysis.entries.needs.map((item) => <option key={item.id} value={item.id}>{label(item.title, item.org.orgName, item.org.country)}</option>)}
        </select>
      </label>
      <label>
        <span>{ta('pairOffer')}</span>
        <select value={offerId} onChange={(event) => setOfferId(event.target.value)} data-testid="pair-offer">
          <option value="">—</option>
          {analysis.entries.offers.map((item) => <option key={item.id} value={item.id}>{label(item.title, item.org.orgName, item.org.country)}</option>)}
        </select>
      </label>
      <button type="submit" disabled={!need || !offer}>{ta('pairCreate')}</button>
      {message && <p role="status">{message}</p>}
    </form>
  );
}
