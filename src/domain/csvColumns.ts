// The files and columns of the CSV set (formats.md, "CSV exports") and the questions behind them: exactly these names, in this order.
// Shared by the export (csvExport.ts), the codebook (csvCodebook.ts) and the import (csvImport.ts).
import type { CodeListName } from './codes';
import { isEntryList, topLevelElements, type EntryListName, type FieldSpec } from './questionnaireSchema';

export const RESPONSES_COLUMNS = [
  'response_id', 'revision', 'round', 'questionnaire_version', 'language', 'started_at', 'submitted_at', 'org_name', 'org_type',
  'org_type_other', 'country', 'region', 'resettlement_status', 'continuum_roles', 'working_languages', 'working_languages_other',
  'contact_name', 'contact_role', 'contact_email', 'contact_phone', 'consent_share', 'refugee_involvement', 'refugee_involvement_comment',
  'has_needs', 'has_offers', 'has_funding_sources', 'existing_mechanisms', 'twinning_experience', 'willing_to_twin', 'twin_roles',
  'mechanism_needed', 'mechanism_gaps', 'heard_from', 'n_needs', 'n_offers', 'n_funding_sources',
] as const;
export const NEEDS_COLUMNS = [
  'need_id', 'response_id', 'org_name', 'country', 'region', 'resettlement_status', 'org_type', 'theme', 'theme_group', 'theme_other',
  'title', 'description', 'modalities', 'languages', 'priority', 'start', 'funding', 'partner_types', 'preferred_countries',
  'n_candidates', 'n_obvious_matches',
] as const;
export const OFFERS_COLUMNS = [
  'offer_id', 'response_id', 'org_name', 'country', 'region', 'resettlement_status', 'org_type', 'theme', 'theme_group', 'theme_other',
  'title', 'description', 'modalities', 'languages', 'capacity', 'cost', 'available_from', 'available_until', 'event_name', 'event_date',
  'url', 'recipient_types', 'recipient_regions', 'n_candidates', 'n_obvious_matches',
] as const;
export const FUNDING_COLUMNS = [
  'funding_id', 'response_id', 'reported_by', 'name', 'funder_type', 'themes', 'modalities', 'eligible_regions', 'eligible_org_types',
  'amount', 'deadline', 'url', 'notes',
] as const;
export const PAST_TWINNING_COLUMNS = [
  'response_id', 'org_name', 'partner', 'years', 'activity_types', 'arrangement', 'outcome', 'worked', 'did_not_work',
] as const;
export const MATCHES_COLUMNS = [
  'need_id', 'offer_id', 'theme', 'need_org', 'need_country', 'offer_org', 'offer_country', 'score', 'obvious', 'reasons',
  'shared_modalities', 'shared_languages', 'funding_suggestions', 'status', 'status_changed_at', 'introduced_at', 'agreed_at', 'note',
] as const;
export const MATCH_HISTORY_COLUMNS = ['need_id', 'offer_id', 'status', 'changed_at', 'note'] as const;
export const REGISTER_COLUMNS = [
  'entry_id', 'years', 'partners', 'activity', 'activity_types', 'arrangement', 'outcome', 'lessons', 'match_need_id', 'match_offer_id',
  'created_at', 'updated_at',
] as const;
export const EVALUATION_COLUMNS = ['metric', 'breakdown', 'value'] as const;
export const CODEBOOK_COLUMNS = ['file', 'column', 'question', 'type', 'codes'] as const;

/** Every file of the CSV set with its columns, in the order of formats.md. */
export const CSV_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  'responses.csv': RESPONSES_COLUMNS,
  'needs.csv': NEEDS_COLUMNS,
  'offers.csv': OFFERS_COLUMNS,
  'funding_sources.csv': FUNDING_COLUMNS,
  'past_twinning.csv': PAST_TWINNING_COLUMNS,
  'matches.csv': MATCHES_COLUMNS,
  'match_history.csv': MATCH_HISTORY_COLUMNS,
  'register.csv': REGISTER_COLUMNS,
  'evaluation.csv': EVALUATION_COLUMNS,
  'codebook.csv': CODEBOOK_COLUMNS,
};

/** The files that hold responses' answers (and so can be imported back), with the entry list each one holds. */
export const ENTRY_FILES: readonly { file: string; list: EntryListName; idColumn: string | null }[] = [
  { file: 'needs.csv', list: 'needs', idColumn: 'need_id' },
  { file: 'offers.csv', list: 'offers', idColumn: 'offer_id' },
  { file: 'funding_sources.csv', list: 'funding_sources', idColumn: 'funding_id' },
  // formats.md gives past_twinning.csv no id column: rows keep the response's order, ids are made again on import.
  { file: 'past_twinning.csv', list: 'past_twinning', idColumn: null },
];

/** responses.csv columns that come from the response file's envelope rather than its answers. */
export const META_COLUMNS = {
  response_id: 'responseId', revision: 'revision', round: 'round', questionnaire_version: 'questionnaireVersion', language: 'language',
  started_at: 'startedAt', submitted_at: 'submittedAt',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Questions.

export const TOP_FIELDS: ReadonlyMap<string, FieldSpec> = new Map(
  topLevelElements().filter((element): element is FieldSpec => !isEntryList(element)).map((field) => [field.name, field]),
);
export const LIST_FIELDS: ReadonlyMap<string, ReadonlyMap<string, FieldSpec>> = new Map(
  topLevelElements().filter(isEntryList).map((list) => [list.name, new Map(list.fields.map((field) => [field.name, field]))]),
);

/** A top-level question's spec (responses.csv), or undefined. */
export function topLevelField(name: string): FieldSpec | undefined {
  return TOP_FIELDS.get(name);
}

/** A question of an entry list (`needs`, `offers`, …), or undefined. */
export function entryField(list: EntryListName, name: string): FieldSpec | undefined {
  return LIST_FIELDS.get(list)?.get(name);
}

/** Organisation columns repeated in the entry files, copied from the response (never imported from there). */
export const ORG_COPIES = ['org_name', 'country', 'region', 'resettlement_status', 'org_type'];

// ---------------------------------------------------------------------------------------------------------------
// Columns the one-hot option expands (csvExport.ts, withOneHot).

function multiSelectColumns(fields: Iterable<FieldSpec>): Record<string, CodeListName> {
  const columns: Record<string, CodeListName> = {};
  // Only `multi` questions: country lists (`countries`, e.g. preferred_countries) are skipped, since one column
  // per country (245 of them) would swamp the file.
  for (const field of fields) if (field.kind === 'multi' && field.codeList) columns[field.name] = field.codeList;
  return columns;
}

/**
 * For each file, its multi-select columns and their code lists: the columns the one-hot option expands.
 * matches.csv's reasons and shared_* lists are results, not answers, and are not expanded.
 */
export const ONE_HOT_COLUMNS: Readonly<Record<string, Readonly<Record<string, CodeListName>>>> = {
  'responses.csv': multiSelectColumns(TOP_FIELDS.values()),
  ...Object.fromEntries(ENTRY_FILES.map(({ file, list }) => [file, multiSelectColumns(LIST_FIELDS.get(list)?.values() ?? [])])),
  'register.csv': { activity_types: 'activity_type' },
};

export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
