// formats.md, "The circulated chart": consent applied exactly — share_all named with contacts, share_org_only named with the
// coordinator's address, coordinator_only never by name but counted in its theme's totals.
import { describe, expect, it } from 'vitest';
import { circulatedChart, circulatedTable, visibilityOf, type CirculatedChart } from '../../src/domain/circulated';
import { buildEntries } from '../../src/domain/entries';
import { findCandidates } from '../../src/domain/matching';
import { buildResponseFile, validateResponse, type ResponseFile } from '../../src/domain/responseFile';
import { uuid } from './coordinatorFixtures';
import { validAnswers } from './fixtures';
import { org } from './matchingBuilders';

const COORDINATOR = 'pilot-coordinator@atcr.example';

interface Respondent {
  n: number;
  name: string;
  country: string;
  status: string;
  consent: string;
  contactName: string;
  contactEmail: string;
  willing: 'yes' | 'maybe' | 'no';
  roles?: string[];
  needs?: Record<string, unknown>[];
  offers?: Record<string, unknown>[];
  funding?: Record<string, unknown>[];
}

function respond(who: Respondent): ResponseFile {
  const data = validAnswers();
  delete data['funding_sources'];
  delete data['twin_roles'];
  Object.assign(data, {
    org_name: who.name, country: who.country, resettlement_status: who.status, consent_share: who.consent, contact_name: who.contactName,
    contact_email: who.contactEmail, willing_to_twin: who.willing, has_needs: who.needs !== undefined, has_offers: who.offers !== undefined,
    has_funding_sources: who.funding !== undefined,
  });
  if (who.funding) data['funding_sources'] = who.funding;
  if (who.roles) data['twin_roles'] = who.roles;
  if (who.needs) data['needs'] = who.needs; else delete data['needs'];
  if (who.offers) data['offers'] = who.offers; else delete data['offers'];
  return buildResponseFile({
    responseId: uuid(who.n), revision: 1, round: '2026-Q4', language: 'en', startedAt: '2026-11-01T09:00:00.000Z', submittedAt: `2026-11-0${who.n}T10:00:00.000Z`,
  }, data);
}

const need = (id: string, theme: string, title: string) => ({ id, theme, title, description: `${title}: details`, modalities: ['study_visit'], languages: ['en'], priority: 'high', funding: 'self_funded' });
const fund = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id, name, funder_type: 'foundation', themes: ['housing'], modalities: ['study_visit'], eligible_regions: ['europe'], eligible_org_types: ['ngo'],
  amount: 'up to EUR 10,000', deadline: '2027-05-31', url: 'https://fund.example/apply', notes: `${name}: notes`, ...extra,
});
const offer = (id: string, theme: string, title: string, extra: Record<string, unknown> = {}) => ({
  id, theme, title, description: `${title}: details`, modalities: ['study_visit'], languages: ['en'], cost: 'we_cover', ...extra,
});

const OPEN: Respondent = {
  n: 1, name: 'Open Harbour Trust', country: 'NZ', status: 'established', consent: 'share_all', contactName: 'Olga Openshaw',
  contactEmail: 'olga@open-harbour.example', willing: 'yes', roles: ['mentor', 'peer'],
  offers: [
    offer('o-open-1', 'language_training', 'Teacher training week', { modalities: ['training'], event_name: 'Teachers week', event_date: '2027-03-01' }),
    offer('o-open-2', 'housing', 'Housing handbook', { modalities: ['materials'] }),
  ],
  funding: [fund('f-open-1', 'Harbour Housing Fund', { themes: ['housing', 'education'], eligible_regions: ['europe', 'oceania'] })],
};
const QUIET: Respondent = {
  n: 2, name: 'Quiet Bridge Association', country: 'PT', status: 'emerging', consent: 'share_org_only', contactName: 'Quentin Quillfeather',
  contactEmail: 'quentin@quiet-bridge.example', willing: 'maybe', roles: ['mentee'],
  needs: [need('n-quiet-1', 'housing', 'Housing for large families')],
  offers: [offer('o-quiet-1', 'reception_arrival', 'Arrival conference', { modalities: ['conference'], event_name: 'Arrivals forum', event_date: '2026-12-05' })],
  funding: [fund('f-quiet-1', 'Bridge Grants', { funder_type: 'government', themes: [], amount: '' })],
};
const SECRET: Respondent = {
  n: 3, name: 'Silent Lantern Foundation', country: 'UY', status: 'new', consent: 'coordinator_only', contactName: 'Sabine Silverstone',
  contactEmail: 'sabine@silent-lantern.example', willing: 'yes', roles: ['mentee', 'peer'],
  needs: [need('n-secret-1', 'housing', 'Confidential housing pilot')],
  offers: [offer('o-secret-1', 'reception_arrival', 'Closed arrival seminar', { modalities: ['conference'], event_name: 'Closed seminar', event_date: '2026-11-20' })],
  funding: [fund('f-secret-1', 'Lantern Private Endowment', { url: 'https://lantern.example/private' })],
};
const NO_TWIN: Respondent = {
  n: 4, name: 'Northern Gate Council', country: 'NO', status: 'established', consent: 'share_all', contactName: 'Nils Nordgate',
  contactEmail: 'nils@northern-gate.example', willing: 'no',
  needs: [need('n-north-1', 'language_training', 'Teachers for Dari')],
};

const latest = [OPEN, QUIET, SECRET, NO_TWIN].map(respond);
const entries = buildEntries(latest);
const candidates = findCandidates(entries.needs, entries.offers, entries.funding, '2026-11-15');
const circulated = circulatedChart(entries, candidates, latest, COORDINATOR);
const SECRET_STRINGS = [SECRET.name, SECRET.contactName, SECRET.contactEmail, 'Confidential housing pilot', 'Closed arrival seminar', 'Closed seminar', 'n-secret-1', 'o-secret-1',
  'f-secret-1', 'Lantern Private Endowment', 'https://lantern.example/private'];

const entryById = (result: CirculatedChart, id: string) => result.entries.find((entry) => entry.id === id);

describe('the fixture', () => {
  it('is made of valid responses, with candidates involving the hidden organisation', () => {
    for (const file of latest) expect(validateResponse(file)).toMatchObject({ ok: true });
    expect(candidates.some((candidate) => candidate.need.id === 'n-secret-1' || candidate.offer.id === 'o-secret-1')).toBe(true);
  });
});

describe('visibilityOf', () => {
  it.each([
    ['share_all', 'named_with_contacts'],
    ['share_org_only', 'named_contact_via_coordinator'],
    ['coordinator_only', 'hidden'],
    ['', 'hidden'],
    ['SHARE_ALL', 'hidden'],
  ])('consent %j → %s', (consent, visibility) => {
    expect(visibilityOf(org({ consent }))).toBe(visibility);
  });
});

describe('circulatedChart', () => {
  it('share_all: organisation, country and the organisation\'s own contact', () => {
    for (const id of ['o-open-1', 'o-open-2']) {
      expect(entryById(circulated, id)).toMatchObject({
        orgName: OPEN.name, country: 'NZ', status: 'established',
        contact: { name: OPEN.contactName, email: OPEN.contactEmail, viaCoordinator: false },
      });
    }
    expect(entryById(circulated, 'n-north-1')).toMatchObject({ orgName: NO_TWIN.name, country: 'NO', contact: { name: NO_TWIN.contactName, email: NO_TWIN.contactEmail } });
  });

  it('share_org_only: organisation and country, contact through the coordinator\'s address', () => {
    for (const id of ['n-quiet-1', 'o-quiet-1']) {
      expect(entryById(circulated, id)).toMatchObject({
        orgName: QUIET.name, country: 'PT', status: 'emerging', contact: { name: '', email: COORDINATOR, viaCoordinator: true },
      });
    }
    const text = JSON.stringify(circulated);
    expect(text).not.toContain(QUIET.contactName);
    expect(text).not.toContain(QUIET.contactEmail);
    expect(text).toContain(QUIET.name);
  });

  it('coordinator_only: never by name — no entry, no event, no twinning sign-up, nothing anywhere in the result', () => {
    expect(circulated.entries.map((entry) => entry.id).sort()).toEqual(['n-north-1', 'n-quiet-1', 'o-open-1', 'o-open-2', 'o-quiet-1']);
    const text = JSON.stringify(circulated);
    for (const secret of SECRET_STRINGS) expect(text, secret).not.toContain(secret);
    expect(circulated.twinning.map((signUp) => signUp.orgName)).not.toContain(SECRET.name);
  });

  it('coordinator_only: counted in its theme\'s totals and in hiddenEntries', () => {
    // n-secret-1 (housing need), o-secret-1 (reception_arrival offer) and f-secret-1 (housing funding).
    expect(circulated.hiddenEntries).toBe(3);
    const row = (theme: string) => circulated.chart.rows.find((item) => item.theme === theme);
    // housing: needs n-quiet-1 + n-secret-1; offers o-open-2.
    expect(row('housing')).toMatchObject({ needs: 2, offers: 1 });
    // reception_arrival: offers o-quiet-1 + o-secret-1.
    expect(row('reception_arrival')).toMatchObject({ needs: 0, offers: 2 });
    // language_training: need n-north-1, offer o-open-1.
    expect(row('language_training')).toMatchObject({ needs: 1, offers: 1 });
    // housing: f-open-1 and f-secret-1 name it; f-quiet-1 names no theme (open to any).
    expect(row('housing')).toMatchObject({ funding: 2 });
    expect(circulated.chart.totals).toMatchObject({ needs: 3, offers: 4, organisations: 4 });
    // The hidden org's housing need counts in the status breakdown only as a number.
    expect(row('housing')?.needsBy.status).toEqual({ emerging: 1, new: 1 });
  });

  it('lists events soonest first, only from circulated offers with an event date', () => {
    // o-secret-1 (2026-11-20) is sooner but hidden; o-open-2 has no event.
    expect(circulated.events.map((event) => [event.id, event.eventDate, event.eventName])).toEqual([
      ['o-quiet-1', '2026-12-05', 'Arrivals forum'],
      ['o-open-1', '2027-03-01', 'Teachers week'],
    ]);
    expect(circulated.events.every((event) => event.kind === 'offer')).toBe(true);
  });

  it('lists where funding is: the circulated organisations\' funding sources by name, with consent-filtered contacts', () => {
    expect(circulated.funding).toEqual([
      {
        id: 'f-quiet-1', name: 'Bridge Grants', funderType: 'government', themes: [], modalities: ['study_visit'], eligibleRegions: ['europe'],
        eligibleOrgTypes: ['ngo'], amount: '', deadline: '2027-05-31', url: 'https://fund.example/apply', notes: 'Bridge Grants: notes',
        orgName: QUIET.name, country: 'PT', status: 'emerging', contact: { name: '', email: COORDINATOR, viaCoordinator: true },
      },
      {
        id: 'f-open-1', name: 'Harbour Housing Fund', funderType: 'foundation', themes: ['housing', 'education'], modalities: ['study_visit'],
        eligibleRegions: ['europe', 'oceania'], eligibleOrgTypes: ['ngo'], amount: 'up to EUR 10,000', deadline: '2027-05-31',
        url: 'https://fund.example/apply', notes: 'Harbour Housing Fund: notes',
        orgName: OPEN.name, country: 'NZ', status: 'established', contact: { name: OPEN.contactName, email: OPEN.contactEmail, viaCoordinator: false },
      },
    ]);
  });

  it('lists twinning sign-ups only for yes/maybe, with roles and consent-filtered contacts', () => {
    expect(circulated.twinning).toEqual([
      { orgName: OPEN.name, country: 'NZ', status: 'established', willing: 'yes', roles: ['mentor', 'peer'], contact: { name: OPEN.contactName, email: OPEN.contactEmail, viaCoordinator: false } },
      { orgName: QUIET.name, country: 'PT', status: 'emerging', willing: 'maybe', roles: ['mentee'], contact: { name: '', email: COORDINATOR, viaCoordinator: true } },
    ]);
  });

  it('is the same whatever order the responses come in', () => {
    const reversed = [...latest].reverse();
    const again = buildEntries(reversed);
    expect(circulatedChart(again, findCandidates(again.needs, again.offers, again.funding, '2026-11-15'), reversed, COORDINATOR)).toEqual(circulated);
  });
});

describe('circulatedTable', () => {
  const table = circulatedTable(circulated);
  const column = (name: string) => table.columns.indexOf(name);
  const cell = (row: readonly string[], name: string) => row[column(name)] ?? '';

  it('is circulated_chart.csv: every theme row first, then one row per circulated need and offer, then per funding source', () => {
    expect(table.file).toBe('circulated_chart.csv');
    const kinds = table.rows.map((row) => cell(row, 'row_type'));
    const themeRows = kinds.filter((kind) => kind === 'theme').length;
    expect(themeRows).toBe(circulated.chart.rows.length);
    expect(kinds.slice(0, themeRows).every((kind) => kind === 'theme')).toBe(true);
    expect(kinds.slice(-2)).toEqual(['funding', 'funding']);
    expect(kinds.slice(themeRows).sort()).toEqual(['funding', 'funding', 'need', 'need', 'offer', 'offer', 'offer']);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });

  it('counts the hidden organisation in the theme rows', () => {
    const housing = table.rows.find((row) => cell(row, 'row_type') === 'theme' && cell(row, 'theme') === 'housing');
    expect(housing && [cell(housing, 'needs'), cell(housing, 'offers'), cell(housing, 'theme_group')]).toEqual(['2', '1', 'integration']);
  });

  it('never holds the hidden organisation, its contact or its entries in any cell', () => {
    const cells = [...table.columns, ...table.rows.flat()];
    for (const secret of SECRET_STRINGS) expect(cells.filter((value) => value.includes(secret)), secret).toEqual([]);
  });

  it('writes consent-filtered contacts in the entry rows', () => {
    const row = (id: string) => table.rows.find((item) => cell(item, 'row_type') !== 'theme' && cell(item, 'title') === id);
    const quiet = row('Housing for large families');
    expect(quiet && [cell(quiet, 'org_name'), cell(quiet, 'country'), cell(quiet, 'contact_name'), cell(quiet, 'contact_email')]).toEqual([QUIET.name, 'PT', '', COORDINATOR]);
    const open = row('Teacher training week');
    expect(open && [cell(open, 'org_name'), cell(open, 'contact_name'), cell(open, 'contact_email'), cell(open, 'event_date')]).toEqual([OPEN.name, OPEN.contactName, OPEN.contactEmail, '2027-03-01']);
    expect(table.rows.flat()).not.toContain(QUIET.contactEmail);
  });

  it('writes each funding source\'s own columns, its themes in theme and its reporter with consent applied', () => {
    const funding = table.rows.filter((row) => cell(row, 'row_type') === 'funding');
    const pick = (row: readonly string[]) => ['theme', 'title', 'description', 'org_name', 'contact_name', 'contact_email', 'url', 'funder_type', 'amount', 'deadline', 'eligible_regions', 'eligible_org_types']
      .map((name) => cell(row, name));
    expect(funding.map(pick)).toEqual([
      ['', 'Bridge Grants', 'Bridge Grants: notes', QUIET.name, '', COORDINATOR, 'https://fund.example/apply', 'government', '', '2027-05-31', 'europe', 'ngo'],
      ['housing;education', 'Harbour Housing Fund', 'Harbour Housing Fund: notes', OPEN.name, OPEN.contactName, OPEN.contactEmail, 'https://fund.example/apply', 'foundation', 'up to EUR 10,000', '2027-05-31', 'europe;oceania', 'ngo'],
    ]);
    // The columns that were there before keep their places.
    expect(table.columns.slice(0, 20)).toEqual(['row_type', 'theme', 'theme_group', 'needs', 'offers', 'funding_sources', 'obvious_matches', 'gap', 'title', 'description',
      'modalities', 'languages', 'org_name', 'country', 'resettlement_status', 'contact_name', 'contact_email', 'event_name', 'event_date', 'url']);
  });
});
