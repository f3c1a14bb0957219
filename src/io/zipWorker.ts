// Web Worker: zips the CSV set off the main thread, so a large export never freezes the page (deflate is most of its time).
import { zipFilesFast } from './zip';

export interface ZipRequest {
  id: number;
  files: { name: string; text: string }[];
}

export type ZipReply = { id: number; ok: true; zip: Uint8Array } | { id: number; ok: false; message: string };

self.onmessage = async (event: MessageEvent<ZipRequest>) => {
  const { id, files } = event.data;
  let reply: ZipReply;
  try {
    reply = { id, ok: true, zip: await zipFilesFast(files) };
  } catch (error) {
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  // The zip's buffer is handed over, not copied.
  self.postMessage(reply, reply.ok ? { transfer: [reply.zip.buffer] } : {});
};
