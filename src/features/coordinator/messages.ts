// The coordinator area's words in English, French, Spanish and Portuguese (loaded only with the coordinator's screens).
import { createContext, useContext } from 'react';
import type { UiLanguage } from '../../domain/codes';
import { translatorOf, type TranslateWith } from '../../app/i18n';
import { fr } from './locales/coordinator.fr';
import { es } from './locales/coordinator.es';
import { pt } from './locales/coordinator.pt';

const en = {
  navLabel: 'Coordinator',
  navImport: 'Import',
  navResponses: 'Responses',
  navBackup: 'Backup',
  backToQuestionnaire: 'Questionnaire',
  opening: 'Opening the coordinator’s database…',
  persistentYes: 'This browser keeps the data stored here until you delete it.',
  persistentNo: 'This browser may clear the data stored here when space runs low. Download a backup regularly.',
  persistentUnknown: 'This browser does not say whether it will keep the data stored here. Download a backup regularly.',
  lastBackup: 'Last backup: {when}.',
  neverBackedUp: 'No backup downloaded yet.',
  problemFull: 'The browser’s storage is full. Nothing was written; free some space (or empty the bin) and try again.',
  problemUnavailable: 'This browser does not let the app store data (for example in a private window). The coordinator area needs storage: open it in a normal window.',
  problemOutdated: 'A newer version of this app is open in another tab. Reload this tab to continue; nothing has been lost.',
  problemBlocked: 'An older version of this app is open in another tab and holds the database. Close that tab to continue.',
  reload: 'Reload',
  importTitle: 'Import responses',
  importLead: 'Drop response files, multi-response files or backup files here, or choose them. Each file is checked in full and imported whole or not at all.',
  chooseFiles: 'Choose files',
  dropHere: 'Drop files here',
  importing: 'Importing {count} files…',
  loadDemo: 'Load demo data',
  loadDemoHint: 'The database is empty. Load about 30 example responses to see how the tool works.',
  demoFailed: 'The demo data could not be loaded: {reason}',
  reportTitle: 'Import report',
  reportFile: 'File',
  reportResult: 'Result',
  reportImported: 'Imported',
  reportRejected: 'Rejected',
  rejected_damaged: 'The file cannot be read: it is damaged, cut short, or not a Needs & Offers file. Ask for it to be sent again.',
  rejected_notOurs: 'This is not a Needs & Offers file. Import response files (.needs-offers.json), files of many responses, backups, or the CSV files of an export.',
  rejected_version: 'The file was made by a version of the app that this one does not read. Ask for it to be saved again with the current questionnaire.',
  rejected_tooLarge: 'The file is too large to import. Split it into several files.',
  rejected_notChecked: 'The file could not be checked. Try again; if it fails again, send the details below to whoever looks after the app.',
  rejected_semicolons: 'The file has semicolons between its values, as spreadsheets set to French, Spanish or Portuguese save CSV. Open it in the spreadsheet again and save it as “CSV UTF-8 (comma-delimited)”, then import it again.',
  rejected_answers: 'Some of its contents do not pass the questionnaire’s checks, so nothing from it was imported. The details below say where.',
  // "label: count": no plural to get wrong ("1 duplicates"). A later revision is one above those held before it,
  // already here or earlier in the same import (a restore brings both); the earlier ones it replaces stay as history.
  reportCounts: 'new responses: {added}, later revisions: {updated}, earlier revisions kept as history: {history}, already here (skipped): {duplicate}',
  reportBinned: '{binned} restored into the bin',
  reportNext: 'Next:',
  reportNextResponses: 'review the responses',
  reportNextChart: 'read the chart',
  reportNextMatches: 'work through the matches',
  reportPilot: 'matches with follow-up new or changed here: {matches}, register entries new or updated: {registerEntries}',
  reportProblems: 'Problems ({count})',
  copyProblems: 'Copy problems',
  copied: 'Copied',
  reportTotals: 'Files: {files} (imported: {imported}, rejected: {rejected}).',
  writeFailed: 'could not be stored: {reason}. Nothing of this file was written.',
  responsesTitle: 'Responses',
  responsesCount: '{shown} of {total} responses',
  binCount: '{count} in the bin',
  showBin: 'Show the bin',
  binHeading: 'In the bin (open a response to restore it)',
  showLive: 'Show responses',
  emptyBin: 'Empty the bin',
  confirmEmptyBin: 'Delete the {count} responses in the bin for good, with all their revisions? This cannot be undone.',
  search: 'Search',
  searchPlaceholder: 'Organisation, country or response id',
  filterQuestionnaire: 'Questionnaire',
  filterRound: 'Round',
  filterStatus: 'Resettlement status',
  filterClass: 'Organisation class',
  filterRegion: 'Region',
  filterLanguage: 'Language',
  any: 'Any',
  colOrganisation: 'Organisation',
  colCountry: 'Country',
  colType: 'Type',
  colStatus: 'Status',
  answersNeeds: 'Needs',
  answersOffers: 'Offers',
  answersFunding: 'Funding sources',
  answersTwinning: 'Past twinning arrangements',
  /** Resettlement status in a word or two, for the responses table (the code list's labels are sentences). */
  statusShort_established: 'Established',
  statusShort_new: 'New',
  statusShort_emerging: 'Emerging',
  statusShort_considering: 'Considering',
  statusShort_other: 'Not resettling',
  colLanguage: 'Language',
  colRound: 'Round',
  colSubmitted: 'Submitted',
  colNeeds: 'Needs',
  colOffers: 'Offers',
  colFunding: 'Funding',
  sortBy: 'Sort by {column}',
  noResponses: 'No responses yet. Import response files, or load the demo data.',
  noMatches: 'No response matches these filters.',
  back: 'Back to responses',
  backToMatches: 'Back to the matches',
  revision: 'Revision {revision}',
  // Revision numbers can have gaps: a file may hold only a response's second revision.
  revisionStored: 'Revision {revision} (revisions stored here: {count})',
  submittedOn: 'Submitted {when}',
  importedOn: 'imported {when}',
  answers: 'Answers',
  entries: 'Entries',
  history: 'Revision history',
  changesFrom: 'Changes from revision {from}',
  noChanges: 'No answer changed.',
  entryAdded: 'added',
  entryRemoved: 'removed',
  moveToBin: 'Move to the bin',
  confirmBin: 'Move this response to the bin? You can restore it until the bin is emptied.',
  restore: 'Restore',
  inBin: 'In the bin since {when}.',
  restoredFromBin: 'Restored: the response is back among the responses.',
  notFound: 'This response is not in the database.',
  listNeeds: 'Needs',
  listOffers: 'Offers',
  listFunding: 'Funding sources',
  listPastTwinning: 'Past twinning and exchanges',
  backupTitle: 'Backup and restore',
  backupLead: 'A backup holds everything this browser stores for the pilot: every response with all its revisions, the bin, the follow-up of matches with its history, and the twinning register. Keep it somewhere safe; restore it on another computer or browser.',
  downloadBackup: 'Download a backup',
  backupSaved: 'The backup {file} has been handed to your browser: look for it in its downloads, and keep a copy off this computer.',
  restoreTitle: 'Restore a backup',
  restoreLead: 'Restoring merges the backup into what is here and reports what changed; nothing stored here is dropped.',
  chooseBackup: 'Choose a backup file',
} as const;

export type CoordinatorKey = keyof typeof en;
export type CoordinatorMessages = Record<CoordinatorKey, string>;

export const COORDINATOR_MESSAGES: Record<UiLanguage, CoordinatorMessages> = { en, fr, es, pt };

export type CoordinatorTranslate = TranslateWith<CoordinatorKey>;

export function coordinatorTranslator(language: UiLanguage): CoordinatorTranslate {
  return translatorOf(COORDINATOR_MESSAGES, language);
}

export const CoordinatorI18n = createContext<CoordinatorTranslate>(coordinatorTranslator('en'));

export function useCoordinatorT(): CoordinatorTranslate {
  return useContext(CoordinatorI18n);
}
