// Seeded generation of realistic-looking responses for the benchmarks (same seed, same data).
import { codesOf } from '../../src/domain/codes';
import { buildResponseFile, type ResponseFile, type ResponseMeta } from '../../src/domain/responseFile';

/** The seed every benchmark generates its data from. */
export const SEED = 20261201;

// ---------------------------------------------------------------------------------------------------------------
// A seeded PRNG (mulberry32) and weighted choices.

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
type Weighted<T> = readonly (readonly [T, number])[];

function pick<T>(random: Random, items: Weighted<T>): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new Error('empty choice');
  return last[0];
}

const uniform = <T>(items: readonly T[]): Weighted<T> => items.map((item) => [item, 1] as const);
const chance = (random: Random, p: number) => random() < p;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** `count` distinct items drawn by weight. */
function some<T>(random: Random, items: Weighted<T>, count: number): T[] {
  const chosen = new Set<T>();
  for (let attempt = 0; chosen.size < Math.min(count, items.length) && attempt < count * 10; attempt += 1) chosen.add(pick(random, items));
  return [...chosen];
}

function uuidFrom(random: Random): string {
  const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)] ?? '8'}${hex(3)}-${hex(12)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Synthetic responses: realistic mixes of countries, organisation types, themes (skewed), modalities and languages.

/** Country, its resettlement status, its languages, and how often it answers. */
const COUNTRIES: readonly (readonly [string, string, readonly string[], number])[] = [
  ['CA', 'established', ['en', 'fr'], 6], ['US', 'established', ['en', 'es'], 5], ['AU', 'established', ['en'], 4], ['SE', 'established', ['sv'], 3],
  ['NO', 'established', ['no'], 3], ['FI', 'established', ['fi', 'sv'], 2], ['DK', 'established', ['da'], 2], ['NL', 'established', ['nl'], 3],
  ['GB', 'established', ['en'], 4], ['NZ', 'established', ['en'], 2], ['DE', 'established', ['de'], 4], ['FR', 'established', ['fr'], 3],
  ['IE', 'established', ['en'], 2], ['CZ', 'emerging', ['cs'], 2], ['PT', 'new', ['pt'], 2], ['ES', 'new', ['es'], 3], ['IT', 'new', ['it'], 3],
  ['BE', 'new', ['fr', 'nl'], 2], ['JP', 'new', ['ja'], 2], ['KR', 'emerging', ['en'], 1], ['BR', 'emerging', ['pt'], 4], ['AR', 'emerging', ['es'], 3],
  ['CL', 'emerging', ['es'], 2], ['UY', 'emerging', ['es'], 1], ['PL', 'considering', ['pl'], 2], ['RO', 'considering', ['en'], 1],
  ['KE', 'other', ['en', 'sw'], 3], ['UG', 'other', ['en'], 2], ['TZ', 'other', ['sw', 'en'], 1], ['JO', 'other', ['ar'], 2], ['LB', 'other', ['ar', 'fr'], 2],
  ['TR', 'considering', ['tr'], 2], ['PK', 'other', ['en'], 1], ['MY', 'considering', ['en'], 1], ['TH', 'considering', ['en'], 1],
  ['CO', 'considering', ['es'], 2], ['EC', 'considering', ['es'], 1], ['ZA', 'other', ['en'], 1], ['ET', 'other', ['en'], 1],
];
const ORG_TYPES: Weighted<string> = [
  ['ngo', 35], ['government', 15], ['local_government', 10], ['service_provider', 10], ['refugee_led', 8], ['academic', 5],
  ['intl_org', 7], ['unhcr', 5], ['foundation', 3], ['other', 2],
];
const STATUSES = ['established', 'new', 'emerging', 'considering', 'other'];
const NAME_HEADS = ['Refugee Council', 'Cáritas', 'Settlement Services', 'Migration Office', 'Ministry of Interior', 'Welcome Network', 'Red Cross', 'Diaconía', 'City of', 'Institute for Migration'];
const NAME_TAILS = ['North', 'South', 'Capital', 'Coast', 'Valley', 'Lakes', 'Highlands', 'Metro', 'Central', 'Östra', 'São Paulo', 'Córdoba'];

/** Themes (but `other`) in a seeded order, weighted 1/rank^0.6; `other` gets 3%. */
function themeWeights(): Weighted<string> {
  const random = prng(SEED ^ 0x5eed);
  const themes = codesOf('theme').filter((code) => code !== 'other');
  for (let i = themes.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = themes[i];
    const b = themes[j];
    if (a === undefined || b === undefined) continue;
    themes[i] = b;
    themes[j] = a;
  }
  const weights = themes.map((theme, rank) => [theme, 1 / (rank + 1) ** 0.6] as const);
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  return [...weights, ['other', (total * 0.03) / 0.97] as const];
}
const THEMES = themeWeights();
const MODALITIES: Weighted<string> = [
  ['mentoring', 14], ['study_visit', 14], ['training', 12], ['materials', 11], ['expert_advice', 11], ['staff_exchange', 8], ['conference', 7],
  ['network', 7], ['secondment', 4], ['shadowing', 4], ['joint_mission', 3], ['funding_support', 5],
];
const CLASSES = uniform(['government', 'ngo', 'international']);
const REGIONS = uniform(['africa', 'americas', 'asia', 'europe', 'oceania']);
const COUNTRY_CODES: Weighted<string> = COUNTRIES.map(([code, status, , weight]) => [code, status === 'established' ? weight * 3 : weight]);

function month(random: Random, fromYear = 2026, years = 2): string {
  return `${fromYear + Math.floor(random() * years)}-${String(between(random, 1, 12)).padStart(2, '0')}`;
}

/**
 * `disjointThemes`: needs only in the first half of the themes and offers only in the second, so no pair is a candidate
 * (for timing the per-response files of an export in the browser, where ~93 million candidates could not be held).
 */
/** An entry in the `other` theme says which (the import requires it). */
function withThemeOther<T extends { theme: string }>(entry: T): T & { theme_other?: string } {
  return entry.theme === 'other' ? { ...entry, theme_other: 'Another topic' } : entry;
}

export function generate(size: number, seed: number, options: { disjointThemes?: boolean } = {}): ResponseFile[] {
  const random = prng(seed);
  const half = Math.ceil(THEMES.length / 2);
  const needThemes = options.disjointThemes ? THEMES.slice(0, half) : THEMES;
  const offerThemes = options.disjointThemes ? THEMES.slice(half) : THEMES;
  const orgs: { name: string; country: string }[] = [];
  const files: ResponseFile[] = [];
  for (let n = 0; n < size; n += 1) {
    // About 8% of responses come from an organisation that already answered (another office), spelt differently.
    const earlier = orgs.length > 0 && chance(random, 0.08) ? orgs[Math.floor(random() * orgs.length)] : undefined;
    const country = earlier?.country ?? pick(random, COUNTRIES.map(([code, , , weight]) => [code, weight] as const));
    const countryInfo = COUNTRIES.find(([code]) => code === country);
    const name = earlier
      ? (chance(random, 0.5) ? `  ${earlier.name.toUpperCase()} ` : earlier.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase())
      : `${pick(random, uniform(NAME_HEADS))} ${pick(random, uniform(NAME_TAILS))} ${n}`;
    if (!earlier) orgs.push({ name, country });
    const ownLanguages = [...(countryInfo?.[2] ?? ['en'])];
    const workingLanguages = [...new Set([...ownLanguages, ...(chance(random, 0.85) ? ['en'] : []), ...(chance(random, 0.1) ? ['fr'] : [])])];
    const entryLanguages = () => (chance(random, 0.5) ? [] : some(random, uniform(workingLanguages), between(random, 1, 2)));
    const needs = Array.from({ length: between(random, 2, 6) }, () => ({
      id: uuidFrom(random), theme: pick(random, needThemes), title: 'Need', description: '',
      modalities: some(random, MODALITIES, between(random, 1, 3)), languages: entryLanguages(),
      priority: pick(random, uniform(['high', 'medium', 'low'])), start: chance(random, 0.7) ? month(random) : '',
      funding: pick(random, [['self_funded', 5], ['partial', 3], ['needs_funding', 2]]),
      partner_types: chance(random, 0.6) ? [] : some(random, CLASSES, between(random, 1, 2)),
      preferred_countries: chance(random, 0.5) ? [] : some(random, COUNTRY_CODES, between(random, 1, 3)),
    }));
    const offers = Array.from({ length: between(random, 2, 6) }, () => {
      const from = chance(random, 0.5) ? month(random, 2026, 1) : '';
      const until = chance(random, 0.5) ? month(random, 2027, 2) : '';
      return {
        id: uuidFrom(random), theme: pick(random, offerThemes), title: 'Offer', description: '',
        modalities: some(random, MODALITIES, between(random, 1, 3)), languages: entryLanguages(), capacity: between(random, 1, 20),
        cost: pick(random, [['we_cover', 3], ['cost_shared', 4], ['requires_funding', 3]]), available_from: from, available_until: until,
        recipient_types: chance(random, 0.65) ? [] : some(random, CLASSES, between(random, 1, 2)),
        recipient_regions: chance(random, 0.65) ? [] : some(random, REGIONS, between(random, 1, 3)),
      };
    });
    const funding = Array.from({ length: pick(random, [[0, 1], [1, 2], [2, 1]]) }, () => ({
      id: uuidFrom(random), name: 'Fund', funder_type: pick(random, uniform(['foundation', 'government', 'eu', 'un', 'private', 'other'])),
      themes: chance(random, 0.3) ? [] : some(random, THEMES, between(random, 1, 3)),
      modalities: chance(random, 0.6) ? [] : some(random, MODALITIES, between(random, 1, 2)),
      eligible_regions: chance(random, 0.6) ? [] : some(random, REGIONS, between(random, 1, 2)),
      eligible_org_types: chance(random, 0.6) ? [] : some(random, CLASSES, between(random, 1, 2)),
      amount: '', deadline: chance(random, 0.75) ? `${month(random, 2026, 2)}-${String(between(random, 1, 28)).padStart(2, '0')}` : '', url: '', notes: '',
    }));
    const submitted = new Date(Date.UTC(2026, 9, 1) + Math.floor(random() * 60 * 86_400_000)).toISOString();
    // In this order, so the random stream (and every bench's data) is what it was before org_type_other was added.
    const meta: ResponseMeta = {
      responseId: uuidFrom(random), revision: 1, round: chance(random, 0.5) ? '2026-Q3' : '2026-Q4', language: pick(random, [['en', 6], ['fr', 2], ['es', 2], ['pt', 1]]),
      startedAt: submitted, submittedAt: submitted,
    };
    const orgType = pick(random, ORG_TYPES);
    files.push(buildResponseFile(meta, {
      org_name: name, org_type: orgType, ...(orgType === 'other' ? { org_type_other: 'Network' } : {}), country,
      resettlement_status: chance(random, 0.9) ? (countryInfo?.[1] ?? 'other') : pick(random, uniform(STATUSES)),
      working_languages: workingLanguages, contact_name: 'Contact', contact_email: 'contact@example.org', consent_share: 'share_all',
      has_needs: true, needs: needs.map(withThemeOther), has_offers: true, offers: offers.map(withThemeOther),
      has_funding_sources: funding.length > 0, funding_sources: funding,
      // What the import also requires; fixed values, so the random stream (and every bench's data) is unchanged.
      continuum_roles: ['integration'], twinning_experience: false, willing_to_twin: 'maybe', mechanism_needed: 3,
    }));
  }
  return files;
}

