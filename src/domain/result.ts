// Result values for parsers and validators: they report problems instead of throwing.

/** One problem, located by a dotted/indexed path such as `needs[2].theme`. */
export interface Problem {
  path: string;
  message: string;
  /** Set when the problem is the version of the file or questionnaire: made by a newer (or unknown) app. */
  kind?: 'version';
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Problem[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(errors: Problem[]): Result<T> {
  return { ok: false, errors };
}

/** Narrowing helper for JSON-shaped input. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A value as a problem message quotes it: primitives shown (cut at 60 characters), lists and objects named only.
 * Never JSON.stringify on untrusted input here: a deeply nested value would overflow the stack, a huge one the report.
 */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value) : String(value);
  return text;
}

/** A key as reports name it; an empty key would otherwise leave the field blank. */
export function keyName(key: string): string {
  return key === '' ? '""' : key;
}
