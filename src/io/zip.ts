// The CSV set as one zip (fflate), the same bytes for the same files; its own module so the zip worker loads no CSV parser.
import { strToU8, zipSync, type Zippable } from 'fflate';

/** Fixed time for every zip entry (DOS time cannot go before 1980), so the same files always give the same bytes. */
const ZIP_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** The files as one zip, in the order given; deterministic. Names must differ. */
export function zipFiles(files: readonly { name: string; text: string }[]): Uint8Array {
  const entries: Zippable = {};
  for (const { name, text } of files) {
    if (Object.hasOwn(entries, name)) throw new Error(`zipFiles: "${name}" is given twice`);
    entries[name] = [strToU8(text), { mtime: ZIP_TIME }];
  }
  return zipSync(entries, { level: 6, mtime: ZIP_TIME });
}
