// Entry point of the single-page app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'survey-core/survey-core.fontless.css';
import './styles.css';
import { App } from './app/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
