// An XSS corpus for answers: each payload, if the browser ever ran it, would set window.__xss to the payload's name.
// Short enough for a title (120 characters); all of them together fit a long text (2,000).
import { LIMITS } from '../../src/domain/fieldRules';

export const SENTINEL = '__xss';

export const XSS = {
  imgOnerror: `<img src=x onerror="window.__xss='img-onerror'">`,
  script: `<script>window.__xss='script'</script>`,
  svgOnload: `<svg onload="window.__xss='svg-onload'"></svg>`,
  svgScript: `<svg><script>window.__xss='svg-script'</script></svg>`,
  iframeSrcdoc: `"><iframe srcdoc="<script>parent.__xss='iframe-srcdoc'</script>">`,
  javascriptUrl: `javascript:window.__xss='javascript-url'`,
  anchorJavascript: `<a href="javascript:window.__xss='a-href'">x</a>`,
  surveyPlaceholders: '{org_name} {panel.title} {coordinatingOrganisation} {locale}',
  // The slots of the app's own messages (introduction e-mail, MoU, circulated chart): they must stay literal.
  messageSlots: '{needOrg} {offerContact} {needTitle} {partners} {org} {email}',
  templates: `\${window.__xss='template-literal'} {{constructor.constructor("window.__xss='angular'")()}}`,
  styleImport: `<style>@import 'http://attacker.example/x.css'</style>`,
  formula: '=HYPERLINK("http://attacker.example","x")',
  detailsOntoggle: `<details open ontoggle="window.__xss='details-ontoggle'">`,
  mathImg: `<math><mtext><img src=x onerror="window.__xss='math'"></mtext></math>`,
  dataUrl: `data:text/html,<script>window.__xss='data-url'</script>`,
  objectData: `<object data="javascript:window.__xss='object'"></object>`,
  attributeBreakout: `" autofocus onfocus="window.__xss='onfocus'" x="`,
  noscriptMxss: `<noscript><p title="</noscript><img src=x onerror=window.__xss='mxss'>">`,
  metaRefresh: `<meta http-equiv="refresh" content="0;url=javascript:window.__xss='meta'">`,
  baseHref: '<base href="http://attacker.example/">',
  linkStylesheet: '<link rel=stylesheet href="http://attacker.example/x.css">',
} as const;

export type PayloadName = keyof typeof XSS;
export const PAYLOADS: readonly string[] = Object.values(XSS);

/** Every payload, one a line: for long-text answers. */
export const ALL_PAYLOADS = PAYLOADS.join('\n');

/** Payloads in turn, so each short answer gets a different one and every payload lands in some short answer. */
export function payloadCycle(start = 0): () => string {
  let next = start;
  return () => PAYLOADS[next++ % PAYLOADS.length] ?? '';
}

// The corpus must import: a payload longer than a title, or a corpus longer than a long text, would only test rejection.
for (const payload of PAYLOADS) {
  if (payload.length > LIMITS.title) throw new Error(`XSS payload longer than a title (${payload.length}): ${payload}`);
}
if (ALL_PAYLOADS.length > LIMITS.longText) throw new Error(`XSS corpus longer than a long text (${ALL_PAYLOADS.length})`);

/**
 * The sentinel's value (the name of the payload that ran), or null: `'__xss' in window`, naming the culprit. It is then
 * cleared, so the next view is judged on its own.
 */
export function takeSentinel(name: string): string | null {
  if (!(name in window)) return null;
  const value = String(Reflect.get(window, name));
  Reflect.deleteProperty(window, name);
  return value;
}

/** What the page would show if a payload had turned into markup: one description per offending element or attribute. */
export function payloadTraces(): string[] {
  const traces: string[] = [];
  const tag = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>`;
  // Anywhere in the document: no inline event handler, no srcdoc, no script-capable URL in a URL attribute.
  const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'content']);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) traces.push(`${tag(element)} has ${name}="${attribute.value}"`);
      if (name === 'srcdoc') traces.push(`${tag(element)} has srcdoc`);
      if (urlAttributes.has(name) && /^\s*(javascript|vbscript|data:text\/html)|url=\s*javascript:/i.test(attribute.value)) {
        traces.push(`${tag(element)} has ${name}="${attribute.value}"`);
      }
    }
  }
  // Inside the app's content: none of the elements a payload brings (the app itself renders no image, svg or style there).
  const main = document.querySelector('main');
  if (!main) return ['no <main>'];
  const forbidden = 'script, iframe, frame, object, embed, style, link, meta, base, img, svg, math, noscript, details[ontoggle], form[action], [autofocus]';
  for (const element of Array.from(main.querySelectorAll(forbidden))) traces.push(`${tag(element)} inside main: ${element.outerHTML.slice(0, 120)}`);
  return traces;
}

/** Links inside main whose target is not http(s), mailto: or an in-app `#/` route. */
export function unsafeLinks(): string[] {
  const main = document.querySelector('main');
  if (!main) return ['no <main>'];
  return Array.from(main.querySelectorAll('a[href], area[href]'))
    .map((link) => link.getAttribute('href') ?? '')
    .filter((href) => !/^(#\/|mailto:|https?:\/\/)/i.test(href));
}
