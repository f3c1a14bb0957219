// Words of the register, twinning, circulated chart, evaluation and export screens, in four languages.
import type { UiLanguage } from '../../domain/codes';
import { translatorOf, useI18n, type TranslateWith } from '../../app/i18n';
import { fr } from './locales/pilot.fr';
import { es } from './locales/pilot.es';
import { pt } from './locales/pilot.pt';

const en = {
  navRegister: 'Register',
  navTwinning: 'Twinning',
  navCirculated: 'Circulated chart',
  navEvaluation: 'Evaluation',
  navExports: 'Exports',
  registerTitle: 'Twinning register',
  registerLead: 'Twinning arrangements between resettlement countries, as in Annex C of the twinning guidelines: years, partners with their status (E established, N new, Em emerging, O other), activity, continuous or one-off, outcome.',
  addEntry: 'Add an entry',
  edit: 'Edit',
  delete: 'Delete',
  confirmDelete: 'Delete the register entry of {partners}?',
  registerFormNew: 'New register entry',
  registerFormEdit: 'Edit the register entry',
  entrySaved: 'Register entry saved: {partners}.',
  entryDeleted: 'Register entry deleted: {partners}.',
  save: 'Save',
  cancel: 'Cancel',
  years: 'Years',
  partners: 'Partners',
  partner: 'Organisation',
  country: 'Country',
  letter: 'Status',
  addPartner: 'Add a partner',
  removePartner: 'Remove',
  // Heard after Remove: which of the form's partners it removes.
  partnerNumber: 'partner {number}',
  colActions: 'Actions',
  partnerHeading: 'Partner {number}',
  activity: 'Activity',
  activityTypes: 'Activity types',
  arrangement: 'Continuous or one-off',
  outcome: 'Outcome',
  lessons: 'Lessons learned',
  contacts: 'Contacts',
  fromMatch: 'From the match',
  matrixTitle: 'Activity matrix',
  noEntries: 'No register entries yet.',
  mou: 'Draft memorandum of understanding',
  mouTitle: 'Memorandum of understanding (draft)',
  mouBetween: 'Twinning between {partners}',
  checklistTitle: 'Before setting up a twinning activity (Annex A checklist)',
  print: 'Print or save as PDF',
  back: 'Back',
  registerDrafted: 'A register entry was drafted from this match.',
  openEntry: 'Open the register entry',
  registerTwoPartners: 'Name at least two partners: a twinning arrangement is between organisations.',
  registerPartnerCountry: 'Choose the country of partner {partner}.',
  registerYearsFormat: 'Years: write a year (2026) or a span of years (2025–2027).',
  registerYearsOrder: 'Years: the span ends before it starts.',
  invalidEntry: 'The entry could not be saved: {problems}',
  twinningTitle: 'Twinning models and sign-ups',
  twinningLead: 'What respondents reported of their past twinning and exchanges — partners, years, activity types, what worked and what did not — and the organisations willing to be twinned.',
  pastTitle: 'Past twinning and exchanges',
  pastCount: '{count} reported exchanges',
  unclassified: 'Activity type not given',
  worked: 'What worked',
  didNotWork: 'What did not work',
  reportedBy: 'Reported by {org}',
  // The column holds the answer (Yes, Maybe): a question, not the section's heading again.
  colWilling: 'Willing to twin?',
  willingTitle: 'Willing to be twinned',
  willingYes: 'Yes',
  willingMaybe: 'Maybe',
  roles: 'Roles',
  noneWilling: 'No organisation has signed up yet.',
  fundingTitle: 'Sources of funding',
  noFunding: 'No source of funding has been reported yet.',
  fundingThemes: 'Themes: {themes}',
  fundingAnyTheme: 'any theme',
  fundingRegions: 'Regions: {regions}',
  fundingAnyRegion: 'any region',
  fundingOrgTypes: 'Open to: {types}',
  fundingAnyOrg: 'any organisation',
  fundingAmount: 'Amount: {amount}',
  fundingDeadline: 'Deadline: {date}',
  fundingReportedBy: 'Reported by {org}, {country}',
  downloadCsv: 'Download {file}',
  circulatedTitle: 'Chart of needs and opportunities',
  circulatedFor: 'For all participants of the pilot run by {org} — {date}',
  circulatedInvitation: 'This chart gathers what governments and NGOs in resettlement countries need, what they can offer and where funding is. Anyone who sees a good match may follow it up directly. The coordinator will also try to put people in touch where there is an obvious match. Contact: {name}, {email}.',
  circulatedConsent: 'Organisations that asked not to be circulated are counted in the totals only ({count} entries).',
  contactVia: 'through the coordinator ({email})',
  calendarTitle: 'Calendar of events',
  noEvents: 'No events offered yet.',
  needsHeading: 'Needs',
  offersHeading: 'Offers',
  evaluationTitle: 'Pilot evaluation',
  evaluationLead: 'The two questions of the evaluation: is there a need for a mechanism for matching needs with opportunities for assistance — and if so, is the approach taken in the pilot effective in meeting it?',
  q1: '1. Is there a need for such a mechanism?',
  q2: '2. Is this approach effective?',
  metric: 'Metric',
  breakdown: 'Breakdown',
  value: 'Value',
  allMetrics: 'Every metric (evaluation.csv)',
  // Each match counted once, at its status now (evaluation.md's matches by status), not a funnel of stages reached.
  funnel: 'Matches by their current status (each match counted once)',
  mechanismNeeded: 'Is a matching mechanism needed? (1 = no need, 5 = strong need)',
  responsesBy: 'Responses by resettlement status',
  needsOffersByTheme: 'Needs and offers by theme',
  obviousShare: 'Share of needs with an obvious match: {share}',
  daysToIntroduction: 'Days from submission to introduction: median {median}, 90th percentile {p90}',
  // {mean} is "4.2 / 5", or notAvailable.
  followUpUseful: 'Follow-up questionnaires: {count}; mean usefulness {mean}',
  meanAnswer: 'mean answer {mean}',
  colAnswer: 'Answer',
  colResponses: 'Responses',
  colResettlementStatus: 'Resettlement status',
  colMatches: 'Matches',
  notAvailable: 'not available yet',
  exportsTitle: 'Exports for the evaluation',
  exportsLead: 'The pilot’s data as CSV files (UTF-8, comma-separated, one header row of codes), readable in R, SPSS or a spreadsheet without the app, with codebook.csv describing every column.',
  oneHot: 'Add one 1/0 column per choice after each multiple-choice column',
  downloadAll: 'Download all as one zip',
  importCsvHint: 'Data corrected in a spreadsheet comes back through Import: drop responses.csv, needs.csv, offers.csv, funding_sources.csv and past_twinning.csv together.',
  exportsPreparing: 'Preparing the files…',
  exportsReady: 'The files are ready.',
  exportsFailed: 'The files could not be made: {reason}. Nothing was changed; try again, or back up the database and reload the page.',
  rowsColumns: 'rows: {rows}, columns: {columns}',
} as const;

export type PilotKey = keyof typeof en;
export type PilotMessages = Record<PilotKey, string>;

export const PILOT_MESSAGES: Record<UiLanguage, PilotMessages> = { en, fr, es, pt };

export type PilotTranslate = TranslateWith<PilotKey>;

export function pilotTranslator(language: UiLanguage): PilotTranslate {
  return translatorOf(PILOT_MESSAGES, language);
}

export function usePilotT(): PilotTranslate {
  return pilotTranslator(useI18n().language);
}
