// The app's words in French, Spanish and Portuguese, one module each, imported by literal specifiers so the bundler
// makes one small chunk of each; shared by the app and the script that fetches ahead (English is in the app itself).
import type { UiLanguage } from '../domain/languages';
import type { Messages } from './messages.en';

export const MESSAGE_MODULES: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ messages: Messages }>> = {
  fr: () => import('./messages.fr'),
  es: () => import('./messages.es'),
  pt: () => import('./messages.pt'),
};
