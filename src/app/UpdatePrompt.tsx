// Registers the service worker (offline use) and offers a new version when one is deployed, without forcing a reload.
import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from './i18n';
import { whenSettled } from './settled';

/**
 * Registered once the first screen has settled, and the browser is idle: installing the worker downloads the whole app
 * for offline use, which on a slow phone would otherwise compete with showing the first question. If no screen says so
 * (a failed download), it registers after FALLBACK_MS anyway.
 */
const FALLBACK_MS = 10_000;

export function UpdatePrompt() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let idle: number | undefined;
    const register = () => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => setReady(true), { timeout: 2000 });
      else setReady(true);
    };
    const cancel = whenSettled(register);
    const fallback = setTimeout(() => setReady(true), FALLBACK_MS);
    return () => {
      cancel();
      clearTimeout(fallback);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
  return ready ? <ServiceWorker /> : null;
}

function ServiceWorker() {
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
