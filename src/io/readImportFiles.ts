// Reads the files a coordinator drops or picks into validated records: sizes checked first, then parsed and validated.
import { importCsvSet } from '../domain/csvImport';
import { fileProblem, MAX_IMPORT_BYTES, parseImportText, type ImportProblem, type ParsedImport, type ProblemKind } from '../domain/importFile';
import { parseCsv } from './csv';

export interface ImportSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Refuses files over 50 MB before reading a byte of them; otherwise parses and validates the whole file.
 * Never throws: whatever happens (even a stack overflow on absurd nesting), the file gets a report.
 */
export async function readImportFile(source: ImportSource): Promise<ParsedImport> {
  const problem = (message: string, kind: ProblemKind): ParsedImport => ({ ok: false, problems: [fileProblem(source.name, message, kind)] });
  if (source.size > MAX_IMPORT_BYTES) {
    return problem(`is ${megabytes(source.size)}; files over ${megabytes(MAX_IMPORT_BYTES)} are refused. Split it into several files.`, 'tooLarge');
  }
  let text: string;
  try {
    text = await source.text();
  } catch (error) {
    return problem(`could not be read (${messageOf(error)})`, 'damaged');
  }
  try {
    return parseImportText(source.name, text);
  } catch (error) {
    return problem(`could not be checked (${messageOf(error)})`, 'notChecked');
  }
}

/** CSV files dropped together form one set (responses.csv with its needs.csv, offers.csv …), read as one import. */
export async function readCsvSet(sources: readonly ImportSource[]): Promise<ParsedImport> {
  const files = [];
  // Every file is read and parsed before any is refused, so that each one's problem is reported (a set re-saved
  // with semicolons has them in every file).
  const problems: ImportProblem[] = [];
  for (const source of sources) {
    const problem = (message: string, kind: ProblemKind): ImportProblem => fileProblem(source.name, message, kind);
    if (source.size > MAX_IMPORT_BYTES) {
      problems.push(problem(`is over ${MAX_IMPORT_BYTES / 1024 / 1024} MB; files that large are refused`, 'tooLarge'));
      continue;
    }
    let text: string;
    try {
      text = await source.text();
    } catch (error) {
      problems.push(problem(`could not be read (${messageOf(error)})`, 'damaged'));
      continue;
    }
    const parsed = parseCsv(text, source.name);
    if (parsed.ok) files.push({ name: source.name.split('/').pop() ?? source.name, columns: parsed.columns, rows: parsed.rows });
    else problems.push(...parsed.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  try {
    return importCsvSet(files);
  } catch (error) {
    return { ok: false, problems: [fileProblem(sources.map((source) => source.name).join(', '), `could not be checked (${messageOf(error)})`, 'notChecked')] };
  }
}
