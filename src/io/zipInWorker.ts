// The export's zip made in a worker of its own while the export builds its next file, or right here where there is
// no worker or it fails (the same bytes either way).
import { inFileOrder, zipAsAdded, type Zipper } from './zip';
import type { ZipWorkerMessage, ZipWorkerReply } from './zipWorker';

/**
 * How long the zip worker has to answer once the last file is given: far longer than 10,000 responses take (about a
 * second), but a worker killed for lack of memory may never answer, and the zip is then made here instead.
 */
export const ZIP_TIMEOUT_MS = 60_000;

/**
 * A Zipper that hands each part of each file to a new zip worker as soon as it is written. Deflating 23 MB of CSV
 * takes about a second in Chromium; done this way it runs on the second core while the export writes the rest,
 * instead of after the last file (given whole, the last large file's deflate was still 0.3 s of work once it was
 * written). Create it before a long wait (the database read): a worker started from a worker only loads
 * once its creator's thread is free, and the export's loop over the files never lets it go.
 */
export function zipInWorker(timeoutMs = ZIP_TIMEOUT_MS): Zipper {
  if (typeof Worker === 'undefined') return zipAsAdded();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./zipWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return zipAsAdded();
  }
  // Kept (they are the export's own strings, not copies) so that a failed worker can be replaced by a zip made here.
  const files: { name: string; parts: string[] }[] = [];
  let failed = false;
  let settle: (reply: ZipWorkerReply | null) => void = () => undefined;
  const answer = new Promise<ZipWorkerReply | null>((resolve) => {
    settle = (reply) => {
      if (reply === null) failed = true;
      resolve(reply);
    };
  });
  worker.onmessage = (event: MessageEvent<ZipWorkerReply>) => settle(event.data);
  worker.onerror = (event) => {
    // Handled here: left alone, an error in a worker's worker is passed on to the page's handler of the export
    // worker, which would end the whole export over a zip that can be made without it.
    event.preventDefault();
    settle(null);
  };
  worker.onmessageerror = () => settle(null);
  const post = (message: ZipWorkerMessage) => {
    // Once it has failed, nothing more is copied to it for nothing.
    if (!failed) worker.postMessage(message);
  };
  return inFileOrder((name) => {
    const parts: string[] = [];
    files.push({ name, parts });
    post({ type: 'open', name });
    return {
      write(text) {
        parts.push(text);
        post({ type: 'write', text });
      },
      close: () => post({ type: 'close' }),
    };
  }, {
    async finish(day) {
      post({ type: 'end', day });
      const timer = setTimeout(() => settle(null), timeoutMs);
      const reply = await answer;
      clearTimeout(timer);
      worker.terminate();
      if (reply?.ok) return reply.zip;
      if (reply) throw new Error(reply.message);
      const here = zipAsAdded();
      for (const { name, parts } of files) {
        const file = here.open(name);
        for (const part of parts) file.write(part);
        file.close();
      }
      return here.finish(day);
    },
    cancel() {
      worker.terminate();
      files.length = 0;
    },
  });
}
