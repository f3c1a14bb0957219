// Inputs for the import fuzz tests: valid files to damage, JSON mutations, CSV sets, report checks and full database snapshots.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { CoordinatorDb } from '../../src/db/coordinatorDb';
import { buildBackup } from '../../src/domain/backupFile';
import { fundingTable, needsTable, offersTable, pastTwinningTable, responsesTable } from '../../src/domain/csvExport';
import { buildEntries } from '../../src/domain/entries';
import type { ImportProblem, ParsedImport } from '../../src/domain/importFile';
import { findCandidates } from '../../src/domain/matching';
import { RESPONSES_FORMAT, FORMAT_VERSION, validateResponse, type ResponseFile } from '../../src/domain/responseFile';
import { isRecord } from '../../src/domain/result';
import type { ImportSource } from '../../src/io/readImportFiles';
import { parseCsv, serializeCsv } from '../../src/io/csv';
import { responseFile, serializeResponseFile } from '../support/responseFiles';
import { snapshot, uuid } from './coordinatorFixtures';

const dir = 'public/demo';
const index: unknown = JSON.parse(readFileSync(`${dir}/index.json`, 'utf8'));
const names = isRecord(index) && Array.isArray(index['files']) ? index['files'].filter((name): name is string => typeof name === 'string') : [];

export const demoTexts: readonly string[] = names.map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
export const demoResponses: readonly ResponseFile[] = demoTexts.map((text) => {
  const result = validateResponse(JSON.parse(text));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
});

/** Revision `revision` of response `n`: small ids so files update, duplicate and add history to each other. */
export function revisionOf(n: number, revision: number): ResponseFile {
  return responseFile(uuid(n), revision, { org_name: `Organisation ${n}, revision ${revision}` });
}

export function multiText(responses: readonly unknown[]): string {
  return JSON.stringify({ format: RESPONSES_FORMAT, formatVersion: FORMAT_VERSION, responses });
}

const T = '2026-12-01T09:00:00.000Z';
const generated = [1, 2, 3].flatMap((n) => [1, 2, 3].map((revision) => revisionOf(n, revision)));
const singleTexts = [...demoTexts.slice(0, 10), ...generated.map(serializeResponseFile)];
const bundleTexts = [
  multiText([...demoResponses.slice(10, 13), revisionOf(4, 1)]),
  multiText([revisionOf(1, 2), revisionOf(5, 1), revisionOf(5, 2)]),
  JSON.stringify(buildBackup(T, [revisionOf(6, 1), revisionOf(6, 2), revisionOf(2, 4)].map((response) => ({ importedAt: T, response })), [{ responseId: uuid(6), deletedAt: T }]), null, 2),
  JSON.stringify(buildBackup(T, demoResponses.slice(13, 15).map((response) => ({ importedAt: T, response })), [])),
];
/** Valid files of every kind: demo response files, small revisions, multi-response files and backups with a bin. */
export const validTexts: readonly string[] = [...singleTexts, ...bundleTexts];

type Key = string | number;
export const MUTATIONS = ['delete', 'replace', 'duplicate', 'code', 'type', 'addKey'] as const;
export interface Mutation { kind: (typeof MUTATIONS)[number]; pick: number; json: unknown; text: string }
export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATIONS), pick: fc.nat(), json: fc.jsonValue({ maxDepth: 3 }), text: fc.string({ maxLength: 40 }),
});

function pathsOf(value: unknown, at: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item: unknown, i) => pathsOf(item, [...at, i], out));
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], out);
  return out;
}

function child(value: unknown, key: Key): unknown {
  return Array.isArray(value) ? value[Number(key)] : isRecord(value) ? value[String(key)] : undefined;
}

/** The same value as another JSON type: text ↔ number or list, list ↔ object, null → object. */
function retyped(value: unknown, pick: number): unknown {
  if (typeof value === 'string') return pick % 2 === 0 ? value.length : [value];
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return Object.fromEntries(value.entries());
  if (isRecord(value)) return Object.values(value);
  return {};
}

function define(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, so a key such as "__proto__" becomes a real key of the file.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** One mutation at one node (chosen by `pick` among every node) of a JSON value parsed afresh; the root may be replaced. */
export function mutate(root: unknown, m: Mutation): unknown {
  const paths = pathsOf(root);
  const path = paths[m.pick % paths.length] ?? [];
  const key = path.at(-1);
  const parent = path.slice(0, -1).reduce<unknown>(child, root);
  const old = key === undefined ? root : child(parent, key);
  const fresh = m.kind === 'code' ? m.text : m.kind === 'type' ? retyped(old, m.pick) : m.json;
  if (key === undefined) return fresh;
  if (Array.isArray(parent) && typeof key === 'number') {
    if (m.kind === 'delete') parent.splice(key, 1);
    else if (m.kind === 'duplicate' || m.kind === 'addKey') parent.splice(key, 0, structuredClone(old));
    else parent[key] = fresh;
  } else if (isRecord(parent) && typeof key === 'string') {
    if (m.kind === 'delete') Reflect.deleteProperty(parent, key);
    else if (m.kind === 'duplicate') define(parent, `${key}${m.text}`, structuredClone(old));
    else if (m.kind === 'addKey') define(parent, m.text, fresh);
    else define(parent, key, fresh);
  }
  return root;
}

export function mutateText(text: string, m: Mutation): string {
  const parsed: unknown = JSON.parse(text);
  return JSON.stringify(mutate(parsed, m), null, m.pick % 3 === 0 ? 2 : undefined) ?? '';
}

/** A valid file; multi-response files and backups half of the time. */
export const validArb = fc.oneof(fc.constantFrom(...singleTexts), fc.constantFrom(...bundleTexts));
/** A file that mixes valid and mutated records into one multi-response file. */
export const mixedMultiArb = fc.array(fc.tuple(fc.constantFrom(...demoResponses, ...generated), fc.option(mutationArb, { nil: undefined, freq: 1 })), { minLength: 1, maxLength: 4 })
  .map((records) => records.map(([response, m]) => (m ? mutate(structuredClone(response), m) : response)));
/** Any kind of file the coordinator may drop: valid, mutated, truncated, mixed, or random bytes. */
export const fileTextArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: validArb, weight: 3 },
  { arbitrary: fc.tuple(validArb, mutationArb).map(([text, m]) => mutateText(text, m)), weight: 3 },
  { arbitrary: fc.tuple(validArb, fc.nat()).map(([text, cut]) => text.slice(0, cut % text.length)), weight: 1 },
  { arbitrary: mixedMultiArb.map(multiText), weight: 2 },
  { arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder('utf-8').decode(bytes)), weight: 1 },
);

/** The five CSV files import reads, as exported from these responses. */
export function exportSet(latest: readonly ResponseFile[]): Map<string, string> {
  const entries = buildEntries(latest);
  const candidates = findCandidates(entries.needs, entries.offers, entries.funding, '2026-11-22');
  const tables = [responsesTable(latest), needsTable(latest, candidates), offersTable(latest, candidates), fundingTable(latest), pastTwinningTable(latest)];
  return new Map(tables.map((table) => [table.file, serializeCsv(table)]));
}

export interface CsvDamage { kind: 'cell' | 'truncate' | 'drop' | 'none'; file: number; pick: number; text: string }
export const csvDamageArb: fc.Arbitrary<CsvDamage> = fc.record({
  kind: fc.constantFrom('cell', 'truncate', 'drop', 'none'), file: fc.nat(), pick: fc.nat(), text: fc.string({ maxLength: 30 }),
});

/** A CSV set with one cell changed, one file cut short or one file left out. */
export function damageSet(set: ReadonlyMap<string, string>, damage: CsvDamage): Map<string, string> {
  const files = [...set];
  const [name, text] = files[damage.file % files.length] ?? ['', ''];
  const result = new Map(set);
  if (damage.kind === 'drop') result.delete(name);
  if (damage.kind === 'truncate') result.set(name, text.slice(0, damage.pick % (text.length + 1)));
  const parsed = parseCsv(text, name);
  if (damage.kind === 'cell' && parsed.ok && parsed.rows.length > 0) {
    const rows = parsed.rows.map((row) => parsed.columns.map((column) => row[column] ?? ''));
    const row = rows[damage.pick % rows.length] ?? [];
    row[Math.floor(damage.pick / rows.length) % row.length] = damage.text;
    result.set(name, serializeCsv({ file: name, columns: parsed.columns, rows }));
  }
  return result;
}

export function source(name: string, text: string): ImportSource {
  return { name, size: new TextEncoder().encode(text).length, text: async () => text };
}

export function expectProblems(problems: readonly ImportProblem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const { file, record, field, message } of problems) {
    expect([file, record, field, message].every((part) => typeof part === 'string' && part !== '')).toBe(true);
  }
}

/** A report: validated revisions (validating them again changes nothing), or located problems. */
export function expectReport(result: ParsedImport): void {
  if (!result.ok) {
    expectProblems(result.problems);
    return;
  }
  for (const { response } of result.revisions) expect(validateResponse(response)).toEqual({ ok: true, value: response });
}

/** Everything the coordinator's database holds that an import may write, in a stable order. */
export async function fullSnapshot(db: CoordinatorDb): Promise<unknown> {
  const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return { ...(await snapshot(db)), followUps: (await db.followUps.toArray()).sort(byJson), register: (await db.register.toArray()).sort(byJson), settings: await db.settings.toArray() };
}
