// A table as a screen reader has it: its rows' header and data cells from the accessibility tree (aria-hidden ones gone).
import type { Locator } from 'playwright-core';

export interface ReadCell { role: 'columnheader' | 'rowheader' | 'cell'; name: string }

/** Each row of `table` (a <table> locator) as its cells, in order, from Playwright's ARIA snapshot. */
export async function tableAsRead(table: Locator): Promise<ReadCell[][]> {
  const rows: ReadCell[][] = [];
  for (const raw of (await table.ariaSnapshot()).split('\n')) {
    // A line holding a colon is YAML-quoted: - 'rowheader "Housing Gap: no offer"', with '' for a quote.
    const line = raw.replace(/^(\s*- )'(.*)':?$/, (_, dash: string, body: string) => `${dash}${body.replaceAll("''", "'")}`);
    if (/^\s*- row\b/.test(line)) rows.push([]);
    const cell = /^\s*- (columnheader|rowheader|cell)(?: "((?:[^"\\]|\\.)*)")?/.exec(line);
    const role = cell?.[1];
    if (role === 'columnheader' || role === 'rowheader' || role === 'cell') rows.at(-1)?.push({ role, name: (cell?.[2] ?? '').replace(/\\(.)/g, '$1') });
  }
  return rows;
}

/** For each data row, its cells keyed by the column header above them: what "read this column" announces. */
export function underHeaders(rows: readonly ReadCell[][]): Record<string, string>[] {
  const head = rows.find((row) => row.length > 0 && row.every((cell) => cell.role === 'columnheader')) ?? [];
  return rows.filter((row) => row.some((cell) => cell.role !== 'columnheader') && row.length > 1)
    .map((row) => Object.fromEntries(row.map((cell, index) => [head[index]?.name ?? `(no header ${index + 1})`, cell.name])));
}
