// Tells the respondent plainly when answers cannot be kept on this device.
import { useI18n } from '../../app/i18n';
import type { StorageProblem } from '../../db/respondentStore';

export function StorageNotice({ problem }: { problem: StorageProblem }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-warning no-print" role="alert">
      {t(problem === 'full' ? 'storageFull' : 'storageUnavailable')}
    </div>
  );
}
