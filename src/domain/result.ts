// Result values for parsers and validators: they report problems instead of throwing.

/** One problem, located by a dotted/indexed path such as `needs[2].theme`. */
export interface Problem {
  path: string;
  message: string;
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
