// `npm run bench`: the matching engine (grouped by theme, matching.md) against a straightforward all-pairs comparison,
// on synthetic responses generated from a fixed seed. Not a test: vitest never picks this file up.
//
// For each size (200, 2,000 and 10,000 responses of about 4 needs, 4 offers and 1 funding source each) it times, as
// the median of a few runs:
//   engine    = buildEntries + findCandidates + buildChart
//   all-pairs = buildEntries + (every need × every offer: theme and organisation rules, then evaluatePair) + sort + buildChart
// and checks that both find the same candidates, with the same scores, in the same order (exit 1 if not).
//
// Sampling. Every candidate costs the same evaluatePair in both implementations, and at these densities the candidates
// themselves are too many to build in full (10,000 responses give ~93 million same-theme pairs: tens of GB, hours of work).
// So a pilot run estimates the engine's time on the whole data, and when that is above TARGET_MS (or the candidates above
// CANDIDATE_BUDGET) both implementations run on the same sample: every a-th need and every b-th offer, each list ordered
// by theme first so every theme keeps its share. Their pairing and chart times are multiplied by the sampling factor
// (needs × offers) / (sampled needs × sampled offers); buildEntries is always timed on all the data. The printout says so.
import { buildChart } from '../../src/domain/chart';
import { codesOf } from '../../src/domain/codes';
import { buildEntries, type Entries, type FundingSource, type Need, type Offer } from '../../src/domain/entries';
import { compareCandidates, evaluatePair, findCandidates, sameOrganisation, type Candidate } from '../../src/domain/matching';
import { buildResponseFile, type ResponseFile } from '../../src/domain/responseFile';

/** BENCH_SIZES=200,2000 runs only those sizes (for a quick look); the default is the full set. */
const SIZES = process.env['BENCH_SIZES'] ? process.env['BENCH_SIZES'].split(',').map(Number) : [200, 2_000, 10_000];
const RUNS: Record<number, number> = { 200: 7, 2_000: 5, 10_000: 3 };
const SEED = 20261201;
const TODAY = '2026-12-01';
/** A run's pairing should take about this long; above it, both implementations run on a sample (see above). */
const TARGET_MS = 3_000;
/** And never hold more candidates than this at once (about 0.6 KB each). */
const CANDIDATE_BUDGET = 1_500_000;

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

function generate(size: number, seed: number): ResponseFile[] {
  const random = prng(seed);
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
      id: uuidFrom(random), theme: pick(random, THEMES), title: 'Need', description: '',
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
        id: uuidFrom(random), theme: pick(random, THEMES), title: 'Offer', description: '',
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
    files.push(buildResponseFile({
      responseId: uuidFrom(random), revision: 1, round: chance(random, 0.5) ? '2026-Q3' : '2026-Q4', language: pick(random, [['en', 6], ['fr', 2], ['es', 2], ['pt', 1]]),
      startedAt: submitted, submittedAt: submitted,
    }, {
      org_name: name, org_type: pick(random, ORG_TYPES), country,
      resettlement_status: chance(random, 0.9) ? (countryInfo?.[1] ?? 'other') : pick(random, uniform(STATUSES)),
      working_languages: workingLanguages, contact_name: 'Contact', contact_email: 'contact@example.org', consent_share: 'share_all',
      has_needs: true, needs, has_offers: true, offers, has_funding_sources: funding.length > 0, funding_sources: funding,
    }));
  }
  return files;
}

// ---------------------------------------------------------------------------------------------------------------
// The straightforward all-pairs implementation, and an exact candidate count that builds no pairs.

function allPairs(needs: readonly Need[], offers: readonly Offer[], funding: readonly FundingSource[], today: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const need of needs) {
    for (const offer of offers) {
      if (need.theme !== offer.theme || need.theme === 'other') continue;
      if (need.org.responseId === offer.org.responseId || sameOrganisation(need, offer)) continue;
      candidates.push(evaluatePair(need, offer, funding, today));
    }
  }
  return candidates.sort(compareCandidates);
}

/** Offers in the need's theme, minus those of its own organisation (a response is always its organisation's). */
function countCandidates(needs: readonly Need[], offers: readonly Offer[]): number {
  const byTheme = new Map<string, number>();
  const byThemeOrg = new Map<string, number>();
  for (const offer of offers) {
    if (offer.theme === 'other') continue;
    byTheme.set(offer.theme, (byTheme.get(offer.theme) ?? 0) + 1);
    const key = `${offer.theme}\u0000${offer.org.orgKey}\u0000${offer.org.country}`;
    byThemeOrg.set(key, (byThemeOrg.get(key) ?? 0) + 1);
  }
  let count = 0;
  for (const need of needs) {
    count += (byTheme.get(need.theme) ?? 0) - (byThemeOrg.get(`${need.theme}\u0000${need.org.orgKey}\u0000${need.org.country}`) ?? 0);
  }
  return count;
}

// ---------------------------------------------------------------------------------------------------------------
// Sampling and timing. Candidate lists are dropped after each run: a run keeps only its count and a fingerprint of
// the list (pairs, scores and order).

interface Sample {
  needStride: number;
  offerStride: number;
  needs: Need[];
  offers: Offer[];
  /** (needs × offers) / (sampled needs × sampled offers). */
  factor: number;
}

const byThemeThenId = <T extends { theme: string; id: string }>(a: T, b: T) => (a.theme < b.theme ? -1 : a.theme > b.theme ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every a-th need and every b-th offer, ordered by theme so each theme keeps its share; the engine's input order otherwise. */
function sampleOf(entries: Entries, needStride: number, offerStride: number): Sample {
  const every = <T extends { theme: string; id: string }>(items: readonly T[], stride: number) =>
    (stride === 1 ? [...items] : [...items].sort(byThemeThenId).filter((_, index) => index % stride === 0));
  const needs = every(entries.needs, needStride);
  const offers = every(entries.offers, offerStride);
  const factor = (entries.needs.length * entries.offers.length) / Math.max(1, needs.length * offers.length);
  return { needStride, offerStride, needs, offers, factor };
}

/** Strides for a sampling factor of about k, split evenly between needs and offers. */
function samplingFor(entries: Entries, k: number): Sample {
  if (k <= 1) return sampleOf(entries, 1, 1);
  const needStride = Math.max(1, Math.round(Math.sqrt(k)));
  return sampleOf(entries, needStride, Math.max(1, Math.round(k / needStride)));
}

interface Run {
  ms: number;
  count: number;
  obvious: number;
  fingerprint: number;
}

type Pairing = (needs: readonly Need[], offers: readonly Offer[], funding: readonly FundingSource[], today: string) => Candidate[];

/** FNV-1a over every candidate's need id, offer id, score and obviousness, in order. */
function fingerprint(candidates: readonly Candidate[]): number {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  };
  for (const candidate of candidates) add(`${candidate.need.id}|${candidate.offer.id}|${candidate.score}|${candidate.obvious ? 1 : 0};`);
  return hash;
}

/** One run: buildEntries on all the data; pairing and chart on the sample, multiplied by its factor. */
function runOnce(files: readonly ResponseFile[], pairing: Pairing, strides: Pick<Sample, 'needStride' | 'offerStride'>, withFunding: boolean): Run {
  const t0 = performance.now();
  const entries: Entries = buildEntries(files);
  const t1 = performance.now();
  const sample = sampleOf(entries, strides.needStride, strides.offerStride);
  const t2 = performance.now();
  const candidates = pairing(sample.needs, sample.offers, withFunding ? entries.funding : [], TODAY);
  const chart = buildChart({ ...entries, needs: sample.needs, offers: sample.offers }, candidates);
  const t3 = performance.now();
  return { ms: (t1 - t0) + sample.factor * (t3 - t2), count: candidates.length, obvious: chart.totals.obvious, fingerprint: fingerprint(candidates) };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

interface Contender {
  pairing: Pairing;
  withFunding: boolean;
}

/**
 * Each contender's median over `runs`, after one untimed warm-up run each; the runs are interleaved (engine, all-pairs,
 * engine, all-pairs, …) so that a busy machine slows both alike.
 */
function measure(files: readonly ResponseFile[], contenders: readonly Contender[], sample: Sample, runs: number): Run[] {
  const results: Run[][] = contenders.map(() => []);
  for (let run = -1; run < runs; run += 1) {
    contenders.forEach((contender, index) => {
      globalThis.gc?.();
      const result = runOnce(files, contender.pairing, sample, contender.withFunding);
      if (run >= 0) results[index]?.push(result);
    });
  }
  return results.map((list) => {
    const first = list[0];
    if (!first) throw new Error('no run');
    if (list.some((result) => result.fingerprint !== first.fingerprint)) throw new Error('two runs on the same data gave different candidates');
    return { ...first, ms: median(list.map((result) => result.ms)) };
  });
}

/** The sample whose engine run should take about TARGET_MS, from a pilot run on about 2,000 candidates. */
function chooseSample(entries: Entries, exact: number): Sample {
  const pilot = samplingFor(entries, exact / 2_000);
  let msPerCandidate = 0;
  // The second pilot run is timed: the first warms the code up.
  for (let run = 0; run < 2; run += 1) {
    const t0 = performance.now();
    const count = findCandidates(pilot.needs, pilot.offers, entries.funding, TODAY).length;
    msPerCandidate = (performance.now() - t0) / Math.max(1, count);
  }
  const k = Math.max((msPerCandidate * exact) / TARGET_MS, exact / CANDIDATE_BUDGET);
  return samplingFor(entries, k < 2 ? 1 : Math.ceil(k));
}

/** Heap bytes held per candidate: the engine's list on the sample, measured around one extra run. */
function bytesPerCandidate(sample: Sample, funding: readonly FundingSource[]): number {
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const candidates = findCandidates(sample.needs, sample.offers, funding, TODAY);
  globalThis.gc?.();
  const after = process.memoryUsage().heapUsed;
  const bytes = candidates.length > 0 ? (after - before) / candidates.length : 0;
  candidates.length = 0;
  return bytes;
}

const mb = (bytes: number) => (bytes >= 10 * 1024 ** 3 ? `${Math.round(bytes / 1024 ** 3).toLocaleString('en-US')} GB` : `${Math.round(bytes / 1024 ** 2).toLocaleString('en-US')} MB`);
const fmt = (value: number) => Math.round(value).toLocaleString('en-US');
/** Milliseconds, with the hours or minutes they amount to when large. */
const duration = (ms: number) => (ms >= 3_600_000 ? `${fmt(ms)} (${(ms / 3_600_000).toFixed(1)} h)` : ms >= 60_000 ? `${fmt(ms)} (${(ms / 60_000).toFixed(1)} min)` : fmt(ms));

function main(): void {
  const hasGc = typeof globalThis.gc === 'function';
  console.log(`Matching bench: seed ${SEED}, today ${TODAY}, median of ${SIZES.map((size) => RUNS[size] ?? 3).join('/')} runs, node ${process.version}${hasGc ? ', GC forced between runs' : ''}`);
  console.log('engine    = buildEntries + findCandidates (grouped by theme) + buildChart');
  console.log('all-pairs = buildEntries + every need × every offer (theme and organisation rules, then evaluatePair) + sort + buildChart\n');
  const header = ['responses', 'needs', 'offers', 'funding', 'candidates', 'obvious', 'engine ms', 'all-pairs ms', 'ratio', 'engine ms, no funding', 'heapUsed'];
  const rows: string[][] = [];
  const notes: string[] = [];
  let failed = false;

  for (const size of SIZES) {
    const files = generate(size, SEED + size);
    const entries = buildEntries(files);
    const exact = countCandidates(entries.needs, entries.offers);
    const runs = RUNS[size] ?? 3;
    const sample = chooseSample(entries, exact);
    const sampled = countCandidates(sample.needs, sample.offers);
    const extrapolated = sample.factor > 1;

    const [engine, naive, engineNoFunding] = measure(files, [
      { pairing: findCandidates, withFunding: true }, { pairing: allPairs, withFunding: true }, { pairing: findCandidates, withFunding: false },
    ], sample, runs);
    if (!engine || !naive || !engineNoFunding) throw new Error('missing measurement');
    const perCandidate = bytesPerCandidate(sample, entries.funding);

    if (engine.count !== naive.count || engine.count !== sampled) {
      failed = true;
      notes.push(`${fmt(size)} responses: MISMATCH, engine ${fmt(engine.count)}, all-pairs ${fmt(naive.count)}, counted ${fmt(sampled)} candidates`);
    } else if (engine.fingerprint !== naive.fingerprint) {
      failed = true;
      notes.push(`${fmt(size)} responses: MISMATCH, the same count but not the same pairs, scores or order`);
    }
    if (extrapolated) {
      notes.push(`${fmt(size)} responses: sampled. ${fmt(exact)} candidates in all (counted per theme without building them; at ~${fmt(perCandidate)} bytes each, `
        + `~${mb(exact * perCandidate)} of heap). Both implementations ran on the same sample, 1 in ${sample.needStride} needs and 1 in ${sample.offerStride} offers `
        + `taken in theme order (${fmt(sample.needs.length)} × ${fmt(sample.offers.length)} of ${fmt(entries.needs.length)} × ${fmt(entries.offers.length)}, with all ${fmt(entries.funding.length)} funding sources: `
        + `${fmt(sampled)} candidates, identical in both); pairing and chart times are the sample's × ${sample.factor.toFixed(0)}, buildEntries is timed on all the data, `
        + `obvious is the sample's × ${sample.factor.toFixed(0)}.`);
    }
    const mark = (text: string) => (extrapolated ? `~${text}*` : text);
    rows.push([
      fmt(size), fmt(entries.needs.length), fmt(entries.offers.length), fmt(entries.funding.length), fmt(exact),
      extrapolated ? mark(fmt(engine.obvious * sample.factor)) : fmt(engine.obvious),
      mark(duration(engine.ms)), mark(duration(naive.ms)), `${(naive.ms / engine.ms).toFixed(2)}×`, mark(duration(engineNoFunding.ms)),
      mb(process.memoryUsage().heapUsed),
    ]);
    console.log(`  ${fmt(size)} responses: done, heapUsed ${mb(process.memoryUsage().heapUsed)}`);
  }

  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, index) => cell.padStart(widths[index] ?? 0)).join(' | ');
  console.log('');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(row));
  console.log('\nratio = all-pairs ms / engine ms. "engine ms, no funding" is the engine with no funding sources (no suggestions to compute).');
  console.log('heapUsed = process.memoryUsage().heapUsed after the size\'s runs (candidate lists already dropped).');
  for (const note of notes) console.log(`* ${note}`);
  if (!hasGc) console.log('(heap figures without forced GC: `npm run bench` passes --expose-gc for steadier ones)');
  if (failed) {
    console.error('\nFAILED: the engine and the all-pairs comparison disagree.');
    process.exitCode = 1;
  } else {
    console.log('\nOK: the engine and the all-pairs comparison found the same candidates, with the same scores, in the same order, at every size.');
  }
}

main();
