// Entry point of the single-page app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'survey-core/survey-core.fontless.css';
import './styles.css';
import { App } from './app/App';
import { loadMessages } from './app/i18n';
import { initialLanguage } from './app/languageChoice';
import { openingKind } from './app/route';
import { startRespondentDownloads } from './features/respondent/RespondentApp';

const kind = openingKind();
const language = initialLanguage();
if (kind) startRespondentDownloads(kind, language);
// Rendered once the app's words in the language shown are here (English is built in; the others' were asked for by
// firstDownloads.ts with the questionnaire); should they not come, in English words. Not a top-level await: with one,
// the bundler cut the entry into some twenty chunks.
void loadMessages(language).catch(() => undefined).then(() => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
