// register.csv and evaluation.csv (formats.md), from the register and the evaluation metrics.
import { EVALUATION_COLUMNS, REGISTER_COLUMNS } from './csvExport';
import type { CsvTable } from './csvTable';
import type { Metric } from './evaluation';
import { byRegisterOrder, partnersText, type RegisterEntry } from './register';

export function registerTable(entries: readonly RegisterEntry[]): CsvTable {
  return {
    file: 'register.csv',
    columns: REGISTER_COLUMNS,
    rows: [...entries].sort(byRegisterOrder).map((entry) => [
      entry.entryId, entry.years, partnersText(entry.partners), entry.activity, entry.activityTypes.join(';'), entry.arrangement,
      entry.outcome, entry.lessons, entry.matchNeedId ?? '', entry.matchOfferId ?? '', entry.createdAt, entry.updatedAt,
    ]),
  };
}

/** Metrics in evaluation.md's order; a value that cannot be computed yet is an empty cell, never 0. */
export function evaluationTable(metrics: readonly Metric[]): CsvTable {
  return { file: 'evaluation.csv', columns: EVALUATION_COLUMNS, rows: metrics.map((metric) => [metric.metric, metric.breakdown, metric.value === null ? '' : String(metric.value)]) };
}
