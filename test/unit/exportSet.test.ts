// The CSV export set (src/domain/exportSet.ts) and its preparation from the database (src/io/exportPipeline.ts):
// every file of formats.md, the same bytes for the same data, prepared once per database state, never stale.
import { Dexie, RangeSet } from 'dexie';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { onExportChange, readExportSource } from '../../src/db/exportSource';
import { CSV_COLUMNS } from '../../src/domain/csvColumns';
import { exportTables, type ExportOptions, type ExportSource } from '../../src/domain/exportSet';
import { changeStatus, newFollowUp } from '../../src/domain/followUp';
import { serializeCsv } from '../../src/io/csv';
import { exportCsv, exportSummary, exportZip, releaseExports } from '../../src/io/exportInWorker';
import { answerExport, prepareExport, PreparedExports } from '../../src/io/exportPipeline';
import { responseFile } from '../support/responseFiles';
import { freshStore, fromFiles, uuid } from './coordinatorFixtures';

const A = uuid(1);
const B = uuid(2);
const OPTIONS: ExportOptions = { oneHot: false, today: '2026-11-22', labels: {} };
const AT = '2026-11-20T10:00:00.000Z';

/** validAnswers (Canada) plus a Swedish NGO whose housing offer meets A's housing need: one candidate, need-2 × offer-2. */
const b = () => responseFile(B, 1, {
  org_name: 'Svenska Bostadsrådet', org_type: 'ngo', org_type_other: undefined, country: 'SE', working_languages: ['sv', 'fr'],
  working_languages_other: undefined, has_needs: false, needs: undefined, has_funding_sources: false, funding_sources: undefined,
  offers: [{ id: 'offer-2', theme: 'housing', title: 'Study visit: housing first', modalities: ['materials', 'study_visit'], cost: 'we_cover' }],
});
const followUp = () => newFollowUp({ needId: 'need-2', offerId: 'offer-2', needResponseId: A, offerResponseId: B, manual: false }, AT);

function source(): ExportSource {
  return { latest: [responseFile(A, 2), b()], followUps: [followUp()], register: [], firstSubmittedAt: new Map([[A, AT], [B, AT]]) };
}

const texts = (src: ExportSource, options = OPTIONS) => exportTables(src, options).map((table) => ({ name: table.file, text: serializeCsv(table) }));

describe('exportTables', () => {
  it('writes every file of formats.md, in its order, each with its header', () => {
    const tables = exportTables(source(), OPTIONS);
    expect(tables.map((table) => table.file)).toEqual(Object.keys(CSV_COLUMNS));
    for (const table of tables) expect(table.columns, table.file).toEqual(CSV_COLUMNS[table.file]);
    expect(tables.find((table) => table.file === 'matches.csv')?.rows).toHaveLength(1);
    expect(tables.find((table) => table.file === 'match_history.csv')?.rows).toHaveLength(1);
  });

  it.each([false, true])('lists every column of every other file in the codebook (one-hot %s)', (oneHot) => {
    const tables = exportTables(source(), { ...OPTIONS, oneHot });
    const codebook = tables.find((table) => table.file === 'codebook.csv');
    const described = tables.filter((table) => table.file !== 'codebook.csv').flatMap((table) => table.columns.map((column) => `${table.file} ${column}`));
    expect(codebook?.rows.map(([file, column]) => `${file} ${column}`)).toEqual(described);
  });

  it('adds the one-hot columns only when asked', () => {
    const plain = exportTables(source(), OPTIONS).find((table) => table.file === 'needs.csv');
    const oneHot = exportTables(source(), { ...OPTIONS, oneHot: true }).find((table) => table.file === 'needs.csv');
    expect(oneHot?.columns.length).toBeGreaterThan(plain?.columns.length ?? 0);
    expect(oneHot?.columns).toContain('modalities/training');
  });

  it('gives the same bytes whatever order the database returns its records in', () => {
    const { latest, followUps, register, firstSubmittedAt } = source();
    const reference = texts(source());
    fc.assert(fc.property(fc.shuffledSubarray([...latest], { minLength: latest.length }), (shuffled) => {
      expect(texts({ latest: shuffled, followUps, register, firstSubmittedAt })).toEqual(reference);
    }));
  });
});

describe('prepareExport', () => {
  it('reads the database once, in one transaction, into the same files as exportTables', async () => {
    const { store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 1), responseFile(A, 2), b()), AT);
    await store.saveFollowUp(followUp());
    const read = await readExportSource(store);
    expect(read.latest.map((file) => [file.responseId, file.revision]).sort()).toEqual([[A, 2], [B, 1]]);
    expect(read.firstSubmittedAt.get(A)).toBe(responseFile(A, 1).submittedAt);
    const prepared = await prepareExport(store, OPTIONS);
    expect(prepared.files.map(({ name, parts }) => ({ name, text: parts.join('') }))).toEqual(texts(read));
    expect(prepared.summary.map(({ file, rows }) => [file, rows]).slice(0, 2)).toEqual([['responses.csv', 2], ['needs.csv', 2]]);
    await store.moveToBin(B, AT);
    expect((await readExportSource(store)).latest.map((file) => file.responseId)).toEqual([A]);
  });

  it('reads every revision once, whatever character its response id starts with (the read is cut into key ranges)', async () => {
    const { store } = freshStore();
    // One id on each side of every range bound, and the lowest and highest ids there can be.
    const ids = [...'0123456789abcdef'].flatMap((digit) => [`${digit}0000000-0000-4000-8000-000000000000`, `${digit}fffffff-ffff-4fff-bfff-ffffffffffff`]);
    await store.importResponses(fromFiles(...ids.flatMap((id) => [responseFile(id, 1), responseFile(id, 2), responseFile(id, 3)])), AT);
    await store.moveToBin(ids[5] ?? '', AT);
    const read = await readExportSource(store);
    const live = ids.filter((id) => id !== ids[5]);
    expect(read.latest.map((file) => `${file.responseId}/${file.revision}`).sort()).toEqual(live.map((id) => `${id}/3`).sort());
    expect([...read.firstSubmittedAt].sort()).toEqual(ids.map((id) => [id, responseFile(id, 1).submittedAt]).sort());
  });

  it('reads the same latest revisions as the screens do, whatever order revisions arrive in and whatever is in the bin', async () => {
    // Each step imports some revisions (any order, older after newer included), moves a response to or from the bin, or
    // empties the bin.
    const step = fc.oneof(
      fc.record({ kind: fc.constant('import' as const), files: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constantFrom('bin' as const, 'restore' as const), id: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ kind: fc.constant('empty bin' as const) }),
    );
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
      const { db, store } = freshStore();
      try {
        for (const item of steps) {
          if (item.kind === 'import') {
            const unique = new Map(item.files.map(([id, revision]) => [`${id}/${revision}`, responseFile(uuid(id), revision)]));
            await store.importResponses(fromFiles(...unique.values()), AT);
          } else if (item.kind === 'bin') await store.moveToBin(uuid(item.id), AT);
          else if (item.kind === 'restore') await store.restoreFromBin(uuid(item.id));
          else await store.emptyBin();
        }
        const keys = (files: readonly { responseId: string; revision: number }[]) => files.map((file) => `${file.responseId}/${file.revision}`).sort();
        expect(keys((await readExportSource(store)).latest)).toEqual(keys(await store.latestResponses()));
      } finally {
        db.close();
      }
    }), { numRuns: 40 });
  });

  it('prepares once per version and options, and again after a change', async () => {
    const { store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 2)), AT);
    const cache = new PreparedExports();
    const first = cache.get(store, 1, OPTIONS);
    expect(cache.get(store, 1, OPTIONS)).toBe(first);
    expect(await new PreparedExports().get(store, 1, { ...OPTIONS, oneHot: true })).not.toEqual(await first);
    await store.importResponses(fromFiles(b()), AT);
    // The same version is the same set, even though the database has changed since: the page bumps it on a change.
    const again = await answerExport(store, cache, 1, OPTIONS, { type: 'summary' });
    const after = await answerExport(store, cache, 2, OPTIONS, { type: 'summary' });
    const responses = (answer: typeof after) => (answer.type === 'summary' ? answer.summary.find((item) => item.file === 'responses.csv')?.rows : undefined);
    expect(responses(after)).toBe(2);
    expect(responses(again)).toBe(1);
  });

  it('zips exactly the prepared files, and names a file it does not have', async () => {
    const { store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 2), b()), AT);
    const cache = new PreparedExports();
    const zip = await answerExport(store, cache, 1, OPTIONS, { type: 'zip' });
    const { files } = await prepareExport(store, OPTIONS);
    if (zip.type !== 'zip') throw new Error('not a zip');
    const unzipped = unzipSync(zip.zip);
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    expect(Object.fromEntries(Object.entries(unzipped).map(([name, bytes]) => [name, decoder.decode(bytes)]))).toEqual(Object.fromEntries(files.map(({ name, parts }) => [name, parts.join('')])));
    const csv = await answerExport(store, cache, 1, OPTIONS, { type: 'csv', file: 'needs.csv' });
    expect(csv).toEqual({ type: 'csv', text: files.find((file) => file.name === 'needs.csv')?.parts.join('') });
    await expect(answerExport(store, cache, 1, OPTIONS, { type: 'csv', file: 'nothing.csv' })).rejects.toThrow('the export has no file named nothing.csv');
  });
});

describe('exportInWorker without a worker (as in a browser that has none)', () => {
  it('answers the screen on the page: sizes, one file, the zip, and a new version after a change', async () => {
    const { store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 2)), AT);
    const rows = async (version: number) => (await exportSummary(store, version, OPTIONS)).find((item) => item.file === 'responses.csv')?.rows;
    expect(await rows(101)).toBe(1);
    await store.importResponses(fromFiles(b()), AT);
    expect(await rows(101)).toBe(1);
    expect(await rows(102)).toBe(2);
    expect(await exportCsv(store, 102, OPTIONS, 'responses.csv')).toContain('Svenska Bostadsrådet');
    expect(Object.keys(unzipSync(await exportZip(store, 102, OPTIONS)))).toEqual(Object.keys(CSV_COLUMNS));
    await expect(exportCsv(store, 102, OPTIONS, 'nothing.csv')).rejects.toThrow('nothing.csv');
    // Once the screen has gone, nothing is kept: the same version is read afresh.
    releaseExports();
    await store.moveToBin(B, AT);
    expect(await rows(102)).toBe(1);
  });
});

describe('onExportChange', () => {
  it('is told of every write the export reads, a status change included, and of nothing else', async () => {
    const { store } = freshStore();
    await store.importResponses(fromFiles(responseFile(A, 2), b()), AT);
    await store.saveFollowUp(followUp());
    let seen = 0;
    const stop = onExportChange(store, () => { seen += 1; });
    const next = async (write: () => Promise<unknown>) => {
      const before = seen;
      await write();
      await expect.poll(() => seen).toBeGreaterThan(before);
    };
    try {
      const introduced = changeStatus(followUp(), 'introduced', '2026-11-21T09:00:00.000Z', 'E-mail sent');
      if (!introduced.ok) throw new Error('fixture');
      // Same key, same counts: only the status changes.
      await next(() => store.saveFollowUp(introduced.value));
      await next(() => store.moveToBin(B, AT));
      await next(() => store.importResponses(fromFiles(responseFile(A, 3)), AT));
      await next(() => store.saveRegisterEntry({
        entryId: uuid(10), years: '2027', partners: [{ organisation: 'Norway', country: 'NO', letter: 'E' }], activity: 'Orientation exchange',
        activityTypes: [], arrangement: 'one_off', outcome: '', lessons: '', contacts: '', matchNeedId: null, matchOfferId: null, createdAt: AT, updatedAt: AT,
      }));
      // A setting is not part of the export; another database's writes are not this one's.
      const before = seen;
      await store.setSetting('language', 'fr');
      await freshStore().store.importResponses(fromFiles(responseFile(A, 1)), AT);
      await store.saveFollowUp(followUp());
      await expect.poll(() => seen).toBe(before + 1);
      // What Dexie says to a page back from the back/forward cache, whose channel to other tabs was closed meanwhile.
      Dexie.on('storagemutated').fire({ all: new RangeSet(-Infinity, [[]]) });
      expect(seen).toBe(before + 2);
    } finally {
      stop();
    }
    const after = seen;
    await store.moveToBin(A, AT);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toBe(after);
  });
});
