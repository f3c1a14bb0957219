// Whether a new revision of a response says anything its previous one did not (its own module: the respondent's
// storage uses it, and must not load the response file's validation with the first page).
import type { ResponseFile } from './responseFile';
import { isRecord } from './result';

/** JSON with object keys sorted, so that two values equal in content compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) => (isRecord(inner) ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, inner[key]])) : inner));
}

/**
 * Whether `next` says nothing that `previous` did not: the same answers, language, round and questionnaire version,
 * whatever the revision and its start and submission times (each revision has its own). Finishing a revision with
 * nothing changed makes no new revision.
 */
export function sameContent(previous: ResponseFile, next: ResponseFile): boolean {
  const timeless = (file: ResponseFile) => canonicalJson({ ...file, revision: 0, startedAt: '', submittedAt: '' });
  return timeless(previous) === timeless(next);
}
