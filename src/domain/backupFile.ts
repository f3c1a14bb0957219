// The backup file (*.needs-offers-backup.json): everything the coordinator's device holds, to restore elsewhere.
import { isTimestamp } from './fieldRules';
import { validateFollowUp, type FollowUp } from './followUp';
import { validateRegisterEntry, type RegisterEntry } from './register';
import type { ResponseFile } from './responseFile';
import { describeValue, fail, isRecord, keyName, ok, type Problem, type Result } from './result';

export const BACKUP_FORMAT = 'needs-offers-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FILE_SUFFIX = '.needs-offers-backup.json';

export interface StoredRevision {
  importedAt: string;
  response: ResponseFile;
}

export interface BinEntry {
  responseId: string;
  deletedAt: string;
}

/** As read from a file: responses are still unvalidated until importFile checks each one. */
export interface BackupContent {
  exportedAt: string;
  revisions: { importedAt: string; response: unknown }[];
  bin: BinEntry[];
  followUps: FollowUp[];
  register: RegisterEntry[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  exportedAt: string;
  revisions: StoredRevision[];
  bin: BinEntry[];
  followUps: FollowUp[];
  register: RegisterEntry[];
}

export function buildBackup(exportedAt: string, revisions: readonly StoredRevision[], bin: readonly BinEntry[], followUps: readonly FollowUp[] = [], register: readonly RegisterEntry[] = []): Backup {
  const byKey = (a: StoredRevision, b: StoredRevision) => a.response.responseId.localeCompare(b.response.responseId) || a.response.revision - b.response.revision;
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt,
    revisions: [...revisions].sort(byKey),
    bin: [...bin].sort((a, b) => a.responseId.localeCompare(b.responseId)),
    followUps: [...followUps].sort((a, b) => a.needId.localeCompare(b.needId) || a.offerId.localeCompare(b.offerId)),
    register: [...register].sort((a, b) => a.entryId.localeCompare(b.entryId)),
  };
}

export function parseBackup(raw: Record<string, unknown>): Result<BackupContent> {
  const errors: Problem[] = [];
  for (const key of Object.keys(raw)) {
    if (!['format', 'formatVersion', 'exportedAt', 'revisions', 'bin', 'followUps', 'register'].includes(key)) errors.push({ path: keyName(key), message: 'is not a field of a backup file' });
  }
  if (raw['formatVersion'] !== BACKUP_FORMAT_VERSION) errors.push({ path: 'formatVersion', message: `${describeValue(raw['formatVersion'])} is not a backup version this app reads (${BACKUP_FORMAT_VERSION})` });
  const exportedAt = raw['exportedAt'];
  if (!isTimestamp(exportedAt)) errors.push({ path: 'exportedAt', message: 'must be a UTC timestamp' });
  const revisions: BackupContent['revisions'] = [];
  const rawRevisions = raw['revisions'];
  if (!Array.isArray(rawRevisions)) errors.push({ path: 'revisions', message: 'must be a list' });
  else rawRevisions.forEach((item: unknown, index) => {
    if (!isRecord(item) || !isTimestamp(item['importedAt']) || !('response' in item)) {
      errors.push({ path: `revisions[${index}]`, message: 'must have importedAt (a UTC timestamp) and response' });
    } else {
      revisions.push({ importedAt: item['importedAt'], response: item['response'] });
    }
  });
  const bin: BinEntry[] = [];
  const rawBin = raw['bin'] ?? [];
  if (!Array.isArray(rawBin)) errors.push({ path: 'bin', message: 'must be a list' });
  else rawBin.forEach((item: unknown, index) => {
    if (!isRecord(item) || typeof item['responseId'] !== 'string' || !isTimestamp(item['deletedAt'])) {
      errors.push({ path: `bin[${index}]`, message: 'must have responseId and deletedAt (a UTC timestamp)' });
    } else {
      bin.push({ responseId: item['responseId'].toLowerCase(), deletedAt: item['deletedAt'] });
    }
  });
  const followUps: FollowUp[] = [];
  const rawFollowUps = raw['followUps'] ?? [];
  if (!Array.isArray(rawFollowUps)) errors.push({ path: 'followUps', message: 'must be a list' });
  else rawFollowUps.forEach((item: unknown, index) => {
    const result = validateFollowUp(item, `followUps[${index}]`);
    if (result.ok) followUps.push(result.value);
    else errors.push(...result.errors);
  });
  const register: RegisterEntry[] = [];
  const rawRegister = raw['register'] ?? [];
  if (!Array.isArray(rawRegister)) errors.push({ path: 'register', message: 'must be a list' });
  else rawRegister.forEach((item: unknown, index) => {
    const result = validateRegisterEntry(item, `register[${index}]`);
    if (result.ok) register.push(result.value);
    else errors.push(...result.errors);
  });
  if (errors.length > 0 || typeof exportedAt !== 'string') return fail(errors);
  return ok({ exportedAt, revisions, bin, followUps, register });
}
