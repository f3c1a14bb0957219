// Laws of the matching engine (matching.md) on generated responses: determinism, no self-pairs, the obvious-match
// definition, the score, and the same pairs as a naive comparison of every need with every offer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEntries, type Entries, type Need, type Offer } from '../../src/domain/entries';
import { findCandidates, needFundingLookup, REASON_EFFECTS, suggestFunding, type Candidate } from '../../src/domain/matching';
import { buildResponseFile, type ResponseFile } from '../../src/domain/responseFile';
import { uuid } from './coordinatorFixtures';

const TODAY = '2026-12-01';
const RUNS = 100;
const THEMES = ['housing', 'education', 'language_training', 'other'] as const;
const MODALITIES = ['study_visit', 'mentoring', 'training', 'materials'] as const;
const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
const CLASSES = ['government', 'ngo', 'international'] as const;
const REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
const MONTHS = ['2026-12', '2027-03', '2027-06', '2027-09'] as const;
/** Organisations, some of them the same one spelt differently, and the same name in two countries. */
const ORGS = [
  ['Caritas Česko', 'CZ'], ['  caritas cesko ', 'CZ'], ['CARITAS ČESKO', 'CZ'], ['Caritas Česko', 'SK'],
  ['Refugee Council', 'CA'], ['refugee council', 'CA'], ['Refugee Council', 'AU'], ['Migrationsverket', 'SE'], ['Cáritas Brasileira', 'BR'],
] as const;
const ORG_TYPES = ['government', 'ngo', 'refugee_led', 'intl_org', 'unhcr'] as const;
const STATUSES = ['established', 'new', 'emerging', 'considering', 'other'] as const;

const subset = <T,>(items: readonly T[]) => fc.subarray([...items]);
const maybe = <T,>(items: readonly T[]) => fc.oneof(fc.constant(''), fc.constantFrom(...items));

const needArb = fc.record({
  theme: fc.constantFrom(...THEMES), modalities: subset(MODALITIES), languages: subset(LANGUAGES), priority: fc.constantFrom('high', 'medium', 'low'),
  start: maybe(MONTHS), funding: fc.constantFrom('self_funded', 'partial', 'needs_funding'), partner_types: subset(CLASSES),
  preferred_countries: subset(['CZ', 'CA', 'SE', 'BR']),
});
const offerArb = fc.record({
  theme: fc.constantFrom(...THEMES), modalities: subset(MODALITIES), languages: subset(LANGUAGES), cost: fc.constantFrom('we_cover', 'cost_shared', 'requires_funding'),
  available_from: maybe(MONTHS.slice(0, 2)), available_until: maybe(MONTHS.slice(2)), recipient_types: subset(CLASSES), recipient_regions: subset(REGIONS),
});
const fundingArb = fc.record({
  themes: subset(THEMES), modalities: subset(MODALITIES), eligible_regions: subset(REGIONS), eligible_org_types: subset(CLASSES),
  deadline: fc.constantFrom('', '2026-11-30', TODAY, '2027-01-31'),
});
const responseArb = fc.record({
  org: fc.integer({ min: 0, max: ORGS.length - 1 }), orgType: fc.constantFrom(...ORG_TYPES), status: fc.constantFrom(...STATUSES),
  workingLanguages: subset(LANGUAGES), day: fc.integer({ min: 1, max: 3 }),
  needs: fc.array(needArb, { maxLength: 4 }), offers: fc.array(offerArb, { maxLength: 4 }), funding: fc.array(fundingArb, { maxLength: 2 }),
});

/** Response files with ids unique across the whole set, so a pair is known by (need id, offer id). */
function filesOf(responses: readonly Generated[]): ResponseFile[] {
  return responses.map((response, n) => {
    const [orgName, country] = ORGS[response.org] ?? ORGS[0];
    return buildResponseFile({
      responseId: uuid(n + 1), revision: 1, round: '2026-Q4', language: 'en',
      startedAt: '2026-11-01T08:00:00.000Z', submittedAt: `2026-11-0${response.day}T10:00:00.000Z`,
    }, {
      org_name: orgName, org_type: response.orgType, country, resettlement_status: response.status, working_languages: response.workingLanguages,
      needs: response.needs.map((item, index) => ({ id: `n${n}-${index}`, title: 'Need', ...item })),
      offers: response.offers.map((item, index) => ({ id: `o${n}-${index}`, title: 'Offer', ...item })),
      funding_sources: response.funding.map((item, index) => ({ id: `f${n}-${index}`, name: 'Fund', funder_type: 'foundation', ...item })),
    });
  });
}
type Generated = typeof responseArb extends fc.Arbitrary<infer T> ? T : never;

const scenarioArb = fc.array(responseArb, { minLength: 1, maxLength: 8 }).map((responses) => filesOf(responses));
/** The files with a shuffled order, plus shuffles of the entry lists given to findCandidates. */
const shuffledScenarioArb = scenarioArb.chain((files) => fc.record({
  files: fc.constant(files),
  shuffledFiles: fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }),
  seed: fc.integer(),
}));

/** Independent of src: NFD, strip combining marks, lower case, trim. */
const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
const sameOrg = (n: Need, o: Offer) => n.org.responseId === o.org.responseId || (fold(n.org.orgName) === fold(o.org.orgName) && n.org.country === o.org.country);
const key = (candidate: Candidate) => `${candidate.need.id}×${candidate.offer.id}`;
const run = (entries: Entries) => findCandidates(entries.needs, entries.offers, entries.funding, TODAY);

/** A deterministic shuffle from a seed (Fisher–Yates on a small LCG). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    const a = copy[i];
    const b = copy[j];
    if (a === undefined || b === undefined) continue;
    copy[i] = b;
    copy[j] = a;
  }
  return copy;
}

const PRIORITY = ['high', 'medium', 'low'];
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('matching laws (property)', () => {
  it('the same data in any order gives the same candidates, in the same order, with the same scores', () => {
    fc.assert(fc.property(shuffledScenarioArb, ({ files, shuffledFiles, seed }) => {
      const reference = run(buildEntries(files));
      const summary = (list: readonly Candidate[]) => list.map((candidate) => [key(candidate), candidate.score, candidate.reasons, candidate.fundingSuggestions]);
      // Shuffled files through buildEntries.
      expect(summary(run(buildEntries(shuffledFiles)))).toEqual(summary(reference));
      // Shuffled entry lists given straight to the engine.
      const entries = buildEntries(files);
      const direct = findCandidates(shuffle(entries.needs, seed), shuffle(entries.offers, seed + 1), shuffle(entries.funding, seed + 2), TODAY);
      expect(summary(direct)).toEqual(summary(reference));
    }), { numRuns: RUNS });
  });

  it('never pairs a need and an offer of one organisation (same response, or same normalised name and country)', () => {
    fc.assert(fc.property(scenarioArb, (files) => {
      for (const candidate of run(buildEntries(files))) {
        expect(candidate.need.org.responseId).not.toBe(candidate.offer.org.responseId);
        expect(sameOrg(candidate.need, candidate.offer)).toBe(false);
      }
    }), { numRuns: RUNS });
  });

  it('a candidate is obvious exactly when its definition holds, computed from the entries themselves', () => {
    fc.assert(fc.property(scenarioArb, (files) => {
      for (const { need, offer, obvious } of run(buildEntries(files))) {
        const sharesModality = need.modalities.some((modality) => offer.modalities.includes(modality));
        const sharesLanguage = need.languages.some((language) => offer.languages.includes(language));
        const timingMismatch = need.start !== ''
          && ((offer.availableFrom !== '' && need.start < offer.availableFrom) || (offer.availableUntil !== '' && need.start > offer.availableUntil));
        const partnerMismatch = (need.partnerTypes.length > 0 && !need.partnerTypes.includes(offer.org.orgClass))
          || (offer.recipientTypes.length > 0 && !offer.recipientTypes.includes(need.org.orgClass));
        const regionMismatch = offer.recipientRegions.length > 0 && !offer.recipientRegions.includes(need.org.region);
        expect(obvious).toBe(need.theme === offer.theme && sharesModality && sharesLanguage && !timingMismatch && !partnerMismatch && !regionMismatch);
      }
    }), { numRuns: RUNS });
  });

  it('the score lies in 0..100 and is the clamped sum of the reason effects', () => {
    fc.assert(fc.property(scenarioArb, (files) => {
      for (const candidate of run(buildEntries(files))) {
        const sum = candidate.reasons.reduce((total, reason) => total + REASON_EFFECTS[reason], 0);
        expect(candidate.score).toBeGreaterThanOrEqual(0);
        expect(candidate.score).toBeLessThanOrEqual(100);
        expect(candidate.score).toBe(Math.min(100, Math.max(0, sum)));
        expect(candidate.reasons[0]).toBe('same_theme');
      }
    }), { numRuns: RUNS });
  });

  it('finds exactly the pairs of a naive all-pairs filter, sorted by the rule of matching.md', () => {
    fc.assert(fc.property(scenarioArb, (files) => {
      const entries = buildEntries(files);
      const naive = entries.needs.flatMap((n) => entries.offers
        .filter((o) => n.theme === o.theme && n.theme !== 'other' && !sameOrg(n, o))
        .map((o) => `${n.id}×${o.id}`));
      const candidates = run(entries);
      expect(candidates.map(key).sort()).toEqual(naive.sort());
      for (let i = 1; i < candidates.length; i += 1) {
        const a = candidates[i - 1];
        const b = candidates[i];
        if (!a || !b) continue;
        const order = [b.score - a.score, PRIORITY.indexOf(a.need.priority) - PRIORITY.indexOf(b.need.priority),
          Date.parse(a.need.org.submittedAt) - Date.parse(b.need.org.submittedAt), compareText(a.need.id, b.need.id), compareText(a.offer.id, b.offer.id)]
          .find((difference) => difference !== 0) ?? 0;
        expect(order).toBeLessThan(0);
      }
    }), { numRuns: RUNS });
  });
  it('suggests the same funding, pair by pair and need by need, as asking for each alone', () => {
    fc.assert(fc.property(scenarioArb, (files) => {
      const entries = buildEntries(files);
      for (const candidate of run(entries)) {
        const alone = candidate.reasons.includes('funding_gap') ? suggestFunding(candidate.need, candidate.sharedModalities, entries.funding, TODAY) : [];
        expect(candidate.fundingSuggestions).toEqual(alone);
      }
      const expected = entries.needs.filter((need) => need.funding === 'needs_funding')
        .map((need) => [need.id, suggestFunding(need, need.modalities, entries.funding, TODAY)] as const)
        .filter(([, suggestions]) => suggestions.length > 0);
      const lookup = needFundingLookup(entries.needs, entries.funding, TODAY);
      expect(entries.needs.map((need) => [need.id, lookup(need.id)] as const).filter(([, suggestions]) => suggestions.length > 0)).toEqual(expected);
      // Asked for one need at a time, in any order, and for ids that are not needs.
      const reversed = needFundingLookup(entries.needs, entries.funding, TODAY);
      for (const need of [...entries.needs].reverse()) {
        expect(reversed(need.id)).toEqual(need.funding === 'needs_funding' ? suggestFunding(need, need.modalities, entries.funding, TODAY) : []);
      }
      expect(reversed('no-such-need')).toEqual([]);
    }), { numRuns: RUNS });
  });
});
