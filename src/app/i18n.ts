// The app's own words (outside the questionnaire) in the language shown: English built in, the others loaded when needed.
import { createContext, useContext } from 'react';
import { formatLocale, type UiLanguage } from '../domain/languages';
import { MESSAGE_MODULES } from './messageModules';
import { preloadable, type Preloadable } from './preloadable';
import { en, type MessageKey, type Messages } from './messages.en';

export type { MessageKey } from './messages.en';

/** French, Spanish and Portuguese: each fetched once, and again after a failure (preloadable). */
const SOURCES: Record<Exclude<UiLanguage, 'en'>, Preloadable<{ messages: Messages }>> = {
  fr: preloadable(MESSAGE_MODULES.fr),
  es: preloadable(MESSAGE_MODULES.es),
  pt: preloadable(MESSAGE_MODULES.pt),
};

/**
 * The words in `language` (a respondent downloads one language's, as with the questionnaire); main.tsx waits for the
 * first screen's, and a switch of language for the new one's.
 */
export function loadMessages(language: UiLanguage): Promise<Messages> {
  return language === 'en' ? Promise.resolve(en) : SOURCES[language].load().then((module) => module.messages);
}

/** The words in `language` if they have arrived; English otherwise (only when their download failed). */
function messagesIn(language: UiLanguage): Messages {
  return language === 'en' ? en : SOURCES[language].loaded()?.messages ?? en;
}

/** Fills `{name}` slots with plain values (React escapes them when rendered). */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** A function that looks a key up in one language's messages and fills its `{slots}`. */
export type TranslateWith<K extends string> = (key: K, values?: Record<string, string | number>) => string;
export type Translate = TranslateWith<MessageKey>;

/** The translator of one set of messages (the app's, or a screen's own) in one language. */
export function translatorOf<K extends string>(messages: Record<UiLanguage, Record<K, string>>, language: UiLanguage): TranslateWith<K> {
  return (key, values) => format(messages[language][key], values);
}

export function translator(language: UiLanguage): Translate {
  const messages = messagesIn(language);
  return (key, values) => format(messages[key], values);
}

/** The UI language, the locale every date, number and name on screen is formatted in (formatLocale), and its messages. */
export interface I18n {
  language: UiLanguage;
  locale: string;
  t: Translate;
}

export function i18nFor(language: UiLanguage): I18n {
  return { language, locale: formatLocale(language), t: translator(language) };
}

export const LanguageContext = createContext<I18n>(i18nFor('en'));

export function useI18n(): I18n {
  return useContext(LanguageContext);
}
