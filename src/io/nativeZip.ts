// The CSV set as one zip whose deflate is the platform's own (CompressionStream, native zlib): about three times
// faster than fflate at its fastest level, and a smaller zip. zip.ts (fflate) remains where the platform has none.

type Files = readonly { name: string; text: string }[];

export function hasNativeDeflate(): boolean {
  if (typeof CompressionStream === 'undefined') return false;
  try {
    // The one format used (deflatingFile): its member holds the raw deflate data and the CRC-32 a zip records.
    new CompressionStream('gzip');
    return true;
  } catch {
    return false;
  }
}

/**
 * The raw deflate data, CRC-32 and length inside one gzip member (RFC 1952: a header, optional fields, the data, then
 * the CRC-32 and the length), so that gzip gives the checksum a JavaScript loop would spend most of its time on.
 */
export function gzipMember(gzip: Uint8Array): { data: Uint8Array; crc: number; size: number } | null {
  if (gzip.length < 18 || gzip[0] !== 0x1f || gzip[1] !== 0x8b || gzip[2] !== 8) return null;
  const flags = gzip[3] ?? 0;
  // Reserved bits set: not a gzip member this reader knows.
  if (flags & 0xe0) return null;
  const view = new DataView(gzip.buffer, gzip.byteOffset, gzip.byteLength);
  let at = 10;
  // FEXTRA, FNAME, FCOMMENT, FHCRC: none written by the platforms seen, skipped all the same.
  if (flags & 4) at += 2 + view.getUint16(at, true);
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    while (at < gzip.length && gzip[at] !== 0) at += 1;
    at += 1;
  }
  if (flags & 2) at += 2;
  // Deflate data is at least two bytes (an empty final block).
  if (at > gzip.length - 10) return null;
  return { data: gzip.subarray(at, gzip.length - 8), crc: view.getUint32(gzip.length - 8, true), size: view.getUint32(gzip.length - 4, true) };
}

/** A file deflated as its text is given, part by part: the deflate runs whenever the thread is free, not all at the end. */
export interface DeflatingFile {
  write(text: string): void;
  close(): Promise<DeflatedFile>;
}

/**
 * Starts deflating a file whose UTF-8 text comes in parts. zlib's output does not depend on how its input is cut, so
 * the same text gives the same bytes however it is given.
 */
export function deflatingFile(name: string): DeflatingFile {
  const encoder = new TextEncoder();
  const gzip = new CompressionStream('gzip');
  const writer = gzip.writable.getWriter();
  const output = new Response(gzip.readable).arrayBuffer();
  // Reported by close(); nobody may ask.
  output.catch(() => undefined);
  let size = 0;
  return {
    write(text) {
      if (text === '') return;
      const bytes = encoder.encode(text);
      size += bytes.length;
      // Not awaited: the parts queue up and the deflate takes them as it goes; a failure surfaces in close().
      writer.write(bytes).catch(() => undefined);
    },
    async close() {
      await writer.close();
      const member = gzipMember(new Uint8Array(await output));
      if (!member || member.size !== size % 2 ** 32) throw new Error(`zipFiles: the platform's gzip of "${name}" could not be read`);
      return { name: encoder.encode(name), size, data: member.data, crc: member.crc };
    },
  };
}

// Every entry is dated the day given (the export's date) at 00:00, as zip.ts dates fflate's: the same files on the
// same day give the same bytes. Without a day, 1980-01-01, the first a DOS date can say.
const DOS_TIME = 0;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` day as a zip entry's DOS date holds it; 1980-01-01 for anything outside 1980–2099 (fflate's range). */
export function zipDay(day: string | undefined): { year: number; month: number; date: number } {
  const match = DAY.exec(day ?? '');
  const [year, month, date] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const valid = year >= 1980 && year <= 2099 && month >= 1 && month <= 12 && date >= 1 && date <= 31;
  return valid ? { year, month, date } : { year: 1980, month: 1, date: 1 };
}

function dosDate(day: string | undefined): number {
  const { year, month, date } = zipDay(day);
  return ((year - 1980) << 9) | (month << 5) | date;
}
// Bit 11: names are UTF-8.
const FLAGS = 0x0800;
const MAX_32 = 0xffffffff;

/** One file of a zip, deflated, and what its headers record. */
export interface DeflatedFile {
  name: Uint8Array;
  crc: number;
  size: number;
  data: Uint8Array;
}

/** A file's UTF-8 bytes deflated by the platform, ready for assembleZip. */
export function deflateFile(name: string, text: string): Promise<DeflatedFile> {
  const file = deflatingFile(name);
  file.write(text);
  return file.close();
}

/** The files as one zip, in the order given; deterministic for one platform. Names must differ; no file or zip over 4 GB. */
export async function zipFilesNative(files: Files, day?: string): Promise<Uint8Array> {
  const seen = new Set<string>();
  for (const { name } of files) {
    if (seen.has(name)) throw new Error(`zipFiles: "${name}" is given twice`);
    seen.add(name);
  }
  // All files at once: where the platform compresses off the calling thread (Node's zlib pool) they overlap.
  return assembleZip(await Promise.all(files.map(({ name, text }) => deflateFile(name, text))), day);
}

/** The zip of files already deflated, in the order given (their names already checked to differ), dated `day`. */
export function assembleZip(files: readonly DeflatedFile[], day?: string): Uint8Array {
  const date = dosDate(day);
  const entries: (DeflatedFile & { offset: number })[] = [];
  let offset = 0;
  for (const file of files) {
    entries.push({ ...file, offset });
    offset += 30 + file.name.length + file.data.length;
  }
  const directorySize = entries.reduce((sum, entry) => sum + 46 + entry.name.length, 0);
  // 0xFFFFFFFF itself means "see the Zip64 record", which this writer does not make.
  if (offset + directorySize >= MAX_32 || entries.some((entry) => entry.size >= MAX_32 || entry.data.length >= MAX_32)) throw new Error('zipFiles: more than 4 GB');

  const out = new Uint8Array(offset + directorySize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (value: number) => { view.setUint16(at, value, true); at += 2; };
  const u32 = (value: number) => { view.setUint32(at, value, true); at += 4; };
  const bytes = (value: Uint8Array) => { out.set(value, at); at += value.length; };
  const common = (entry: (typeof entries)[number]) => {
    u16(20); u16(FLAGS); u16(8); u16(DOS_TIME); u16(date);
    u32(entry.crc); u32(entry.data.length); u32(entry.size); u16(entry.name.length); u16(0);
  };
  for (const entry of entries) {
    u32(0x04034b50); common(entry); bytes(entry.name); bytes(entry.data);
  }
  for (const entry of entries) {
    u32(0x02014b50); u16(20); common(entry);
    u16(0); u16(0); u16(0); u32(0); u32(entry.offset); bytes(entry.name);
  }
  u32(0x06054b50); u16(0); u16(0); u16(entries.length); u16(entries.length); u32(directorySize); u32(offset); u16(0);
  return out;
}
