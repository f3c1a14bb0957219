// Every CSV file of the export set from what the coordinator's database holds, with the one-hot option applied.
import { codebookTable, type CodebookLabels } from '../../domain/csvCodebook';
import {
  followUpKey, fundingTable, matchesTable, matchHistoryTable, needsTable, offersTable, oneHotChoices, pastTwinningTable, responsesTable, withOneHot,
} from '../../domain/csvExport';
import { evaluationTable, registerTable } from '../../domain/csvPilot';
import type { CsvTable } from '../../domain/csvTable';
import type { Metric } from '../../domain/evaluation';
import { FOLLOW_UP_STATUSES } from '../../domain/followUp';
import { REASON_CODES, type Candidate } from '../../domain/matching';
import type { RegisterEntry } from '../../domain/register';
import type { ResponseFile } from '../../domain/responseFile';
import { UI_LANGUAGES } from '../../domain/codes';
import { analysisTranslator, type AnalysisTranslate } from './analysisMessages';
import type { Analysis } from './useAnalysis';

/** Status and reason labels in all four languages, for the codebook (their words live in the UI's messages). */
function codebookLabels(): CodebookLabels {
  const byLanguage = (text: (t: AnalysisTranslate) => string) => Object.fromEntries(UI_LANGUAGES.map((language) => [language, text(analysisTranslator(language))]));
  return {
    match_status: Object.fromEntries(FOLLOW_UP_STATUSES.map((status) => [status, byLanguage((t) => t(`status_${status}`))])),
    reason: Object.fromEntries(REASON_CODES.map((reason) => [reason, byLanguage((t) => t(`reason_${reason}`, { modalities: '…', languages: '…' }))])),
  };
}

export function exportTables(latest: readonly ResponseFile[], analysis: Analysis, pairs: readonly Candidate[], register: readonly RegisterEntry[], metrics: readonly Metric[], oneHot: boolean): CsvTable[] {
  const base = [
    responsesTable(latest),
    needsTable(latest, analysis.candidates),
    offersTable(latest, analysis.candidates),
    fundingTable(latest),
    pastTwinningTable(latest),
    matchesTable(pairs, new Map([...analysis.followUps.values()].map((followUp) => [followUpKey(followUp.needId, followUp.offerId), followUp]))),
    matchHistoryTable([...analysis.followUps.values()]),
    registerTable(register),
    evaluationTable(metrics),
  ];
  const tables = oneHot ? base.map((table) => withOneHot(table, oneHotChoices(table.file))) : base;
  return [...tables, codebookTable(tables, codebookLabels())];
}
