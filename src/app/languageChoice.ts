// Remembers the respondent's chosen language on this device (falls back to the browser's languages).
import { isUiLanguage, preferredLanguage, type UiLanguage } from '../domain/languages';

const KEY = 'needs-offers.language';

export function initialLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored !== null && isUiLanguage(stored)) return stored;
  } catch {
    // Storage refused (private mode): the browser's preference still applies.
  }
  return preferredLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export function rememberLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Not remembered; nothing else depends on it.
  }
}
