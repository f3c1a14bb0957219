// The four interface and questionnaire languages, kept apart from the code lists so the respondent's first screens
// can know them without loading every code list in every language.

export const UI_LANGUAGES = ['en', 'fr', 'es', 'pt'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Narrows `value` to one of `list`'s literal members. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return list.some((item) => item === value);
}

export function isUiLanguage(value: string): value is UiLanguage {
  return isOneOf(UI_LANGUAGES, value);
}

/** The first of the browser's preferred languages (BCP 47 tags, best first) that is one of the four, or English. */
export function preferredLanguage(languages: readonly string[]): UiLanguage {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isUiLanguage(base)) return base;
  }
  return UI_LANGUAGES[0];
}

/**
 * Between the items of a list of labels: "; " as some labels hold commas ("Acompañamiento, como observador, de una
 * misión…"), and in French with the narrow no-break space French typography puts before a semicolon.
 */
export function listSeparator(language: UiLanguage): string {
  return language === 'fr' ? '\u202f; ' : '; ';
}

/**
 * The locale that formats names, dates and numbers for a language. Portuguese is the European variety, as the
 * questionnaire is written: plain "pt" gives Brazilian country names (Irã, Quênia, Polônia for Irão, Quénia, Polónia).
 */
export function formatLocale(language: UiLanguage): string {
  return language === 'pt' ? 'pt-PT' : language;
}
