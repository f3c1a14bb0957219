// Question titles from the questionnaire definition, for screens that show answers outside SurveyJS.
import questionnaire from '../../surveys/questionnaire.json';
import type { UiLanguage } from '../domain/codes';
import { isRecord } from '../domain/result';

type Titles = Map<string, Record<string, unknown>>;

let titles: Titles | undefined;

/** Keys are `name` for top-level questions and `list.name` for fields inside an entry list. */
function collect(elements: unknown, prefix: string, into: Titles): void {
  if (!Array.isArray(elements)) return;
  for (const element of elements) {
    if (!isRecord(element) || typeof element['name'] !== 'string') continue;
    if (isRecord(element['title'])) into.set(`${prefix}${element['name']}`, element['title']);
    collect(element['templateElements'], `${element['name']}.`, into);
    collect(element['elements'], prefix, into);
  }
}

function allTitles(): Titles {
  if (titles) return titles;
  const found: Titles = new Map();
  const pages: unknown = questionnaire.pages;
  if (Array.isArray(pages)) for (const page of pages) if (isRecord(page)) collect(page['elements'], '', found);
  titles = found;
  return found;
}

/** The question's title in `language`, falling back to English, then to its name. */
export function questionTitle(key: string, language: UiLanguage): string {
  const title = allTitles().get(key);
  const text = title?.[language === 'en' ? 'default' : language] ?? title?.['default'];
  return typeof text === 'string' ? text : key;
}
