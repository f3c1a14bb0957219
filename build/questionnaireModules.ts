// Vite plugin: `virtual:questionnaire/<kind>/<language>` is one questionnaire, expanded in one language at build time,
// so a respondent downloads a quarter of the strings and the browser does no code-list expansion before the first question.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { isUiLanguage } from '../src/domain/languages';
import { definitionIn } from '../src/survey/definition';

const PREFIX = 'virtual:questionnaire/';
const RESOLVED = `\0${PREFIX}`;
const SOURCES: Record<string, URL> = {
  main: new URL('../surveys/questionnaire.json', import.meta.url),
  'follow-up': new URL('../surveys/follow-up.json', import.meta.url),
};

export function questionnaireModules(): Plugin {
  return {
    name: 'needs-offers-questionnaire-modules',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `${RESOLVED}${id.slice(PREFIX.length)}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const [kind = '', language = ''] = id.slice(RESOLVED.length).split('/');
      const source = SOURCES[kind];
      if (!source || !isUiLanguage(language)) this.error(`${id}: expected ${PREFIX}<main|follow-up>/<en|fr|es|pt>`);
      const path = source.pathname;
      this.addWatchFile(path);
      const definition = definitionIn(JSON.parse(readFileSync(path, 'utf8')), language);
      // JSON.parse of a string literal is parsed faster than the same object as a JavaScript literal.
      const json = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      return [
        `export const json = ${json(definition.json)};`,
        `export const countries = ${json(definition.countries)};`,
        `export const quarters = ${json(definition.quarters)};`,
      ].join('\n');
    },
  };
}
