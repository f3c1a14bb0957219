// Hands each import to the import worker, so reading, validating and writing a large file never blocks the page.
import type { CoordinatorStore } from '../db/coordinatorStore';
import { fileProblem, MAX_IMPORT_BYTES } from '../domain/importFile';
import { runImport, type ImportInput, type ImportResult } from './importPipeline';
import type { ImportReply, ImportRequest, WorkerInput, WorkerSource } from './importWorker';
import type { ImportSource } from './readImportFiles';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, { name: string; resolve: (result: ImportResult) => void }>();

/** A worker that died (it could not load, or ran out of memory) answers every waiting file; the next import starts a new one. */
function failAll(message: string): void {
  worker?.terminate();
  worker = null;
  for (const { name, resolve } of waiting.values()) {
    resolve({ status: 'rejected', problems: [fileProblem(name, `could not be checked (${message})`, 'notChecked')] });
  }
  waiting.clear();
}

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  const created = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<ImportReply>) => {
    waiting.get(event.data.id)?.resolve(event.data.result);
    waiting.delete(event.data.id);
  };
  created.onerror = (event) => failAll(event.message || 'the import worker stopped');
  created.onmessageerror = () => failAll('the import worker could not be reached');
  worker = created;
  return created;
}

function post(request: ImportRequest): void {
  getWorker()?.postMessage(request);
}

/** Starts the worker and its database connection while the coordinator is still choosing files. */
export function prepareImports(target: CoordinatorStore): void {
  post({ type: 'open', dbName: target.db.name });
}

async function forWorker(source: ImportSource): Promise<WorkerSource> {
  const { name, size } = source;
  // A File crosses as a handle and is read in the worker: the page never holds or decodes its text.
  if (source instanceof Blob) return { name, size, body: source };
  // Anything else (the demo set) has its text in memory already. One over the limit is not read here: the worker
  // refuses it by its size before reading, with the same message as a File.
  if (size > MAX_IMPORT_BYTES) return { name, size, body: '' };
  try {
    return { name, size, body: await source.text() };
  } catch (error) {
    return { name, size, body: { unreadable: error instanceof Error ? error.message : String(error) } };
  }
}

/** Imports one file or CSV set into the target's database: in the worker where there is one, else right here. */
export async function importInBackground(target: CoordinatorStore, input: ImportInput, importedAt: string): Promise<ImportResult> {
  if (typeof Worker === 'undefined') return runImport(target, input, importedAt);
  const sources = input.kind === 'file' ? [input.source] : input.sources;
  const forwarded: WorkerSource[] = [];
  for (const source of sources) forwarded.push(await forWorker(source));
  const [first] = forwarded;
  const workerInput: WorkerInput = input.kind === 'file' && first ? { kind: 'file', source: first } : { kind: 'csv', sources: forwarded };
  // Asked for only now: a worker that died while the text was being read has been replaced.
  const running = getWorker();
  if (!running) return runImport(target, input, importedAt);
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, { name: sources.map((source) => source.name).join(', '), resolve });
    running.postMessage({ type: 'import', id, dbName: target.db.name, importedAt, input: workerInput } satisfies ImportRequest);
  });
}
