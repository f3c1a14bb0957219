// Reading a questionnaire JSON under surveys/ in tests: its pages, questions, and the question behind every schema field.
import { expect } from 'vitest';
import { isEntryList, type FieldSpec, type PageSpec } from '../../src/domain/questionnaireSchema';
import { isRecord } from '../../src/domain/result';

export function recordsOf(value: unknown): Record<string, unknown>[] {
  expect(Array.isArray(value)).toBe(true);
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export interface DefinitionJson {
  root: Record<string, unknown>;
  pages: Record<string, unknown>[];
  pageNamed: (name: string) => Record<string, unknown> | undefined;
  /** The page's questions, html blocks left out. */
  questionsOf: (page: string) => Record<string, unknown>[];
  questionOf: (page: string, name: string) => Record<string, unknown> | undefined;
  /** Every (path, schema field, JSON question) triple the schema defines, entry-list fields included. */
  fieldPairs: (schema: readonly PageSpec[]) => [string, FieldSpec, Record<string, unknown> | undefined][];
}

export function definitionJson(json: unknown): DefinitionJson {
  const root = isRecord(json) ? json : {};
  const pages = recordsOf(root['pages']);
  const pageNamed = (name: string) => pages.find((page) => page['name'] === name);
  const questionsOf = (page: string) => recordsOf(pageNamed(page)?.['elements']).filter((element) => element['type'] !== 'html');
  const questionOf = (page: string, name: string) => questionsOf(page).find((element) => element['name'] === name);
  const fieldPairs = (schema: readonly PageSpec[]) => schema.flatMap((page) =>
    page.elements.flatMap((element): [string, FieldSpec, Record<string, unknown> | undefined][] => {
      if (!isEntryList(element)) return [[`${page.name}.${element.name}`, element, questionOf(page.name, element.name)]];
      const template = recordsOf(questionOf(page.name, element.name)?.['templateElements']);
      return element.fields.map((field) => [`${element.name}[].${field.name}`, field, template.find((q) => q['name'] === field.name)]);
    }));
  return { root, pages, pageNamed, questionsOf, questionOf, fieldPairs };
}
