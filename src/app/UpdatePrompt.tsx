// Registers the service worker (offline use) and offers a new version when one is deployed, without forcing a reload.
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from './i18n';

export function UpdatePrompt() {
  const { t } = useI18n();
  const { needRefresh: [needRefresh, setNeedRefresh], updateServiceWorker } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="notice update-prompt no-print" role="status">
      {t('updateAvailable')}{' '}
      <button type="button" onClick={() => void updateServiceWorker(true)}>{t('updateNow')}</button>{' '}
      <button type="button" onClick={() => setNeedRefresh(false)}>{t('updateLater')}</button>
    </div>
  );
}
