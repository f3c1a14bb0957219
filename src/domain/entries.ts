// Needs, offers and funding sources as typed entries, each carrying its organisation's fields (matching.md, Inputs).
import { codeList, orgClassOf, regionOf, sharedCode, type CodeListName } from './codes';
import type { ResponseFile } from './responseFile';
import { foldText } from './responseSummary';
import { isRecord } from './result';
import { sortByText } from './textSort';

export interface Organisation {
  responseId: string;
  orgName: string;
  /** Case, accents and surrounding spaces ignored: how "the same organisation" is recognised. */
  orgKey: string;
  orgType: string;
  orgClass: string;
  country: string;
  region: string;
  status: string;
  workingLanguages: readonly string[];
  consent: string;
  contactName: string;
  contactEmail: string;
  round: string;
  language: string;
  submittedAt: string;
}

/** What needs and offers share: the entry's own words and codes, and its organisation. */
interface EntryBase {
  id: string;
  org: Organisation;
  /** The entry as stored in its response, which the CSV export writes out answer by answer. */
  stored: Readonly<Record<string, unknown>>;
  theme: string;
  themeGroup: string;
  themeOther: string;
  title: string;
  description: string;
  modalities: readonly string[];
  /** The entry's languages, or its organisation's working languages when it names none. */
  languages: readonly string[];
}

export interface Need extends EntryBase {
  priority: string;
  start: string;
  funding: string;
  partnerTypes: readonly string[];
  preferredCountries: readonly string[];
}

export interface Offer extends EntryBase {
  capacity: number | null;
  cost: string;
  availableFrom: string;
  availableUntil: string;
  eventName: string;
  eventDate: string;
  url: string;
  recipientTypes: readonly string[];
  recipientRegions: readonly string[];
}

export interface FundingSource {
  id: string;
  org: Organisation;
  /** The entry as stored in its response, which the CSV export writes out answer by answer. */
  stored: Readonly<Record<string, unknown>>;
  name: string;
  funderType: string;
  themes: readonly string[];
  modalities: readonly string[];
  eligibleRegions: readonly string[];
  eligibleOrgTypes: readonly string[];
  amount: string;
  deadline: string;
  url: string;
  notes: string;
}

export interface Entries {
  organisations: Organisation[];
  needs: Need[];
  offers: Offer[];
  funding: FundingSource[];
}

const text = (record: Record<string, unknown>, key: string) => {
  const value = record[key];
  return typeof value === 'string' ? value : '';
};
const isString = (item: unknown): item is string => typeof item === 'string';
/** The list as stored when it holds only strings, as it almost always does: a copy of each took a third of the time. */
const list = (record: Record<string, unknown>, key: string): readonly string[] => {
  const value = record[key];
  return Array.isArray(value) ? (value.every(isString) ? value : value.filter(isString)) : [];
};
/** A coded answer as the code list's own string (see sharedCode): entries are counted and grouped by these. */
const code = (record: Record<string, unknown>, key: string, list: CodeListName) => sharedCode(list, text(record, key));
const records = (value: unknown) => (Array.isArray(value) ? value.filter(isRecord) : []);

const themeGroups = new Map(codeList('theme').map((item) => [item.code, item.group ?? 'other']));

function organisationOf(file: ResponseFile): Organisation {
  const { data } = file;
  const country = text(data, 'country');
  return {
    responseId: file.responseId,
    orgName: text(data, 'org_name'),
    orgKey: foldText(text(data, 'org_name')),
    orgType: code(data, 'org_type', 'org_type'),
    orgClass: orgClassOf(text(data, 'org_type')) ?? '',
    country,
    region: regionOf(country) ?? '',
    status: code(data, 'resettlement_status', 'resettlement_status'),
    workingLanguages: list(data, 'working_languages'),
    consent: text(data, 'consent_share'),
    contactName: text(data, 'contact_name'),
    contactEmail: text(data, 'contact_email'),
    round: file.round,
    language: file.language,
    submittedAt: file.submittedAt,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const idOf = (entry: { id: string }) => entry.id;
/** Entry ids are UUIDs; the response id only breaks ties between copied files. */
const byId = <T extends { id: string; org: Organisation }>(a: T, b: T) => compareText(a.id, b.id) || compareText(a.org.responseId, b.org.responseId);

/** Entries of the latest revisions given; the same responses in any order give the same entries in the same order. */
export function buildEntries(latest: readonly ResponseFile[]): Entries {
  const organisations: Organisation[] = [];
  const needs: Need[] = [];
  const offers: Offer[] = [];
  const funding: FundingSource[] = [];
  for (const file of latest) {
    const org = organisationOf(file);
    organisations.push(org);
    const languagesOf = (entry: Record<string, unknown>) => {
      const own = list(entry, 'languages');
      return own.length > 0 ? own : org.workingLanguages;
    };
    for (const entry of records(file.data['needs'])) {
      const theme = code(entry, 'theme', 'theme');
      needs.push({
        id: text(entry, 'id'), org, stored: entry, theme, themeGroup: themeGroups.get(theme) ?? 'other',
        themeOther: text(entry, 'theme_other'), title: text(entry, 'title'), description: text(entry, 'description'),
        modalities: list(entry, 'modalities'), languages: languagesOf(entry), priority: text(entry, 'priority'), start: text(entry, 'start'),
        funding: text(entry, 'funding'), partnerTypes: list(entry, 'partner_types'), preferredCountries: list(entry, 'preferred_countries'),
      });
    }
    for (const entry of records(file.data['offers'])) {
      const capacity = entry['capacity'];
      const theme = code(entry, 'theme', 'theme');
      offers.push({
        id: text(entry, 'id'), org, stored: entry, theme, themeGroup: themeGroups.get(theme) ?? 'other',
        themeOther: text(entry, 'theme_other'), title: text(entry, 'title'), description: text(entry, 'description'),
        modalities: list(entry, 'modalities'), languages: languagesOf(entry), capacity: typeof capacity === 'number' ? capacity : capacity === undefined ? null : Number(capacity),
        cost: text(entry, 'cost'), availableFrom: text(entry, 'available_from'), availableUntil: text(entry, 'available_until'),
        eventName: text(entry, 'event_name'), eventDate: text(entry, 'event_date'), url: text(entry, 'url'),
        recipientTypes: list(entry, 'recipient_types'), recipientRegions: list(entry, 'recipient_regions'),
      });
    }
    for (const entry of records(file.data['funding_sources'])) {
      funding.push({
        id: text(entry, 'id'), org, stored: entry, name: text(entry, 'name'), funderType: code(entry, 'funder_type', 'funder_type'), themes: list(entry, 'themes'),
        modalities: list(entry, 'modalities'), eligibleRegions: list(entry, 'eligible_regions'), eligibleOrgTypes: list(entry, 'eligible_org_types'),
        amount: text(entry, 'amount'), deadline: text(entry, 'deadline'), url: text(entry, 'url'), notes: text(entry, 'notes'),
      });
    }
  }
  sortByText(organisations, (org) => org.responseId, (a, b) => compareText(a.responseId, b.responseId));
  return { organisations, needs: sortByText(needs, idOf, byId), offers: sortByText(offers, idOf, byId), funding: sortByText(funding, idOf, byId) };
}
