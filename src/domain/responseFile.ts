// The response file (formats.md): what a respondent sends and a coordinator imports.
import { isUiLanguage, type UiLanguage } from './codes';
import { isTimestamp } from './fieldRules';
import { FOLLOW_UP_QUESTIONNAIRE, FOLLOW_UP_VERSION } from './followUpSchema';
import { QUESTIONNAIRE, QUESTIONNAIRE_VERSION, type PageSpec } from './questionnaireSchema';
import { isRound } from './round';
import { describeValue, fail, isRecord, keyName, ok, type Problem, type Result } from './result';
import { validateAnswers } from './validateAnswers';

export const RESPONSE_FORMAT = 'needs-offers-response';
export const RESPONSES_FORMAT = 'needs-offers-responses';
export const FORMAT_VERSION = 1;
export const RESPONSE_FILE_SUFFIX = '.needs-offers.json';

/** Questionnaire versions this build can read, with the questions each asks. */
const QUESTIONNAIRES: ReadonlyMap<string, readonly PageSpec[]> = new Map([[QUESTIONNAIRE_VERSION, QUESTIONNAIRE], [FOLLOW_UP_VERSION, FOLLOW_UP_QUESTIONNAIRE]]);
export const READABLE_QUESTIONNAIRE_VERSIONS: readonly string[] = [...QUESTIONNAIRES.keys()];

export function isFollowUpResponse(file: ResponseFile): boolean {
  return file.questionnaireVersion === FOLLOW_UP_VERSION;
}

export interface ResponseFile {
  format: typeof RESPONSE_FORMAT;
  formatVersion: typeof FORMAT_VERSION;
  questionnaireVersion: string;
  responseId: string;
  revision: number;
  round: string;
  language: UiLanguage;
  startedAt: string;
  submittedAt: string;
  data: Record<string, unknown>;
}

export interface ResponseMeta {
  responseId: string;
  revision: number;
  round: string;
  language: UiLanguage;
  startedAt: string;
  submittedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENVELOPE_KEYS = ['format', 'formatVersion', 'questionnaireVersion', 'responseId', 'revision', 'round', 'language', 'startedAt', 'submittedAt', 'data'];

export function isUuid(value: string): boolean {
  return UUID.test(value);
}


/** The key order of formats.md, so files are stable to diff and read. */
export function buildResponseFile(meta: ResponseMeta, data: Record<string, unknown>, questionnaireVersion = QUESTIONNAIRE_VERSION): ResponseFile {
  return {
    format: RESPONSE_FORMAT,
    formatVersion: FORMAT_VERSION,
    questionnaireVersion,
    responseId: meta.responseId,
    revision: meta.revision,
    round: meta.round,
    language: meta.language,
    startedAt: meta.startedAt,
    submittedAt: meta.submittedAt,
    data,
  };
}

export function serializeResponseFile(file: ResponseFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Validates one response record (a whole single-response file, or one element of a multi-response file). */
export function validateResponse(raw: unknown, at = ''): Result<ResponseFile> {
  const here = (field: string) => (at === '' ? keyName(field) : `${at}.${keyName(field)}`);
  if (!isRecord(raw)) return fail([{ path: at || '(file)', message: 'must be a JSON object' }]);
  const errors: Problem[] = [];
  for (const key of Object.keys(raw)) {
    if (!ENVELOPE_KEYS.includes(key)) errors.push({ path: here(key), message: 'is not a field of a response file' });
  }
  if (raw['format'] !== RESPONSE_FORMAT) errors.push({ path: here('format'), message: `must be "${RESPONSE_FORMAT}"` });
  if (raw['formatVersion'] !== FORMAT_VERSION) errors.push({ path: here('formatVersion'), message: `${describeValue(raw['formatVersion'])} is not a format version this app reads (${FORMAT_VERSION})`, kind: 'version' });
  const version = raw['questionnaireVersion'];
  const pages = typeof version === 'string' ? QUESTIONNAIRES.get(version) : undefined;
  const versionReadable = pages !== undefined;
  if (!versionReadable) errors.push({ path: here('questionnaireVersion'), message: `${describeValue(version)} is not a questionnaire version this app can read (${READABLE_QUESTIONNAIRE_VERSIONS.join(', ')})`, kind: 'version' });
  const { responseId, revision, round, language, startedAt, submittedAt, data } = raw;
  if (typeof responseId !== 'string' || !isUuid(responseId)) errors.push({ path: here('responseId'), message: `${describeValue(responseId)} is not a UUID` });
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 1) errors.push({ path: here('revision'), message: `${describeValue(revision)} is not a revision number (1, 2, …)` });
  if (typeof round !== 'string' || !isRound(round)) errors.push({ path: here('round'), message: `${describeValue(round)} is not a round (YYYY-Qn)` });
  if (typeof language !== 'string' || !isUiLanguage(language)) errors.push({ path: here('language'), message: `${describeValue(language)} is not one of en, fr, es, pt` });
  if (!isTimestamp(startedAt)) errors.push({ path: here('startedAt'), message: `${describeValue(startedAt)} is not a UTC timestamp` });
  if (!isTimestamp(submittedAt)) errors.push({ path: here('submittedAt'), message: `${describeValue(submittedAt)} is not a UTC timestamp` });
  if (isTimestamp(startedAt) && isTimestamp(submittedAt) && Date.parse(submittedAt) < Date.parse(startedAt)) errors.push({ path: here('submittedAt'), message: 'is before startedAt' });
  // Answers are only checked against a questionnaire version we know.
  if (pages) errors.push(...validateAnswers(data, pages).map((problem) => ({ path: here(`data.${problem.path}`), message: problem.message })));
  if (errors.length > 0 || !isRecord(data) || typeof responseId !== 'string' || typeof revision !== 'number' || typeof round !== 'string'
    || typeof language !== 'string' || !isUiLanguage(language) || !isTimestamp(startedAt) || !isTimestamp(submittedAt) || typeof version !== 'string') {
    return fail(errors);
  }
  return ok({ format: RESPONSE_FORMAT, formatVersion: FORMAT_VERSION, questionnaireVersion: version, responseId: responseId.toLowerCase(), revision, round, language,
    // One spelling of each instant (3-digit milliseconds) so times compare and sort as text everywhere after import.
    startedAt: new Date(startedAt).toISOString(), submittedAt: new Date(submittedAt).toISOString(), data });
}

/** `<organisation>-<first 8 of id>-r<revision>.needs-offers.json`, safe on every file system. */
export function responseFileName(file: ResponseFile): string {
  const orgName = typeof file.data['org_name'] === 'string' ? file.data['org_name'] : 'response';
  const full = orgName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  // At most 40 characters, cut between words where there is one ("…-direction-des", not "…-direction-des-r").
  const wordEnd = full.slice(0, 41).lastIndexOf('-');
  const short = full.length <= 40 ? full : wordEnd > 0 ? full.slice(0, wordEnd) : full.slice(0, 40);
  const slug = short.replace(/^-+|-+$/g, '') || 'response';
  return `${slug}-${file.responseId.slice(0, 8)}-r${file.revision}${RESPONSE_FILE_SUFFIX}`;
}
