// The deployment file (surveys/pilot.json): what a coordinator sets before sending the link.
import { isEmail } from './fieldRules';
import { isRound, quarterOf } from './round';
import { fail, isRecord, ok, type Problem, type Result } from './result';

export interface Deployment {
  coordinatingOrganisation: string;
  coordinatorName: string;
  coordinatorEmail: string;
  /** `YYYY-Qn`; when absent the current quarter is used at submission time. */
  round: string | null;
  privacyContact: string;
  /** A device passed between respondents at a meeting: nothing of one respondent stays for the next. */
  sharedDevice: boolean;
}

const KNOWN_KEYS = new Set(['$comment', 'coordinatingOrganisation', 'coordinatorName', 'coordinatorEmail', 'round', 'privacyContact', 'sharedDevice']);

function requiredText(raw: Record<string, unknown>, key: string, errors: Problem[]): string {
  const value = raw[key];
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push({ path: key, message: 'is required and must be non-empty text' });
    return '';
  }
  return value.trim();
}

export function validateDeployment(raw: unknown): Result<Deployment> {
  if (!isRecord(raw)) return fail([{ path: '(file)', message: 'must be a JSON object' }]);
  const errors: Problem[] = [];
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) errors.push({ path: key, message: `is not a deployment setting (known: ${[...KNOWN_KEYS].slice(1).join(', ')})` });
  }
  const coordinatingOrganisation = requiredText(raw, 'coordinatingOrganisation', errors);
  const coordinatorName = typeof raw['coordinatorName'] === 'string' ? raw['coordinatorName'].trim() : '';
  const coordinatorEmail = requiredText(raw, 'coordinatorEmail', errors);
  if (coordinatorEmail !== '' && !isEmail(coordinatorEmail)) {
    errors.push({ path: 'coordinatorEmail', message: `"${coordinatorEmail}" is not an e-mail address` });
  }
  const privacyContact = requiredText(raw, 'privacyContact', errors);
  let round: string | null = null;
  const rawRound = raw['round'];
  if (rawRound !== undefined && rawRound !== null && rawRound !== '') {
    if (typeof rawRound !== 'string' || !isRound(rawRound)) {
      errors.push({ path: 'round', message: `"${String(rawRound)}" is not a round: write YYYY-Qn (e.g. 2026-Q4), or leave it out for the current quarter` });
    } else {
      round = rawRound;
    }
  }
  const sharedDevice = raw['sharedDevice'] ?? false;
  if (typeof sharedDevice !== 'boolean') errors.push({ path: 'sharedDevice', message: 'must be true or false' });
  if (errors.length > 0) return fail(errors);
  return ok({ coordinatingOrganisation, coordinatorName, coordinatorEmail, round, privacyContact, sharedDevice: sharedDevice === true });
}

/** The round a response submitted at `now` belongs to. */
export function roundFor(deployment: Deployment, now: Date): string {
  return deployment.round ?? quarterOf(now);
}
