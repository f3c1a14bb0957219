// The twinning register (twinning guidelines, Annex C): arrangements, partners with their register letters, activities.
import { codesOf, isOneOf } from './codes';
import type { Candidate } from './matching';
import { isTimestamp } from './fieldRules';
import { fail, isRecord, ok, type Problem, type Result } from './result';

export const REGISTER_LETTERS = ['E', 'N', 'Em', 'O'] as const;
export type RegisterLetter = (typeof REGISTER_LETTERS)[number];

export interface RegisterPartner {
  organisation: string;
  country: string;
  letter: RegisterLetter | '';
}

export interface RegisterEntry {
  entryId: string;
  years: string;
  partners: RegisterPartner[];
  activity: string;
  activityTypes: string[];
  arrangement: 'continuous' | 'one_off' | '';
  outcome: string;
  lessons: string;
  contacts: string;
  matchNeedId: string | null;
  matchOfferId: string | null;
  createdAt: string;
  updatedAt: string;
}

const LETTER_OF_STATUS: Record<string, RegisterLetter | ''> = { established: 'E', new: 'N', emerging: 'Em', considering: 'O', other: '' };

export function letterOfStatus(status: string): RegisterLetter | '' {
  return LETTER_OF_STATUS[status] ?? '';
}

/** The resettlement status a register letter stands for (taxonomy.md): what the form names beside the letter. */
export function statusOfLetter(letter: RegisterLetter): string {
  return Object.entries(LETTER_OF_STATUS).find(([, value]) => value === letter)?.[0] ?? '';
}

/** `Name (CC, E); Name (CC, Em)` as register.csv writes partners. */
export function partnersText(partners: readonly RegisterPartner[]): string {
  return partners.map((partner) => `${partner.organisation} (${[partner.country, partner.letter].filter((part) => part !== '').join(', ')})`).join('; ');
}

/** Activity types a match's modalities suggest (the coordinator adjusts them). */
const ACTIVITY_OF_MODALITY: Record<string, string> = {
  secondment: 'secondment_official', study_visit: 'study_visit', shadowing: 'shadowing_selection', joint_mission: 'joint_selection',
  conference: 'hosting_conference', expert_advice: 'policy_operational', funding_support: 'funding_assistance', staff_exchange: 'study_visit',
};
const ACTIVITY_OF_THEME: Record<string, string> = {
  pre_departure_orientation: 'pre_arrival_orientation', post_arrival_orientation: 'post_arrival_orientation', reception_arrival: 'post_arrival_orientation',
  welfare_access: 'welfare_access', housing: 'housing', long_term_support: 'long_term_support', employment_skills: 'employment_volunteering',
  funding_budgeting: 'funding_assistance', policy_legislation: 'policy_operational', programme_design: 'policy_operational',
  selection_missions: 'joint_selection',
};

/** An agreed match drafts a register entry prefilled from both responses. */
export function draftFromMatch(candidate: Candidate, entryId: string, now: string): RegisterEntry {
  const { need, offer } = candidate;
  const activityTypes = new Set<string>();
  for (const modality of candidate.sharedModalities.length > 0 ? candidate.sharedModalities : offer.modalities) {
    const type = ACTIVITY_OF_MODALITY[modality];
    if (type) activityTypes.add(type);
  }
  const fromTheme = ACTIVITY_OF_THEME[need.theme];
  if (fromTheme) activityTypes.add(fromTheme);
  const year = now.slice(0, 4);
  return {
    entryId,
    years: year,
    partners: [
      { organisation: offer.org.orgName, country: offer.org.country, letter: letterOfStatus(offer.org.status) },
      { organisation: need.org.orgName, country: need.org.country, letter: letterOfStatus(need.org.status) },
    ],
    activity: `${offer.title} — ${need.title}`,
    activityTypes: codesOf('activity_type').filter((code) => activityTypes.has(code)),
    arrangement: '',
    outcome: '',
    lessons: '',
    contacts: [`${need.org.contactName} <${need.org.contactEmail}>`, `${offer.org.contactName} <${offer.org.contactEmail}>`].join('; '),
    matchNeedId: need.id,
    matchOfferId: offer.id,
    createdAt: now,
    updatedAt: now,
  };
}

const text = (raw: Record<string, unknown>, key: string, at: string, errors: Problem[], max = 2000): string => {
  const value = raw[key] ?? '';
  if (typeof value !== 'string') { errors.push({ path: `${at}.${key}`, message: 'must be text' }); return ''; }
  if (value.length > max) errors.push({ path: `${at}.${key}`, message: `is ${value.length} characters long; the limit is ${max}` });
  return value;
};

export function validateRegisterEntry(raw: unknown, at: string): Result<RegisterEntry> {
  if (!isRecord(raw)) return fail([{ path: at, message: 'must be an object' }]);
  const errors: Problem[] = [];
  const entryId = text(raw, 'entryId', at, errors, 64);
  if (entryId === '') errors.push({ path: `${at}.entryId`, message: 'is required' });
  const partners: RegisterPartner[] = [];
  const rawPartners = raw['partners'];
  if (!Array.isArray(rawPartners)) errors.push({ path: `${at}.partners`, message: 'must be a list' });
  else rawPartners.forEach((partner: unknown, index) => {
    const where = `${at}.partners[${index}]`;
    if (!isRecord(partner)) { errors.push({ path: where, message: 'must be an object' }); return; }
    const letter = partner['letter'] ?? '';
    if (letter !== '' && !isOneOf(REGISTER_LETTERS, letter)) errors.push({ path: `${where}.letter`, message: `${JSON.stringify(letter)} is not a register letter (E, N, Em, O)` });
    partners.push({ organisation: text(partner, 'organisation', where, errors, 200), country: text(partner, 'country', where, errors, 2), letter: isOneOf(REGISTER_LETTERS, letter) ? letter : '' });
  });
  const rawTypes = raw['activityTypes'] ?? [];
  const activityTypes = Array.isArray(rawTypes) ? rawTypes.filter((code): code is string => typeof code === 'string') : [];
  if (!Array.isArray(rawTypes) || activityTypes.length !== rawTypes.length) errors.push({ path: `${at}.activityTypes`, message: 'must be a list of codes' });
  for (const code of activityTypes) if (!codesOf('activity_type').includes(code)) errors.push({ path: `${at}.activityTypes`, message: `"${code}" is not a twinning activity code` });
  const arrangement = raw['arrangement'] ?? '';
  if (arrangement !== '' && arrangement !== 'continuous' && arrangement !== 'one_off') errors.push({ path: `${at}.arrangement`, message: 'must be continuous or one_off' });
  const matchId = (key: string) => { const value = raw[key] ?? null; if (value !== null && typeof value !== 'string') errors.push({ path: `${at}.${key}`, message: 'must be an id or null' }); return typeof value === 'string' ? value : null; };
  const createdAt = raw['createdAt'];
  const updatedAt = raw['updatedAt'];
  if (!isTimestamp(createdAt)) errors.push({ path: `${at}.createdAt`, message: 'must be a UTC timestamp' });
  if (!isTimestamp(updatedAt)) errors.push({ path: `${at}.updatedAt`, message: 'must be a UTC timestamp' });
  const entry: RegisterEntry = {
    entryId, years: text(raw, 'years', at, errors, 100), partners, activity: text(raw, 'activity', at, errors), activityTypes,
    arrangement: arrangement === 'continuous' || arrangement === 'one_off' ? arrangement : '', outcome: text(raw, 'outcome', at, errors),
    lessons: text(raw, 'lessons', at, errors), contacts: text(raw, 'contacts', at, errors, 500), matchNeedId: matchId('matchNeedId'), matchOfferId: matchId('matchOfferId'),
    createdAt: typeof createdAt === 'string' ? createdAt : '', updatedAt: typeof updatedAt === 'string' ? updatedAt : '',
  };
  return errors.length > 0 ? fail(errors) : ok(entry);
}

export function byRegisterOrder(a: RegisterEntry, b: RegisterEntry): number {
  return a.years.localeCompare(b.years) || a.createdAt.localeCompare(b.createdAt) || a.entryId.localeCompare(b.entryId);
}
