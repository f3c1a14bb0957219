// Web Worker: reads, validates and stores import files off the main thread; the page gets back only a short report.
// It opens its own connection to the coordinator's database; Dexie tells the page's live queries about the writes.
import { runImport, storageFailure, type ImportResult } from './importPipeline';
import type { ImportSource } from './readImportFiles';
import { storeFor } from './workerStores';

/** A file as it crosses to the worker: a File (read here, never on the page), text already in memory, or why not. */
export interface WorkerSource {
  name: string;
  size: number;
  body: Blob | string | { unreadable: string };
}

export type WorkerInput = { kind: 'file'; source: WorkerSource } | { kind: 'csv'; sources: WorkerSource[] };

export type ImportRequest =
  | { type: 'open'; dbName: string }
  | { type: 'import'; id: number; dbName: string; importedAt: string; input: WorkerInput };

export interface ImportReply {
  id: number;
  result: ImportResult;
}

function sourceOf(source: WorkerSource): ImportSource {
  const { body } = source;
  return {
    name: source.name,
    size: source.size,
    text: async () => {
      if (typeof body === 'string') return body;
      if (body instanceof Blob) return body.text();
      throw new Error(body.unreadable);
    },
  };
}

async function handle(request: Extract<ImportRequest, { type: 'import' }>): Promise<ImportResult> {
  const opened = await storeFor(request.dbName);
  if (!opened.ok) return { status: 'failed', storage: opened.problem, reason: `the database could not be opened (${opened.problem})` };
  const { input } = request;
  return runImport(opened.store, input.kind === 'file' ? { kind: 'file', source: sourceOf(input.source) } : { kind: 'csv', sources: input.sources.map(sourceOf) }, request.importedAt);
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'open') {
    // Opened while the coordinator picks files, so the first import does not wait for it.
    void storeFor(request.dbName);
    return;
  }
  void handle(request)
    // Never leave the coordinator waiting: whatever happens, the file gets a report.
    .catch((error: unknown) => storageFailure(error))
    .then((result) => {
      const reply: ImportReply = { id: request.id, result };
      self.postMessage(reply);
    });
};
