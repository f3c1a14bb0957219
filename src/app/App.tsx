// The app shell: header with the language choice, and the respondent's screens.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { UI_LANGUAGES, type UiLanguage } from '../domain/languages';
import { RespondentApp } from '../features/respondent/RespondentApp';
import { i18nFor, LanguageContext, loadMessages } from './i18n';
import { initialLanguage, rememberLanguage } from './languageChoice';
import { respondentKind } from './route';
import { hrefFor, useRoute } from './router';
import { UpdatePrompt } from './UpdatePrompt';

// Respondents never download the coordinator's screens: they load only on the coordinator's route.
const CoordinatorApp = lazy(() => import('../features/coordinator/CoordinatorApp').then((module) => ({ default: module.CoordinatorApp })));

const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', fr: 'Français', es: 'Español', pt: 'Português' };

/** Moves the focus to the screen's content: past the header, and in the coordinator area past its navigation too. */
function skipToMain(): void {
  const target = document.getElementById('content') ?? document.getElementById('main');
  if (!target) return;
  target.focus();
  target.scrollIntoView({ block: 'start' });
}

export function App() {
  const [language, setLanguage] = useState<UiLanguage>(initialLanguage);
  const i18n = useMemo(() => i18nFor(language), [language]);
  const route = useRoute();
  const kind = respondentKind(route);
  const coordinator = kind === null;

  // The page's language for screen readers and hyphenation: the one shown from the start (index.html says "en"), not
  // only after a choice in the header.
  useEffect(() => { document.documentElement.lang = language; }, [language]);
  // The window title in the respondent's language; the coordinator area names each screen in it (CoordinatorApp).
  useEffect(() => { if (!coordinator) document.title = i18n.t('appName'); }, [coordinator, i18n]);

  // The new language's words are fetched first (main.tsx waited for the first one's), so no frame mixes two languages.
  // Should they not come (offline before the app was cached), the switch still happens, in English words: the
  // questionnaire in that language then says it could not be loaded, with a button to try again.
  function choose(next: UiLanguage) {
    rememberLanguage(next);
    const show = () => setLanguage(next);
    loadMessages(next).then(show, show);
  }

  return (
    <LanguageContext.Provider value={i18n}>
      <UpdatePrompt />
      {/* The app's screens live in the address's #: followed as a link, "#main" would be a screen of its own (the
          questionnaire), so the focus is moved here instead. */}
      <a className="skip-link" href="#main" onClick={(event) => { event.preventDefault(); skipToMain(); }}>{i18n.t('skipToContent')}</a>
      <header className="app-header no-print">
        <a className="app-name" href={coordinator ? hrefFor('coordinator') : '#/'}>{i18n.t('appName')}</a>
        <label className="language-choice">
          <span>{i18n.t('language')}</span>
          <select value={language} onChange={(event) => { const value = UI_LANGUAGES.find((l) => l === event.target.value); if (value) choose(value); }}>
            {UI_LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>{LANGUAGE_NAMES[code]}</option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        {coordinator ? (
          <Suspense fallback={<p role="status">{i18n.t('loading')}</p>}>
            <CoordinatorApp route={route.slice(1)} />
          </Suspense>
        ) : (
          <RespondentApp key={kind ?? 'main'} kind={kind ?? 'main'} />
        )}
      </main>
      {!coordinator && (
        <footer className="app-footer no-print">
          <a href={hrefFor('coordinator')}>{i18n.t('coordinatorArea')}</a>
        </footer>
      )}
    </LanguageContext.Provider>
  );
}
