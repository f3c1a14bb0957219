// Pilot rounds are calendar quarters written `YYYY-Qn`.

const ROUND = /^\d{4}-Q[1-4]$/;
/** Stands for the year in a quarter's text (quarterTexts). */
export const YEAR_SLOT = '{year}';
// Any four-digit year: only its place in the text is kept.
const SAMPLE_YEAR = 2000;

export function isRound(value: string): boolean {
  return ROUND.test(value);
}

/** The quarter containing `date`, in UTC so every device agrees on the round at the same instant. */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/**
 * A round as its months, the way `locale` writes a span of months ("October – December 2026", "octobre – décembre
 * 2026"): what a respondent reads in the introduction, where "2026-Q4" meant little. Anything else as it is.
 */
export function roundText(round: string, locale: string): string {
  if (!isRound(round)) return round;
  const year = Number(round.slice(0, 4));
  const first = (Number(round.slice(6)) - 1) * 3;
  const months = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return months.formatRange(new Date(Date.UTC(year, first, 1)), new Date(Date.UTC(year, first + 2, 1)));
}

/**
 * The four quarters as roundText writes them in `locale`, with YEAR_SLOT for the year ("October – December {year}").
 * Made when the app is built, so the questionnaire's first page needs no Intl: its first date format costs about 15 ms
 * of a cold start (the locale's data), several times that on a slow phone.
 */
export function quarterTexts(locale: string): string[] {
  return [1, 2, 3, 4].map((quarter) => roundText(`${SAMPLE_YEAR}-Q${quarter}`, locale).replace(String(SAMPLE_YEAR), YEAR_SLOT));
}

/** roundText from quarterTexts' result; a round those texts cannot write is returned as it is. */
export function roundTextFrom(round: string, quarters: readonly string[]): string {
  if (!isRound(round)) return round;
  const text = quarters[Number(round.slice(6)) - 1];
  return text?.includes(YEAR_SLOT) ? text.replace(YEAR_SLOT, round.slice(0, 4)) : round;
}
