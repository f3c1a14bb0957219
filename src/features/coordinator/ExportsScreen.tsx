// Exports for the evaluation: every CSV file of formats.md, one by one or as one zip, with the one-hot option.
import { useMemo, useState } from 'react';
import { useLatestResponses, useRegister } from '../../db/hooks';
import { isFollowUpResponse } from '../../domain/responseFile';
import { downloadCsv, downloadZip } from '../../io/downloadFiles';
import { useCoordinator } from './context';
import { useMetrics } from './EvaluationScreen';
import { exportTables } from './exportTables';
import { usePilotT } from './pilotMessages';
import { allPairs, useAnalysis } from './useAnalysis';

export function ExportsScreen() {
  const tp = usePilotT();
  const { store } = useCoordinator();
  const analysis = useAnalysis();
  const latest = useLatestResponses(store);
  const register = useRegister(store);
  const metrics = useMetrics(analysis);
  const [oneHot, setOneHot] = useState(false);
  // While the zip is being made (in a worker: the page stays usable), a second click would only make it twice.
  // aria-disabled rather than disabled: a disabled button drops the keyboard focus.
  const [zipping, setZipping] = useState(false);
  const tables = useMemo(() => (analysis && latest && register && metrics
    ? exportTables(latest.filter((file) => !isFollowUpResponse(file)), analysis, allPairs(analysis), register, metrics, oneHot) : undefined), [analysis, latest, register, metrics, oneHot]);
  if (!tables) return null;
  const date = new Date().toISOString().slice(0, 10);
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
            void downloadZip(`needs-offers-${date}.zip`, tables).finally(() => setZipping(false));
          }}
        >{tp('downloadAll')}</button>
      </p>
      <ul className="export-list">
        {tables.map((table) => (
          <li key={table.file}>
            <button type="button" onClick={() => downloadCsv(table)}>{tp('downloadCsv', { file: table.file })}</button> <span className="small">{table.rows.length} × {table.columns.length}</span>
          </li>
        ))}
      </ul>
      <p className="small">{tp('importCsvHint')}</p>
    </section>
  );
}
