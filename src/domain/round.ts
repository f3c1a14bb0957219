// Pilot rounds are calendar quarters written `YYYY-Qn`.

const ROUND = /^\d{4}-Q[1-4]$/;

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
