// Exports for the evaluation: every CSV file of formats.md, one by one or as one zip, with the one-hot option.
// The files are built in the export worker as soon as the screen opens, so the page never waits on 10,000 responses
// and "Download all" usually only has to zip.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { useExportChanges } from '../../db/hooks';
import { CSV_COLUMNS } from '../../domain/csvColumns';
import type { ExportOptions } from '../../domain/exportSet';
import { downloadBytes, downloadText } from '../../io/download';
import type { ExportFileSummary } from '../../io/exportPipeline';
import { exportCsv, exportSummary, exportZip, releaseExports } from '../../io/exportInWorker';
import { codebookLabels } from './codebookLabels';
import { useCoordinator } from './context';
import { usePilotT } from './pilotMessages';

const FILES = Object.keys(CSV_COLUMNS);

/**
 * Database changes seen by this page, the version the export worker keeps its files for. Counted for the page, not the
 * screen: the worker outlives a visit to the screen, and a set made before leaving it must not be handed over after
 * coming back (each visit counts as a change, so each visit prepares afresh).
 */
let changesSeen = 0;

function useChangeCount(changes: number): number {
  const [seen, setSeen] = useState(() => ({ changes, count: ++changesSeen }));
  if (seen.changes !== changes) {
    const next = { changes, count: ++changesSeen };
    setSeen(next);
    return next.count;
  }
  return seen.count;
}

/** After a change, a moment's wait: a burst of writes (an import in another tab, saves in a row) asks for one set, not one per write. */
const SETTLE_MS = 300;

type Prepared = { key: string; summary: ExportFileSummary[] } | { key: string; failed: string };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ExportsScreen() {
  const tp = usePilotT();
  const { locale } = useI18n();
  const { store } = useCoordinator();
  const changes = useExportChanges(store);
  const version = useChangeCount(changes);
  const [oneHot, setOneHot] = useState(false);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // While the zip is being made, a second click would only make it twice.
  // aria-disabled rather than disabled: a disabled button drops the keyboard focus.
  const [zipping, setZipping] = useState(false);
  const today = new Date().toISOString().slice(0, 10);
  const options = useMemo((): ExportOptions => ({ oneHot, today, labels: codebookLabels() }), [oneHot, today]);
  const key = `${version}|${oneHot}|${today}`;

  // The key last asked for: a new one waits SETTLE_MS; the first, or the same again (React's development double
  // effect, which also releases the worker in between), is asked for at once, so the worker is kept.
  const asked = useRef<string | null>(null);

  useEffect(() => {
    let current = true;
    const prepare = () => exportSummary(store, version, options).then(
      (summary) => { if (current) setPrepared({ key, summary }); },
      (error: unknown) => { if (current) setPrepared({ key, failed: reasonOf(error) }); },
    );
    const settle = asked.current !== null && asked.current !== key;
    asked.current = key;
    const timer = settle ? setTimeout(prepare, SETTLE_MS) : undefined;
    if (!settle) void prepare();
    return () => { current = false; clearTimeout(timer); };
  }, [store, version, options, key]);

  useEffect(() => releaseExports, []);

  const count = new Intl.NumberFormat(locale);
  const shown = prepared?.key === key ? prepared : null;
  const problem = failed ?? (shown && 'failed' in shown ? shown.failed : null);
  const sizes = new Map(shown && 'summary' in shown ? shown.summary.map((item) => [item.file, item]) : []);
  return (
    <section className="coordinator-screen" aria-labelledby="exports-title">
      <h1 id="exports-title">{tp('exportsTitle')}</h1>
      <p>{tp('exportsLead')}</p>
      <label className="inline-check"><input type="checkbox" checked={oneHot} onChange={(event) => setOneHot(event.target.checked)} /> {tp('oneHot')}</label>
      <p>
        <button
          type="button" className="primary" aria-disabled={zipping} aria-busy={zipping}
          onClick={() => {
            if (zipping) return;
            setZipping(true);
            setFailed(null);
            exportZip(store, version, options)
              .then((zip) => downloadBytes(`needs-offers-${today}.zip`, zip, 'application/zip'), (error: unknown) => setFailed(reasonOf(error)))
              .finally(() => setZipping(false));
          }}
        >{tp('downloadAll')}</button>
      </p>
      <p className="small" role="status">{problem === null ? tp(sizes.size > 0 ? 'exportsReady' : 'exportsPreparing') : ''}</p>
      {problem !== null && <p className="error" role="alert">{tp('exportsFailed', { reason: problem })}</p>}
      <ul className="export-list" data-ready={sizes.size > 0 || undefined}>
        {FILES.map((file) => {
          const size = sizes.get(file);
          return (
            <li key={file}>
              <button
                type="button"
                onClick={() => {
                  setFailed(null);
                  exportCsv(store, version, options, file).then((text) => downloadText(file, text, 'text/csv;charset=utf-8'), (error: unknown) => setFailed(reasonOf(error)));
                }}
              >{tp('downloadCsv', { file })}</button>{' '}
              <span className="small">{size ? tp('rowsColumns', { rows: count.format(size.rows), columns: count.format(size.columns) }) : '…'}</span>
            </li>
          );
        })}
      </ul>
      <p className="small">{tp('importCsvHint')}</p>
    </section>
  );
}
