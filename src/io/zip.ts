// The CSV set as one zip (fflate), the same bytes for the same files; its own module so the zip worker loads no CSV parser.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { assembleZip, deflatingFile, hasNativeDeflate, zipDay, zipFilesNative, type DeflatedFile } from './nativeZip';

/**
 * Every entry's time: `day` (YYYY-MM-DD, the export's date) at 00:00, so the same files on the same day always give
 * the same bytes; without one, 1980-01-01 (zipDay). A local-time Date, which fflate writes as the DOS date it reads.
 */
function zipTime(day: string | undefined): Date {
  const { year, month, date } = zipDay(day);
  return new Date(year, month - 1, date, 0, 0, 0);
}

/** The files as one zip, in the order given, dated `day`; deterministic. Names must differ. */
export function zipFiles(files: readonly { name: string; text: string }[], day?: string): Uint8Array {
  const time = zipTime(day);
  const entries: Zippable = {};
  for (const { name, text } of files) {
    if (Object.hasOwn(entries, name)) throw new Error(`zipFiles: "${name}" is given twice`);
    entries[name] = [strToU8(text), { mtime: time }];
  }
  // Level 1, not 6: on the 10,000-response set (22.9 MB of CSV) fflate deflates in about two thirds of the time
  // (1.0 s rather than 1.5 s here) for a zip 12% larger (7.7 MB rather than 6.9 MB). CSV still compresses about
  // 3:1 at level 1, and the zip is a local download: half a second matters more than 0.8 MB.
  return zipSync(entries, { level: 1, mtime: time });
}

/** What an export uses: the platform's deflate where there is one (about three times faster), else zipFiles. */
export async function zipFilesFast(files: readonly { name: string; text: string }[], day?: string): Promise<Uint8Array> {
  return hasNativeDeflate() ? zipFilesNative(files, day) : zipFiles(files, day);
}

/** One file of a zip being made, its text given in parts, in order. */
export interface ZipFileWriter {
  write(text: string): void;
  close(): void;
}

/**
 * A zip whose files are given one at a time, as an export writes them, each in parts as it is written; finish()
 * gives what zipFilesFast would give for the whole texts. A file is closed before the next is opened.
 */
export interface Zipper {
  open(name: string): ZipFileWriter;
  /** The zip, every entry dated `day` (YYYY-MM-DD). */
  finish(day?: string): Promise<Uint8Array>;
  /** Gives up: nothing more will be added and nobody will ask for the zip. */
  cancel(): void;
}

/**
 * A Zipper from its open(), its order kept: one file open at a time, nothing written to a file once closed, none left
 * open when the zip is asked for. Each way of zipping (here, in a worker, fflate) would otherwise go wrong
 * differently, so misuse is refused here, before any of them sees it.
 */
export function inFileOrder(open: (name: string) => ZipFileWriter, rest: Pick<Zipper, 'finish' | 'cancel'>): Zipper {
  let current: string | null = null;
  function openOne(name: string): ZipFileWriter {
    if (current !== null) throw new Error(`zip: "${name}" opened while "${current}" is still open`);
    const file = open(name);
    current = name;
    let closed = false;
    return {
      write(text) {
        if (closed) throw new Error(`zip: "${name}" written to after it was closed`);
        file.write(text);
      },
      close() {
        if (closed) throw new Error(`zip: "${name}" closed twice`);
        closed = true;
        current = null;
        file.close();
      },
    };
  }
  return {
    open: openOne,
    finish(day) {
      if (current !== null) return Promise.reject(new Error(`zip: "${current}" was never closed`));
      return rest.finish(day);
    },
    cancel: rest.cancel,
  };
}

/**
 * A Zipper on the calling thread. With the platform's deflate, each file is deflated part by part as it is written
 * (the deflate moves on whenever the thread is free); without, fflate zips every file at the end.
 */
export function zipAsAdded(): Zipper {
  const native = hasNativeDeflate();
  const names = new Set<string>();
  let twice: string | null = null;
  const deflated: Promise<DeflatedFile>[] = [];
  const files: { name: string; text: string }[] = [];
  function open(name: string): ZipFileWriter {
    if (names.has(name)) twice ??= name;
    names.add(name);
    if (native) {
      const file = deflatingFile(name);
      return {
        write: (text) => file.write(text),
        close() {
          const done = file.close();
          // Its failure is reported by finish(); nobody may ask.
          done.catch(() => undefined);
          deflated.push(done);
        },
      };
    }
    const parts: string[] = [];
    return { write: (text) => { parts.push(text); }, close: () => { files.push({ name, text: parts.join('') }); } };
  }
  return inFileOrder(open, {
    async finish(day) {
      if (twice !== null) throw new Error(`zipFiles: "${twice}" is given twice`);
      return native ? assembleZip(await Promise.all(deflated), day) : zipFiles(files, day);
    },
    cancel() {
      deflated.length = 0;
      files.length = 0;
    },
  });
}
