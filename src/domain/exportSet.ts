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

/**
 * Every file of the set, one at a time and in formats.md's order, so that each can be written out (and its rows let
 * go) before the next is built. The analysis is made after responses.csv, the first file that needs it.
 */
export function* exportTableSequence(source: ExportSource, options: ExportOptions): Generator<CsvTable, void, undefined> {
  const { latest, followUps, register, firstSubmittedAt } = source;
  const organisations = latest.filter((file) => !isFollowUpResponse(file));
  const made: CsvTable[] = [];
  const finished = (table: CsvTable) => {
    const done = options.oneHot ? withOneHot(table, oneHotChoices(table.file)) : table;
    // The codebook needs only the columns: the rows are not kept.
    made.push({ file: done.file, columns: done.columns, rows: [] });
    return done;
  };
  yield finished(responsesTable(organisations));
  const analysis = withFollowUps(analyseResponses(latest, options.today), followUps, options.today);
  const recorded = [...analysis.followUps.values()];
  const byPair = new Map(recorded.map((followUp) => [followUpKey(followUp.needId, followUp.offerId), followUp]));
  // The analysis's entries, already made and sorted, are the entry files' rows.
  const { entries } = analysis;
  yield finished(needsTable(organisations, analysis.candidates, entries.needs));
  yield finished(offersTable(organisations, analysis.candidates, entries.offers));
  yield finished(fundingTable(organisations, entries.funding));
  yield finished(pastTwinningTable(organisations));
  yield finished(matchesTable(allPairs(analysis), byPair));
  yield finished(matchHistoryTable(recorded));
  yield finished(registerTable(register));
  yield finished(evaluationTable(analysisMetrics(latest, analysis, register, firstSubmittedAt)));
  yield codebookTable(made, options.labels);
}

export function exportTables(source: ExportSource, options: ExportOptions): CsvTable[] {
  return [...exportTableSequence(source, options)];
}
