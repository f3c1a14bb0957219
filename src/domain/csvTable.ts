// A CSV file as data: its name, its columns in order, and its rows as text cells (before any escaping).
export interface CsvTable {
  /** e.g. `needs.csv` */
  file: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}
