// Backup and restore: the whole database as one file, and merging one back (through the ordinary import).
import { useState } from 'react';
import { downloadBackup } from '../../io/backupFile';
import { useCoordinator, LAST_BACKUP_KEY } from './context';
import { importFiles, type FileReport } from './importFiles';
import { ImportReport } from './ImportReport';
import { useCoordinatorT } from './messages';

export function BackupScreen() {
  const t = useCoordinatorT();
  const { store, reportProblem } = useCoordinator();
  const [reports, setReports] = useState<FileReport[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');

  async function download() {
    try {
      const now = new Date().toISOString();
      const name = downloadBackup(await store.backup(now));
      await store.setSetting(LAST_BACKUP_KEY, now);
      setSaved(t('backupSaved', { file: name }));
    } catch {
      reportProblem('unavailable');
    }
  }

  async function restore(files: File[]) {
    if (files.length === 0) return;
    setBusy(true);
    setReports(await importFiles(store, files, () => new Date(), (reason) => t('writeFailed', { reason })));
    setBusy(false);
  }

  return (
    <section className="coordinator-screen" aria-labelledby="backup-title">
      <h1 id="backup-title">{t('backupTitle')}</h1>
      <p>{t('backupLead')}</p>
      <p><button type="button" className="primary" onClick={() => void download()}>{t('downloadBackup')}</button></p>
      {/* Said, by name: a browser may save a download without a word, and nothing else on the screen changed. */}
      <p role="status">{saved}</p>
      <h2>{t('restoreTitle')}</h2>
      <p>{t('restoreLead')}</p>
      <label className="button">
        {t('chooseBackup')}
        <input type="file" accept=".json,application/json" className="visually-hidden" data-testid="restore-file" disabled={busy}
          onChange={(event) => { const files = Array.from(event.target.files ?? []); event.target.value = ''; void restore(files); }} />
      </label>
      {reports && <ImportReport reports={reports} />}
    </section>
  );
}
