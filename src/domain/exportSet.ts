// Every CSV file of the export set (formats.md) from what the coordinator's database holds, with the one-hot option.
import { allPairs, analyseResponses, analysisMetrics, withFollowUps } from './analysis';
import { codebookTable, type CodebookLabels } from './csvCodebook';
import {
  followUpKey, fundingTable, matchesTable, matchHistoryTable, needsTable, offersTable, oneHotChoices, pastTwinningTable, responsesTable, withOneHot,
} from './csvExport';
import { evaluationTable, registerTable } from './csvPilot';
import type { CsvTable } from './csvTable';
import type { FollowUp } from './followUp';
import type { RegisterEntry } from './register';
import { isFollowUpResponse, type ResponseFile } from './responseFile';

/** What the export reads from the database, in one transaction. */
export interface ExportSource {
  /** Every response's latest revision, follow-up responses included. */
  latest: readonly ResponseFile[];
  followUps: readonly FollowUp[];
  register: readonly RegisterEntry[];
  /** Response id → when its first revision was submitted. */
  firstSubmittedAt: ReadonlyMap<string, string>;
}

export interface ExportOptions {
  oneHot: boolean;
  /** The coordinator's date (YYYY-MM-DD): funding windows and evaluation ages depend on it. */
  today: string;
  /** Status and reason labels for the codebook (their words live in the UI's messages). */
  labels: CodebookLabels;
}

export function exportTables(source: ExportSource, options: ExportOptions): CsvTable[] {
  const { latest, followUps, register, firstSubmittedAt } = source;
  const organisations = latest.filter((file) => !isFollowUpResponse(file));
  const analysis = withFollowUps(analyseResponses(latest, options.today), followUps, options.today);
  const recorded = [...analysis.followUps.values()];
  const byPair = new Map(recorded.map((followUp) => [followUpKey(followUp.needId, followUp.offerId), followUp]));
  const base = [
    responsesTable(organisations),
    needsTable(organisations, analysis.candidates),
    offersTable(organisations, analysis.candidates),
    fundingTable(organisations),
    pastTwinningTable(organisations),
    matchesTable(allPairs(analysis), byPair),
    matchHistoryTable(recorded),
    registerTable(register),
    evaluationTable(analysisMetrics(latest, analysis, register, firstSubmittedAt)),
  ];
  const tables = options.oneHot ? base.map((table) => withOneHot(table, oneHotChoices(table.file))) : base;
  return [...tables, codebookTable(tables, options.labels)];
}
