// The matching engine against matching.md (src/domain/matching.ts): reasons and their effects, score, obvious matches,
// candidates, order, funding suggestions and the introduction's language.
import { describe, expect, it } from 'vitest';
import { buildEntries, type FundingSource, type Need, type Offer } from '../../src/domain/entries';
import { introductionLanguage } from '../../src/domain/introduction';
import {
  evaluatePair, findCandidates, isObvious, needFundingLookup, REASON_CODES, REASON_EFFECTS, reasonsFor, scoreOf, suggestFunding,
  type Candidate, type ReasonCode,
} from '../../src/domain/matching';
import type { UiLanguage } from '../../src/domain/codes';
import { responseFile } from '../support/responseFiles';
import { uuid } from './coordinatorFixtures';
import { fundingSource, need, offer } from './matchingBuilders';

const TODAY = '2026-12-01';
type NeedOverrides = Parameters<typeof need>[0];
type OfferOverrides = Parameters<typeof offer>[0];

const pair = (n: NeedOverrides = {}, o: OfferOverrides = {}, funding: readonly FundingSource[] = []) => evaluatePair(need(n), offer(o), funding, TODAY);
const keys = (candidates: readonly Candidate[]) => candidates.map((candidate) => `${candidate.need.id}×${candidate.offer.id}`);

/** The baseline pair: same theme, a shared modality and a shared language, nothing else. */
const BASE: ReasonCode[] = ['same_theme', 'shared_modality', 'shared_language'];

describe('the reason table of matching.md', () => {
  it('has the effects of the spec, and a pair can reach exactly 100', () => {
    expect(REASON_EFFECTS).toEqual({
      same_theme: 40, shared_modality: 20, modality_mismatch: 0, shared_language: 15, no_shared_language: 0, emerging_from_established: 10,
      preferred_country: 5, costs_covered: 5, timing_ok: 5, timing_mismatch: -10, partner_type_mismatch: -15, region_mismatch: -15,
      same_country: -5, funding_gap: 0,
    });
    // Every positive effect together is exactly 100: the clamp at the top is never needed, but still holds.
    const positives = REASON_CODES.filter((code) => REASON_EFFECTS[code] > 0);
    expect(positives.reduce((sum, code) => sum + REASON_EFFECTS[code], 0)).toBe(100);
  });

  it.each<[string, NeedOverrides, OfferOverrides, ReasonCode[], number, boolean]>([
    ['baseline: same_theme +40, shared_modality +20, shared_language +15', {}, {}, BASE, 75, true],
    // modality
    ['no common modality: modality_mismatch (0)', { modalities: ['mentoring'] }, { modalities: ['study_visit'] }, ['same_theme', 'modality_mismatch', 'shared_language'], 55, false],
    ['a need with no modality: modality_mismatch', { modalities: [] }, {}, ['same_theme', 'modality_mismatch', 'shared_language'], 55, false],
    ['an offer with no modality: modality_mismatch', {}, { modalities: [] }, ['same_theme', 'modality_mismatch', 'shared_language'], 55, false],
    // language
    ['no common language: no_shared_language (0)', { languages: ['fr'] }, { languages: ['en', 'es'] }, ['same_theme', 'shared_modality', 'no_shared_language'], 60, false],
    ['an entry with no language at all: no_shared_language', { languages: [] }, {}, ['same_theme', 'shared_modality', 'no_shared_language'], 60, false],
    // direction
    ...(['new', 'emerging', 'considering'] as const).map((status): [string, NeedOverrides, OfferOverrides, ReasonCode[], number, boolean] =>
      [`needer ${status}, offerer established: emerging_from_established +10`, { org: { status } }, {}, [...BASE, 'emerging_from_established'], 85, true]),
    ['needer established: no direction reason', { org: { status: 'established' } }, {}, BASE, 75, true],
    ['needer other (not a resettlement country): no direction reason', { org: { status: 'other' } }, {}, BASE, 75, true],
    ...(['new', 'emerging', 'considering', 'other'] as const).map((status): [string, NeedOverrides, OfferOverrides, ReasonCode[], number, boolean] =>
      [`offerer ${status}, needer emerging: no direction reason`, { org: { status: 'emerging' } }, { org: { status } }, BASE, 75, true]),
    // preferred country
    ["the offer's country among the preferred: preferred_country +5", { preferredCountries: ['BR', 'CA'] }, {}, [...BASE, 'preferred_country'], 80, true],
    ['preferred countries that do not include it: nothing', { preferredCountries: ['BR', 'CZ'] }, {}, BASE, 75, true],
    // costs
    ['needs_funding and we_cover: costs_covered +5, no funding_gap', { funding: 'needs_funding' }, { cost: 'we_cover' }, [...BASE, 'costs_covered'], 80, true],
    ['partial and we_cover: costs_covered +5', { funding: 'partial' }, { cost: 'we_cover' }, [...BASE, 'costs_covered'], 80, true],
    ['self_funded and we_cover: no costs_covered', { funding: 'self_funded' }, { cost: 'we_cover' }, BASE, 75, true],
    ['partial and cost_shared: neither costs_covered nor funding_gap', { funding: 'partial' }, { cost: 'cost_shared' }, BASE, 75, true],
    ['partial and requires_funding: neither', { funding: 'partial' }, { cost: 'requires_funding' }, BASE, 75, true],
    ['needs_funding and cost_shared: funding_gap (0)', { funding: 'needs_funding' }, { cost: 'cost_shared' }, [...BASE, 'funding_gap'], 75, true],
    ['needs_funding and requires_funding: funding_gap (0)', { funding: 'needs_funding' }, { cost: 'requires_funding' }, [...BASE, 'funding_gap'], 75, true],
    ['needs_funding and no cost answer: funding_gap', { funding: 'needs_funding' }, { cost: '' }, [...BASE, 'funding_gap'], 75, true],
    // timing
    ['start inside both bounds: timing_ok +5', { start: '2027-03' }, { availableFrom: '2027-01', availableUntil: '2027-06' }, [...BASE, 'timing_ok'], 80, true],
    ['start equal to the lower bound: timing_ok', { start: '2027-01' }, { availableFrom: '2027-01', availableUntil: '2027-06' }, [...BASE, 'timing_ok'], 80, true],
    ['start equal to the upper bound: timing_ok', { start: '2027-06' }, { availableFrom: '2027-01', availableUntil: '2027-06' }, [...BASE, 'timing_ok'], 80, true],
    ['start before the window: timing_mismatch −10', { start: '2026-12' }, { availableFrom: '2027-01', availableUntil: '2027-06' }, [...BASE, 'timing_mismatch'], 65, false],
    ['start after the window: timing_mismatch −10', { start: '2027-07' }, { availableFrom: '2027-01', availableUntil: '2027-06' }, [...BASE, 'timing_mismatch'], 65, false],
    ['no lower bound, start before the upper: timing_ok', { start: '2020-01' }, { availableUntil: '2027-06' }, [...BASE, 'timing_ok'], 80, true],
    ['no lower bound, start after the upper: timing_mismatch', { start: '2027-07' }, { availableUntil: '2027-06' }, [...BASE, 'timing_mismatch'], 65, false],
    ['no upper bound, start after the lower: timing_ok', { start: '2035-01' }, { availableFrom: '2027-01' }, [...BASE, 'timing_ok'], 80, true],
    ['no upper bound, start before the lower: timing_mismatch', { start: '2026-12' }, { availableFrom: '2027-01' }, [...BASE, 'timing_mismatch'], 65, false],
    ['no window at all: timing_ok', { start: '2027-03' }, {}, [...BASE, 'timing_ok'], 80, true],
    ['no start: neither timing reason, whatever the window', { start: '' }, { availableFrom: '2027-01', availableUntil: '2027-02' }, BASE, 75, true],
    // partner types
    ["the need's partner types lack the offer's class: partner_type_mismatch −15", { partnerTypes: ['government'] }, { org: { orgType: 'ngo' } }, [...BASE, 'partner_type_mismatch'], 60, false],
    ["the need's partner types include the offer's class", { partnerTypes: ['international', 'ngo'] }, { org: { orgType: 'refugee_led' } }, BASE, 75, true],
    ["the offer's recipient types lack the need's class: partner_type_mismatch", { org: { orgType: 'local_government' } }, { recipientTypes: ['ngo', 'international'] }, [...BASE, 'partner_type_mismatch'], 60, false],
    ["the offer's recipient types include the need's class", { org: { orgType: 'local_government' } }, { recipientTypes: ['government'] }, BASE, 75, true],
    ['both sides lacking: partner_type_mismatch once', { partnerTypes: ['international'], org: { orgType: 'government' } }, { recipientTypes: ['ngo'] }, [...BASE, 'partner_type_mismatch'], 60, false],
    ['empty partner and recipient types mean any', { partnerTypes: [] }, { recipientTypes: [] }, BASE, 75, true],
    // regions
    ["the offer's recipient regions lack the need's region: region_mismatch −15", { org: { country: 'SE' } }, { recipientRegions: ['africa', 'asia'] }, [...BASE, 'region_mismatch'], 60, false],
    ["the offer's recipient regions include the need's region", { org: { country: 'SE' } }, { recipientRegions: ['asia', 'europe'] }, BASE, 75, true],
    // country
    ['both organisations in the same country: same_country −5, still obvious', { org: { country: 'CA' } }, { org: { country: 'CA' } }, [...BASE, 'same_country'], 70, true],
  ])('%s', (_, needOverrides, offerOverrides, reasons, score, obvious) => {
    const candidate = pair(needOverrides, offerOverrides);
    expect(candidate.reasons).toEqual(reasons);
    expect(candidate.score).toBe(score);
    expect(candidate.obvious).toBe(obvious);
  });

  it('lists the shared modalities and languages, sorted and once each', () => {
    const candidate = pair(
      { modalities: ['training', 'mentoring', 'study_visit', 'training'], languages: ['fr', 'en', 'ar'] },
      { modalities: ['study_visit', 'materials', 'training'], languages: ['ar', 'es', 'fr', 'fr'] },
    );
    expect(candidate.sharedModalities).toEqual(['study_visit', 'training']);
    expect(candidate.sharedLanguages).toEqual(['ar', 'fr']);
    const mismatch = pair({ modalities: ['mentoring'], languages: ['ru'] }, { modalities: ['materials'], languages: ['en'] });
    expect(mismatch.sharedModalities).toEqual([]);
    expect(mismatch.sharedLanguages).toEqual([]);
  });

  it("uses the organisation's working languages when an entry names none (through buildEntries)", () => {
    const needer = responseFile(uuid(1), 1, {
      org_name: 'Needer', country: 'CZ', working_languages: ['cs', 'fr'],
      needs: [{ id: 'need-a', theme: 'housing', title: 'Housing', modalities: ['study_visit'], languages: [], priority: 'high', funding: 'self_funded' }],
      offers: [],
    });
    const offerer = responseFile(uuid(2), 1, {
      org_name: 'Offerer', country: 'CA', working_languages: ['en'],
      needs: [],
      offers: [
        { id: 'offer-a', theme: 'housing', title: 'French housing advice', modalities: ['study_visit'], languages: ['fr'], cost: 'cost_shared' },
        { id: 'offer-b', theme: 'housing', title: 'Housing advice, no language given', modalities: ['study_visit'], cost: 'cost_shared' },
      ],
    });
    const entries = buildEntries([needer, offerer]);
    expect(entries.needs.map((item) => item.languages)).toEqual([['cs', 'fr']]);
    expect(entries.offers.map((item) => [item.id, item.languages])).toEqual([['offer-a', ['fr']], ['offer-b', ['en']]]);
    const [withFrench, withEnglish] = findCandidates(entries.needs, entries.offers, [], TODAY);
    expect(withFrench).toMatchObject({ offer: { id: 'offer-a' }, sharedLanguages: ['fr'] });
    expect(withFrench?.reasons).toContain('shared_language');
    expect(withEnglish).toMatchObject({ offer: { id: 'offer-b' }, sharedLanguages: [] });
    expect(withEnglish?.reasons).toContain('no_shared_language');
  });

  it('a pair made by hand across themes has no same_theme and is never obvious', () => {
    const candidate = pair({ theme: 'housing' }, { theme: 'education' });
    expect(candidate.reasons).toEqual(['shared_modality', 'shared_language']);
    expect(candidate.score).toBe(35);
    expect(candidate.obvious).toBe(false);
  });
});

describe('score', () => {
  it('reaches exactly 100 with every positive reason', () => {
    const candidate = pair(
      { org: { status: 'new', country: 'CZ' }, preferredCountries: ['CA'], funding: 'partial', start: '2027-02' },
      { org: { status: 'established', country: 'CA' }, cost: 'we_cover', availableFrom: '2027-01', availableUntil: '2027-03' },
    );
    expect(candidate.reasons).toEqual([...BASE, 'emerging_from_established', 'preferred_country', 'costs_covered', 'timing_ok']);
    expect(candidate.score).toBe(100);
    expect(candidate.obvious).toBe(true);
  });

  it('clamps at 0 when the penalties outweigh the theme', () => {
    // 40 − 10 − 15 − 15 − 5 = −5.
    const candidate = pair(
      { org: { country: 'SE', orgType: 'government' }, modalities: ['mentoring'], languages: ['sv'], start: '2028-01', partnerTypes: ['international'] },
      { org: { country: 'SE', orgName: 'Another Swedish body' }, modalities: ['materials'], languages: ['en'], availableUntil: '2027-06', recipientRegions: ['africa'] },
    );
    expect(candidate.reasons).toEqual(['same_theme', 'modality_mismatch', 'no_shared_language', 'timing_mismatch', 'partner_type_mismatch', 'region_mismatch', 'same_country']);
    expect(candidate.score).toBe(0);
  });

  it.each<[ReasonCode[], number]>([
    [[], 0],
    [['same_theme'], 40],
    [['same_theme', 'timing_mismatch', 'partner_type_mismatch', 'region_mismatch', 'same_country'], 0],
    [['same_theme', 'partner_type_mismatch', 'region_mismatch'], 10],
    [['timing_mismatch'], 0],
    [[...REASON_CODES].filter((code) => REASON_EFFECTS[code] > 0), 100],
    [[...REASON_CODES, ...REASON_CODES], 100],
  ])('scoreOf(%j) = %i', (reasons, score) => {
    expect(scoreOf(reasons)).toBe(score);
  });
});

describe('obvious match', () => {
  it.each<[string, ReasonCode[], boolean]>([
    ['theme, modality and language', BASE, true],
    ['with every non-blocking extra', [...BASE, 'emerging_from_established', 'preferred_country', 'costs_covered', 'timing_ok', 'same_country', 'funding_gap'], true],
    ['without same_theme', ['shared_modality', 'shared_language'], false],
    ['without a shared modality', ['same_theme', 'modality_mismatch', 'shared_language'], false],
    ['without a shared language', ['same_theme', 'shared_modality', 'no_shared_language'], false],
    ['with timing_mismatch', [...BASE, 'timing_mismatch'], false],
    ['with partner_type_mismatch', [...BASE, 'partner_type_mismatch'], false],
    ['with region_mismatch', [...BASE, 'region_mismatch'], false],
  ])('%s → %s', (_, reasons, obvious) => {
    expect(isObvious(reasons)).toBe(obvious);
  });
});

describe('candidates', () => {
  it('pairs only needs and offers of the same theme', () => {
    const needs = [need({ id: 'n-housing', theme: 'housing' }), need({ id: 'n-education', theme: 'education' })];
    const offers = [offer({ id: 'o-housing', theme: 'housing' }), offer({ id: 'o-health', theme: 'health_trauma' })];
    expect(keys(findCandidates(needs, offers, [], TODAY))).toEqual(['n-housing×o-housing']);
  });

  it('never pairs `other` automatically', () => {
    const needs = [need({ id: 'n-other', theme: 'other', themeOther: 'Winter' })];
    const offers = [offer({ id: 'o-other', theme: 'other', themeOther: 'Winter' })];
    expect(findCandidates(needs, offers, [], TODAY)).toEqual([]);
  });

  it('excludes a need and an offer of the same response, even under different names', () => {
    const needs = [need({ id: 'n', org: { responseId: 'r-1', orgName: 'One', country: 'SE' } })];
    const offers = [offer({ id: 'o', org: { responseId: 'r-1', orgName: 'Two', country: 'CA' } })];
    expect(findCandidates(needs, offers, [], TODAY)).toEqual([]);
  });

  const fileWith = (n: number, orgName: string, country: string, list: 'needs' | 'offers') => responseFile(uuid(n), 1, {
    org_name: orgName, country,
    needs: list === 'needs' ? [{ id: `need-${n}`, theme: 'housing', title: 'Housing', modalities: ['study_visit'], priority: 'high', funding: 'self_funded' }] : [],
    offers: list === 'offers' ? [{ id: `offer-${n}`, theme: 'housing', title: 'Housing', modalities: ['study_visit'], cost: 'cost_shared' }] : [],
  });

  it.each<[string, string, string, string, string, boolean]>([
    ['case, accents and surrounding spaces ignored', '  Caritas Česko ', 'CZ', 'caritas cesko', 'CZ', false],
    ['upper case and accents', 'CARITAS ČESKO', 'CZ', 'Caritas Česko', 'CZ', false],
    ['the exact same name', 'Caritas Česko', 'CZ', 'Caritas Česko', 'CZ', false],
    ['the same name in another country is another organisation', 'Caritas Česko', 'CZ', 'Caritas Česko', 'SK', true],
    ['a different name in the same country is another organisation', 'Caritas Česko', 'CZ', 'Charita Praha', 'CZ', true],
  ])('same organisation from two responses: %s', (_, needName, needCountry, offerName, offerCountry, paired) => {
    const entries = buildEntries([fileWith(1, needName, needCountry, 'needs'), fileWith(2, offerName, offerCountry, 'offers')]);
    expect(keys(findCandidates(entries.needs, entries.offers, [], TODAY))).toEqual(paired ? ['need-1×offer-2'] : []);
  });

  it('keeps the same-country pair of two organisations as a candidate, with same_country', () => {
    const entries = buildEntries([fileWith(1, 'Caritas Česko', 'CZ', 'needs'), fileWith(2, 'Charita Praha', 'CZ', 'offers')]);
    const [candidate] = findCandidates(entries.needs, entries.offers, [], TODAY);
    expect(candidate?.reasons).toContain('same_country');
  });

  it('pairs every need with every offer of its theme from other organisations', () => {
    const needs = ['a', 'b'].map((id) => need({ id: `n-${id}`, org: { responseId: `r-${id}`, orgName: `Org ${id}` } }));
    const offers = ['c', 'd', 'a'].map((id) => offer({ id: `o-${id}`, org: { responseId: `r-${id}`, orgName: `Org ${id}` } }));
    expect(keys(findCandidates(needs, offers, [], TODAY)).sort()).toEqual(['n-a×o-c', 'n-a×o-d', 'n-b×o-a', 'n-b×o-c', 'n-b×o-d']);
  });
});

describe('order', () => {
  // Each need comes from its own response; two identical offers (o-1, o-2) answer every need.
  const needRow = (id: string, priority: string, submittedAt: string, extra: NeedOverrides = {}): Need =>
    need({ id, priority, org: { responseId: `r-${id}`, orgName: `Org ${id}`, submittedAt }, ...extra });
  const needs = [
    needRow('need-a', 'low', '2026-11-01T00:00:00.000Z'),
    needRow('need-b', 'low', '2026-11-09T00:00:00.000Z', { preferredCountries: ['CA'] }),
    needRow('need-c', 'high', '2026-11-09T00:00:00.000Z'),
    needRow('need-1', 'medium', '2026-11-05T00:00:00.000Z'),
    needRow('need-9', 'medium', '2026-11-03T00:00:00.000Z'),
    needRow('need-g', 'medium', '2026-11-04T00:00:00.000Z'),
    needRow('need-f', 'medium', '2026-11-04T00:00:00.000Z'),
  ];
  const offers: Offer[] = [offer({ id: 'o-2' }), offer({ id: 'o-1' })];

  const expected: [needId: string, offerId: string, score: number, why: string][] = [
    ['need-b', 'o-1', 80, 'the highest score first, even with low priority'],
    ['need-b', 'o-2', 80, 'then offer id'],
    ['need-c', 'o-1', 75, 'high priority before medium and low'],
    ['need-c', 'o-2', 75, ''],
    ['need-9', 'o-1', 75, 'medium: submitted first (03) wins over a smaller need id'],
    ['need-9', 'o-2', 75, ''],
    ['need-f', 'o-1', 75, 'same submission time (04): need id'],
    ['need-f', 'o-2', 75, ''],
    ['need-g', 'o-1', 75, ''],
    ['need-g', 'o-2', 75, ''],
    ['need-1', 'o-1', 75, 'submitted last (05)'],
    ['need-1', 'o-2', 75, ''],
    ['need-a', 'o-1', 75, 'low priority last, though submitted first'],
    ['need-a', 'o-2', 75, ''],
  ];

  it('is score, priority, submission, need id, offer id', () => {
    const result = findCandidates(needs, offers, [], TODAY);
    expect(result.map((candidate) => [candidate.need.id, candidate.offer.id, candidate.score])).toEqual(expected.map(([n, o, score]) => [n, o, score]));
  });

  it('does not depend on the order of the inputs', () => {
    const reference = keys(findCandidates(needs, offers, [], TODAY));
    for (const rotation of [1, 3, 5]) {
      const rotated = [...needs.slice(rotation), ...needs.slice(0, rotation)].reverse();
      expect(keys(findCandidates(rotated, [...offers].reverse(), [], TODAY))).toEqual(reference);
    }
  });
});

describe('funding suggestions', () => {
  // A Swedish government need in housing, funding needed; the offer shares only study_visit.
  const gapNeed: NeedOverrides = { theme: 'housing', modalities: ['study_visit', 'mentoring'], funding: 'needs_funding', org: { country: 'SE', orgType: 'government' } };
  const gapOffer: OfferOverrides = { theme: 'housing', modalities: ['study_visit', 'materials'], cost: 'requires_funding' };
  const suggestedForPair = (source: Partial<FundingSource>) => pair(gapNeed, gapOffer, [fundingSource({ id: 'f', ...source })]).fundingSuggestions;
  const suggestedForNeed = (source: Partial<FundingSource>) => needFundingLookup([need({ id: 'n', ...gapNeed })], [fundingSource({ id: 'f', ...source })], TODAY)('n');

  it.each<[string, Partial<FundingSource>, boolean, boolean]>([
    ['open to everything', {}, true, true],
    ['themes include the theme', { themes: ['education', 'housing'] }, true, true],
    ['themes lack the theme', { themes: ['education'] }, false, false],
    ["modalities include a shared modality", { modalities: ['study_visit'] }, true, true],
    ["modalities include only the need's other modality: not for the pair, yes for the need alone", { modalities: ['mentoring'] }, false, true],
    ["modalities include only the offer's other modality", { modalities: ['materials'] }, false, false],
    ["eligible regions include the need's region", { eligibleRegions: ['africa', 'europe'] }, true, true],
    ["eligible regions lack the need's region", { eligibleRegions: ['africa'] }, false, false],
    ["eligible org types include the need's class", { eligibleOrgTypes: ['government'] }, true, true],
    ["eligible org types lack the need's class", { eligibleOrgTypes: ['ngo', 'international'] }, false, false],
    ['deadline after today', { deadline: '2026-12-02' }, true, true],
    ['deadline equal to today is kept', { deadline: TODAY }, true, true],
    ['deadline before today', { deadline: '2026-11-30' }, false, false],
    ['no deadline', { deadline: '' }, true, true],
  ])('%s: pair %s, need alone %s', (_, source, forPair, forNeed) => {
    expect(suggestedForPair(source)).toEqual(forPair ? ['f'] : []);
    expect(suggestedForNeed(source)).toEqual(forNeed ? ['f'] : []);
  });

  it('orders by specificity, then soonest deadline (none last), then id', () => {
    const sources = [
      fundingSource({ id: 'open-no-deadline' }),
      fundingSource({ id: 'open-late', deadline: '2027-06-30' }),
      fundingSource({ id: 'open-soon', deadline: '2027-01-15' }),
      fundingSource({ id: 'one-theme', themes: ['housing'], deadline: '2027-12-31' }),
      fundingSource({ id: 'one-region', eligibleRegions: ['europe'], deadline: '2027-03-01' }),
      fundingSource({ id: 'two-b', themes: ['housing'], eligibleOrgTypes: ['government'] }),
      fundingSource({ id: 'two-a', modalities: ['study_visit'], eligibleRegions: ['europe'] }),
      fundingSource({ id: 'four', themes: ['housing'], modalities: ['study_visit'], eligibleRegions: ['europe'], eligibleOrgTypes: ['government'], deadline: '2028-01-01' }),
      fundingSource({ id: 'expired', deadline: '2026-01-01' }),
      fundingSource({ id: 'other-theme', themes: ['education'] }),
    ];
    expect(pair(gapNeed, gapOffer, sources).fundingSuggestions).toEqual([
      'four', 'two-a', 'two-b', 'one-region', 'one-theme', 'open-soon', 'open-late', 'open-no-deadline',
    ]);
  });

  it('are given only to pairs with funding_gap', () => {
    const sources = [fundingSource({ id: 'f' })];
    expect(pair({ ...gapNeed, funding: 'needs_funding' }, { ...gapOffer, cost: 'we_cover' }, sources)).toMatchObject({ fundingSuggestions: [] });
    expect(pair({ ...gapNeed, funding: 'partial' }, { ...gapOffer, cost: 'requires_funding' }, sources)).toMatchObject({ fundingSuggestions: [] });
    expect(pair(gapNeed, gapOffer, sources)).toMatchObject({ fundingSuggestions: ['f'] });
  });

  it('needFundingLookup suggests only for needs with needs_funding that have a suggestion', () => {
    const needs = [
      need({ id: 'needs', funding: 'needs_funding' }),
      need({ id: 'partial', funding: 'partial' }),
      need({ id: 'self', funding: 'self_funded' }),
      need({ id: 'needs-other-theme', theme: 'education', funding: 'needs_funding' }),
    ];
    const sources = [fundingSource({ id: 'housing-fund', themes: ['housing'] })];
    const lookup = needFundingLookup(needs, sources, TODAY);
    expect(needs.map((item) => [item.id, lookup(item.id)] as const).filter(([, suggestions]) => suggestions.length > 0)).toEqual([['needs', ['housing-fund']]]);
  });

  it('suggestFunding uses the modalities it is given', () => {
    const source = fundingSource({ id: 'f', modalities: ['mentoring'] });
    expect(suggestFunding(need(gapNeed), ['mentoring'], [source], TODAY)).toEqual(['f']);
    expect(suggestFunding(need(gapNeed), [], [source], TODAY)).toEqual([]);
  });
});

describe('introductionLanguage', () => {
  it.each<[string, string[], string[], UiLanguage]>([
    ["the first shared UI language in the need's order", ['ar', 'fr', 'en'], ['en', 'fr'], 'fr'],
    ['another order on the need side', ['en', 'fr'], ['fr', 'en'], 'en'],
    ['shared languages the app cannot write in are skipped', ['de', 'pt'], ['pt', 'de'], 'pt'],
    ['only non-UI languages shared: fallback', ['ar', 'ru'], ['ru', 'ar'], 'es'],
    ['nothing shared: fallback', ['fr'], ['en'], 'es'],
    ['no languages: fallback', [], [], 'es'],
  ])('%s', (_, needLanguages, offerLanguages, expected) => {
    expect(introductionLanguage(pair({ languages: needLanguages }, { languages: offerLanguages }), 'es')).toBe(expected);
  });
});

describe('reasonsFor', () => {
  it('lists reasons in the order of the table', () => {
    const { reasons } = reasonsFor(
      need({ org: { status: 'new', country: 'CA' }, preferredCountries: ['CA'], funding: 'needs_funding', start: '2030-01', partnerTypes: ['government'] }),
      offer({ org: { country: 'CA', orgName: 'Other' }, cost: 'cost_shared', availableUntil: '2027-01', recipientRegions: ['asia'] }),
    );
    expect(reasons).toEqual(['same_theme', 'shared_modality', 'shared_language', 'emerging_from_established', 'preferred_country', 'timing_mismatch',
      'partner_type_mismatch', 'region_mismatch', 'same_country', 'funding_gap']);
    expect([...reasons].sort((a, b) => REASON_CODES.indexOf(a) - REASON_CODES.indexOf(b))).toEqual(reasons);
  });
});
