// evaluation.md: every metric of the pilot evaluation, checked against figures worked out by hand on a small dataset.
import { describe, expect, it } from 'vitest';
import { codesOf, type CodeListName } from '../../src/domain/codes';
import { buildEntries } from '../../src/domain/entries';
import { evaluationMetrics, percentile, type EvaluationInput, type Metric } from '../../src/domain/evaluation';
import type { FollowUp } from '../../src/domain/followUp';
import { FOLLOW_UP_VERSION } from '../../src/domain/followUpSchema';
import { findCandidates } from '../../src/domain/matching';
import type { RegisterEntry } from '../../src/domain/register';
import { buildResponseFile, validateResponse, type ResponseFile } from '../../src/domain/responseFile';
import { uuid } from './coordinatorFixtures';
import { validAnswers } from './fixtures';

// ---------------------------------------------------------------------------------------------------------------
// The dataset. Five organisations (A..E), each answering the main questionnaire once:
//
// | resp | org            | org_type (class)              | country (region) | status      | mechanism | refugee_involvement |
// | A    | Alpha Agency   | government (government)       | SE (europe)      | established | 5         | yes                 |
// | B    | Beta Network   | ngo (ngo)                     | KE (africa)      | emerging    | 4         | no                  |
// | C    | Gamma Voices   | refugee_led (ngo)             | BR (americas)    | new         | 4         | yes                 |
// | D    | Delta Office   | unhcr (international)         | DE (europe)      | considering | 2         | partly              |
// | E    | Epsilon Council| local_government (government) | AU (oceania)     | established | 1         | (not answered)      |
//
// Needs (theme → group; modalities; languages):
//   b-n1 housing → integration;            study_visit; en   (B emerging)
//   b-n2 selection_missions → selection;   study_visit; en   (B emerging)
//   c-n1 language_training → integration;  mentoring;   fr   (C new)
//   c-n2 housing → integration;            study_visit; en   (C new)
//   d-n1 selection_missions → selection;   study_visit; en   (D considering)
//   e-n1 housing → integration;            study_visit; en   (E established)
// Offers:
//   a-o1 housing;            study_visit; en  (A established)
//   a-o2 language_training;  training;    fr  (A established)
//   d-o1 reception_arrival → reception; study_visit; en (D considering)
//   e-o1 language_training;  mentoring;   pt  (E established)
//   e-o2 housing;            materials;   en  (E established)
// Funding sources: a-f1 foundation, b-f1 government, b-f2 foundation, d-f1 un.
//
// Candidates (same theme, never within one response, `other` never paired):
//   b-n1×a-o1 obvious (theme, study_visit, en; nothing blocking)      b-n1×e-o2 not obvious (materials ≠ study_visit)
//   c-n2×a-o1 obvious                                                  c-n2×e-o2 not obvious (modality mismatch)
//   e-n1×a-o1 obvious                                                  (e-n1×e-o2 is the same response: no candidate)
//   c-n1×a-o2 not obvious (mentoring ≠ training)                       c-n1×e-o1 not obvious (fr ≠ pt)
//   b-n2, d-n1 (selection_missions): no offer in the theme → the only gap theme.
//   → 7 candidates, 3 obvious; needs with an obvious match: b-n1, c-n2, e-n1.
// ---------------------------------------------------------------------------------------------------------------

const id = { A: uuid(1), B: uuid(2), C: uuid(3), D: uuid(4), E: uuid(5) } as const;

const FIRST_SUBMITTED: Record<keyof typeof id, string> = {
  A: '2026-11-02T10:00:00.000Z',
  B: '2026-11-05T10:00:00.000Z',
  C: '2026-11-10T12:00:00.000Z',
  D: '2026-11-03T08:00:00.000Z',
  E: '2026-11-12T00:00:00.000Z',
};

function need(entryId: string, theme: string, modalities: string[], languages: string[]): Record<string, unknown> {
  return { id: entryId, theme, title: `Need ${entryId}`, modalities, languages, priority: 'medium', funding: 'self_funded' };
}

function offer(entryId: string, theme: string, modalities: string[], languages: string[]): Record<string, unknown> {
  return { id: entryId, theme, title: `Offer ${entryId}`, modalities, languages, cost: 'cost_shared' };
}

function source(entryId: string, funderType: string): Record<string, unknown> {
  return { id: entryId, name: `Fund ${entryId}`, funder_type: funderType };
}

interface Org {
  key: keyof typeof id;
  name: string;
  type: string;
  country: string;
  status: string;
  rating: number;
  involvement?: string;
  needs?: Record<string, unknown>[];
  offers?: Record<string, unknown>[];
  funding?: Record<string, unknown>[];
}

/** A valid main-questionnaire response for one organisation, its latest revision being `revision`. */
function respond(org: Org, revision = 1): ResponseFile {
  const data = validAnswers();
  delete data['org_type_other'];
  delete data['refugee_involvement'];
  delete data['refugee_involvement_comment'];
  Object.assign(data, {
    org_name: org.name, org_type: org.type, country: org.country, resettlement_status: org.status, mechanism_needed: org.rating,
    has_needs: org.needs !== undefined, has_offers: org.offers !== undefined, has_funding_sources: org.funding !== undefined,
  });
  if (org.involvement !== undefined) data['refugee_involvement'] = org.involvement;
  delete data['needs'];
  delete data['offers'];
  delete data['funding_sources'];
  if (org.needs) data['needs'] = org.needs;
  if (org.offers) data['offers'] = org.offers;
  if (org.funding) data['funding_sources'] = org.funding;
  return buildResponseFile({
    responseId: id[org.key], revision, round: '2026-Q4', language: 'en',
    startedAt: '2026-11-01T09:00:00.000Z', submittedAt: revision === 1 ? FIRST_SUBMITTED[org.key] : '2026-11-25T09:00:00.000Z',
  }, data);
}

const ORGS: Org[] = [
  {
    key: 'A', name: 'Alpha Agency', type: 'government', country: 'SE', status: 'established', rating: 5, involvement: 'yes',
    offers: [offer('a-o1', 'housing', ['study_visit'], ['en']), offer('a-o2', 'language_training', ['training'], ['fr'])],
    funding: [source('a-f1', 'foundation')],
  },
  {
    key: 'B', name: 'Beta Network', type: 'ngo', country: 'KE', status: 'emerging', rating: 4, involvement: 'no',
    needs: [need('b-n1', 'housing', ['study_visit'], ['en']), need('b-n2', 'selection_missions', ['study_visit'], ['en'])],
    funding: [source('b-f1', 'government'), source('b-f2', 'foundation')],
  },
  {
    key: 'C', name: 'Gamma Voices', type: 'refugee_led', country: 'BR', status: 'new', rating: 4, involvement: 'yes',
    needs: [need('c-n1', 'language_training', ['mentoring'], ['fr']), need('c-n2', 'housing', ['study_visit'], ['en'])],
  },
  {
    key: 'D', name: 'Delta Office', type: 'unhcr', country: 'DE', status: 'considering', rating: 2, involvement: 'partly',
    needs: [need('d-n1', 'selection_missions', ['study_visit'], ['en'])],
    offers: [offer('d-o1', 'reception_arrival', ['study_visit'], ['en'])],
    funding: [source('d-f1', 'un')],
  },
  {
    key: 'E', name: 'Epsilon Council', type: 'local_government', country: 'AU', status: 'established', rating: 1,
    needs: [need('e-n1', 'housing', ['study_visit'], ['en'])],
    offers: [offer('e-o1', 'language_training', ['mentoring'], ['pt']), offer('e-o2', 'housing', ['materials'], ['en'])],
  },
];

// E's latest is its second revision (same answers); its first submission still decides days to introduction.
const latest = ORGS.map((org) => respond(org, org.key === 'E' ? 2 : 1));

/** A follow-up with its history; the status is the last change's. */
function followUp(needId: string, offerId: string, needOrg: keyof typeof id, offerOrg: keyof typeof id, history: [FollowUp['status'], string][]): FollowUp {
  const changes = history.map(([status, at]) => ({ status, at, note: status === 'dismissed' ? 'Not a fit: they already work together.' : '' }));
  const last = changes[changes.length - 1];
  if (!last) throw new Error('a follow-up needs a history');
  return { needId, offerId, needResponseId: id[needOrg], offerResponseId: id[offerOrg], manual: false, status: last.status, history: changes };
}

const FOLLOW_UPS: FollowUp[] = [
  // Later submission: B (2026-11-05T10:00) after A (11-02) → introduced 11-07T10:00 = 2 days.
  followUp('b-n1', 'a-o1', 'B', 'A', [['suggested', '2026-11-05T11:00:00.000Z'], ['introduced', '2026-11-07T10:00:00.000Z']]),
  // Later submission: the offer's, E (11-12T00:00), not C (11-10T12:00) → introduced 11-22T00:00 = 10 days; then agreed.
  followUp('c-n2', 'e-o2', 'C', 'E', [
    ['suggested', '2026-11-12T01:00:00.000Z'], ['introduced', '2026-11-22T00:00:00.000Z'], ['in_discussion', '2026-11-25T00:00:00.000Z'],
    ['agreed', '2026-12-01T00:00:00.000Z'],
  ]),
  // Never introduced: no figure for days to introduction.
  followUp('c-n1', 'a-o2', 'C', 'A', [['suggested', '2026-11-10T13:00:00.000Z'], ['dismissed', '2026-11-11T09:00:00.000Z']]),
];

function registerEntry(entryId: string, arrangement: RegisterEntry['arrangement']): RegisterEntry {
  return {
    entryId, years: '2026', partners: [{ organisation: 'Epsilon Council', country: 'AU', letter: 'E' }, { organisation: 'Gamma Voices', country: 'BR', letter: 'N' }],
    activity: 'Housing study visit', activityTypes: ['study_visit', 'housing'], arrangement, outcome: '', lessons: '', contacts: '',
    matchNeedId: null, matchOfferId: null, createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z',
  };
}

function followUpResponse(n: number, useful: number): ResponseFile {
  return buildResponseFile({
    responseId: uuid(100 + n), revision: 1, round: '2026-Q4', language: 'en', startedAt: '2027-01-10T09:00:00.000Z', submittedAt: '2027-01-10T09:30:00.000Z',
  }, { org_name: `Follow-up ${n}`, country: 'SE', used_chart: true, followed_up: 'no', useful, continue: 'yes' }, FOLLOW_UP_VERSION);
}

function input(): EvaluationInput {
  const entries = buildEntries(latest);
  return {
    latest,
    entries,
    candidates: findCandidates(entries.needs, entries.offers, entries.funding, '2026-12-01'),
    followUps: FOLLOW_UPS,
    register: [registerEntry(uuid(201), 'continuous'), registerEntry(uuid(202), 'one_off')],
    followUpResponses: [followUpResponse(1, 4), followUpResponse(2, 5)],
    firstSubmittedAt: new Map(ORGS.map((org) => [id[org.key], FIRST_SUBMITTED[org.key]])),
  };
}

/** The one value of (metric, breakdown); fails when the metric is missing or given twice. */
function valueOf(metrics: readonly Metric[], metric: string, breakdown: string): number | null {
  const found = metrics.filter((item) => item.metric === metric && item.breakdown === breakdown);
  expect(found, `${metric} / ${breakdown}`).toHaveLength(1);
  return found[0]?.value ?? null;
}

/** Every code of the list is a breakdown `dimension=code`; codes not named in `expected` count 0 (or `otherwise`). */
function expectBreakdown(metrics: readonly Metric[], metric: string, dimension: string, list: CodeListName, expected: Record<string, number | null>, otherwise: number | null = 0): void {
  const prefix = `${dimension}=`;
  const got = metrics.filter((item) => item.metric === metric && item.breakdown.startsWith(prefix));
  expect(got.map((item) => item.breakdown.slice(prefix.length)).sort(), `${metric} by ${dimension}`).toEqual([...codesOf(list)].sort());
  for (const code of Object.keys(expected)) expect(codesOf(list), `${code} is a ${list} code`).toContain(code);
  for (const item of got) {
    const code = item.breakdown.slice(prefix.length);
    expect(item.value, `${metric} ${item.breakdown}`).toBe(code in expected ? expected[code] : otherwise);
  }
}

describe('the hand-made dataset', () => {
  it('is made of valid responses', () => {
    for (const file of [...latest, ...input().followUpResponses]) expect(validateResponse(file)).toMatchObject({ ok: true });
  });

  it('has exactly the candidates and obvious matches worked out by hand', () => {
    const pairs = input().candidates.map((candidate) => `${candidate.need.id}×${candidate.offer.id}${candidate.obvious ? ' obvious' : ''}`).sort();
    expect(pairs).toEqual([
      'b-n1×a-o1 obvious', 'b-n1×e-o2', 'c-n1×a-o2', 'c-n1×e-o1', 'c-n2×a-o1 obvious', 'c-n2×e-o2', 'e-n1×a-o1 obvious',
    ]);
  });
});

describe('evaluationMetrics on the hand-made dataset', () => {
  const metrics = evaluationMetrics(input());
  const value = (metric: string, breakdown: string) => valueOf(metrics, metric, breakdown);

  it('gives each (metric, breakdown) once, and only the metrics of evaluation.md', () => {
    const keys = metrics.map((item) => `${item.metric} / ${item.breakdown}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...new Set(metrics.map((item) => item.metric))].sort()).toEqual([
      'days_to_introduction', 'follow_up_responses', 'follow_up_useful', 'funding_sources', 'matches', 'mechanism_needed', 'needs',
      'needs_with_obvious_match', 'needs_with_obvious_match_share', 'offers', 'refugee_involvement', 'register_entries', 'responses', 'unmet_theme',
    ]);
  });

  it('counts responses: all, by resettlement status, org class and region', () => {
    expect(value('responses', 'all')).toBe(5);
    // established: A, E; new: C; emerging: B; considering: D; other: none.
    expectBreakdown(metrics, 'responses', 'resettlement_status', 'resettlement_status', { established: 2, new: 1, emerging: 1, considering: 1 });
    // government: A (government), E (local_government); ngo: B (ngo), C (refugee_led); international: D (unhcr).
    expectBreakdown(metrics, 'responses', 'org_class', 'org_class', { government: 2, ngo: 2, international: 1 });
    // europe: A (SE), D (DE); africa: B (KE); americas: C (BR); oceania: E (AU); asia: none.
    expectBreakdown(metrics, 'responses', 'region', 'region', { europe: 2, africa: 1, americas: 1, oceania: 1 });
  });

  it('counts needs: all, by theme, theme group and the needing organisation\'s status', () => {
    // b-n1, b-n2, c-n1, c-n2, d-n1, e-n1.
    expect(value('needs', 'all')).toBe(6);
    // housing: b-n1, c-n2, e-n1; selection_missions: b-n2, d-n1; language_training: c-n1.
    expectBreakdown(metrics, 'needs', 'theme', 'theme', { housing: 3, selection_missions: 2, language_training: 1 });
    // integration: housing 3 + language_training 1; selection: 2.
    expectBreakdown(metrics, 'needs', 'theme_group', 'theme_group', { integration: 4, selection: 2 });
    // emerging: B's two; new: C's two; considering: D's one; established: E's one.
    expectBreakdown(metrics, 'needs', 'resettlement_status', 'resettlement_status', { emerging: 2, new: 2, considering: 1, established: 1 });
  });

  it('counts offers: all, by theme, theme group and the offering organisation\'s status', () => {
    // a-o1, a-o2, d-o1, e-o1, e-o2.
    expect(value('offers', 'all')).toBe(5);
    // housing: a-o1, e-o2; language_training: a-o2, e-o1; reception_arrival: d-o1.
    expectBreakdown(metrics, 'offers', 'theme', 'theme', { housing: 2, language_training: 2, reception_arrival: 1 });
    // integration: 4; reception: 1.
    expectBreakdown(metrics, 'offers', 'theme_group', 'theme_group', { integration: 4, reception: 1 });
    // established: A's two + E's two; considering: D's one.
    expectBreakdown(metrics, 'offers', 'resettlement_status', 'resettlement_status', { established: 4, considering: 1 });
  });

  it('counts funding sources: all and by funder type', () => {
    // a-f1 foundation, b-f1 government, b-f2 foundation, d-f1 un.
    expect(value('funding_sources', 'all')).toBe(4);
    expectBreakdown(metrics, 'funding_sources', 'funder_type', 'funder_type', { foundation: 2, government: 1, un: 1 });
  });

  it('names the gap themes only, with their needs', () => {
    // selection_missions has 2 needs (b-n2, d-n1) and no offer; housing and language_training have offers;
    // reception_arrival has an offer and no need (not a gap).
    const unmet = metrics.filter((item) => item.metric === 'unmet_theme');
    expect(unmet).toEqual([{ metric: 'unmet_theme', breakdown: 'selection_missions', value: 2 }]);
  });

  it('counts needs with an obvious match, and their share, overall and by status', () => {
    // b-n1 (emerging), c-n2 (new), e-n1 (established).
    expect(value('needs_with_obvious_match', 'all')).toBe(3);
    expectBreakdown(metrics, 'needs_with_obvious_match', 'resettlement_status', 'resettlement_status', { emerging: 1, new: 1, established: 1 });
    // 3 of 6 needs.
    expect(value('needs_with_obvious_match_share', 'all')).toBe(0.5);
    // established 1/1; new 1/2; emerging 1/2; considering 0/1; other: no needs at all → null, not 0.
    expectBreakdown(metrics, 'needs_with_obvious_match_share', 'resettlement_status', 'resettlement_status',
      { established: 1, new: 0.5, emerging: 0.5, considering: 0, other: null });
  });

  it('counts matches by follow-up status, candidates without follow-up as suggested', () => {
    // 7 candidates; 3 followed up (introduced, agreed, dismissed); 7 − 3 = 4 still suggested.
    const byStatus = Object.fromEntries(metrics.filter((item) => item.metric === 'matches').map((item) => [item.breakdown, item.value]));
    expect(byStatus).toEqual({
      'status=suggested': 4, 'status=introduced': 1, 'status=in_discussion': 0, 'status=agreed': 1, 'status=completed': 0,
      'status=declined': 0, 'status=dismissed': 1, 'status=withdrawn': 0,
    });
  });

  it('measures days to introduction from the later submission: median and p90 by nearest rank', () => {
    // Introduced matches: 2 days and 10 days (the dismissed one was never introduced).
    // Nearest rank over [2, 10]: median = ceil(0.5·2) = 1st value = 2; p90 = ceil(0.9·2) = 2nd value = 10.
    expect(value('days_to_introduction', 'median')).toBe(2);
    expect(value('days_to_introduction', 'p90')).toBe(10);
  });

  it('counts register entries, all and by arrangement', () => {
    expect(value('register_entries', 'all')).toBe(2);
    expectBreakdown(metrics, 'register_entries', 'arrangement', 'arrangement', { continuous: 1, one_off: 1 });
  });

  it('gives the mean mechanism_needed rating and the count of each rating', () => {
    // Ratings 5, 4, 4, 2, 1: sum 16 over 5 = 3.2.
    expect(value('mechanism_needed', 'mean')).toBe(3.2);
    expect(['1', '2', '3', '4', '5'].map((rating) => value('mechanism_needed', rating))).toEqual([1, 1, 0, 2, 1]);
  });

  it('counts refugee involvement answers (an unanswered one counts nowhere)', () => {
    // yes: A, C; partly: D; no: B; E did not answer.
    expect(['yes', 'partly', 'no'].map((answer) => value('refugee_involvement', answer))).toEqual([2, 1, 1]);
  });

  it('counts follow-up questionnaires and their mean usefulness', () => {
    expect(value('follow_up_responses', 'all')).toBe(2);
    // (4 + 5) / 2.
    expect(value('follow_up_useful', 'mean')).toBe(4.5);
  });

  it('is the same whatever order responses, follow-ups and register entries come in', () => {
    const given = input();
    const reversed = evaluationMetrics({
      ...given, latest: [...given.latest].reverse(), entries: buildEntries([...given.latest].reverse()), followUps: [...given.followUps].reverse(),
      register: [...given.register].reverse(), followUpResponses: [...given.followUpResponses].reverse(),
      candidates: [...given.candidates].reverse(),
    });
    expect(reversed).toEqual(metrics);
  });
});

describe('evaluationMetrics edge cases', () => {
  const empty: EvaluationInput = {
    latest: [], entries: { organisations: [], needs: [], offers: [], funding: [] }, candidates: [], followUps: [], register: [],
    followUpResponses: [], firstSubmittedAt: new Map(),
  };

  it('gives 0 for counts and null (never 0) for means, shares and durations when there is no data', () => {
    const metrics = evaluationMetrics(empty);
    const nulls = metrics.filter((item) => item.value === null).map((item) => `${item.metric} / ${item.breakdown}`).sort();
    expect(nulls).toEqual([
      'days_to_introduction / median', 'days_to_introduction / p90', 'follow_up_useful / mean', 'mechanism_needed / mean',
      ...codesOf('resettlement_status').map((status) => `needs_with_obvious_match_share / resettlement_status=${status}`),
      'needs_with_obvious_match_share / all',
    ].sort());
    for (const item of metrics.filter((metric) => metric.value !== null)) expect(item.value, `${item.metric} / ${item.breakdown}`).toBe(0);
    expect(metrics.filter((item) => item.metric === 'unmet_theme')).toEqual([]);
  });

  it('counts only a code list\'s codes: a value outside the list is in no breakdown and in no count', () => {
    const base = input();
    const b = base.entries.organisations.find((org) => org.responseId === id.B);
    if (!b) throw new Error('the hand-made dataset has B');
    // As an older questionnaire's answer or a code list change could leave them: no such status, class or region.
    const stray = { ...b, status: 'nowhere', orgClass: '', region: 'atlantis' };
    const metrics = evaluationMetrics({
      ...base,
      entries: {
        ...base.entries,
        organisations: base.entries.organisations.map((org) => (org === b ? stray : org)),
        needs: base.entries.needs.map((item) => (item.org === b ? { ...item, org: stray, theme: 'no_such_theme', themeGroup: 'no_such_group' } : item)),
        funding: base.entries.funding.map((item) => ({ ...item, funderType: 'lottery' })),
      },
    });
    // B (emerging, ngo, africa) is in no breakdown of responses any more.
    expectBreakdown(metrics, 'responses', 'resettlement_status', 'resettlement_status', { established: 2, new: 1, considering: 1 });
    expectBreakdown(metrics, 'responses', 'org_class', 'org_class', { government: 2, ngo: 1, international: 1 });
    expectBreakdown(metrics, 'responses', 'region', 'region', { europe: 2, americas: 1, oceania: 1 });
    // Nor are its needs, b-n1 (housing) and b-n2 (selection_missions), in any of the needs' breakdowns.
    expectBreakdown(metrics, 'needs', 'theme', 'theme', { housing: 2, language_training: 1, selection_missions: 1 });
    expectBreakdown(metrics, 'needs', 'theme_group', 'theme_group', { integration: 3, selection: 1 });
    expectBreakdown(metrics, 'needs', 'resettlement_status', 'resettlement_status', { new: 2, considering: 1, established: 1 });
    expectBreakdown(metrics, 'funding_sources', 'funder_type', 'funder_type', {});
    expect(valueOf(metrics, 'needs', 'all')).toBe(6);
  });

  it('counts a followed-up pair the engine no longer proposes (hand-made or withdrawn) in its status', () => {
    const given = input();
    const manual: FollowUp = {
      ...followUp('b-n2', 'd-o1', 'B', 'D', [['suggested', '2026-11-06T00:00:00.000Z'], ['withdrawn', '2026-11-08T00:00:00.000Z']]), manual: true,
    };
    const metrics = evaluationMetrics({ ...given, followUps: [...given.followUps, manual] });
    // 7 candidates + 1 hand-made pair = 8 matches; suggested unchanged (4).
    expect(valueOf(metrics, 'matches', 'status=withdrawn')).toBe(1);
    expect(valueOf(metrics, 'matches', 'status=suggested')).toBe(4);
  });

  it('rounds shares to three decimals', () => {
    const given = input();
    // Keep b-n1, b-n2 and c-n2: two of them (b-n1, c-n2) have an obvious match → 2/3 = 0.6666… → 0.667.
    const entries = { ...given.entries, needs: given.entries.needs.filter((entry) => ['b-n1', 'b-n2', 'c-n2'].includes(entry.id)) };
    expect(valueOf(evaluationMetrics({ ...given, entries }), 'needs_with_obvious_match_share', 'all')).toBe(0.667);
  });

  it('leaves out an introduction whose responses\' first submissions are unknown', () => {
    const given = input();
    const metrics = evaluationMetrics({ ...given, firstSubmittedAt: new Map([[id.A, FIRST_SUBMITTED.A], [id.B, FIRST_SUBMITTED.B]]) });
    // Only b-n1×a-o1 (2 days) is left: median = p90 = 2.
    expect([valueOf(metrics, 'days_to_introduction', 'median'), valueOf(metrics, 'days_to_introduction', 'p90')]).toEqual([2, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  it.each<[number[], number, number | null]>([
    [[], 50, null],
    [[], 90, null],
    [[7], 50, 7],
    [[7], 90, 7],
    [[2, 10], 50, 2],
    [[2, 10], 90, 10],
    [[1, 2, 3, 4], 25, 1],
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 75, 3],
    [[1, 2, 3, 4], 90, 4],
    [[10, 2, 7], 50, 7],
    [[10, 2, 7], 0, 2],
    [[10, 2, 7], 100, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 91, 10],
    [[0.5, 0.25, 3.5], 50, 0.5],
  ])('percentile(%j, %i) = %j', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const values = [5, 1, 3];
    percentile(values, 50);
    expect(values).toEqual([5, 1, 3]);
  });
});
