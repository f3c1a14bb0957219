// The chart of needs and opportunities (src/domain/chart.ts) and the entries it reads (src/domain/entries.ts).
import { describe, expect, it } from 'vitest';
import { buildChart, filterEntries, gapThemes, type ChartFilter, type ThemeRow } from '../../src/domain/chart';
import { codesOf } from '../../src/domain/codes';
import { buildEntries, type Entries } from '../../src/domain/entries';
import { findCandidates } from '../../src/domain/matching';
import { responseFile } from '../support/responseFiles';
import { uuid } from './coordinatorFixtures';
import { fundingSource, need, offer, org } from './matchingBuilders';

const TODAY = '2026-12-01';

describe('buildEntries', () => {
  const a = responseFile(uuid(1), 2, {
    org_name: ' Caritas Česko ', org_type: 'ngo', country: 'CZ', resettlement_status: 'emerging', working_languages: ['cs', 'en'],
    contact_name: 'Jana', contact_email: 'jana@example.org', consent_share: 'share_all',
    needs: [
      { id: 'need-z', theme: 'housing', title: 'Housing', modalities: ['study_visit'], languages: [], priority: 'high', funding: 'needs_funding', start: '2027-01', partner_types: ['government'], preferred_countries: ['SE'] },
      { id: 'need-a', theme: 'education', title: 'Schools', modalities: ['mentoring'], languages: ['fr'], priority: 'low', funding: 'self_funded' },
    ],
    offers: [{ id: 'offer-m', theme: 'housing', title: 'Housing', modalities: ['materials'], cost: 'we_cover', capacity: 3, recipient_regions: ['europe'] }],
    funding_sources: [{ id: 'fund-q', name: 'Fund', funder_type: 'eu', themes: ['housing'], deadline: '2027-01-31' }],
  });
  const b = responseFile(uuid(2), 1, {
    org_name: 'Migrationsverket', org_type: 'local_government', country: 'SE', resettlement_status: 'established', working_languages: ['sv'],
    needs: [{ id: 'need-m', theme: 'other', theme_other: 'Winter', title: 'Winter', modalities: [], priority: 'medium', funding: 'partial' }],
    offers: [{ id: 'offer-a', theme: 'language_training', title: 'Swedish', modalities: ['training'], languages: ['sv', 'en'], cost: 'cost_shared' }],
    funding_sources: [],
  });

  it("carries the organisation's fields on every entry", () => {
    const entries = buildEntries([a, b]);
    const needZ = entries.needs.find((item) => item.id === 'need-z');
    expect(needZ?.org).toEqual({
      responseId: uuid(1), orgName: ' Caritas Česko ', orgKey: 'caritas cesko', orgType: 'ngo', orgClass: 'ngo', country: 'CZ', region: 'europe',
      status: 'emerging', workingLanguages: ['cs', 'en'], consent: 'share_all', contactName: 'Jana', contactEmail: 'jana@example.org',
      round: '2026-Q4', language: 'en', submittedAt: a.submittedAt,
    });
    expect(entries.offers.find((item) => item.id === 'offer-a')?.org).toMatchObject({ orgClass: 'government', region: 'europe', status: 'established' });
    expect(entries.organisations.map((item) => item.orgName)).toEqual([' Caritas Česko ', 'Migrationsverket']);
  });

  it("reads each entry's fields, with the organisation's working languages when it names none", () => {
    const entries = buildEntries([a, b]);
    expect(entries.needs.find((item) => item.id === 'need-z')).toMatchObject({
      theme: 'housing', themeGroup: 'integration', modalities: ['study_visit'], languages: ['cs', 'en'], priority: 'high', start: '2027-01',
      funding: 'needs_funding', partnerTypes: ['government'], preferredCountries: ['SE'],
    });
    expect(entries.needs.find((item) => item.id === 'need-a')?.languages).toEqual(['fr']);
    expect(entries.needs.find((item) => item.id === 'need-m')).toMatchObject({ theme: 'other', themeGroup: 'other', themeOther: 'Winter', languages: ['sv'] });
    expect(entries.offers.find((item) => item.id === 'offer-m')).toMatchObject({ languages: ['cs', 'en'], capacity: 3, cost: 'we_cover', recipientRegions: ['europe'], recipientTypes: [] });
    expect(entries.offers.find((item) => item.id === 'offer-a')).toMatchObject({ languages: ['sv', 'en'], capacity: null });
    expect(entries.funding).toMatchObject([{ id: 'fund-q', funderType: 'eu', themes: ['housing'], modalities: [], deadline: '2027-01-31' }]);
  });

  it('gives the same entries in the same order (by id) whatever the order of the files', () => {
    const forward = buildEntries([a, b]);
    expect(buildEntries([b, a])).toEqual(forward);
    expect(forward.needs.map((item) => item.id)).toEqual(['need-a', 'need-m', 'need-z']);
    expect(forward.offers.map((item) => item.id)).toEqual(['offer-a', 'offer-m']);
  });

  it('orders copies of one entry id by response id', () => {
    const copy = responseFile(uuid(3), 1, { ...a.data, org_name: 'A copy' });
    const forward = buildEntries([copy, a]);
    expect(forward.needs.filter((item) => item.id === 'need-z').map((item) => item.org.responseId)).toEqual([uuid(1), uuid(3)]);
    expect(buildEntries([a, copy])).toEqual(forward);
  });
});

/*
 * A small world. Organisations: A (SE, government, established), B (CA, NGO, established), C (KE, NGO, emerging),
 * D (JP, international, considering). Housing: needs from A, C, D; offers from B and A. Education: one need (C), no offer.
 * Employment: one offer (B), no need.
 */
const A = org({ responseId: 'r-a', orgName: 'A', orgType: 'government', country: 'SE', status: 'established', round: '2026-Q3', language: 'en' });
const B = org({ responseId: 'r-b', orgName: 'B', orgType: 'ngo', country: 'CA', status: 'established', round: '2026-Q4', language: 'fr' });
const C = org({ responseId: 'r-c', orgName: 'C', orgType: 'refugee_led', country: 'KE', status: 'emerging', round: '2026-Q4', language: 'en' });
const D = org({ responseId: 'r-d', orgName: 'D', orgType: 'intl_org', country: 'JP', status: 'considering', round: '2026-Q4', language: 'es' });

function world(): Entries {
  return {
    organisations: [A, B, C, D],
    needs: [
      need({ id: 'n-a', org: A, theme: 'housing', modalities: ['study_visit'], languages: ['en'] }),
      need({ id: 'n-c', org: C, theme: 'housing', modalities: ['study_visit', 'mentoring'], languages: ['en', 'fr'] }),
      need({ id: 'n-d', org: D, theme: 'housing', modalities: ['mentoring'], languages: ['ja'] }),
      need({ id: 'n-c2', org: C, theme: 'education', modalities: ['training'], languages: ['en'] }),
    ],
    offers: [
      offer({ id: 'o-b', org: B, theme: 'housing', modalities: ['study_visit', 'mentoring'], languages: ['en'] }),
      offer({ id: 'o-a', org: A, theme: 'housing', modalities: ['mentoring'], languages: ['fr'] }),
      offer({ id: 'o-b2', org: B, theme: 'employment_skills', modalities: ['training'], languages: ['fr'] }),
    ],
    funding: [
      fundingSource({ id: 'f-1', org: B, themes: ['housing', 'education'], modalities: ['study_visit'] }),
      fundingSource({ id: 'f-2', org: D, themes: [] }),
      fundingSource({ id: 'f-3', org: A, themes: ['housing', 'housing'] }),
      fundingSource({ id: 'f-4', org: C, themes: [], modalities: ['training'] }),
    ],
  };
}

const rowOf = (rows: readonly ThemeRow[], theme: string): ThemeRow => {
  const row = rows.find((item) => item.theme === theme);
  if (!row) throw new Error(`no row for ${theme}`);
  return row;
};

describe('buildChart', () => {
  const entries = world();
  const candidates = findCandidates(entries.needs, entries.offers, entries.funding, TODAY);
  const chart = buildChart(entries, candidates);

  it('has one row per theme, in the code list order', () => {
    expect(chart.rows.map((row) => row.theme)).toEqual(codesOf('theme'));
    expect(rowOf(chart.rows, 'housing').group).toBe('integration');
    expect(rowOf(chart.rows, 'programme_design').group).toBe('programme');
  });

  it('counts needs and offers per theme, split by status, class and region', () => {
    expect(rowOf(chart.rows, 'housing')).toMatchObject({
      needs: 3, offers: 2,
      needsBy: {
        status: { established: 1, emerging: 1, considering: 1 },
        orgClass: { government: 1, ngo: 1, international: 1 },
        region: { europe: 1, africa: 1, asia: 1 },
      },
      offersBy: {
        status: { established: 2 },
        orgClass: { ngo: 1, government: 1 },
        region: { americas: 1, europe: 1 },
      },
    });
    expect(rowOf(chart.rows, 'education')).toMatchObject({ needs: 1, offers: 0, needsBy: { status: { emerging: 1 } }, offersBy: { status: {}, orgClass: {}, region: {} } });
    expect(rowOf(chart.rows, 'employment_skills')).toMatchObject({ needs: 0, offers: 1, offersBy: { region: { americas: 1 } } });
  });

  it('counts funding per named theme (once per source) and sources open to any theme apart', () => {
    expect(rowOf(chart.rows, 'housing').funding).toBe(2);
    expect(rowOf(chart.rows, 'education').funding).toBe(1);
    expect(rowOf(chart.rows, 'employment_skills').funding).toBe(0);
    expect(chart.fundingAnyTheme).toBe(2);
  });

  it('counts candidates, obvious matches and needs with an obvious match per theme', () => {
    // Housing: n-a×o-b (obvious), n-c×o-b (obvious), n-c×o-a (obvious), n-d×o-b (no shared language), n-d×o-a (idem); n-a×o-a is one organisation.
    expect(candidates.map((candidate) => [candidate.need.id, candidate.offer.id, candidate.obvious]).sort()).toEqual([
      ['n-a', 'o-b', true], ['n-c', 'o-a', true], ['n-c', 'o-b', true], ['n-d', 'o-a', false], ['n-d', 'o-b', false],
    ]);
    expect(rowOf(chart.rows, 'housing')).toMatchObject({ candidates: 5, obvious: 3, needsWithObvious: 2 });
    expect(rowOf(chart.rows, 'education')).toMatchObject({ candidates: 0, obvious: 0, needsWithObvious: 0 });
  });

  it('has totals', () => {
    expect(chart.totals).toEqual({ needs: 4, offers: 3, funding: 4, candidates: 5, obvious: 3, organisations: 4 });
  });

  it('marks a gap where there are needs and no offers', () => {
    expect(rowOf(chart.rows, 'education').gap).toBe(true);
    expect(rowOf(chart.rows, 'housing').gap).toBe(false);
    expect(rowOf(chart.rows, 'employment_skills').gap).toBe(false);
    expect(rowOf(chart.rows, 'programme_design').gap).toBe(false);
    expect(gapThemes(chart).map((row) => row.theme)).toEqual(['education']);
  });

  it('marks a gap where a filter removed every offer of a theme, and counts only the candidates still shown', () => {
    const filtered = buildChart(filterEntries(entries, { region: 'africa' }), candidates);
    expect(rowOf(filtered.rows, 'housing')).toMatchObject({ needs: 1, offers: 0, gap: true, candidates: 0, obvious: 0, needsWithObvious: 0 });
    expect(gapThemes(filtered).map((row) => row.theme)).toEqual(['housing', 'education']);
    expect(filtered.totals).toMatchObject({ needs: 2, offers: 0, candidates: 0, obvious: 0, organisations: 1 });
  });

  it('counts a need of the `other` theme in the other row, with no candidates', () => {
    const withOther: Entries = { ...entries, needs: [...entries.needs, need({ id: 'n-o', org: A, theme: 'other' })], offers: [...entries.offers, offer({ id: 'o-o', org: B, theme: 'other' })] };
    const otherChart = buildChart(withOther, findCandidates(withOther.needs, withOther.offers, [], TODAY));
    expect(rowOf(otherChart.rows, 'other')).toMatchObject({ needs: 1, offers: 1, candidates: 0, gap: false });
  });
});

describe('filterEntries', () => {
  const ids = (entries: Entries) => ({
    organisations: entries.organisations.map((item) => item.responseId),
    needs: entries.needs.map((item) => item.id),
    offers: entries.offers.map((item) => item.id),
    funding: entries.funding.map((item) => item.id),
  });

  it.each<[string, ChartFilter, ReturnType<typeof ids>]>([
    ['no filter keeps everything', {}, { organisations: ['r-a', 'r-b', 'r-c', 'r-d'], needs: ['n-a', 'n-c', 'n-d', 'n-c2'], offers: ['o-b', 'o-a', 'o-b2'], funding: ['f-1', 'f-2', 'f-3', 'f-4'] }],
    ['round', { round: '2026-Q3' }, { organisations: ['r-a'], needs: ['n-a'], offers: ['o-a'], funding: ['f-3'] }],
    ['region', { region: 'americas' }, { organisations: ['r-b'], needs: [], offers: ['o-b', 'o-b2'], funding: ['f-1'] }],
    ['resettlement status', { status: 'established' }, { organisations: ['r-a', 'r-b'], needs: ['n-a'], offers: ['o-b', 'o-a', 'o-b2'], funding: ['f-1', 'f-3'] }],
    ['organisation class', { orgClass: 'ngo' }, { organisations: ['r-b', 'r-c'], needs: ['n-c', 'n-c2'], offers: ['o-b', 'o-b2'], funding: ['f-1', 'f-4'] }],
    ["the response's language", { language: 'es' }, { organisations: ['r-d'], needs: ['n-d'], offers: [], funding: ['f-2'] }],
    // Funding sources open to any modality stay.
    ['modality of the entry', { modality: 'mentoring' }, { organisations: ['r-a', 'r-b', 'r-c', 'r-d'], needs: ['n-c', 'n-d'], offers: ['o-b', 'o-a'], funding: ['f-2', 'f-3'] }],
    ['several at once', { round: '2026-Q4', orgClass: 'ngo', modality: 'training' }, { organisations: ['r-b', 'r-c'], needs: ['n-c2'], offers: ['o-b2'], funding: ['f-4'] }],
    ['nothing matches', { region: 'oceania' }, { organisations: [], needs: [], offers: [], funding: [] }],
  ])('%s', (_, filter, expected) => {
    expect(ids(filterEntries(world(), filter))).toEqual(expected);
  });
});
