// Months and days answered in the questionnaire (YYYY-MM, YYYY-MM-DD) as the reader's language writes them.
import { isDate, isMonth } from './fieldRules';

// A month or a day is a calendar one, whatever the coordinator's time zone: formatted as UTC.
const MONTHS = new Map<string, Intl.DateTimeFormat>();
const DAYS = new Map<string, Intl.DateTimeFormat>();

function formatter(cache: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = cache.get(locale);
  if (!format) cache.set(locale, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format;
}

/** "2027-03" → "March 2027" (mars 2027…); anything else as it is. */
export function monthText(value: string, locale: string): string {
  return isMonth(value) ? formatter(MONTHS, locale, { year: 'numeric', month: 'long' }).format(new Date(`${value}-01T00:00:00Z`)) : value;
}

/** "2027-03-15" → "15 March 2027" (15 mars 2027…); anything else as it is. */
export function dayText(value: string, locale: string): string {
  return isDate(value) ? formatter(DAYS, locale, { dateStyle: 'long' }).format(new Date(`${value}T00:00:00Z`)) : value;
}
