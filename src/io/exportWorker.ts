// Web Worker: builds the CSV export set from its own connection to the coordinator's database, and zips it, so that
// neither the analysis of 10,000 responses nor the deflate ever blocks the page.
import type { ExportOptions } from '../domain/exportSet';
import { answerExport, PreparedExports, type ExportAnswer, type ExportAsk } from './exportPipeline';
import { storeFor } from './workerStores';

export interface ExportRequest {
  id: number;
  dbName: string;
  version: number;
  options: ExportOptions;
  ask: ExportAsk;
}

export type ExportReply = { id: number; ok: true; answer: ExportAnswer } | { id: number; ok: false; message: string };

const cache = new PreparedExports();

async function answer({ dbName, version, options, ask }: ExportRequest): Promise<ExportAnswer> {
  const opened = await storeFor(dbName);
  if (!opened.ok) throw new Error(`the database could not be opened (${opened.problem})`);
  return answerExport(opened.store, cache, version, options, ask);
}

self.onmessage = (event: MessageEvent<ExportRequest>) => {
  const { id } = event.data;
  answer(event.data).then(
    (result) => {
      const reply: ExportReply = { id, ok: true, answer: result };
      // The zip's buffer is handed over, not copied.
      self.postMessage(reply, result.type === 'zip' ? { transfer: [result.zip.buffer] } : {});
    },
    (error: unknown) => {
      const reply: ExportReply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
      self.postMessage(reply);
    },
  );
};
