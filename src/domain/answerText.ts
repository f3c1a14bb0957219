// Answers as readable text in the reader's language: codes become labels, countries names, booleans yes/no.
import { dayText, monthText } from './calendarText';
import { countryName, labelOf, type UiLanguage } from './codes';
import { formatLocale, listSeparator } from './languages';
import type { FieldSpec } from './questionnaireSchema';

const YES_NO: Record<UiLanguage, [string, string]> = { en: ['Yes', 'No'], fr: ['Oui', 'Non'], es: ['Sí', 'No'], pt: ['Sim', 'Não'] };

export function answerText(field: FieldSpec, value: unknown, language: UiLanguage): string {
  if (value === undefined || value === null || value === '') return '';
  const list = Array.isArray(value) ? value : [value];
  const one = (item: unknown): string => {
    if (typeof item === 'boolean') return YES_NO[language][item ? 0 : 1];
    // A 1-5 scale's answer with its scale: "4 / 5", not a bare 4.
    if (field.kind === 'rating') return `${String(item)} / 5`;
    if (typeof item !== 'string') return String(item);
    if (field.kind === 'country' || field.kind === 'countries') return countryName(item, language);
    if (field.codeList) return labelOf(field.codeList, item, language);
    // "March 2027", "15 mars 2027": as the reader writes dates, not as the file stores them.
    if (field.kind === 'month') return monthText(item, formatLocale(language));
    if (field.kind === 'date') return dayText(item, formatLocale(language));
    return item;
  };
  return list.map(one).join(listSeparator(language));
}
