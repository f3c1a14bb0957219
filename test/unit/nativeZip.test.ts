// zipFilesNative (src/io/nativeZip.ts): a zip any reader opens (fflate's unzip here), with every file's exact bytes.
import fc from 'fast-check';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, hasNativeDeflate, zipFilesNative } from '../../src/io/nativeZip';
import { zipFilesFast } from '../../src/io/zip';

describe('crc32', () => {
  it.each<[string, number]>([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('of %j is the IEEE check value', (text, expected) => {
    expect(crc32(strToU8(text))).toBe(expected);
  });
});

describe('zipFilesNative', () => {
  it('runs here (Node has CompressionStream deflate-raw), as in every browser the app supports', () => {
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
