// zipFilesNative (src/io/nativeZip.ts): a zip any reader opens (fflate's unzip here), with every file's exact bytes;
// the export's zippers (zip.ts, zipInWorker.ts) give the same bytes, in a worker or not.
import fc from 'fast-check';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { deflatingFile, gzipMember, hasNativeDeflate, zipFilesNative } from '../../src/io/nativeZip';
import { isRecord } from '../../src/domain/result';
import { prepareExport } from '../../src/io/exportPipeline';
import { zipAsAdded, zipFiles, zipFilesFast, type Zipper } from '../../src/io/zip';
import { zipInWorker } from '../../src/io/zipInWorker';
import { freshStore } from './coordinatorFixtures';


/** A whole file at once, as the tests give most of theirs: open, write, close. */
function addWhole(zipper: Zipper, name: string, text: string): void {
  const file = zipper.open(name);
  file.write(text);
  file.close();
}

describe('the CRC-32 a zip records, taken from the platform\'s gzip', () => {
  it.each<[string, number]>([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('of %j is the IEEE check value', async (text, expected) => {
    const file = deflatingFile('a.csv');
    file.write(text);
    const deflated = await file.close();
    expect(deflated.crc).toBe(expected);
    expect(deflated.size).toBe(strToU8(text).length);
  });

  it('is read past the optional header fields a gzip may carry (extra, name, comment, header CRC)', () => {
    const data = [0x4b, 0x04, 0x00];
    const trailer = [0x43, 0xbe, 0xb7, 0xe8, 1, 0, 0, 0];
    const plain = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, ...data, ...trailer]);
    const withFields = Uint8Array.from([0x1f, 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3, 2, 0, 9, 9, ...strToU8('a.csv'), 0, ...strToU8('hi'), 0, 7, 7, ...data, ...trailer]);
    const expected = { data: Uint8Array.from(data), crc: 0xe8b7be43, size: 1 };
    expect(gzipMember(plain)).toEqual(expected);
    expect(gzipMember(withFields)).toEqual(expected);
    expect(gzipMember(Uint8Array.from([0x1f, 0x8b, 7, 0, 0, 0, 0, 0, 0, 3, ...data, ...trailer]))).toBeNull();
    // Reserved flag bits, and a member with no deflate data at all.
    expect(gzipMember(Uint8Array.from([0x1f, 0x8b, 8, 0x20, 0, 0, 0, 0, 0, 3, ...data, ...trailer]))).toBeNull();
    expect(gzipMember(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, ...trailer]))).toBeNull();
    expect(gzipMember(withFields.subarray(0, 20))).toBeNull();
  });
});

describe('zipFilesNative', () => {
  it('runs here (Node has CompressionStream gzip), as in every browser the app supports', () => {
    expect(hasNativeDeflate()).toBe(true);
  });

  // Prefixed: an integer-like name would be listed first by Object.keys whatever the zip's order.
  const names = fc.stringMatching(/^[\p{L}\p{N}_.-]{1,20}$/u).map((name) => `f-${name}`);
  const files = fc.uniqueArray(fc.record({ name: names, text: fc.string({ unit: 'grapheme', maxLength: 400 }) }), { selector: (file) => file.name, maxLength: 6 });

  it('round-trips any files, in order, byte for byte', async () => {
    await fc.assert(fc.asyncProperty(files, async (input) => {
      const unzipped = unzipSync(await zipFilesNative(input));
      expect(Object.keys(unzipped)).toEqual(input.map((file) => file.name));
      for (const { name, text } of input) expect(unzipped[name]).toEqual(new TextEncoder().encode(text));
    }), { numRuns: 200 });
  });

  it('gives the same bytes for the same files', async () => {
    const input = [{ name: 'responses.csv', text: '\uFEFFresponse_id\r\n1\r\n'.repeat(500) }, { name: 'codebook.csv', text: 'file,column\r\n' }];
    expect(await zipFilesNative(input)).toEqual(await zipFilesNative(input));
  });

  it('compresses CSV text (a large export must stay small to send)', async () => {
    const text = 'response_id,org_name,theme\r\n'.concat('0b7c4f5e-2f7a-4d3e-9a51-000000000001,Refugee Council,housing\r\n'.repeat(5000));
    expect((await zipFilesNative([{ name: 'needs.csv', text }])).length).toBeLessThan(text.length / 10);
  });

  it('refuses two files with the same name, as zipFiles does', async () => {
    await expect(zipFilesNative([{ name: 'a.csv', text: '1' }, { name: 'a.csv', text: '2' }])).rejects.toThrow(/twice/);
    await expect(zipFilesFast([{ name: 'a.csv', text: '1' }, { name: 'a.csv', text: '2' }])).rejects.toThrow(/twice/);
  });
});

describe('zipAsAdded (the export gives its files one at a time)', () => {
  const input = [
    { name: 'responses.csv', text: '\uFEFFresponse_id\r\n1\r\n'.repeat(300) },
    { name: 'needs.csv', text: 'need_id,title\r\nn-1,Accès au logement\r\n' },
    { name: 'codebook.csv', text: '' },
  ];

  it('gives the bytes zipFilesFast gives for the same files in the same order', async () => {
    const zipper = zipAsAdded();
    for (const { name, text } of input) addWhole(zipper, name, text);
    expect(await zipper.finish()).toEqual(await zipFilesFast(input));
  });

  it('gives the same bytes when each file comes in parts, wherever they are cut', async () => {
    const texts = fc.string({ unit: 'grapheme', maxLength: 3000 });
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(texts, fc.array(fc.nat(), { maxLength: 6 })), { minLength: 1, maxLength: 3 }), async (given) => {
      const whole = given.map(([text], index) => ({ name: `f${index}.csv`, text }));
      const zipper = zipAsAdded();
      given.forEach(([text, cuts], index) => {
        const file = zipper.open(`f${index}.csv`);
        // Cut between characters (the CSV writer cuts at line ends): a character's two UTF-16 halves are never apart.
        const characters = Array.from(text);
        const at = [...new Set(cuts.map((cut) => cut % (characters.length + 1)))].sort((a, b) => a - b);
        let from = 0;
        for (const cut of [...at, characters.length]) {
          file.write(characters.slice(from, cut).join(''));
          from = cut;
        }
        file.close();
      });
      expect(await zipper.finish()).toEqual(await zipFilesFast(whole));
    }), { numRuns: 100 });
  });

  it('zips with fflate where the platform has no deflate, and the files come back whole', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    onTestFinished(() => { vi.unstubAllGlobals(); });
    expect(hasNativeDeflate()).toBe(false);
    const zipper = zipAsAdded();
    for (const { name, text } of input) addWhole(zipper, name, text);
    const zip = await zipper.finish();
    expect(zip).toEqual(zipFiles(input));
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual(input.map((file) => file.name));
    for (const { name, text } of input) expect(unzipped[name]).toEqual(new TextEncoder().encode(text));
  });

  // A zip entry's DOS date (local file header bytes 12–13, and the central directory's): the export's day, not 1980.
  const entryDates = (zip: Uint8Array) => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const dates: string[] = [];
    for (let at = 0; at + 4 <= zip.length; at += 1) {
      const signature = view.getUint32(at, true);
      const field = signature === 0x04034b50 ? at + 12 : signature === 0x02014b50 ? at + 14 : -1;
      if (field < 0) continue;
      const date = view.getUint16(field, true);
      dates.push(`${(date >> 9) + 1980}-${String((date >> 5) & 15).padStart(2, '0')}-${String(date & 31).padStart(2, '0')} ${view.getUint16(field - 2, true)}`);
    }
    return dates;
  };

  it.each([
    ['2026-11-23', '2026-11-23'], ['2099-12-31', '2099-12-31'], ['2100-01-01', '1980-01-01'], [undefined, '1980-01-01'], ['1979-12-31', '1980-01-01'], ['2026-13-01', '1980-01-01'], ['', '1980-01-01'],
  ])('dates every entry %s (as %s, 00:00), with the platform\'s deflate or fflate alike', async (day, written) => {
    const each = Array.from({ length: input.length * 2 }, () => `${written} 0`);
    const zipper = zipAsAdded();
    for (const { name, text } of input) addWhole(zipper, name, text);
    const zip = await zipper.finish(day);
    expect(entryDates(zip)).toEqual(each);
    expect(zip).toEqual(await zipFilesFast(input, day));
    expect(entryDates(zipFiles(input, day))).toEqual(each);
  });

  it('refuses files out of order: two open at once, written or closed after closing, one left open', async () => {
    const zipper = zipAsAdded();
    const first = zipper.open('a.csv');
    expect(() => zipper.open('b.csv')).toThrow('zip: "b.csv" opened while "a.csv" is still open');
    first.write('1');
    await expect(zipper.finish()).rejects.toThrow('zip: "a.csv" was never closed');
    first.close();
    expect(() => first.write('2')).toThrow('zip: "a.csv" written to after it was closed');
    expect(() => first.close()).toThrow('zip: "a.csv" closed twice');
    addWhole(zipper, 'b.csv', '2');
    expect(await zipper.finish()).toEqual(await zipFilesFast([{ name: 'a.csv', text: '1' }, { name: 'b.csv', text: '2' }]));
  });

  it('refuses a name given twice when the zip is asked for', async () => {
    const zipper = zipAsAdded();
    addWhole(zipper, 'a.csv', '1');
    addWhole(zipper, 'a.csv', '2');
    await expect(zipper.finish()).rejects.toThrow('zipFiles: "a.csv" is given twice');
  });
});

describe('zipInWorker', () => {
  const input = [{ name: 'responses.csv', text: 'response_id\r\n1\r\n' }, { name: 'needs.csv', text: 'need_id\r\nn-1\r\n' }];
  type Behaviour = 'runs zipWorker.ts' | 'fails' | 'refuses' | 'never answers';

  /**
   * Stands in for the browser's Worker. 'runs zipWorker.ts' runs the real worker module on a stand-in `self`, so the
   * whole message protocol is exercised; the others are the ways a real worker can go wrong.
   */
  async function fakeWorker(behaviour: Behaviour): Promise<{ posted: unknown[]; terminated: () => boolean; errorPrevented: () => boolean }> {
    const posted: unknown[] = [];
    let terminated = false;
    let errorPrevented = false;
    const inside: { onmessage: ((event: { data: unknown }) => void) | null; postMessage: (message: unknown) => void } = { onmessage: null, postMessage: () => undefined };
    if (behaviour === 'runs zipWorker.ts') {
      vi.stubGlobal('self', inside);
      vi.resetModules();
      await import('../../src/io/zipWorker');
    }
    class FakeWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      onerror: ((event: { preventDefault: () => void }) => void) | null = null;
      onmessageerror: (() => void) | null = null;
      constructor() {
        inside.postMessage = (message) => queueMicrotask(() => this.onmessage?.({ data: message }));
      }
      postMessage(message: unknown): void {
        posted.push(message);
        const end = isRecord(message) && message['type'] === 'end';
        if (behaviour === 'runs zipWorker.ts') queueMicrotask(() => inside.onmessage?.({ data: structuredClone(message) }));
        else if (behaviour === 'fails') queueMicrotask(() => this.onerror?.({ preventDefault: () => { errorPrevented = true; } }));
        else if (behaviour === 'refuses' && end) queueMicrotask(() => this.onmessage?.({ data: { ok: false, message: 'refused here' } }));
      }
      terminate(): void {
        terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    onTestFinished(() => { vi.unstubAllGlobals(); });
    return { posted, terminated: () => terminated, errorPrevented: () => errorPrevented };
  }

  it('gets the zip from the worker, the same bytes as zipFilesFast', async () => {
    const worker = await fakeWorker('runs zipWorker.ts');
    const zipper = zipInWorker();
    for (const { name, text } of input) addWhole(zipper, name, text);
    expect(await zipper.finish()).toEqual(await zipFilesFast(input));
    expect(worker.posted).toEqual([...input.flatMap(({ name, text }) => [{ type: 'open', name }, { type: 'write', text }, { type: 'close' }]), { type: 'end' }]);
    expect(worker.terminated()).toBe(true);
  });

  it('passes each part to the worker as it is written, and gets the bytes of the whole files', async () => {
    const worker = await fakeWorker('runs zipWorker.ts');
    const zipper = zipInWorker();
    const file = zipper.open('responses.csv');
    file.write('response_id\r\n');
    expect(worker.posted).toEqual([{ type: 'open', name: 'responses.csv' }, { type: 'write', text: 'response_id\r\n' }]);
    file.write('1\r\n');
    file.close();
    addWhole(zipper, 'needs.csv', 'need_id\r\nn-1\r\n');
    expect(await zipper.finish()).toEqual(await zipFilesFast(input));
  });

  it('passes on what the worker refuses (a name given twice)', async () => {
    await fakeWorker('runs zipWorker.ts');
    const zipper = zipInWorker();
    addWhole(zipper, 'a.csv', '1');
    addWhole(zipper, 'a.csv', '2');
    await expect(zipper.finish()).rejects.toThrow('zipFiles: "a.csv" is given twice');
  });

  it('zips right here, with the same bytes, when the worker fails, and keeps its error from the export worker', async () => {
    const worker = await fakeWorker('fails');
    const zipper = zipInWorker();
    const [first, ...rest] = input;
    addWhole(zipper, first?.name ?? '', first?.text ?? '');
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const { name, text } of rest) addWhole(zipper, name, text);
    expect(await zipper.finish()).toEqual(await zipFilesFast(input));
    expect(worker.errorPrevented()).toBe(true);
    // The first file failed it: nothing more is copied to it.
    expect(worker.posted).toEqual([{ type: 'open', name: first?.name }, { type: 'write', text: first?.text }, { type: 'close' }]);
    expect(worker.terminated()).toBe(true);
  });

  it('zips right here when the worker never answers', async () => {
    const worker = await fakeWorker('never answers');
    const zipper = zipInWorker(20);
    for (const { name, text } of input) addWhole(zipper, name, text);
    expect(await zipper.finish()).toEqual(await zipFilesFast(input));
    expect(worker.terminated()).toBe(true);
  });

  it("reports the worker's refusal rather than hiding it", async () => {
    await fakeWorker('refuses');
    const zipper = zipInWorker();
    addWhole(zipper, 'a.csv', '1');
    await expect(zipper.finish()).rejects.toThrow('refused here');
  });

  it('stops its worker when the export fails before the zip is asked for', async () => {
    const worker = await fakeWorker('never answers');
    const { db, store } = freshStore();
    db.close();
    await expect(prepareExport(store, { oneHot: false, today: '2026-11-22', labels: {} })).rejects.toThrow();
    expect(worker.terminated()).toBe(true);
  });

  it('is made here where there are no workers (as in Node)', async () => {
    const zipper = zipInWorker();
    for (const { name, text } of input) addWhole(zipper, name, text);
    expect(await zipper.finish()).toEqual(await zipFilesFast(input));
  });
});
