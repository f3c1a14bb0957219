// One row per response for the coordinator's table: the latest revision's key facts, plus sorting and filtering.
import { countryName, orgClassOf, regionOf } from './codes';
import { entryCounts } from './entryIds';
import { UI_LANGUAGES } from './languages';
import type { ResponseFile } from './responseFile';

export interface ResponseSummary {
  responseId: string;
  revision: number;
  /** `2026.1` for the main questionnaire, `follow-up-2026.1` for the end-of-pilot follow-up. */
  questionnaireVersion: string;
  orgName: string;
  orgType: string;
  orgClass: string;
  country: string;
  region: string;
  resettlementStatus: string;
  language: string;
  round: string;
  submittedAt: string;
  needs: number;
  offers: number;
  fundingSources: number;
}

function text(data: Record<string, unknown>, key: string): string {
  const value = data[key];
  return typeof value === 'string' ? value : '';
}

export function summarize(file: ResponseFile): ResponseSummary {
  const { data } = file;
  const country = text(data, 'country');
  const counts = entryCounts(data);
  return {
    responseId: file.responseId,
    revision: file.revision,
    questionnaireVersion: file.questionnaireVersion,
    orgName: text(data, 'org_name'),
    orgType: text(data, 'org_type'),
    orgClass: orgClassOf(text(data, 'org_type')) ?? '',
    country,
    region: regionOf(country) ?? '',
    resettlementStatus: text(data, 'resettlement_status'),
    language: file.language,
    round: file.round,
    submittedAt: file.submittedAt,
    needs: counts.needs,
    offers: counts.offers,
    fundingSources: counts.fundingSources,
  };
}

export type SummaryColumn = Exclude<keyof ResponseSummary, 'responseId'>;
export type SortDirection = 'asc' | 'desc';

export interface SummaryFilter {
  questionnaireVersion?: string;
  round?: string;
  resettlementStatus?: string;
  orgClass?: string;
  region?: string;
  language?: string;
  /** Matched, ignoring case and accents, against organisation, response id, and country code or name in any of the app's languages. */
  search?: string;
}

/** Case- and accent-insensitive form used for search and for comparing organisation names. */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/**
 * A country as a coordinator may type it: its code and its name in each of the app's languages ("Spain", "Espagne",
 * "España", "Espanha"), folded; worked out once per country of one search.
 */
export function countrySearchText(code: string, known: Map<string, string>): string {
  let text = known.get(code);
  if (text === undefined) {
    text = foldText([code, ...(code === '' ? [] : UI_LANGUAGES.map((language) => countryName(code, language)))].join(' '));
    known.set(code, text);
  }
  return text;
}

export function filterSummaries<T extends ResponseSummary>(rows: readonly T[], filter: SummaryFilter): T[] {
  const needle = filter.search ? foldText(filter.search) : '';
  const countries = new Map<string, string>();
  return rows.filter((row) =>
    (!filter.questionnaireVersion || row.questionnaireVersion === filter.questionnaireVersion)
    && (!filter.round || row.round === filter.round)
    && (!filter.resettlementStatus || row.resettlementStatus === filter.resettlementStatus)
    && (!filter.orgClass || row.orgClass === filter.orgClass)
    && (!filter.region || row.region === filter.region)
    && (!filter.language || row.language === filter.language)
    && (needle === '' || foldText(`${row.orgName} ${row.responseId}`).includes(needle) || countrySearchText(row.country, countries).includes(needle)));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sorts by one column; ties are broken by organisation name, then response id, so the order never wobbles. */
export function sortSummaries<T extends ResponseSummary>(rows: readonly T[], column: SummaryColumn, direction: SortDirection): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[column];
    const y = b[column];
    const primary = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * primary || collator.compare(a.orgName, b.orgName) || a.responseId.localeCompare(b.responseId);
  });
}
