// Web Worker: deflates the files of one export as their parts arrive, on a core of its own, then answers with the zip.
import { zipAsAdded, type ZipFileWriter } from './zip';

/** A file is opened, written in parts and closed before the next is opened; `end` asks for the zip. */
export type ZipWorkerMessage = { type: 'open'; name: string } | { type: 'write'; text: string } | { type: 'close' } | { type: 'end'; day?: string };

export type ZipWorkerReply = { ok: true; zip: Uint8Array } | { ok: false; message: string };

const zipper = zipAsAdded();
let file: ZipFileWriter | null = null;

self.onmessage = (event: MessageEvent<ZipWorkerMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'open':
      file = zipper.open(message.name);
      return;
    case 'write':
      file?.write(message.text);
      return;
    case 'close':
      file?.close();
      file = null;
      return;
    case 'end':
      zipper.finish(message.day).then(
        (zip) => {
          const reply: ZipWorkerReply = { ok: true, zip };
          self.postMessage(reply, { transfer: [zip.buffer] });
        },
        (error: unknown) => {
          const reply: ZipWorkerReply = { ok: false, message: error instanceof Error ? error.message : String(error) };
          self.postMessage(reply);
        },
      );
  }
};
