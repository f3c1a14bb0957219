// The coordinator's table rows (src/domain/responseSummary.ts): summaries, filters, accent-free search and stable sorting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateResponse } from '../../src/domain/responseFile';
import { filterSummaries, sortSummaries, summarize, type ResponseSummary, type SortDirection, type SummaryColumn, type SummaryFilter } from '../../src/domain/responseSummary';
import { responseFile } from '../support/responseFiles';
import { uuid } from './coordinatorFixtures';

describe('summarize', () => {
  it('takes the key facts of a response and counts its entries', () => {
    expect(summarize(responseFile(uuid(1), 2))).toEqual({
      responseId: uuid(1), revision: 2, questionnaireVersion: '2026.1', orgName: 'Conseil québécois pour les réfugiés', orgType: 'other', orgClass: 'international',
      country: 'CA', region: 'americas', resettlementStatus: 'established', language: 'en', round: '2026-Q4', submittedAt: '2026-11-03T10:00:00.000Z',
      needs: 2, offers: 1, fundingSources: 1,
    });
  });

  it.each<[string, string]>([['CA', 'americas'], ['SE', 'europe'], ['NG', 'africa'], ['JP', 'asia'], ['AU', 'oceania']])(
    'derives region from country %s (%s)', (country, region) => {
      expect(summarize(responseFile(uuid(1), 1, { country })).region).toBe(region);
    });

  it.each<[string, string]>([
    ['government', 'government'], ['local_government', 'government'], ['ngo', 'ngo'], ['refugee_led', 'ngo'], ['academic', 'ngo'],
    ['unhcr', 'international'], ['intl_org', 'international'], ['foundation', 'international'],
  ])('derives the org class of %s: %s', (orgType, orgClass) => {
    expect(summarize(responseFile(uuid(1), 1, { org_type: orgType, org_type_other: undefined })).orgClass).toBe(orgClass);
  });

  it('counts zero entries when a list is absent', () => {
    const file = responseFile(uuid(1), 1, { has_needs: false, needs: undefined, has_offers: false, offers: undefined, has_funding_sources: false, funding_sources: undefined });
    expect(summarize(file)).toMatchObject({ needs: 0, offers: 0, fundingSources: 0 });
  });
});

function row(n: number, fields: Partial<ResponseSummary> = {}): ResponseSummary {
  return {
    responseId: uuid(n), revision: 1, questionnaireVersion: '2026.1', orgName: `Org ${n}`, orgType: 'ngo', orgClass: 'ngo', country: 'CA', region: 'americas',
    resettlementStatus: 'established', language: 'en', round: '2026-Q4', submittedAt: '2026-11-03T10:00:00.000Z', needs: 1, offers: 1, fundingSources: 0,
    ...fields,
  };
}

const ROWS = [
  row(1, { orgName: 'Conseil québécois pour les réfugiés', country: 'CA', round: '2026-Q4', language: 'fr', orgClass: 'international', resettlementStatus: 'established' }),
  row(2, { orgName: 'Instituto Acolher', country: 'BR', region: 'americas', round: '2026-Q3', language: 'pt', orgClass: 'ngo', resettlementStatus: 'emerging' }),
  row(3, { orgName: 'Migrationsverket', country: 'SE', region: 'europe', round: '2026-Q4', language: 'en', orgClass: 'government', resettlementStatus: 'established' }),
  row(4, { orgName: 'Refugee Welcome Initiative', country: 'SI', region: 'europe', round: '2026-Q4', language: 'en', orgClass: 'ngo', resettlementStatus: 'new' }),
];

describe('filterSummaries', () => {
  it.each<[string, SummaryFilter, number[]]>([
    ['no filter', {}, [1, 2, 3, 4]],
    ['round', { round: '2026-Q3' }, [2]],
    ['resettlement status', { resettlementStatus: 'established' }, [1, 3]],
    ['org class', { orgClass: 'ngo' }, [2, 4]],
    ['region', { region: 'europe' }, [3, 4]],
    ['language', { language: 'en' }, [3, 4]],
    ['two filters at once', { region: 'europe', orgClass: 'ngo' }, [4]],
    ['an empty filter value', { region: '', search: '' }, [1, 2, 3, 4]],
    ['search without accents finds accented names', { search: 'quebecois' }, [1]],
    ['search with accents and capitals', { search: '  QUÉBÉCOIS ' }, [1]],
    ['search by part of a name', { search: 'acolh' }, [2]],
    // Slovenia's code; "Brasil" (Brazil in Spanish and Portuguese) holds the same two letters.
    ['search by country code', { search: 'si' }, [2, 4]],
    // Names as the Country column shows them, in any of the app's languages, accents ignored.
    ['search by country name', { search: 'Sweden' }, [3]],
    ['search by country name in French', { search: 'Suède' }, [3]],
    ['search by country name in Portuguese, without accents', { search: 'suecia' }, [3]],
    ['search by part of a country name', { search: 'brazil' }, [2]],
    ['search by response id', { search: uuid(3) }, [3]],
    ['search that matches nothing', { search: 'zzz' }, []],
  ])('by %s', (_, filter, expected) => {
    expect(filterSummaries(ROWS, filter).map((summary) => summary.responseId)).toEqual(expected.map(uuid));
  });
});

describe('sortSummaries', () => {
  const byColumn: [SummaryColumn, Partial<ResponseSummary>[]][] = [
    ['revision', [{ revision: 1 }, { revision: 2 }, { revision: 10 }]],
    ['orgName', [{ orgName: 'Ács Foundation' }, { orgName: 'Beta' }, { orgName: 'gamma' }]],
    ['orgType', [{ orgType: 'academic' }, { orgType: 'government' }, { orgType: 'ngo' }]],
    ['orgClass', [{ orgClass: 'government' }, { orgClass: 'international' }, { orgClass: 'ngo' }]],
    ['country', [{ country: 'BR' }, { country: 'CA' }, { country: 'SE' }]],
    ['region', [{ region: 'africa' }, { region: 'americas' }, { region: 'europe' }]],
    ['resettlementStatus', [{ resettlementStatus: 'emerging' }, { resettlementStatus: 'established' }, { resettlementStatus: 'new' }]],
    ['language', [{ language: 'en' }, { language: 'fr' }, { language: 'pt' }]],
    ['round', [{ round: '2025-Q4' }, { round: '2026-Q1' }, { round: '2026-Q2' }]],
    ['submittedAt', [{ submittedAt: '2026-09-30T23:59:59.000Z' }, { submittedAt: '2026-10-01T00:00:00.000Z' }, { submittedAt: '2026-11-15T08:00:00.000Z' }]],
    ['needs', [{ needs: 0 }, { needs: 2 }, { needs: 12 }]],
    ['offers', [{ offers: 0 }, { offers: 3 }, { offers: 20 }]],
    ['fundingSources', [{ fundingSources: 0 }, { fundingSources: 1 }, { fundingSources: 9 }]],
  ];

  it.each(byColumn)('sorts by %s both ways', (column, ascending) => {
    // Names run against the column's order, so a sort by name would be caught.
    const rows = ascending.map((fields, index) => row(index + 1, { orgName: `Org ${'ZYX'[index] ?? ''}`, ...fields }));
    const shuffled = [rows[1], rows[2], rows[0]].flatMap((item) => (item ? [item] : []));
    expect(sortSummaries(shuffled, column, 'asc')).toEqual(rows);
    expect(sortSummaries(shuffled, column, 'desc')).toEqual([...rows].reverse());
  });

  it.each<SortDirection>(['asc', 'desc'])('breaks ties by organisation name, then id, ascending either way (%s)', (direction) => {
    const rows = [row(3, { orgName: 'beta' }), row(1, { orgName: 'Beta' }), row(2, { orgName: 'Alpha' }), row(4, { orgName: 'Álpha' })];
    expect(sortSummaries(rows, 'country', direction).map((summary) => summary.responseId)).toEqual([2, 4, 1, 3].map(uuid));
  });

  it('does not change the rows it is given', () => {
    const rows = [row(2), row(1)];
    sortSummaries(rows, 'orgName', 'asc');
    expect(rows.map((summary) => summary.responseId)).toEqual([uuid(2), uuid(1)]);
  });

  it('gives the same order whatever the order of its input (property)', () => {
    const columns = byColumn.map(([column]) => column);
    const summary = fc.record({
      orgName: fc.constantFrom('Alpha', 'alpha', 'Álpha', 'Beta', ''),
      country: fc.constantFrom('CA', 'BR', 'SE'),
      needs: fc.integer({ min: 0, max: 3 }),
      revision: fc.integer({ min: 1, max: 3 }),
      round: fc.constantFrom('2026-Q3', '2026-Q4'),
    });
    const rowsArb = fc.uniqueArray(fc.tuple(fc.integer({ min: 1, max: 50 }), summary), { selector: ([n]) => n, maxLength: 12 })
      .map((items) => items.map(([n, fields]) => row(n, fields)));
    const scenario = rowsArb.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })));
    fc.assert(fc.property(scenario, fc.constantFrom(...columns), fc.constantFrom<SortDirection>('asc', 'desc'), ([rows, shuffled], column, direction) => {
      expect(sortSummaries(shuffled, column, direction)).toEqual(sortSummaries(rows, column, direction));
    }));
  });

  // Timestamps may be written with 0 to 3 digits of a second; validation stores one spelling, so text order is time order.
  it('sorts submittedAt by time, whatever the precision the files wrote', () => {
    const written = ['2026-11-20T09:12:03Z', '2026-11-20T09:12:03.100Z', '2026-11-20T09:12:03.25Z', '2026-11-20T09:12:03.5Z'];
    const rows = written.map((submittedAt, index) => {
      const parsed = validateResponse({ ...responseFile(uuid(index + 1), 1), startedAt: '2026-11-01T00:00:00Z', submittedAt });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      return summarize(parsed.value);
    });
    const sorted = sortSummaries([...rows].reverse(), 'submittedAt', 'asc');
    expect(sorted.map((item) => item.submittedAt)).toEqual(['2026-11-20T09:12:03.000Z', '2026-11-20T09:12:03.100Z', '2026-11-20T09:12:03.250Z', '2026-11-20T09:12:03.500Z']);
  });
});
