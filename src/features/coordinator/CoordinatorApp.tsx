// The coordinator area: opens the database, asks for persistent storage, and shows the screen the route names.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { hrefFor } from '../../app/router';
import { openCoordinatorStore, type CoordinatorStore, type DatabaseProblem } from '../../db/coordinatorStore';
import { analysisTranslator } from './analysisMessages';
import { BackupScreen } from './BackupScreen';
import { ChartScreen } from './ChartScreen';
import { MatchesScreen } from './MatchesScreen';
import { CirculatedScreen } from './CirculatedScreen';
import { EvaluationScreen } from './EvaluationScreen';
import { ExportsScreen } from './ExportsScreen';
import { MouDraft } from './MouDraft';
import { pilotTranslator } from './pilotMessages';
import { RegisterScreen } from './RegisterScreen';
import { TwinningScreen } from './TwinningScreen';
import { CoordinatorContext } from './context';
import { ImportScreen } from './ImportScreen';
import { CoordinatorI18n, coordinatorTranslator } from './messages';
import { ResponseDetail } from './ResponseDetail';
import { ResponsesScreen } from './ResponsesScreen';
import { StorageStatus } from './StorageStatus';
import { useHeadingFocusWhenLost } from './focusReturn';
import { markSettled } from '../../app/settled';

const SCREENS = ['import', 'responses', 'chart', 'matches', 'register', 'twinning', 'circulated', 'evaluation', 'exports', 'backup'] as const;
type Screen = (typeof SCREENS)[number];

export function CoordinatorApp({ route }: { route: string[] }) {
  const { language, t: appWords } = useI18n();
  const t = useMemo(() => coordinatorTranslator(language), [language]);
  const ta = useMemo(() => analysisTranslator(language), [language]);
  const [store, setStore] = useState<CoordinatorStore | null>(null);
  const [problem, setProblem] = useState<DatabaseProblem | null>(null);

  // The coordinator's screens are already built by now; the service worker may install.
  useEffect(markSettled, []);

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
  const tp = useMemo(() => pilotTranslator(language), [language]);
  const screen = route[0] ?? 'responses';
  const content = useRef<HTMLDivElement>(null);
  // Set as a link of the navigation is followed, and read once by the move it causes.
  const fromNavigation = useRef(false);
  const takeFromNavigation = useCallback(() => {
    const followed = fromNavigation.current;
    fromNavigation.current = false;
    return followed;
  }, []);
  useHeadingFocusWhenLost(content, route.join('/'), takeFromNavigation);
  const navLabel = (name: Screen): string => {
    switch (name) {
      case 'import': return t('navImport');
      case 'responses': return t('navResponses');
      case 'chart': return ta('navChart');
      case 'matches': return ta('navMatches');
      case 'register': return tp('navRegister');
      case 'twinning': return tp('navTwinning');
      case 'circulated': return tp('navCirculated');
      case 'evaluation': return tp('navEvaluation');
      case 'exports': return tp('navExports');
      case 'backup': return t('navBackup');
    }
  };
  // Each screen its own window title ("Matches — Needs & Offers"): what a screen reader says on arrival, and what
  // tells the coordinator's tabs apart.
  const known = SCREENS.find((name) => name === screen);
  const title = known ? navLabel(known) : null;
  const appName = appWords('appName');
  useEffect(() => {
    document.title = title ? `${title} — ${appName}` : appName;
    return () => { document.title = appName; };
  }, [title, appName]);

  return (
    <CoordinatorI18n.Provider value={t}>
      <div className="coordinator">
        <nav className="coordinator-nav no-print" aria-label={t('navLabel')}>
          <ul>
            {SCREENS.map((name) => (
              <li key={name}>
                <a href={hrefFor('coordinator', name)} aria-current={screen === name ? 'page' : undefined} onClick={() => { fromNavigation.current = screen !== name; }}>
                  {navLabel(name)}
                </a>
              </li>
            ))}
            <li className="nav-end"><a href="#/">{t('backToQuestionnaire')}</a></li>
          </ul>
        </nav>
        {/* Where the skip link takes the focus: past the header and this navigation, as on the respondent's side. */}
        <div id="content" tabIndex={-1} ref={content}>
          {context ? (
            <CoordinatorContext.Provider value={context}>
              <StorageStatus problem={problem} />
              {screen === 'import' && <ImportScreen />}
              {screen === 'responses' && (route[1] ? <ResponseDetail responseId={route[1]} /> : <ResponsesScreen />)}
              {screen === 'chart' && <ChartScreen />}
              {screen === 'matches' && <MatchesScreen />}
              {screen === 'register' && (route[2] === 'mou' && route[1] ? <MouDraft entryId={route[1]} /> : <RegisterScreen focus={route[1]} />)}
              {screen === 'twinning' && <TwinningScreen />}
              {screen === 'circulated' && <CirculatedScreen />}
              {screen === 'evaluation' && <EvaluationScreen />}
              {screen === 'exports' && <ExportsScreen />}
              {screen === 'backup' && <BackupScreen />}
            </CoordinatorContext.Provider>
          ) : problem ? (
            <StorageStatus problem={problem} />
          ) : (
            <p role="status">{t('opening')}</p>
          )}
        </div>
      </div>
    </CoordinatorI18n.Provider>
  );
}
