// Downloads the coordinator's backup file.
import { BACKUP_FILE_SUFFIX, type Backup } from '../domain/backupFile';
import { downloadText } from './download';

export function backupFileName(exportedAt: string): string {
  return `needs-offers-${exportedAt.slice(0, 19).replace(/[:T]/g, '-')}${BACKUP_FILE_SUFFIX}`;
}

export function downloadBackup(backup: Backup): void {
  downloadText(backupFileName(backup.exportedAt), `${JSON.stringify(backup)}\n`, 'application/json');
}
