// The chart circulated to all participants, with consent applied exactly as formats.md says.
import { buildChart, type Chart } from './chart';
import type { Entries, FundingSource, Need, Offer, Organisation } from './entries';
import type { Candidate } from './matching';
import type { CsvTable } from './csvTable';
import type { ResponseFile } from './responseFile';

/** How an organisation appears in what is circulated. */
export type Visibility = 'named_with_contacts' | 'named_contact_via_coordinator' | 'hidden';

export function visibilityOf(org: Organisation): Visibility {
  if (org.consent === 'share_all') return 'named_with_contacts';
  if (org.consent === 'share_org_only') return 'named_contact_via_coordinator';
  // coordinator_only, and anything unexpected: never by name.
  return 'hidden';
}

export interface Contact {
  name: string;
  email: string;
  /** True when the address is the coordinator's (share_org_only). */
  viaCoordinator: boolean;
}

export interface CirculatedEntry {
  kind: 'need' | 'offer';
  id: string;
  theme: string;
  title: string;
  description: string;
  modalities: readonly string[];
  languages: readonly string[];
  orgName: string;
  country: string;
  status: string;
  contact: Contact;
  eventName: string;
  eventDate: string;
  url: string;
}

/** A funding source as circulated: the source itself, and who reported it (consent as for their needs and offers). */
export type CirculatedFunding = Omit<FundingSource, 'org' | 'stored'> & { orgName: string; country: string; status: string; contact: Contact };

export interface TwinSignUp {
  orgName: string;
  country: string;
  status: string;
  willing: string;
  roles: string[];
  contact: Contact;
}

export interface CirculatedChart {
  /** Totals count every entry, including those whose organisation asked not to be circulated. */
  chart: Chart;
  entries: CirculatedEntry[];
  /** Offered events, soonest first (the source documents' "calendars of events"). */
  events: CirculatedEntry[];
  /** Where funding is: the sources reported by circulated organisations, by name. */
  funding: CirculatedFunding[];
  twinning: TwinSignUp[];
  hiddenEntries: number;
}

function contactOf(org: Organisation, coordinatorEmail: string): Contact {
  return visibilityOf(org) === 'named_with_contacts'
    ? { name: org.contactName, email: org.contactEmail, viaCoordinator: false }
    : { name: '', email: coordinatorEmail, viaCoordinator: true };
}

function circulate(kind: 'need' | 'offer', entry: Need | Offer, coordinatorEmail: string): CirculatedEntry {
  const offer = kind === 'offer' && 'cost' in entry ? entry : null;
  return {
    kind, id: entry.id, theme: entry.theme, title: entry.title, description: entry.description, modalities: entry.modalities, languages: entry.languages,
    orgName: entry.org.orgName, country: entry.org.country, status: entry.org.status, contact: contactOf(entry.org, coordinatorEmail),
    eventName: offer?.eventName ?? '', eventDate: offer?.eventDate ?? '', url: offer?.url ?? '',
  };
}

/** Field by field: what is circulated is chosen, never spread from the entry (its stored answers stay behind). */
function circulateFunding(source: FundingSource, coordinatorEmail: string): CirculatedFunding {
  const { org } = source;
  return {
    id: source.id, name: source.name, funderType: source.funderType, themes: source.themes, modalities: source.modalities,
    eligibleRegions: source.eligibleRegions, eligibleOrgTypes: source.eligibleOrgTypes, amount: source.amount, deadline: source.deadline,
    url: source.url, notes: source.notes, orgName: org.orgName, country: org.country, status: org.status, contact: contactOf(org, coordinatorEmail),
  };
}

const byTitle = (a: CirculatedEntry, b: CirculatedEntry) => a.theme.localeCompare(b.theme) || a.kind.localeCompare(b.kind) || a.orgName.localeCompare(b.orgName) || a.id.localeCompare(b.id);

export function circulatedChart(entries: Entries, candidates: readonly Candidate[], latest: readonly ResponseFile[], coordinatorEmail: string): CirculatedChart {
  const visible = (entry: Need | Offer) => visibilityOf(entry.org) !== 'hidden';
  const shown = [
    ...entries.needs.filter(visible).map((need) => circulate('need', need, coordinatorEmail)),
    ...entries.offers.filter(visible).map((offer) => circulate('offer', offer, coordinatorEmail)),
  ].sort(byTitle);
  const events = shown.filter((entry) => entry.kind === 'offer' && entry.eventDate !== '')
    .sort((a, b) => a.eventDate.localeCompare(b.eventDate) || a.eventName.localeCompare(b.eventName) || a.id.localeCompare(b.id));
  const funding = entries.funding.filter((source) => visibilityOf(source.org) !== 'hidden').map((source) => circulateFunding(source, coordinatorEmail))
    .sort((a, b) => a.name.localeCompare(b.name) || a.orgName.localeCompare(b.orgName) || a.id.localeCompare(b.id));
  const orgs = new Map(entries.organisations.map((org) => [org.responseId, org]));
  const twinning: TwinSignUp[] = latest.flatMap((file) => {
    const org = orgs.get(file.responseId);
    const willing = file.data['willing_to_twin'];
    if (!org || visibilityOf(org) === 'hidden' || (willing !== 'yes' && willing !== 'maybe')) return [];
    const roles = Array.isArray(file.data['twin_roles']) ? file.data['twin_roles'].filter((role): role is string => typeof role === 'string') : [];
    return [{ orgName: org.orgName, country: org.country, status: org.status, willing, roles, contact: contactOf(org, coordinatorEmail) }];
  }).sort((a, b) => a.orgName.localeCompare(b.orgName) || a.country.localeCompare(b.country));
  return {
    chart: buildChart(entries, candidates),
    entries: shown,
    events,
    funding,
    twinning,
    hiddenEntries: entries.needs.length + entries.offers.length + entries.funding.length - shown.length - funding.length,
  };
}

/**
 * circulated_chart.csv: one row per theme (totals, every entry counted), then one per circulated need and offer, then
 * one per circulated funding source (its themes `;`-joined in `theme`, its name in `title`, its notes in
 * `description`). The funding sources' own columns come last, so the columns before them keep their places.
 */
export function circulatedTable(circulated: CirculatedChart): CsvTable {
  const columns = ['row_type', 'theme', 'theme_group', 'needs', 'offers', 'funding_sources', 'obvious_matches', 'gap', 'title', 'description',
    'modalities', 'languages', 'org_name', 'country', 'resettlement_status', 'contact_name', 'contact_email', 'event_name', 'event_date', 'url',
    'funder_type', 'amount', 'deadline', 'eligible_regions', 'eligible_org_types'];
  const blank = (count: number) => Array.from({ length: count }, () => '');
  const rows: string[][] = circulated.chart.rows.map((row) => ['theme', row.theme, row.group, String(row.needs), String(row.offers), String(row.funding), String(row.obvious), String(row.gap), ...blank(17)]);
  const group = new Map(circulated.chart.rows.map((row) => [row.theme, row.group]));
  for (const entry of circulated.entries) {
    rows.push([entry.kind, entry.theme, group.get(entry.theme) ?? '', ...blank(5), entry.title, entry.description, entry.modalities.join(';'), entry.languages.join(';'),
      entry.orgName, entry.country, entry.status, entry.contact.name, entry.contact.email, entry.eventName, entry.eventDate, entry.url, ...blank(5)]);
  }
  for (const source of circulated.funding) {
    rows.push(['funding', source.themes.join(';'), '', ...blank(5), source.name, source.notes, source.modalities.join(';'), '',
      source.orgName, source.country, source.status, source.contact.name, source.contact.email, '', '', source.url,
      source.funderType, source.amount, source.deadline, source.eligibleRegions.join(';'), source.eligibleOrgTypes.join(';')]);
  }
  return { file: 'circulated_chart.csv', columns, rows };
}
