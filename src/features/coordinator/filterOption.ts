// What a filter's option says: a code's label, a round by its months ("October – December 2026"), else the value.
import { labelOf, type CodeListName, type UiLanguage } from '../../domain/codes';
import { formatLocale } from '../../domain/languages';
import { roundText } from '../../domain/round';

export function filterOptionText(key: string, value: string, list: CodeListName | undefined, language: UiLanguage): string {
  if (list) return labelOf(list, value, language);
  return key === 'round' ? roundText(value, formatLocale(language)) : value;
}
