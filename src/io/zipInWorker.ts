// The export's zip made in a worker of its own while the export builds its next file, or right here where there is
// no worker or it fails (the same bytes either way).
import { zipAsAdded, type Zipper } from './zip';
import type { ZipWorkerMessage, ZipWorkerReply } from './zipWorker';

/**
 * A Zipper that hands each file to a new zip worker as soon as it is added. Deflating 23 MB of CSV takes about a
 * second in Chromium; done this way it runs on the second core while the export builds the next file, instead of
 * after the last one. Create it before a long wait (the database read): a worker started from a worker only loads
 * once its creator's thread is free, and the export's loop over the files never lets it go.
 */
export function zipInWorker(): Zipper {
  if (typeof Worker === 'undefined') return zipAsAdded();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./zipWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return zipAsAdded();
  }
  // Kept (they are the export's own strings, not copies) so that a failed worker can be replaced by a zip made here.
  const files: { name: string; text: string }[] = [];
  const answer = new Promise<ZipWorkerReply | null>((resolve) => {
    worker.onmessage = (event: MessageEvent<ZipWorkerReply>) => resolve(event.data);
    worker.onerror = () => resolve(null);
    worker.onmessageerror = () => resolve(null);
  });
  const post = (message: ZipWorkerMessage) => worker.postMessage(message);
  return {
    add(name, text) {
      files.push({ name, text });
      post({ type: 'file', name, text });
    },
    async finish() {
      post({ type: 'end' });
      const reply = await answer;
      worker.terminate();
      if (reply?.ok) return reply.zip;
      if (reply) throw new Error(reply.message);
      const here = zipAsAdded();
      for (const { name, text } of files) here.add(name, text);
      return here.finish();
    },
    cancel() {
      worker.terminate();
      files.length = 0;
    },
  };
}
