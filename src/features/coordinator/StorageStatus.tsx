// Storage problems, whether the browser keeps the data, and a lasting reminder to back up when it may not.
import { useContext, useEffect, useState } from 'react';
import { useI18n } from '../../app/i18n';
import type { DatabaseProblem } from '../../db/coordinatorStore';
import { useSetting } from '../../db/hooks';
import { requestPersistentStorage, type Persistence } from '../../io/persistence';
import { CoordinatorContext, LAST_BACKUP_KEY, type CoordinatorContextValue } from './context';
import { useCoordinatorT, type CoordinatorKey } from './messages';

const PROBLEM_TEXT: Record<DatabaseProblem, CoordinatorKey> = {
  full: 'problemFull',
  unavailable: 'problemUnavailable',
  outdated: 'problemOutdated',
  blocked: 'problemBlocked',
};

export function StorageStatus({ problem }: { problem: DatabaseProblem | null }) {
  const t = useCoordinatorT();
  const context = useContext(CoordinatorContext);
  return (
    <div className="storage-status no-print">
      {problem && (
        <div className="notice notice-error" role="alert">
          {t(PROBLEM_TEXT[problem])}
          {(problem === 'outdated' || problem === 'blocked') && (
            <> <button type="button" onClick={() => window.location.reload()}>{t('reload')}</button></>
          )}
        </div>
      )}
      {context && <Persistence context={context} />}
    </div>
  );
}

function Persistence({ context }: { context: CoordinatorContextValue }) {
  const t = useCoordinatorT();
  const { locale } = useI18n();
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const lastBackup = useSetting(context.store, LAST_BACKUP_KEY);

  useEffect(() => {
    let live = true;
    void requestPersistentStorage().then((result) => { if (live) setPersistence(result); });
    return () => { live = false; };
  }, []);

  if (persistence === null || lastBackup === undefined) return null;
  const backupText = lastBackup
    ? t('lastBackup', { when: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(lastBackup)) })
    : t('neverBackedUp');
  if (persistence === 'persistent') {
    return <p className="persistence persistence-ok" data-persistence={persistence}>{t('persistentYes')} {backupText}</p>;
  }
  return (
    <p className="notice persistence" role="status" data-persistence={persistence}>
      {t(persistence === 'best-effort' ? 'persistentNo' : 'persistentUnknown')} {backupText}
    </p>
  );
}
