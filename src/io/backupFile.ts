// Downloads the coordinator's backup file.
import { BACKUP_FILE_SUFFIX, type Backup } from '../domain/backupFile';
import { downloadText } from './download';

export function backupFileName(exportedAt: string): string {
  return `needs-offers-${exportedAt.slice(0, 19).replace(/[:T]/g, '-')}${BACKUP_FILE_SUFFIX}`;
}

/** Hands the backup to the browser as a download; returns the file's name. */
export function downloadBackup(backup: Backup): string {
  const name = backupFileName(backup.exportedAt);
  downloadText(name, `${JSON.stringify(backup)}\n`, 'application/json');
  return name;
}
