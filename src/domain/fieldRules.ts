// Field-level rules shared by the questionnaire (as the respondent types) and import validation.

/** Deliberately simple: one @, no spaces, a dot in the domain. Stricter rules reject real addresses. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const LIMITS = {
  shortText: 200,
  title: 120,
  longText: 2000,
  url: 500,
} as const;

export function isEmail(value: string): boolean {
  return value.length <= LIMITS.shortText && EMAIL.test(value);
}

/** Only http(s) links are accepted: anything else (javascript:, data:, file:) is never a page about an offer. */
export function isHttpUrl(value: string): boolean {
  if (value.length > LIMITS.url) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** A host name with a dot, then an optional path: "www.example.org", "example.org/offer?id=1". */
const BARE_ADDRESS = /^((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(\p{L}{2,}))(?:[/?#]\S*)?$/u;

/**
 * Endings that make a host name a web address: a two-letter country code, or a generic domain an organisation's site
 * has. Not any word after a dot: "brochure.pdf", "offre.docx" or "Mr.Smith" typed into an address field are not
 * addresses, and must still be refused rather than turned into https://brochure.pdf.
 */
const GENERIC_DOMAINS = new Set(['com', 'org', 'net', 'int', 'gov', 'edu', 'info', 'eu', 'ngo', 'ong', 'io', 'app', 'africa', 'asia', 'coop', 'museum', 'online', 'site']);

function isWebHost(host: string, ending: string): boolean {
  const end = ending.toLowerCase();
  return host.toLowerCase().startsWith('www.') || /^[a-z]{2}$/.test(end) || GENERIC_DOMAINS.has(end);
}

/**
 * A web address as people type it, without "https://" ("www.example.org"), given the https:// that isHttpUrl asks
 * for; anything else (already http(s), another scheme, an e-mail address, a file name, a sentence) is returned as it is.
 */
export function withWebScheme(value: string): string {
  const text = value.trim();
  const match = BARE_ADDRESS.exec(text);
  return match && isWebHost(match[1] ?? '', match[2] ?? '') ? `https://${text}` : value;
}

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** A real calendar date, YYYY-MM-DD (rejects 2026-02-30). */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** `YYYY-MM` strings order correctly as text. */
export function isMonthOrderValid(from: string, until: string): boolean {
  return until >= from;
}

/** Capacity: a whole number of at least one, given as a number or as digits. */
export function isWholeNumberAtLeastOne(value: unknown): boolean {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** A UTC timestamp on a real calendar date (Date.parse alone rolls 30 February over to March). */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && TIMESTAMP.test(value) && isDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

/** No answer: nothing, only spaces, or an empty list. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}
