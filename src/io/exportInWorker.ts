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
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();
const here = new PreparedExports();

function answerHere({ store, request, resolve, reject }: Waiting): void {
  answerExport(store, here, request.version, request.options, request.ask).then(resolve, reject);
}

/** A worker that could not load or died: every waiting request is answered here instead; the next starts a new worker. */
function failAll(): void {
  worker?.terminate();
  worker = null;
  const pending = [...waiting.values()];
  waiting.clear();
  pending.forEach(answerHere);
}

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  const created = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<ExportReply>) => {
    const reply = event.data;
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!entry) return;
    if (reply.ok) entry.resolve(reply.answer);
    else entry.reject(new Error(reply.message));
  };
  created.onerror = () => failAll();
  created.onmessageerror = () => failAll();
  worker = created;
  return created;
}

function ask(store: CoordinatorStore, version: number, options: ExportOptions, what: ExportAsk): Promise<ExportAnswer> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const entry: Waiting = { store, request: { id, dbName: store.db.name, version, options, ask: what }, resolve, reject };
    const target = getWorker();
    if (!target) {
      answerHere(entry);
      return;
    }
    waiting.set(id, entry);
    target.postMessage(entry.request);
  });
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
