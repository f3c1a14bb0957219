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
import { buildEntries, type Entries, type FundingSource, type Need, type Offer } from '../../src/domain/entries';
import { compareCandidates, evaluatePair, findCandidates, sameOrganisation, type Candidate } from '../../src/domain/matching';
import type { ResponseFile } from '../../src/domain/responseFile';
import { generate, SEED } from './generate';

/** BENCH_SIZES=200,2000 runs only those sizes (for a quick look); the default is the full set. */
const SIZES = process.env['BENCH_SIZES'] ? process.env['BENCH_SIZES'].split(',').map(Number) : [200, 2_000, 10_000];
const RUNS: Record<number, number> = { 200: 7, 2_000: 5, 10_000: 3 };
const TODAY = '2026-12-01';
/** A run's pairing should take about this long; above it, both implementations run on a sample (see above). */
const TARGET_MS = 3_000;
/** And never hold more candidates than this at once (about 0.6 KB each). */
const CANDIDATE_BUDGET = 1_500_000;

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
