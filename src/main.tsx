// Entry point of the single-page app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'survey-core/survey-core.fontless.css';
import './styles.css';
import { App } from './app/App';
import { initialLanguage } from './app/languageChoice';
import { openingKind } from './app/route';
import { startRespondentDownloads } from './features/respondent/RespondentApp';

const kind = openingKind();
if (kind) startRespondentDownloads(kind, initialLanguage());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
