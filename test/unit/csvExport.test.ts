// The CSV export tables (src/domain/csvExport.ts) against formats.md: columns, cells, one-hot option, codebook, determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeList, UI_LANGUAGES } from '../../src/domain/codes';
import { codebookTable, formatCodebookCodes, parseCodebookCodes } from '../../src/domain/csvCodebook';
import {
  followUpKey, fundingTable, matchesTable, matchHistoryTable, needsTable, offersTable, oneHotChoices, pastTwinningTable, responsesTable, withOneHot,
} from '../../src/domain/csvExport';
import type { CsvTable } from '../../src/domain/csvTable';
import { buildEntries } from '../../src/domain/entries';
import { changeStatus, FOLLOW_UP_STATUSES, newFollowUp, type FollowUp } from '../../src/domain/followUp';
import { findCandidates, REASON_CODES } from '../../src/domain/matching';
import { responseFile } from '../support/responseFiles';

const A = '0b7c4f5e-2f7a-4d3e-9a51-6a1f0f0c2b11';
const B = '9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

/** validAnswers (Canada) plus a Swedish NGO offering housing support: one candidate, need-2 × offer-2. */
function fixture() {
  const a = responseFile(A, 2);
  const b = responseFile(B, 1, {
    org_name: 'Svenska Bostadsrådet', org_type: 'ngo', org_type_other: undefined, country: 'SE', working_languages: ['sv', 'fr'],
    working_languages_other: undefined, contact_role: undefined, contact_phone: undefined, refugee_involvement: undefined,
    refugee_involvement_comment: undefined, has_needs: false, needs: undefined, has_funding_sources: false, funding_sources: undefined,
    twinning_experience: false, past_twinning: undefined, willing_to_twin: 'no', twin_roles: undefined, heard_from: undefined,
    offers: [{ id: 'offer-2', theme: 'housing', title: 'Study visit: housing first', modalities: ['materials', 'study_visit'], cost: 'we_cover' }],
  });
  const latest = [a, b];
  const entries = buildEntries(latest);
  const candidates = findCandidates(entries.needs, entries.offers, entries.funding, '2026-11-22');
  const started = newFollowUp({ needId: 'need-2', offerId: 'offer-2', needResponseId: A, offerResponseId: B, manual: false }, '2026-11-20T10:00:00.000Z');
  const introduced = changeStatus(started, 'introduced', '2026-11-21T09:00:00.000Z', 'E-mail sent to both');
  if (!introduced.ok) throw new Error('fixture');
  const talking = changeStatus(introduced.value, 'in_discussion', '2026-11-23T16:30:00.000Z', '');
  if (!talking.ok) throw new Error('fixture');
  return { latest, candidates, followUp: talking.value };
}

function allTables(): CsvTable[] {
  const { latest, candidates, followUp } = fixture();
  return [
    responsesTable(latest), needsTable(latest, candidates), offersTable(latest, candidates), fundingTable(latest), pastTwinningTable(latest),
    matchesTable(candidates, new Map([[followUpKey('need-2', 'offer-2'), followUp]])), matchHistoryTable([followUp]),
  ];
}

/** A row as column → cell, to check field by field. */
function rowOf(table: CsvTable, index: number): Record<string, string> {
  const row = table.rows[index];
  if (!row) throw new Error(`${table.file} has no row ${index}`);
  return Object.fromEntries(table.columns.map((column, at) => [column, row[at] ?? '']));
}

function rowWhere(table: CsvTable, column: string, value: string): Record<string, string> {
  const index = table.rows.findIndex((row) => row[table.columns.indexOf(column)] === value);
  return rowOf(table, index);
}

describe('CSV exports: columns of formats.md', () => {
  // Copied from formats.md's table, in order.
  const expected: Record<string, string> = {
    'responses.csv': 'response_id, revision, round, questionnaire_version, language, started_at, submitted_at, org_name, org_type, org_type_other, country, region, resettlement_status, continuum_roles, working_languages, working_languages_other, contact_name, contact_role, contact_email, contact_phone, consent_share, refugee_involvement, refugee_involvement_comment, has_needs, has_offers, has_funding_sources, existing_mechanisms, twinning_experience, willing_to_twin, twin_roles, mechanism_needed, mechanism_gaps, heard_from, n_needs, n_offers, n_funding_sources',
    'needs.csv': 'need_id, response_id, org_name, country, region, resettlement_status, org_type, theme, theme_group, theme_other, title, description, modalities, languages, priority, start, funding, partner_types, preferred_countries, n_candidates, n_obvious_matches',
    'offers.csv': 'offer_id, response_id, org_name, country, region, resettlement_status, org_type, theme, theme_group, theme_other, title, description, modalities, languages, capacity, cost, available_from, available_until, event_name, event_date, url, recipient_types, recipient_regions, n_candidates, n_obvious_matches',
    'funding_sources.csv': 'funding_id, response_id, reported_by, name, funder_type, themes, modalities, eligible_regions, eligible_org_types, amount, deadline, url, notes',
    'past_twinning.csv': 'response_id, org_name, partner, years, activity_types, arrangement, outcome, worked, did_not_work',
    'matches.csv': 'need_id, offer_id, theme, need_org, need_country, offer_org, offer_country, score, obvious, reasons, shared_modalities, shared_languages, funding_suggestions, status, status_changed_at, introduced_at, agreed_at, note',
    'match_history.csv': 'need_id, offer_id, status, changed_at, note',
  };

  it.each(allTables().map((table) => [table.file, table] as const))('%s has the columns of formats.md, in order', (file, table) => {
    expect(table.columns.join(', ')).toBe(expected[file]);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });
});

describe('CSV exports: cells', () => {
  const [responses, needs, offers, funding, twinning, matches, history] = allTables();
  if (!responses || !needs || !offers || !funding || !twinning || !matches || !history) throw new Error('tables');

  it('responses.csv: one row per response, sorted, every answer in its form', () => {
    expect(responses.rows.map((row) => row[0])).toEqual([A, B]);
    expect(rowOf(responses, 0)).toEqual({
      response_id: A, revision: '2', round: '2026-Q4', questionnaire_version: '2026.1', language: 'en', started_at: '2026-11-01T10:00:00.000Z',
      submitted_at: '2026-11-03T10:00:00.000Z', org_name: 'Conseil québécois pour les réfugiés', org_type: 'other',
      org_type_other: 'Network of settlement agencies', country: 'CA', region: 'americas', resettlement_status: 'established',
      continuum_roles: 'reception;integration', working_languages: 'en;fr;other', working_languages_other: 'Inuktitut', contact_name: 'Amélie Tremblay',
      contact_role: 'Programme officer', contact_email: 'amelie@example.org', contact_phone: '+1 514 555 0100', consent_share: 'share_org_only',
      refugee_involvement: 'partly', refugee_involvement_comment: 'Two former refugees sit on our programme committee.', has_needs: 'true',
      has_offers: 'true', has_funding_sources: 'true', existing_mechanisms: 'The ATCR working group and a regional mailing list.',
      twinning_experience: 'true', willing_to_twin: 'yes', twin_roles: 'mentor;peer', mechanism_needed: '4',
      mechanism_gaps: 'Nothing connects small NGOs across regions.', heard_from: 'network', n_needs: '2', n_offers: '1', n_funding_sources: '1',
    });
  });

  it('needs.csv: the need with its organisation, theme group and candidate counts', () => {
    expect(needs.rows.map((row) => row[0])).toEqual(['need-1', 'need-2']);
    expect(rowWhere(needs, 'need_id', 'need-2')).toEqual({
      need_id: 'need-2', response_id: A, org_name: 'Conseil québécois pour les réfugiés', country: 'CA', region: 'americas',
      resettlement_status: 'established', org_type: 'other', theme: 'housing', theme_group: 'integration', theme_other: '',
      title: 'Long-term housing models', description: 'Models that work in tight rental markets.', modalities: 'materials;expert_advice',
      languages: 'fr', priority: 'medium', start: '2027-01', funding: 'partial', partner_types: 'ngo;international', preferred_countries: 'SE',
      n_candidates: '1', n_obvious_matches: '1',
    });
    expect(rowWhere(needs, 'need_id', 'need-1')).toMatchObject({ theme: 'other', theme_group: 'other', preferred_countries: 'CZ;BR', n_candidates: '0' });
  });

  it('offers.csv, funding_sources.csv and past_twinning.csv', () => {
    expect(rowWhere(offers, 'offer_id', 'offer-1')).toMatchObject({
      capacity: '12', cost: 'cost_shared', available_from: '2026-10', available_until: '2027-03', event_date: '2026-11-18',
      recipient_types: 'government;ngo', recipient_regions: 'africa;europe', n_candidates: '0', n_obvious_matches: '0',
    });
    expect(rowWhere(offers, 'offer_id', 'offer-2')).toMatchObject({ org_name: 'Svenska Bostadsrådet', region: 'europe', languages: '', capacity: '', n_candidates: '1' });
    expect(rowOf(funding, 0)).toEqual({
      funding_id: 'fund-1', response_id: A, reported_by: 'Conseil québécois pour les réfugiés', name: 'Exchange Fund', funder_type: 'foundation',
      themes: 'housing;education', modalities: 'study_visit', eligible_regions: 'africa', eligible_org_types: 'ngo', amount: 'up to EUR 20,000',
      deadline: '2027-02-28', url: 'http://example.org/fund', notes: 'Applications in English or French.',
    });
    expect(rowOf(twinning, 0)).toEqual({
      response_id: A, org_name: 'Conseil québécois pour les réfugiés', partner: 'Refugee Council of Brazil', years: '2006-2008',
      activity_types: 'study_visit;housing', arrangement: 'continuous', outcome: 'A joint handbook.', worked: 'Regular calls.', did_not_work: 'Staff turnover.',
    });
  });

  it('matches.csv and match_history.csv: the candidate with its follow-up', () => {
    expect(rowOf(matches, 0)).toEqual({
      need_id: 'need-2', offer_id: 'offer-2', theme: 'housing', need_org: 'Conseil québécois pour les réfugiés', need_country: 'CA',
      offer_org: 'Svenska Bostadsrådet', offer_country: 'SE', score: '90', obvious: 'true',
      reasons: 'same_theme;shared_modality;shared_language;preferred_country;costs_covered;timing_ok', shared_modalities: 'materials',
      shared_languages: 'fr', funding_suggestions: '', status: 'in_discussion', status_changed_at: '2026-11-23T16:30:00.000Z',
      introduced_at: '2026-11-21T09:00:00.000Z', agreed_at: '', note: 'E-mail sent to both',
    });
    expect(history.rows).toEqual([
      ['need-2', 'offer-2', 'suggested', '2026-11-20T10:00:00.000Z', ''],
      ['need-2', 'offer-2', 'introduced', '2026-11-21T09:00:00.000Z', 'E-mail sent to both'],
      ['need-2', 'offer-2', 'in_discussion', '2026-11-23T16:30:00.000Z', ''],
    ]);
  });

  it('a pair without follow-up is suggested with empty dates; a pair given twice is written once', () => {
    const { candidates } = fixture();
    const table = matchesTable([...candidates, ...candidates], new Map());
    expect(table.rows).toHaveLength(1);
    expect(rowOf(table, 0)).toMatchObject({ status: 'suggested', status_changed_at: '', introduced_at: '', agreed_at: '', note: '' });
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['contact_role', 'optional text', { contact_role: undefined }],
    ['refugee_involvement', 'optional choice', { refugee_involvement: undefined }],
    ['twin_roles', 'optional multi-select', { twin_roles: [] }],
    ['heard_from', 'optional dropdown', { heard_from: undefined }],
    ['has_funding_sources', 'a boolean left unanswered', { has_funding_sources: undefined, funding_sources: undefined }],
    ['mechanism_needed', 'a rating left unanswered', { mechanism_needed: undefined }],
  ])('responses.csv: unanswered %s (%s) is an empty cell, never 0 or false', (column, _, changes) => {
    expect(rowOf(responsesTable([responseFile(A, 1, changes)]), 0)[column]).toBe('');
  });

  it('entry files: unanswered optional questions are empty cells, never 0 or false', () => {
    const { latest } = fixture();
    expect(rowWhere(offersTable(latest, []), 'offer_id', 'offer-2')).toMatchObject({
      capacity: '', languages: '', available_from: '', event_name: '', url: '', recipient_types: '', description: '',
    });
    const answeredFalse = rowOf(responsesTable([latest[1] ?? responseFile(B, 1)]), 0);
    expect(answeredFalse).toMatchObject({ has_needs: 'false', twinning_experience: 'false', n_needs: '0', contact_phone: '' });
  });
});

describe('one-hot option', () => {
  it('adds one column per choice after each multi-select, holding 1, 0 or empty when unanswered', () => {
    const { latest, candidates } = fixture();
    const table = withOneHot(needsTable(latest, candidates), oneHotChoices('needs.csv'));
    const at = table.columns.indexOf('modalities');
    expect(table.columns.slice(at, at + 4)).toEqual(['modalities', 'modalities/secondment', 'modalities/staff_exchange', 'modalities/study_visit']);
    expect(table.columns.filter((column) => column.startsWith('preferred_countries/'))).toEqual([]);
    expect(table.columns.filter((column) => column.startsWith('partner_types/'))).toEqual(['partner_types/government', 'partner_types/ngo', 'partner_types/international']);
    expect(rowOf(table, 0)).toMatchObject({ 'modalities/study_visit': '1', 'modalities/mentoring': '1', 'modalities/training': '0', 'partner_types/government': '1', 'partner_types/ngo': '0' });
    const unanswered = withOneHot(offersTable(latest, []), oneHotChoices('offers.csv'));
    expect(rowWhere(unanswered, 'offer_id', 'offer-2')).toMatchObject({ languages: '', 'languages/en': '', 'languages/fr': '', 'recipient_regions/africa': '' });
  });

  it('leaves files without multi-selects unchanged', () => {
    const table = matchHistoryTable([]);
    expect(withOneHot(table, oneHotChoices(table.file))).toEqual(table);
  });
});

describe('codebook', () => {
  const labels = {
    match_status: Object.fromEntries(FOLLOW_UP_STATUSES.map((code) => [code, { en: code, fr: `fr ${code}`, es: `es ${code}`, pt: `pt ${code}` }])),
    reason: Object.fromEntries(REASON_CODES.map((code) => [code, { en: code, fr: `fr ${code}`, es: `es ${code}`, pt: `pt ${code}` }])),
  };
  const tables = allTables().map((table) => withOneHot(table, oneHotChoices(table.file)));
  const codebook = codebookTable(tables, labels);
  const entries = codebook.rows.map((_, index) => rowOf(codebook, index));

  it('has one row per column of every table, in order, each with a question and a type', () => {
    expect(codebook.columns).toEqual(['file', 'column', 'question', 'type', 'codes']);
    expect(entries.map((entry) => `${entry['file']}:${entry['column']}`)).toEqual(tables.flatMap((table) => table.columns.map((column) => `${table.file}:${column}`)));
    for (const entry of entries) {
      expect(entry['question'], `${entry['file']} ${entry['column']}`).not.toBe('');
      expect(['text', 'code', 'codes', 'country', 'countries', 'boolean', 'integer', 'date', 'month', 'timestamp', 'number', 'id']).toContain(entry['type']);
    }
    expect(rowWhere(codebook, 'column', 'org_name')).toMatchObject({ question: 'Name of your organisation', type: 'text', codes: '' });
    expect(entries.find((entry) => entry['column'] === 'n_needs')?.['question']).toBe('Number of needs in the response');
    expect(entries.find((entry) => entry['column'] === 'score')?.['question']).toBe('Match score 0–100 (matching.md)');
  });

  it('gives every code of a coded column with its label in all four languages', () => {
    const coded = entries.filter((entry) => ['code', 'codes', 'country', 'countries'].includes(entry['type'] ?? ''));
    expect(coded.length).toBeGreaterThan(20);
    for (const entry of coded) {
      const codes = parseCodebookCodes(entry['codes'] ?? '');
      expect(codes.length, `${entry['file']} ${entry['column']}`).toBeGreaterThan(1);
      for (const { code, label } of codes) {
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        for (const language of UI_LANGUAGES) expect(label[language], `${entry['column']} ${code} ${language}`).toBeTruthy();
      }
    }
    const theme = parseCodebookCodes(entries.find((entry) => entry['file'] === 'needs.csv' && entry['column'] === 'theme')?.['codes'] ?? '');
    expect(theme.find((item) => item.code === 'housing')?.label).toEqual(codeList('theme').find((item) => item.code === 'housing')?.label);
    expect(theme.find((item) => item.code === 'housing')?.label.fr).toBe('Logement à court et à long terme');
  });

  it('says how to read one-hot columns, and gives English meanings of match codes when no labels are given', () => {
    expect(rowWhere(codebook, 'column', 'modalities/training')).toMatchObject({ type: 'integer', codes: '1 = chosen, 0 = not chosen, empty = unanswered' });
    const plain = codebookTable([matchHistoryTable([])]);
    const status = parseCodebookCodes(rowWhere(plain, 'column', 'status')['codes'] ?? '');
    expect(status.map((item) => item.code)).toEqual([...FOLLOW_UP_STATUSES]);
    expect(status[0]?.label.en).toMatch(/^Suggested/);
  });

  it('writes labels with ; | \\ = : so that they read back exactly', () => {
    const label = fc.string({ unit: fc.constantFrom('a', ';', '|', '\\', '=', ':', ' ', 'é') });
    fc.assert(fc.property(fc.array(fc.record({ code: fc.stringMatching(/^[a-z_]{1,8}$/), label: fc.record({ en: label, fr: label, es: label, pt: label }) })), (codes) => {
      expect(parseCodebookCodes(formatCodebookCodes(codes))).toEqual(codes);
    }));
  });
});

describe('determinism', () => {
  it('gives identical tables whatever the order of the input', () => {
    const { latest, candidates, followUp } = fixture();
    const other: FollowUp = { ...newFollowUp({ needId: 'need-1', offerId: 'offer-2', needResponseId: A, offerResponseId: B, manual: true }, '2026-11-20T10:00:00.000Z') };
    const build = (responses: readonly (typeof latest)[number][], follows: readonly FollowUp[]) => [
      responsesTable(responses), needsTable(responses, candidates), offersTable(responses, candidates), fundingTable(responses),
      pastTwinningTable(responses), matchHistoryTable(follows),
    ];
    const reference = build(latest, [followUp, other]);
    fc.assert(fc.property(
      fc.shuffledSubarray(latest, { minLength: latest.length }), fc.shuffledSubarray([followUp, other], { minLength: 2 }),
      (responses, follows) => { expect(build(responses, follows)).toEqual(reference); },
    ));
  });
});
