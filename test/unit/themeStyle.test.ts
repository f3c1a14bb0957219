// SurveyJS's theme as the document's one stylesheet (src/survey/themeStyle.ts): everything SurveyJS's CSS reads is there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BaseTheme, Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { resetOf, shareThemeStyle, themeStyleText } from '../../src/survey/themeStyle';

const surveyCss = readFileSync(createRequire(import.meta.url).resolve('survey-core/survey-core.fontless.css'), 'utf8');

/** `name: value;` declarations of the text, by name. */
function declarations(css: string): Map<string, string> {
  return new Map([...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

describe('the shared theme stylesheet', () => {
  const declared = declarations(themeStyleText() ?? '');

  it('declares every theme variable SurveyJS would have drawn, with its value', () => {
    const theme = Object.entries(BaseTheme.cssVariables ?? {});
    expect(theme.length).toBeGreaterThan(1000);
    for (const [name, value] of theme) expect(declared.get(name), name).toBe(value);
  });

  it('declares every reset variable SurveyJS\'s stylesheet reads', () => {
    const read = new Set([...surveyCss.matchAll(/var\((--[\w-]+-reset)\b/g)].map((m) => m[1]));
    expect(read.size).toBeGreaterThan(0);
    for (const name of read) expect(declared.has(name ?? ''), name).toBe(true);
  });

  it.each([
    ['--sjs2-border-effect-surface-default-reset', '0 0 0 0 var(--sjs2-color-utility-shadow-surface-default)'],
    ['--sjs2-border-effect-surface-focused-reset', '0 0 0 0 var(--sjs2-color-utility-shadow-surface-focused)'],
    ['--sjs2-border-effect-component-formbox-default-reset', 'inset 0 0 0 0 var(--sjs2-color-component-formbox-default-border)'],
    ['--sjs2-border-effect-component-formbox-focused-reset', 'inset 0 0 0 0 var(--sjs2-color-component-formbox-focused-border)'],
  ])('%s is its shadow drawn at no size: inset kept, same colour', (name, value) => {
    expect(declared.get(name)).toBe(value);
  });

  it.each([
    ['one shadow', 'var(--x) var(--y) var(--b) var(--s) var(--c)', '0 0 0 0 var(--c)'],
    ['inset', 'inset 1px 2px 3px 4px #19B394', 'inset 0 0 0 0 #19B394'],
    ['a colour with brackets and spaces', '0px 1px 2px 0px rgba(from #111014 r g b / calc(1% * 10))', '0 0 0 0 rgba(from #111014 r g b / calc(1% * 10))'],
    ['two shadows', 'inset 0 1px 0 0 red, 0 0 2px 1px var(--c, rgb(0 0 0))', 'inset 0 0 0 0 red, 0 0 0 0 var(--c, rgb(0 0 0))'],
    ['one variable for the whole shadow', 'var(--sjs2-border-effect-a11y)', null],
    ['three lengths', '0 1px 2px #000', null],
    ['nothing', '', null],
  ])('a reset of %s', (_, shadow, reset) => {
    expect(resetOf(shadow)).toBe(reset);
  });

  it('is not made when a shadow is of a shape it cannot reset, and SurveyJS then keeps its own stylesheets', () => {
    const variables = { ...BaseTheme.cssVariables, '--sjs2-border-effect-surface-default': 'var(--sjs2-border-effect-a11y)' };
    expect(themeStyleText(variables)).toBeNull();
  });

  it('turns off the survey\'s own stylesheets (with no document, as here, it writes nothing)', () => {
    const survey = new Model();
    expect(survey.generateStylesheet).toBe(true);
    shareThemeStyle(survey);
    expect(survey.generateStylesheet).toBe(false);
  });
});
