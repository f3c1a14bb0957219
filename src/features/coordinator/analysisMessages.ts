// Words of the chart and matches screens in English, French, Spanish and Portuguese, including the reasons' sentences.
import type { UiLanguage } from '../../domain/codes';
import { translatorOf, useI18n, type TranslateWith } from '../../app/i18n';
import { fr } from './locales/analysis.fr';
import { es } from './locales/analysis.es';
import { pt } from './locales/analysis.pt';

const en = {
  navChart: 'Chart',
  navMatches: 'Matches',
  chartTitle: 'Chart of needs and opportunities',
  chartLead: 'Every theme of the resettlement continuum, phase by phase: what organisations need, what others offer, where funding is, and which needs no offer answers yet.',
  chartTotals: '{organisations} organisations · {needs} needs · {offers} offers · {funding} funding sources · {obvious} obvious matches among {candidates} candidates',
  filterModality: 'Modality',
  colTheme: 'Theme',
  colNeeds: 'Needs',
  colOffers: 'Offers',
  colFunding: 'Funding sources',
  colCandidates: 'Candidates',
  colObvious: 'Obvious matches',
  colBalance: 'Needs and offers',
  gap: 'Gap: no offer',
  fundingAny: '{count} funding sources are open to any theme.',
  heatTitle: 'Where needs and offers lie',
  heatBy: 'Columns',
  byStatus: 'Resettlement status',
  byRegion: 'Region',
  byClass: 'Organisation class',
  heatLegend: 'Each cell: needs / offers. Orange: more needs than offers; blue: more offers than needs; grey: as many of each; the stronger the colour, the larger the difference. The arrow keys move between cells.',
  // "needs: 1": a count before its noun needs plural rules ("1 needs" read wrong in every language).
  cellLabel: '{theme}, {column}: needs: {needs}, offers: {offers}',
  cellEntries: '{theme} — {column}',
  close: 'Close',
  colKind: 'Need or offer',
  colEntry: 'Entry',
  colLink: 'Response',
  entryNeed: 'Need',
  entryOffer: 'Offer',
  openResponse: 'Open the response',
  print: 'Print',
  matchesTitle: 'Matches',
  matchesLead: 'The engine proposes; you decide. Obvious matches first, each with the reasons it is suggested.',
  viewList: 'All candidates',
  viewByNeed: 'By need',
  viewByOffer: 'By offer',
  viewByOrg: 'By organisation',
  viewNeeds: 'Needs and their offers',
  statusFilter: 'Follow-up',
  onlyObvious: 'Obvious matches only',
  matchSearchPlaceholder: 'Organisation, country or title',
  // Matching the filters, not on screen: a long list shows a page at a time, with showMore under it.
  candidatesShown: 'Pairs matching the filters: {shown} of {total}',
  showMore: 'Show {count} more ({left} still to show)',
  obvious: 'Obvious match',
  candidate: 'Candidate',
  manualPair: 'Paired by hand',
  score: 'Score {score}',
  reasons: 'Why',
  sharedModalities: 'Shared forms of support',
  sharedLanguages: 'Shared languages',
  fundingSuggestions: 'Funding that might cover the gap',
  noFunding: 'No funding source matches.',
  moreFunding: 'and {count} more',
  followUp: 'Follow-up',
  status: 'Status',
  note: 'Note',
  noteRequired: 'Give a reason when a match is declined or dismissed.',
  saveStatus: 'Save',
  notSavedYet: 'Not saved yet: press Save to record this change.',
  historyTitle: 'History',
  /** Below the card's form: the change just saved (or the last one), so a saved note is seen where it was typed. */
  lastChange: 'Last change, {when}: {status}.',
  lastChangeNote: 'Last change, {when}: {status}. Note: {note}',
  introduce: 'Draft an introduction e-mail',
  /** For webmail, where the draft link opens nothing: the same e-mail as text to copy. */
  mailAsText: 'The e-mail as text (for webmail)',
  copyMail: 'Copy the e-mail',
  mailCopied: 'Copied: paste it into a new message.',
  mailCopyFailed: 'This browser did not allow copying: select the text above and copy it.',
  markSent: 'I sent it: mark as introduced',
  introducedOn: 'Introduced {when}',
  noCandidates: 'No candidate pairs yet: import responses with needs and offers on the same themes.',
  pairTitle: 'Pair a need with an offer by hand',
  pairNeed: 'Need',
  pairOffer: 'Offer',
  pairCreate: 'Pair them',
  pairExists: 'These two are already paired.',
  offersForNeed: '{count} offers answer this need ({obvious} obvious)',
  needsWithout: 'Needs no offer answers yet',
  needsWithoutNone: 'Every need has at least one candidate offer.',
  needsLead: 'Exchanges start from the needs organisations name themselves: for each need, the offers that answer it.',
  withdrawnTitle: 'Withdrawn matches (need or offer no longer in the latest revision)',
  status_suggested: 'Suggested',
  status_introduced: 'Introduced',
  status_in_discussion: 'In discussion',
  status_agreed: 'Agreed',
  status_completed: 'Completed',
  status_declined: 'Declined',
  status_dismissed: 'Dismissed',
  status_withdrawn: 'Withdrawn',
  reason_same_theme: 'Both are about the same theme.',
  reason_shared_modality: 'Both name {modalities}.',
  reason_modality_mismatch: 'The forms of support they name differ.',
  reason_shared_language: 'They can work together in {languages}.',
  reason_no_shared_language: 'They share no working language.',
  reason_emerging_from_established: 'An established resettlement country offering to a newer one.',
  reason_preferred_country: 'The offer comes from a country the need would especially like to learn from.',
  reason_costs_covered: 'The offer covers its costs, and the need is short of funds.',
  reason_timing_ok: 'The need’s start date falls within the offer’s availability.',
  reason_timing_mismatch: 'The need’s start date falls outside the offer’s availability.',
  reason_partner_type_mismatch: 'One side asks for a different kind of partner.',
  reason_region_mismatch: 'The offer is not open to the need’s region.',
  reason_same_country: 'Both organisations are in the same country.',
  reason_funding_gap: 'The need requires funding and the offer does not cover its costs.',
  mailToLabel: 'To',
  mailSubjectLabel: 'Subject',
  mailSubject: 'Introduction: {needOrg} and {offerOrg} — {theme}',
  mailBody: 'Dear {needContact} and {offerContact},\n\nAs coordinator of the Needs & Offers pilot, I would like to introduce you to each other.\n\n{needOrg} ({needCountry}) named this need: “{needTitle}”.\n{offerOrg} ({offerCountry}) offered: “{offerTitle}”.\n\nWhy we think this is a good match:\n{reasons}\n\nPlease reply to each other directly; I would be glad to hear how it goes.\n\nBest regards,\n{coordinator}',
} as const;

export type AnalysisKey = keyof typeof en;
export type AnalysisMessages = Record<AnalysisKey, string>;

export const ANALYSIS_MESSAGES: Record<UiLanguage, AnalysisMessages> = { en, fr, es, pt };

export type AnalysisTranslate = TranslateWith<AnalysisKey>;

export function analysisTranslator(language: UiLanguage): AnalysisTranslate {
  return translatorOf(ANALYSIS_MESSAGES, language);
}

export function useAnalysisT(): AnalysisTranslate {
  return analysisTranslator(useI18n().language);
}
