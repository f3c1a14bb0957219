// Exports from the demo data as one zip; an exported CSV opened in LibreOffice keeps its accents and runs no formula.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/domain/csvExport';
import { openBrowser, type BrowserSession } from '../support/browser';
import { responseFile, serializeResponseFile, writeFiles } from '../support/responseFiles';
import { entryOf } from '../unit/fixtures';
import { CoordinatorPage } from './pages/coordinatorPage';

const baseUrl = inject('baseUrl');
// TextDecoder would drop the byte order mark this test must see.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const strFromU8 = (bytes: Uint8Array) => utf8.decode(bytes);
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const FORMULA = '=1+1';
const ACCENTS = 'Associação São João — Ñandú, Łódź, 東京';

const hostile = responseFile('5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f', 1, {
  org_name: ACCENTS,
  needs: [{ ...entryOf(responseFile('5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f', 1).data, 'needs', 1), title: FORMULA, description: `@SUM(1;2)\n=2+2` }],
});
const late = responseFile('6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 1, { org_name: 'Imported in another tab' });
const later = responseFile('7b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', 1, { org_name: 'Imported while Exports was closed' });
const files = writeFiles({
  'hostile.needs-offers.json': serializeResponseFile(hostile), 'late.needs-offers.json': serializeResponseFile(late), 'later.needs-offers.json': serializeResponseFile(later),
});

describe('exports', () => {
  let session: BrowserSession;
  let zip: Record<string, Uint8Array> = {};
  let raw = new Uint8Array();
  beforeAll(async () => {
    session = await openBrowser(baseUrl);
    const coordinator = new CoordinatorPage(session.page, baseUrl);
    await coordinator.loadDemo();
    await coordinator.importFiles([files.path('hostile.needs-offers.json')]);
    await coordinator.go('exports');
    const [download] = await Promise.all([session.page.waitForEvent('download'), session.page.getByRole('button', { name: 'Download all as one zip' }).click()]);
    raw = readFileSync(await download.path());
    zip = unzipSync(raw);
  });
  afterAll(async () => { await session.close(); });

  it('dates the zip\'s files the day of the export (they said 1 January 1980)', () => {
    // The first entry's DOS date, in its local header (bytes 12–13); the screen's day is the UTC date, as here.
    const dos = new DataView(raw.buffer, raw.byteOffset, raw.byteLength).getUint16(12, true);
    const day = `${(dos >> 9) + 1980}-${String((dos >> 5) & 15).padStart(2, '0')}-${String(dos & 31).padStart(2, '0')}`;
    expect(day).toBe(new Date().toISOString().slice(0, 10));
  });

  it('zips every file of formats.md with its exact header, BOM and CRLF', () => {
    expect(Object.keys(zip).sort()).toEqual([...Object.keys(CSV_COLUMNS)].sort());
    for (const [name, bytes] of Object.entries(zip)) {
      const text = strFromU8(bytes);
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      const [header] = text.slice(1).split('\r\n');
      expect(header, name).toBe(CSV_COLUMNS[name]?.join(','));
      // CRLF line ends: a bare LF only ever appears inside a quoted cell.
      expect(text.endsWith('\r\n'), name).toBe(true);
    }
    const responses = strFromU8(zip['responses.csv'] ?? new Uint8Array()).trimEnd().split('\r\n');
    // 30 demo organisations and the hostile one.
    expect(responses).toHaveLength(1 + 31);
    expect(strFromU8(zip['register.csv'] ?? new Uint8Array()).trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(1 + 6);
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });

  it('follows what was imported while the screen was closed, and what another tab imports while it is open', async () => {
    const { page, context } = session;
    const coordinator = new CoordinatorPage(page, baseUrl);
    const responsesSize = page.locator('.export-list li').filter({ hasText: 'responses.csv' }).locator('.small');
    const size = (rows: number) => `rows: ${rows}, columns: ${CSV_COLUMNS['responses.csv']?.length}`;
    await expect.poll(() => responsesSize.innerText()).toBe(size(31));
    // Left for the Import screen, one more organisation, and back: the files are made again, not the ones from before.
    await coordinator.go('import');
    await coordinator.importFiles([files.path('later.needs-offers.json')]);
    await coordinator.go('exports');
    await expect.poll(() => responsesSize.innerText(), { timeout: 15_000 }).toBe(size(32));
    const other = new CoordinatorPage(await context.newPage(), baseUrl);
    await other.open('import');
    await other.importFiles([files.path('late.needs-offers.json')]);
    await expect.poll(() => responsesSize.innerText(), { timeout: 15_000 }).toBe(size(33));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download responses.csv' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect([text.includes('Imported in another tab'), text.includes('Imported while Exports was closed')]).toEqual([true, true]);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'The files are ready.' }).count()).toBe(1);
    await other.page.close();
  });

  it('opens in LibreOffice with accents intact and no formula evaluated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'needs-offers-lo-'));
    const input = join(dir, 'needs.csv');
    writeFileSync(input, zip['needs.csv'] ?? new Uint8Array());
    // Read as UTF-8 CSV (filter token 76), written back as UTF-8 CSV showing each cell's displayed value.
    execFileSync(SOFFICE, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--infilter=CSV:44,34,76,1',
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'out'), input], { stdio: 'pipe', timeout: 120_000 });
    const output = readFileSync(join(dir, 'out', readdirSync(join(dir, 'out'))[0] ?? 'needs.csv'), 'utf8');
    expect(output).toContain(ACCENTS);
    const row = output.split(/\r?\n/).find((line) => line.includes(ACCENTS)) ?? '';
    // The title is shown as the text =1+1 (behind its protective quote), never as the number 2.
    expect(row).toContain(FORMULA);
    expect(row.split(',')).not.toContain('2');
    expect(output).toContain('@SUM(1;2)');
  });
});
