// Hands the Exports screen's requests to the export worker; answers them right here where there is no worker or it
// cannot start (a slow export is better than none).
import type { CoordinatorStore } from '../db/coordinatorStore';
import type { ExportOptions } from '../domain/exportSet';
import { answerExport, PreparedExports, type ExportAnswer, type ExportAsk, type ExportFileSummary } from './exportPipeline';
import type { ExportReply, ExportRequest } from './exportWorker';

interface Waiting {
  store: CoordinatorStore;
  request: ExportRequest;
  resolve: (answer: ExportAnswer) => void;
  reject: (error: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Far longer than a 10,000-response export takes (about 4 s): a worker killed for lack of memory may report nothing,
 * and the screen must not say "Preparing…" for ever.
 */
const REQUEST_TIMEOUT_MS = 120_000;

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();
const here = new PreparedExports();
let releaseWhenIdle = false;

function answerHere({ store, request, resolve, reject }: Waiting): void {
  answerExport(store, here, request.version, request.options, request.ask).then(resolve, reject);
}

/** A worker that could not load, died or stopped answering: every waiting request is answered here instead; the next starts a new worker. */
function failAll(): void {
  worker?.terminate();
  worker = null;
  const pending = [...waiting.values()];
  waiting.clear();
  for (const entry of pending) clearTimeout(entry.timer);
  pending.forEach(answerHere);
}

/** Once the screen has gone and nothing is waiting, the worker (and the files it keeps) goes too. */
function releaseIfIdle(): void {
  if (!releaseWhenIdle || waiting.size > 0) return;
  releaseWhenIdle = false;
  worker?.terminate();
  worker = null;
  here.clear();
}

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  const created = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<ExportReply>) => {
    const reply = event.data;
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (entry) {
      clearTimeout(entry.timer);
      if (reply.ok) entry.resolve(reply.answer);
      else entry.reject(new Error(reply.message));
    }
    releaseIfIdle();
  };
  created.onerror = () => failAll();
  created.onmessageerror = () => failAll();
  worker = created;
  return created;
}

function ask(store: CoordinatorStore, version: number, options: ExportOptions, what: ExportAsk): Promise<ExportAnswer> {
  releaseWhenIdle = false;
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const entry: Waiting = { store, request: { id, dbName: store.db.name, version, options, ask: what }, resolve, reject };
    const target = getWorker();
    if (!target) {
      answerHere(entry);
      return;
    }
    entry.timer = setTimeout(failAll, REQUEST_TIMEOUT_MS);
    waiting.set(id, entry);
    target.postMessage(entry.request);
  });
}

/** The Exports screen has closed: the prepared files are let go once nothing is waiting for them (a zip being made still arrives). */
export function releaseExports(): void {
  releaseWhenIdle = true;
  releaseIfIdle();
}

/**
 * The export set's files and sizes. Asking prepares the whole set in the worker, so the downloads that follow with the
 * same `version` (the screen's count of database changes seen) and options only zip or hand over text.
 */
export async function exportSummary(store: CoordinatorStore, version: number, options: ExportOptions): Promise<ExportFileSummary[]> {
  const answer = await ask(store, version, options, { type: 'summary' });
  if (answer.type !== 'summary') throw new Error('the export worker answered the wrong request');
  return answer.summary;
}

export async function exportZip(store: CoordinatorStore, version: number, options: ExportOptions): Promise<Uint8Array> {
  const answer = await ask(store, version, options, { type: 'zip' });
  if (answer.type !== 'zip') throw new Error('the export worker answered the wrong request');
  return answer.zip;
}

export async function exportCsv(store: CoordinatorStore, version: number, options: ExportOptions, file: string): Promise<string> {
  const answer = await ask(store, version, options, { type: 'csv', file });
  if (answer.type !== 'csv') throw new Error('the export worker answered the wrong request');
  return answer.text;
}
