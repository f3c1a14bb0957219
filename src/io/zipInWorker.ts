// Hands the zip of the CSV set to the zip worker; zips right here where there is no worker or it cannot start.
import { zipFilesFast } from './zip';
import type { ZipReply, ZipRequest } from './zipWorker';

type Files = readonly { name: string; text: string }[];

interface Waiting {
  files: Files;
  resolve: (zip: Uint8Array) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

/** Zips on the main thread: a slow export is better than none. */
function zipHere({ files, resolve, reject }: Waiting): void {
  zipFilesFast(files).then(resolve, reject);
}

/** A worker that could not load or died: every waiting zip is made here instead; the next one starts a new worker. */
function failAll(): void {
  worker?.terminate();
  worker = null;
  const pending = [...waiting.values()];
  waiting.clear();
  pending.forEach(zipHere);
}

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  const created = new Worker(new URL('./zipWorker.ts', import.meta.url), { type: 'module' });
  created.onmessage = (event: MessageEvent<ZipReply>) => {
    const reply = event.data;
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!entry) return;
    if (reply.ok) entry.resolve(reply.zip);
    else entry.reject(new Error(reply.message));
  };
  created.onerror = () => failAll();
  created.onmessageerror = () => failAll();
  worker = created;
  return created;
}

/** zipFilesFast, in the zip worker where there is one. */
export function zipInBackground(files: Files): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const entry: Waiting = { files, resolve, reject };
    const target = getWorker();
    if (!target) {
      zipHere(entry);
      return;
    }
    const id = nextId++;
    waiting.set(id, entry);
    const request: ZipRequest = { id, files: [...files] };
    target.postMessage(request);
  });
}
