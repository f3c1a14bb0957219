// Runs axe-core (WCAG 2.1 A and AA rules, and heading order) in the page. evaluate() bypasses the app's CSP, which forbids injected scripts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe');
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    // Plus heading-order (a best practice, so outside those tags): a screen-reader user moves by headings, and a skipped
    // level reads as a missing section. SurveyJS 3 had no headings at all, and the matches went from h1 to h3.
    const order = await axe.run(document, { runOnly: { type: 'rule', values: ['heading-order'] } });
    return [...result.violations, ...order.violations].map((violation: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
}
