// Reads one file's text into validated records: a response, many responses, or a backup. Nothing is written here.
import { parseBackup, BACKUP_FORMAT, type BinEntry } from './backupFile';
import type { FollowUp } from './followUp';
import type { RegisterEntry } from './register';
import { RESPONSE_FORMAT, RESPONSES_FORMAT, FORMAT_VERSION, validateResponse, type ResponseFile } from './responseFile';
import { describeValue, isRecord, keyName } from './result';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * What kind of problem rejected a file, for a sentence in the coordinator's language above the technical details
 * (which stay in English, for whoever made the file): damaged (not JSON, unreadable), not a Needs & Offers file, a
 * format version this app does not read, a file too large to read, a check that could not finish, a CSV file saved
 * with semicolons (what spreadsheets set to French, Spanish or Portuguese do). Unset: answers or records that fail
 * the checks.
 */
export type ProblemKind = 'damaged' | 'notOurs' | 'version' | 'tooLarge' | 'notChecked' | 'semicolons';

/** A problem located by file, record and field: `file › record › field: message`. */
export interface ImportProblem {
  file: string;
  record: string;
  field: string;
  message: string;
  kind?: ProblemKind;
}

/** A problem with a file as a whole (not one of its records or fields). */
export function fileProblem(file: string, message: string, kind?: ProblemKind): ImportProblem {
  return kind === undefined ? { file, record: '(file)', field: '(file)', message } : { file, record: '(file)', field: '(file)', message, kind };
}

/** The kind that best says why a file was rejected: the first problem that has one, else the answers'. */
export function rejectionKind(problems: readonly ImportProblem[]): ProblemKind | 'answers' {
  return problems.find((problem) => problem.kind !== undefined)?.kind ?? 'answers';
}

export interface ParsedRevision {
  response: ResponseFile;
  /** When a backup says the revision was first imported; null for response files. */
  importedAt: string | null;
}

export type ParsedImport =
  | { ok: true; kind: 'response' | 'responses' | 'backup'; revisions: ParsedRevision[]; bin: BinEntry[]; followUps: FollowUp[]; register: RegisterEntry[] }
  | { ok: false; problems: ImportProblem[] };

export function formatProblem(problem: ImportProblem): string {
  return `${problem.file} › ${problem.record} › ${problem.field}: ${problem.message}`;
}

function recordName(raw: unknown, fallback: string): string {
  const id = isRecord(raw) && typeof raw['responseId'] === 'string' ? raw['responseId'] : '';
  const org = isRecord(raw) && isRecord(raw['data']) && typeof raw['data']['org_name'] === 'string' ? raw['data']['org_name'] : '';
  const label = [org, id].filter((part) => part !== '').join(', ');
  return label === '' ? fallback : `${fallback} (${label.length > 80 ? `${label.slice(0, 77)}...` : label})`;
}

function validateAll(fileName: string, records: readonly unknown[], recordLabel: (index: number) => string): { responses: ResponseFile[]; problems: ImportProblem[] } {
  const responses: ResponseFile[] = [];
  const problems: ImportProblem[] = [];
  records.forEach((raw, index) => {
    const result = validateResponse(raw);
    if (result.ok) {
      responses.push(result.value);
      return;
    }
    // Named only when something is wrong: a valid record of a 10,000-response file never needs its label.
    const record = recordName(raw, recordLabel(index));
    problems.push(...result.errors.map((error) => ({ file: fileName, record, field: error.path, message: error.message, kind: error.kind })));
  });
  return { responses, problems };
}

function fromFiles(responses: ResponseFile[]): ParsedRevision[] {
  return responses.map((response) => ({ response, importedAt: null }));
}

/** Parses and validates a whole file; any problem rejects the file, so it is imported whole or not at all. */
export function parseImportText(fileName: string, text: string): ParsedImport {
  const refused = (message: string, kind: ProblemKind): ParsedImport => ({ ok: false, problems: [fileProblem(fileName, message, kind)] });
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return refused(`is not valid JSON (${error instanceof Error ? error.message : String(error)}); it may be damaged or not a Needs & Offers file`, 'damaged');
  }
  if (!isRecord(raw)) return refused('is not a Needs & Offers file (expected a JSON object)', 'notOurs');
  const format = raw['format'];
  if (format === RESPONSE_FORMAT) {
    const { responses, problems } = validateAll(fileName, [raw], () => 'response');
    return problems.length > 0 ? { ok: false, problems } : { ok: true, kind: 'response', revisions: fromFiles(responses), bin: [], followUps: [], register: [] };
  }
  if (format === RESPONSES_FORMAT) {
    if (raw['formatVersion'] !== FORMAT_VERSION) return refused(`formatVersion ${describeValue(raw['formatVersion'])} is not one this app reads (${FORMAT_VERSION})`, 'version');
    const list = raw['responses'];
    if (!Array.isArray(list)) return refused('"responses" must be a list of responses', 'damaged');
    const extra = Object.keys(raw).filter((key) => !['format', 'formatVersion', 'responses'].includes(key));
    const { responses, problems } = validateAll(fileName, list, (index) => `responses[${index}]`);
    problems.unshift(...extra.map((key) => ({ file: fileName, record: '(file)', field: keyName(key), message: 'is not a field of a multi-response file' })));
    return problems.length > 0 ? { ok: false, problems } : { ok: true, kind: 'responses', revisions: fromFiles(responses), bin: [], followUps: [], register: [] };
  }
  if (format === BACKUP_FORMAT) {
    const parsed = parseBackup(raw);
    if (!parsed.ok) return { ok: false, problems: parsed.errors.map((error) => ({ file: fileName, record: '(backup)', field: error.path, message: error.message })) };
    const { responses, problems } = validateAll(fileName, parsed.value.revisions.map((revision) => revision.response), (index) => `revisions[${index}]`);
    if (problems.length > 0) return { ok: false, problems };
    // Every record validated, so responses[i] is revisions[i].
    const revisions = responses.map((response, index) => ({ response, importedAt: parsed.value.revisions[index]?.importedAt ?? null }));
    return { ok: true, kind: 'backup', revisions, bin: parsed.value.bin, followUps: parsed.value.followUps, register: parsed.value.register };
  }
  const found = format === undefined ? 'has no "format" field' : `has format ${describeValue(format)}`;
  return refused(`${found}; expected a response file (${RESPONSE_FORMAT}), a multi-response file (${RESPONSES_FORMAT}) or a backup (${BACKUP_FORMAT})`, 'notOurs');
}
