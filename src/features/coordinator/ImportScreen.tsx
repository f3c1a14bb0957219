// Import: drop or pick many files (or a folder); each is validated, then imported whole or rejected with reasons.
import { useEffect, useState, type DragEvent } from 'react';
import { useResponseCount } from '../../db/responseCount';
import { validateRegisterEntry } from '../../domain/register';
import { demoRegister, demoSources } from '../../io/demoData';
import { byName, droppedFiles } from '../../io/droppedFiles';
import { prepareImports } from '../../io/importInWorker';
import type { ImportSource } from '../../io/readImportFiles';
import { useCoordinator } from './context';
import { importFiles, type FileReport } from './importFiles';
import { ImportReport } from './ImportReport';
import { useCoordinatorT } from './messages';

export function ImportScreen() {
  const t = useCoordinatorT();
  const { store, reportProblem } = useCoordinator();
  const count = useResponseCount(store);
  const [busy, setBusy] = useState<number | null>(null);
  const [reports, setReports] = useState<FileReport[] | null>(null);
  const [dragging, setDragging] = useState(false);
  const [demoError, setDemoError] = useState<string | null>(null);
  useEffect(() => prepareImports(store), [store]);
  // The worker's report can arrive a moment before the live count hears of its writes (they reach this tab by
  // broadcast): a report that added responses already says the database is not empty, so the demo offer never flashes.
  const addedSome = reports?.some((report) => report.status === 'imported' && report.outcome.added > 0) ?? false;

  async function run(sources: readonly ImportSource[]) {
    if (sources.length === 0) return;
    setBusy(sources.length);
    setReports(null);
    const result = await importFiles(store, sources, () => new Date(), (reason) => t('writeFailed', { reason }));
    const storage = result.flatMap((report) => (report.status === 'rejected' && report.storage ? [report.storage] : []))[0];
    if (storage === 'full') reportProblem(storage);
    setReports(result);
    setBusy(null);
  }

  async function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    await run(byName(await droppedFiles(event.dataTransfer)));
  }

  async function loadDemo() {
    setDemoError(null);
    try {
      await run(await demoSources(document.baseURI));
      const entries = (await demoRegister(document.baseURI)).flatMap((raw, index) => {
        const result = validateRegisterEntry(raw, `register.json entries[${index}]`);
        if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
        return [result.value];
      });
      await store.importResponses([], new Date().toISOString(), [], [], entries);
    } catch (error) {
      setDemoError(t('demoFailed', { reason: error instanceof Error ? error.message : String(error) }));
      setBusy(null);
    }
  }

  return (
    <section className="coordinator-screen" aria-labelledby="import-title">
      <h1 id="import-title">{t('importTitle')}</h1>
      <p>{t('importLead')}</p>
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => void onDrop(event)}
      >
        <p>{t('dropHere')}</p>
        <label className="button">
          {t('chooseFiles')}
          <input
            type="file"
            multiple
            accept=".json,.csv,application/json,text/csv"
            className="visually-hidden"
            data-testid="import-files"
            disabled={busy !== null}
            onChange={(event) => { const files = byName(Array.from(event.target.files ?? [])); event.target.value = ''; void run(files); }}
          />
        </label>
      </div>
      {count === 0 && busy === null && !addedSome && (
        <div className="notice">
          <p>{t('loadDemoHint')}</p>
          <button type="button" className="primary" onClick={() => void loadDemo()}>{t('loadDemo')}</button>
        </div>
      )}
      {demoError && <p className="notice notice-error" role="alert">{demoError}</p>}
      {busy !== null && <p role="status">{t('importing', { count: busy })}</p>}
      {reports && <ImportReport reports={reports} />}
    </section>
  );
}
