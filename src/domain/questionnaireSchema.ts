// The main questionnaire (questionnaire.md) as data: names, kinds, requirements, conditions and code lists.
// Import validation reads it, and a unit test holds the SurveyJS definition to it, so the two cannot drift.
import type { CodeListName } from './codes';
import { LIMITS } from './fieldRules';

export const QUESTIONNAIRE_VERSION = '2026.1';

export type FieldKind =
  | 'text' | 'comment' | 'email' | 'tel' | 'url' | 'month' | 'date' | 'number'
  | 'single' | 'multi' | 'country' | 'countries' | 'boolean' | 'rating' | 'id';

export type Answers = Readonly<Record<string, unknown>>;

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Required when shown. */
  required: boolean;
  codeList?: CodeListName;
  maxLength?: number;
  /** Shown only when this holds; `entry` is the panel's answers for fields inside an entry list. */
  shownWhen?: (answers: Answers, entry: Answers) => boolean;
}

/** Entry lists of both questionnaires (`exchanges` is the follow-up questionnaire's). */
export const ENTRY_LISTS = ['needs', 'offers', 'funding_sources', 'past_twinning', 'exchanges'] as const;
export type EntryListName = (typeof ENTRY_LISTS)[number];

export interface EntryListSpec {
  name: EntryListName;
  kind: 'entries';
  required: boolean;
  minItems: number;
  maxItems: number;
  shownWhen: (answers: Answers) => boolean;
  fields: readonly FieldSpec[];
}

export type ElementSpec = FieldSpec | EntryListSpec;

export interface PageSpec {
  name: string;
  elements: readonly ElementSpec[];
}


function includes(value: unknown, code: string): boolean {
  return Array.isArray(value) && value.includes(code);
}

const isTrue = (name: string) => (answers: Answers) => answers[name] === true;
const entryThemeOther = (_: Answers, entry: Answers) => entry['theme'] === 'other';
const eventShown = (_: Answers, entry: Answers) => includes(entry['modalities'], 'conference') || includes(entry['modalities'], 'training');

const idField: FieldSpec = { name: 'id', kind: 'id', required: true };
const { shortText, title, longText, url } = LIMITS;

export const QUESTIONNAIRE: readonly PageSpec[] = [
  { name: 'intro', elements: [] },
  {
    name: 'organisation',
    elements: [
      { name: 'org_name', kind: 'text', required: true, maxLength: shortText },
      { name: 'org_type', kind: 'single', required: true, codeList: 'org_type' },
      { name: 'org_type_other', kind: 'text', required: true, maxLength: shortText, shownWhen: (a) => a['org_type'] === 'other' },
      { name: 'country', kind: 'country', required: true },
      { name: 'resettlement_status', kind: 'single', required: true, codeList: 'resettlement_status' },
      { name: 'continuum_roles', kind: 'multi', required: true, codeList: 'continuum_role' },
      { name: 'working_languages', kind: 'multi', required: true, codeList: 'language' },
      { name: 'working_languages_other', kind: 'text', required: false, maxLength: shortText, shownWhen: (a) => includes(a['working_languages'], 'other') },
      { name: 'contact_name', kind: 'text', required: true, maxLength: shortText },
      { name: 'contact_role', kind: 'text', required: false, maxLength: shortText },
      { name: 'contact_email', kind: 'email', required: true, maxLength: shortText },
      { name: 'contact_phone', kind: 'tel', required: false, maxLength: shortText },
      { name: 'consent_share', kind: 'single', required: true, codeList: 'consent_share' },
      { name: 'refugee_involvement', kind: 'single', required: false, codeList: 'refugee_involvement' },
      { name: 'refugee_involvement_comment', kind: 'comment', required: false, maxLength: longText },
    ],
  },
  {
    name: 'needs',
    elements: [
      { name: 'has_needs', kind: 'boolean', required: true },
      {
        name: 'needs', kind: 'entries', required: true, minItems: 1, maxItems: 20, shownWhen: isTrue('has_needs'),
        fields: [
          idField,
          { name: 'theme', kind: 'single', required: true, codeList: 'theme' },
          { name: 'theme_other', kind: 'text', required: true, maxLength: shortText, shownWhen: entryThemeOther },
          { name: 'title', kind: 'text', required: true, maxLength: title },
          { name: 'description', kind: 'comment', required: false, maxLength: longText },
          { name: 'modalities', kind: 'multi', required: true, codeList: 'modality' },
          { name: 'languages', kind: 'multi', required: false, codeList: 'language' },
          { name: 'priority', kind: 'single', required: true, codeList: 'priority' },
          { name: 'start', kind: 'month', required: false },
          { name: 'funding', kind: 'single', required: true, codeList: 'need_funding' },
          { name: 'partner_types', kind: 'multi', required: false, codeList: 'org_class' },
          { name: 'preferred_countries', kind: 'countries', required: false },
        ],
      },
    ],
  },
  {
    name: 'offers',
    elements: [
      { name: 'has_offers', kind: 'boolean', required: true },
      {
        name: 'offers', kind: 'entries', required: true, minItems: 1, maxItems: 20, shownWhen: isTrue('has_offers'),
        fields: [
          idField,
          { name: 'theme', kind: 'single', required: true, codeList: 'theme' },
          { name: 'theme_other', kind: 'text', required: true, maxLength: shortText, shownWhen: entryThemeOther },
          { name: 'title', kind: 'text', required: true, maxLength: title },
          { name: 'description', kind: 'comment', required: false, maxLength: longText },
          { name: 'modalities', kind: 'multi', required: true, codeList: 'modality' },
          { name: 'languages', kind: 'multi', required: false, codeList: 'language' },
          { name: 'capacity', kind: 'number', required: false },
          { name: 'cost', kind: 'single', required: true, codeList: 'offer_cost' },
          { name: 'available_from', kind: 'month', required: false },
          { name: 'available_until', kind: 'month', required: false },
          { name: 'event_name', kind: 'text', required: false, maxLength: shortText, shownWhen: eventShown },
          { name: 'event_date', kind: 'date', required: false, shownWhen: eventShown },
          { name: 'url', kind: 'url', required: false, maxLength: url },
          { name: 'recipient_types', kind: 'multi', required: false, codeList: 'org_class' },
          { name: 'recipient_regions', kind: 'multi', required: false, codeList: 'region' },
        ],
      },
    ],
  },
  {
    name: 'funding',
    elements: [
      { name: 'has_funding_sources', kind: 'boolean', required: true },
      {
        name: 'funding_sources', kind: 'entries', required: true, minItems: 1, maxItems: 20, shownWhen: isTrue('has_funding_sources'),
        fields: [
          idField,
          { name: 'name', kind: 'text', required: true, maxLength: shortText },
          { name: 'funder_type', kind: 'single', required: true, codeList: 'funder_type' },
          { name: 'themes', kind: 'multi', required: false, codeList: 'theme' },
          { name: 'modalities', kind: 'multi', required: false, codeList: 'modality' },
          { name: 'eligible_regions', kind: 'multi', required: false, codeList: 'region' },
          { name: 'eligible_org_types', kind: 'multi', required: false, codeList: 'org_class' },
          { name: 'amount', kind: 'text', required: false, maxLength: shortText },
          { name: 'deadline', kind: 'date', required: false },
          { name: 'url', kind: 'url', required: false, maxLength: url },
          { name: 'notes', kind: 'comment', required: false, maxLength: longText },
        ],
      },
    ],
  },
  {
    name: 'experience',
    elements: [
      { name: 'existing_mechanisms', kind: 'comment', required: false, maxLength: longText },
      { name: 'twinning_experience', kind: 'boolean', required: true },
      {
        name: 'past_twinning', kind: 'entries', required: false, minItems: 0, maxItems: 10, shownWhen: isTrue('twinning_experience'),
        fields: [
          idField,
          { name: 'partner', kind: 'text', required: true, maxLength: shortText },
          { name: 'years', kind: 'text', required: false, maxLength: shortText },
          { name: 'activity_types', kind: 'multi', required: false, codeList: 'activity_type' },
          { name: 'arrangement', kind: 'single', required: false, codeList: 'arrangement' },
          { name: 'outcome', kind: 'comment', required: false, maxLength: longText },
          { name: 'worked', kind: 'comment', required: false, maxLength: longText },
          { name: 'did_not_work', kind: 'comment', required: false, maxLength: longText },
        ],
      },
      { name: 'willing_to_twin', kind: 'single', required: true, codeList: 'willing_to_twin' },
      { name: 'twin_roles', kind: 'multi', required: false, codeList: 'twin_role', shownWhen: (a) => typeof a['willing_to_twin'] === 'string' && a['willing_to_twin'] !== '' && a['willing_to_twin'] !== 'no' },
    ],
  },
  {
    name: 'evaluation',
    elements: [
      { name: 'mechanism_needed', kind: 'rating', required: true },
      { name: 'mechanism_gaps', kind: 'comment', required: false, maxLength: longText },
      { name: 'heard_from', kind: 'single', required: false, codeList: 'heard_from' },
    ],
  },
];

export function isEntryList(element: ElementSpec): element is EntryListSpec {
  return element.kind === 'entries';
}

/** Every top-level element of a questionnaire (the main one by default), in order. */
export function topLevelElements(pages: readonly PageSpec[] = QUESTIONNAIRE): ElementSpec[] {
  return pages.flatMap((page) => [...page.elements]);
}
