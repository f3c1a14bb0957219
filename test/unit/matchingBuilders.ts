// Small builders for the matching tests: an Organisation, Need, Offer or FundingSource with overrides.
// Defaults are chosen so that a default need and a default offer form a plain candidate with exactly
// same_theme + shared_modality + shared_language (score 75): every other reason comes from an override.
import type { FundingSource, Need, Offer, Organisation } from '../../src/domain/entries';
import { orgClassOf, regionOf } from '../../src/domain/codes';
import { foldText } from '../../src/domain/responseSummary';

/** An organisation; orgKey, orgClass and region follow orgName, orgType and country unless given. */
export function org(overrides: Partial<Organisation> = {}): Organisation {
  const orgName = overrides.orgName ?? 'Organisation';
  const orgType = overrides.orgType ?? 'ngo';
  const country = overrides.country ?? 'SE';
  return {
    responseId: 'response-org',
    orgKey: foldText(orgName),
    orgClass: orgClassOf(orgType) ?? '',
    region: regionOf(country) ?? '',
    status: 'established',
    workingLanguages: ['en'],
    consent: 'share_all',
    contactName: 'Contact',
    contactEmail: 'contact@example.org',
    round: '2026-Q4',
    language: 'en',
    submittedAt: '2026-11-02T10:00:00.000Z',
    ...overrides,
    orgName, orgType, country,
  };
}

/** The default needing organisation: an established Swedish government body. */
export const needer = (overrides: Partial<Organisation> = {}) => org({
  responseId: 'response-needer', orgName: 'Migrationsverket', orgType: 'government', country: 'SE', status: 'established', ...overrides,
});

/** The default offering organisation: an established Canadian NGO. */
export const offerer = (overrides: Partial<Organisation> = {}) => org({
  responseId: 'response-offerer', orgName: 'Refugee Council', orgType: 'ngo', country: 'CA', status: 'established', ...overrides,
});

type EntryOverrides<T extends { org: Organisation }> = Partial<Omit<T, 'org'>> & { org?: Partial<Organisation> | Organisation };

export function need(overrides: EntryOverrides<Need> = {}): Need {
  const { org: orgOverrides, ...rest } = overrides;
  return {
    id: 'need-1', org: needer(orgOverrides), stored: {}, theme: 'housing', themeGroup: 'integration', themeOther: '', title: 'A need', description: '',
    modalities: ['study_visit'], languages: ['en'], priority: 'medium', start: '', funding: 'self_funded', partnerTypes: [], preferredCountries: [],
    ...rest,
  };
}

export function offer(overrides: EntryOverrides<Offer> = {}): Offer {
  const { org: orgOverrides, ...rest } = overrides;
  return {
    id: 'offer-1', org: offerer(orgOverrides), stored: {}, theme: 'housing', themeGroup: 'integration', themeOther: '', title: 'An offer', description: '',
    modalities: ['study_visit'], languages: ['en'], capacity: null, cost: 'cost_shared', availableFrom: '', availableUntil: '',
    eventName: '', eventDate: '', url: '', recipientTypes: [], recipientRegions: [],
    ...rest,
  };
}

/** A funding source open to everything, with no deadline. */
export function fundingSource(overrides: EntryOverrides<FundingSource> = {}): FundingSource {
  const { org: orgOverrides, ...rest } = overrides;
  return {
    id: 'fund-1', org: org({ responseId: 'response-funder', orgName: 'Funder', orgType: 'foundation', country: 'DE', ...orgOverrides }),
    stored: {}, name: 'A fund', funderType: 'foundation', themes: [], modalities: [], eligibleRegions: [], eligibleOrgTypes: [], amount: '', deadline: '',
    url: '', notes: '',
    ...rest,
  };
}
