// SurveyJS's theme variables as one stylesheet in the document's head, written once, instead of SurveyJS's own.
//
// By default each survey renders two <style> elements of its own: its theme's 1,600 CSS variables (170 KB of text, parsed
// again with every survey drawn) and, once mounted, box-shadow "reset" variables it measures with getComputedStyle
// and draws by rendering itself a second time. On a first visit both fell in the task that shows the first question.
// The app applies no theme of its own (no applyTheme): one that did, with shadows of another shape, would need
// SurveyJS's measuring again.
import { BaseTheme, createBaseThemeStyle } from 'survey-core';

const STYLE_ID = 'surveyjs-theme';
/** The shadows SurveyJS 3 measures for its reset variables (createResetVariablesStyle in survey-core). */
const RESET_SHADOWS = [
  '--sjs2-border-effect-surface-default',
  '--sjs2-border-effect-surface-focused',
  '--sjs2-border-effect-component-formbox-default',
  '--sjs2-border-effect-component-formbox-focused',
] as const;

/** `text` cut at `separator` where it is outside brackets: `a(b c) d` → `a(b c)`, `d`. */
function splitOutsideBrackets(text: string, separator: ' ' | ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '(') depth += 1;
    if (character === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (separator === ',' ? character === ',' : /\s/.test(character))) {
      if (current.trim() !== '') parts.push(current.trim());
      current = '';
    } else {
      current += character;
    }
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

/**
 * A shadow list with every shadow's lengths at 0 (`inset` and colour kept), as SurveyJS makes its resets: nothing
 * drawn, so a transition from or to the shadow animates only its size. Null for a value of another shape (one
 * variable standing for the whole shadow, say), which only measuring in the page could resolve.
 */
export function resetOf(shadows: string): string | null {
  const reset = splitOutsideBrackets(shadows, ',').map((shadow) => {
    const parts = splitOutsideBrackets(shadow, ' ');
    const inset = parts[0] === 'inset';
    const rest = inset ? parts.slice(1) : parts;
    // x, y, blur, spread and a colour, as the theme writes each of them.
    if (rest.length !== 5) return null;
    return `${inset ? 'inset ' : ''}0 0 0 0 ${rest[4] ?? ''}`;
  });
  return reset.length === 0 || reset.some((shadow) => shadow === null) ? null : reset.join(', ');
}

/**
 * The theme's variables and the reset variables, on `.sd-theme-root` (SurveyJS's own selector, no specificity); null
 * when a reset cannot be made from the theme's values, and SurveyJS then keeps its own stylesheets.
 */
export function themeStyleText(variables: Readonly<Record<string, string>> = BaseTheme.cssVariables ?? {}): string | null {
  const resets: string[] = [];
  for (const name of RESET_SHADOWS) {
    const reset = resetOf(variables[name] ?? '');
    if (reset === null) return null;
    resets.push(`  ${name}-reset: ${reset};`);
  }
  return `${createBaseThemeStyle()}\n:where(.sd-theme-root) {\n${resets.join('\n')}\n}\n`;
}

let shareable: boolean | undefined;

/**
 * Turns SurveyJS's per-survey stylesheets off for `survey`, the document having the shared one (written at the first
 * survey; later calls only check). Idempotent, so it may run while React renders.
 */
export function shareThemeStyle(survey: { generateStylesheet: boolean }): void {
  if (shareable === undefined) {
    const text = themeStyleText();
    shareable = text !== null;
    if (text !== null && typeof document !== 'undefined' && !document.getElementById(STYLE_ID)) {
      const style = document.createElement('style');
      style.id = STYLE_ID;
      style.textContent = text;
      document.head.append(style);
    }
  }
  if (shareable) survey.generateStylesheet = false;
}
