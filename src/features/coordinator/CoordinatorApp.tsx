// The coordinator area: opens the database, asks for persistent storage, and shows the screen the route names.
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/router';
import { openCoordinatorStore, type CoordinatorStore, type DatabaseProblem } from '../../db/coordinatorStore';
import { analysisTranslator } from './analysisMessages';
import { BackupScreen } from './BackupScreen';
import { ChartScreen } from './ChartScreen';
import { MatchesScreen } from './MatchesScreen';
import { CoordinatorContext } from './context';
import { ImportScreen } from './ImportScreen';
import { CoordinatorI18n, coordinatorTranslator } from './messages';
import { ResponseDetail } from './ResponseDetail';
import { ResponsesScreen } from './ResponsesScreen';
import { StorageStatus } from './StorageStatus';

const SCREENS = ['import', 'responses', 'chart', 'matches', 'backup'] as const;

export function CoordinatorApp({ route }: { route: string[] }) {
  const { language } = useI18n();
  const t = useMemo(() => coordinatorTranslator(language), [language]);
  const ta = useMemo(() => analysisTranslator(language), [language]);
  const [store, setStore] = useState<CoordinatorStore | null>(null);
  const [problem, setProblem] = useState<DatabaseProblem | null>(null);

  useEffect(() => {
    let live = true;
    void openCoordinatorStore({ onOutdated: () => setProblem('outdated'), onBlocked: () => setProblem('blocked') }).then((opened) => {
      if (!live) return;
      if (opened.ok) setStore(opened.store);
      else setProblem(opened.problem);
    });
    return () => { live = false; };
  }, []);

  const context = useMemo(() => (store ? { store, reportProblem: setProblem } : null), [store]);
  const screen = route[0] ?? 'responses';

  return (
    <CoordinatorI18n.Provider value={t}>
      <div className="coordinator">
        <nav className="coordinator-nav no-print" aria-label={t('navLabel')}>
          <ul>
            {SCREENS.map((name) => (
              <li key={name}>
                <a href={hrefFor('coordinator', name)} aria-current={screen === name ? 'page' : undefined}>
                  {name === 'chart' ? ta('navChart') : name === 'matches' ? ta('navMatches') : t(name === 'import' ? 'navImport' : name === 'responses' ? 'navResponses' : 'navBackup')}
                </a>
              </li>
            ))}
            <li className="nav-end"><a href="#/">{t('backToQuestionnaire')}</a></li>
          </ul>
        </nav>
        {context ? (
          <CoordinatorContext.Provider value={context}>
            <StorageStatus problem={problem} />
            {screen === 'import' && <ImportScreen />}
            {screen === 'responses' && (route[1] ? <ResponseDetail responseId={route[1]} /> : <ResponsesScreen />)}
            {screen === 'chart' && <ChartScreen />}
            {screen === 'matches' && <MatchesScreen />}
            {screen === 'backup' && <BackupScreen />}
          </CoordinatorContext.Provider>
        ) : problem ? (
          <StorageStatus problem={problem} />
        ) : (
          <p role="status">{t('opening')}</p>
        )}
      </div>
    </CoordinatorI18n.Provider>
  );
}
