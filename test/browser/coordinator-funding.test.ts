// A need that must be funded, paired with an offer that does not cover costs, and nine funding sources that fit it:
// the match card lists the five most specific and the rest on demand; the needs view names five and counts the rest.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser';
import { responseFile, serializeResponseFile, writeFiles } from '../support/responseFiles';
import { CoordinatorPage } from './pages/coordinatorPage';

const baseUrl = inject('baseUrl');
const A = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const B = '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e';
const need = { id: 'need-f', theme: 'housing', title: 'Housing first, funded', modalities: ['study_visit'], priority: 'high', funding: 'needs_funding' };
const offer = { id: 'offer-f', theme: 'housing', title: 'Study visit to our housing programme', modalities: ['study_visit'], cost: 'cost_shared' };
// Only the first is specific to housing; the other eight fit anything, so the housing fund comes first.
const sources = [
  { id: 'fund-housing', name: 'Housing Exchange Fund', funder_type: 'foundation', themes: ['housing'], amount: 'EUR 20,000', deadline: '2099-03-31' },
  ...Array.from({ length: 8 }, (_, index) => ({ id: `fund-${index + 1}`, name: `Open Fund ${index + 1}`, funder_type: 'foundation' })),
];
const files = writeFiles({
  'need.needs-offers.json': serializeResponseFile(responseFile(A, 1, {
    needs: [need], has_offers: false, offers: undefined, has_funding_sources: false, funding_sources: undefined,
  })),
  'offer.needs-offers.json': serializeResponseFile(responseFile(B, 1, {
    org_name: 'Svenska Bostadsrådet', country: 'SE', has_needs: false, needs: undefined, offers: [offer], funding_sources: sources,
  })),
});

describe('funding suggestions', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser(baseUrl);
    const coordinator = new CoordinatorPage(session.page, baseUrl);
    await coordinator.open('import');
    await coordinator.importFiles([files.path('need.needs-offers.json'), files.path('offer.needs-offers.json')]);
    await coordinator.go('matches');
  });
  afterAll(async () => { await session.close(); });

  it('lists the five most specific on the card, and the other four when asked', async () => {
    const card = session.page.locator('.match-card[data-need="need-f"][data-offer="offer-f"]');
    const shown = card.locator('ul.funding-list > li');
    await expect.poll(() => shown.allInnerTexts()).toHaveLength(5);
    // Its deadline written out, as the reader writes dates.
    expect((await shown.first().innerText())).toBe('Housing Exchange Fund (EUR 20,000) — Deadline: March 31, 2099 · Svenska Bostadsrådet');
    const more = card.getByText('and 4 more');
    await more.click();
    await expect.poll(() => card.locator('details li').count()).toBe(4);
    expect(session.pageErrors).toEqual([]);
  });

  it('names five in the needs view, and counts the rest', async () => {
    await session.page.getByRole('button', { name: 'Needs and their offers' }).click();
    const line = session.page.locator('.needs-view .small').filter({ hasText: 'Funding that might cover the gap' }).first();
    await expect.poll(() => line.innerText()).toMatch(/^Funding that might cover the gap: Housing Exchange Fund; (Open Fund \d; ){3}Open Fund \d and 4 more$/);
  });
});
