// Web Worker: deflates the files of one export as they arrive, on a core of its own, then answers with the zip.
import { zipAsAdded } from './zip';

export type ZipWorkerMessage = { type: 'file'; name: string; text: string } | { type: 'end' };

export type ZipWorkerReply = { ok: true; zip: Uint8Array } | { ok: false; message: string };

const zipper = zipAsAdded();

self.onmessage = (event: MessageEvent<ZipWorkerMessage>) => {
  const message = event.data;
  if (message.type === 'file') {
    zipper.add(message.name, message.text);
    return;
  }
  zipper.finish().then(
    (zip) => {
      const reply: ZipWorkerReply = { ok: true, zip };
      self.postMessage(reply, { transfer: [zip.buffer] });
    },
    (error: unknown) => {
      const reply: ZipWorkerReply = { ok: false, message: error instanceof Error ? error.message : String(error) };
      self.postMessage(reply);
    },
  );
};
