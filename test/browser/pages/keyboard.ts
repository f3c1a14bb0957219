// Page model of a keyboard-only user: presses keys, never clicks, and checks that each focus stop it reaches can be seen.
import type { Locator, Page } from 'playwright-core';

/** What one key press did to the focus, as seen in the page. */
export interface FocusStop {
  /** The focused element in words, e.g. `button "Next"` or `input[radio] "NGO" in org_type`. */
  description: string;
  /** The key that brought the focus here. */
  key: string;
  /**
   * Whether the indicator was checked: only at Tab stops (Tab or Shift+Tab onto an element in the Tab order). An arrow
   * key in a radio group moves the focus and chooses at once, so a change there may be the choice, not the focus;
   * programmatic targets such as the skip link's `main` are not Tab stops.
   */
  checked: boolean;
  /** Why the focus could not be seen there, or null when it could (or was not checked). */
  problem: string | null;
  /** Where the indicator was seen and what it is, e.g. `ancestor 1 (div.sd-formbox): box-shadow …`. */
  indicator: string | null;
}

/** Styles recorded, per element that could draw a focus indicator, just before a key press. */
interface ProbeState {
  before: Element | null;
  styles: Map<Element, Map<string, string>>;
}

/**
 * Runs in the page (Playwright sends its source, so it uses nothing from outside). Before a key press it records, for
 * every tabbable element, the outline and box-shadow of each place a focus indicator may be drawn; after the press it
 * checks the newly focused element: one of those places must show a visible outline or box-shadow that was not there
 * before, be on screen, not be cut off by the window or by a box that clips overflow, and not be covered.
 * The places are the element, its ::before/::after, the element after it and that element's ::before (SurveyJS hides
 * the real radio/checkbox input and rings the decorator that follows it:
 * `.sd-item__control:focus-visible + .sd-radio__decorator::before`), and its four nearest ancestors (SurveyJS rings
 * the box around a text input, dropdown or rating item with `:focus-within`, e.g. `.sd-formbox:focus-within`, and
 * keeps the input itself at `outline: none`). Comparing with the unfocused styles matters: SurveyJS boxes carry a
 * box-shadow (their border) at all times.
 */
async function focusProbe({ state, phase, key }: { state: ProbeState; phase: 'before' | 'after'; key: string }): Promise<FocusStop | null> {
  // Focus rings fade in (SurveyJS: `transition: box-shadow 150ms`) and questions shown or hidden by an answer slide
  // in or out: read the page once every animation that ends has ended, as a person would see it.
  const ending = document.getAnimations().filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
  // A paused animation never finishes: read the page as it is after two seconds rather than hang.
  await Promise.race([Promise.all(ending.map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, 2000))]);

  const places = (element: Element): { node: Element; pseudo: string; where: string }[] => {
    const found = [{ node: element, pseudo: '', where: 'itself' }, { node: element, pseudo: '::before', where: 'its ::before' }, { node: element, pseudo: '::after', where: 'its ::after' }];
    const next = element.nextElementSibling;
    if (next) found.push({ node: next, pseudo: '::before', where: 'the ::before of the element after it' }, { node: next, pseudo: '', where: 'the element after it' });
    let ancestor = element.parentElement;
    for (let level = 1; ancestor && ancestor !== document.body && level <= 4; level += 1, ancestor = ancestor.parentElement) found.push({ node: ancestor, pseudo: '', where: `ancestor ${level}` });
    return found.map((place) => ({ ...place, where: `${place.where} (${place.node.tagName.toLowerCase()}${Array.from(place.node.classList, (name) => `.${name}`).slice(0, 2).join('')})` }));
  };
  const alpha = (color: string): number => {
    if (color === 'transparent') return 0;
    const legacy = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)$/.exec(color);
    const modern = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
    if (legacy?.[1]) return Number(legacy[1]);
    if (modern?.[1]) return Number(modern[1]) / (modern[2] ? 100 : 1);
    return 1;
  };
  /** The visible part of the outline and box-shadow, as text to compare ('' when nothing shows), and how far it reaches outside the box. */
  const ring = (node: Element, pseudo: string): { text: string; reach: number } => {
    const style = getComputedStyle(node, pseudo || null);
    if (pseudo && (style.content === 'none' || style.content === 'normal')) return { text: '', reach: 0 };
    const parts: string[] = [];
    let reach = 0;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && alpha(style.outlineColor) > 0) {
      parts.push(`outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`);
      reach = Math.max(reach, parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset));
    }
    // Layers are split on the commas between them, not those inside a colour function.
    const layers = style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/).map((layer) => layer.trim());
    for (const layer of layers) {
      const color = /(?:rgba?|hsla?|oklab|oklch|lab|lch|color)\([^)]*\)|transparent/.exec(layer)?.[0] ?? 'currentcolor';
      const [x = 0, y = 0, blur = 0, spread = 0] = (layer.replace(color, '').match(/-?[\d.]+px/g) ?? []).map(parseFloat);
      if (alpha(color) === 0 || (x === 0 && y === 0 && blur === 0 && spread === 0)) continue;
      parts.push(`box-shadow ${layer}`);
      if (!layer.includes('inset')) reach = Math.max(reach, Math.max(Math.abs(x), Math.abs(y)) + blur + spread);
    }
    return { text: parts.join('; '), reach };
  };
  const tabbable = (element: Element): boolean => element instanceof HTMLElement && element.tabIndex >= 0;

  if (phase === 'before') {
    state.before = document.activeElement;
    state.styles.clear();
    const candidates = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex], [contenteditable]');
    for (const element of Array.from(candidates).filter(tabbable)) {
      for (const place of places(element)) {
        const seen = state.styles.get(place.node) ?? new Map<string, string>();
        seen.set(place.pseudo, ring(place.node, place.pseudo).text);
        state.styles.set(place.node, seen);
      }
    }
    return null;
  }

  const focused = document.activeElement;
  if (!focused || focused === state.before) return null;
  if (focused === document.body || focused === document.documentElement) return { description: '(nothing in the page: the browser’s own controls)', key, checked: false, problem: null, indicator: null };

  const words = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const labelledBy = (focused.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
  const labels = focused instanceof HTMLInputElement || focused instanceof HTMLSelectElement || focused instanceof HTMLTextAreaElement ? Array.from(focused.labels ?? [], (label) => label.textContent).join(' ') : '';
  const name = words(focused.getAttribute('aria-label')) || words(labelledBy) || words(labels) || words(focused.textContent) || words(focused.getAttribute('title'));
  const type = focused.getAttribute('type');
  const question = focused.closest('[data-name]')?.getAttribute('data-name');
  const description = `${focused.tagName.toLowerCase()}${type ? `[${type}]` : ''} "${name}"${question ? ` in ${question}` : ''}`;
  if (!tabbable(focused) || !/^(Shift\+)?Tab$/.test(key)) return { description, key, checked: false, problem: null, indicator: null };

  const onScreen = (node: Element): boolean => {
    const box = node.getBoundingClientRect();
    return box.right > 0 && box.bottom > 0 && box.left < window.innerWidth && box.top < window.innerHeight;
  };
  const seeable = (node: Element): boolean => {
    const box = node.getBoundingClientRect();
    if (box.width < 2 || box.height < 2 || !onScreen(node) || getComputedStyle(node).visibility === 'hidden') return false;
    for (let ancestor: Element | null = node; ancestor; ancestor = ancestor.parentElement) if (Number(getComputedStyle(ancestor).opacity) === 0) return false;
    return true;
  };
  const named = (node: Element): string => `${node.tagName.toLowerCase()}${Array.from(node.classList, (name) => `.${name}`).slice(0, 2).join('')}`;
  if (!onScreen(focused)) {
    const box = focused.getBoundingClientRect();
    return { description, key, checked: true, problem: `off screen at (${Math.round(box.left)}, ${Math.round(box.top)}) in a ${window.innerWidth}×${window.innerHeight} window`, indicator: null };
  }
  const shown = places(focused).find(({ node, pseudo }) => {
    const now = ring(node, pseudo).text;
    return now !== '' && now !== state.styles.get(node)?.get(pseudo) && seeable(node);
  });
  if (!shown) return { description, key, checked: true, problem: 'no outline or box-shadow appears on focus (on it, its pseudo-elements, the element after it or its nearest ancestors)', indicator: null };

  // The ring must show wherever the element does: not cut off by the window's edge, nor by a box that clips what
  // overflows it (a table cell truncating a long name, a scrolling table), nor covered at its middle (a sticky
  // header). Where the element itself runs past an edge (Chromium leaves a control that shows 32px or more where it
  // is, rather than scroll), only the part of it that shows has to be ringed.
  const { reach } = ring(shown.node, shown.pseudo);
  const box = shown.node.getBoundingClientRect();
  const cut = (limit: { left: number; top: number; right: number; bottom: number }): string | null => {
    const inside = (edge: number, bound: number, sign: number) => sign * (edge - bound) <= 0.5;
    const sides = [
      inside(box.left, limit.left, -1) && !inside(box.left - reach, limit.left, -1) && 'left',
      inside(box.top, limit.top, -1) && !inside(box.top - reach, limit.top, -1) && 'top',
      inside(box.right, limit.right, 1) && !inside(box.right + reach, limit.right, 1) && 'right',
      inside(box.bottom, limit.bottom, 1) && !inside(box.bottom + reach, limit.bottom, 1) && 'bottom',
    ].filter(Boolean);
    return sides.length > 0 ? `on the ${sides.join(' and ')}` : null;
  };
  const windowCut = cut({ left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight });
  if (windowCut) return { description, key, checked: true, problem: `its focus ring (${shown.where}) is cut by the edge of the window ${windowCut}`, indicator: null };
  for (let ancestor = shown.node.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const style = getComputedStyle(ancestor);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const clip = ancestor.getBoundingClientRect();
    const padding = { left: clip.left + ancestor.clientLeft, top: clip.top + ancestor.clientTop, right: clip.left + ancestor.clientLeft + ancestor.clientWidth, bottom: clip.top + ancestor.clientTop + ancestor.clientHeight };
    const clipCut = cut(padding);
    if (clipCut) return { description, key, checked: true, problem: `its focus ring (${shown.where}) is cut by ${named(ancestor)} (overflow: ${style.overflow}) ${clipCut}`, indicator: null };
  }
  const top = document.elementFromPoint(Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1), Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1));
  if (!top || !(shown.node.contains(top) || top.contains(shown.node) || focused.contains(top))) {
    return { description, key, checked: true, problem: `covered by ${top ? named(top) : 'nothing it could be found under'}`, indicator: null };
  }
  return { description, key, checked: true, problem: null, indicator: `${shown.where}: ${ring(shown.node, shown.pseudo).text}` };
}

export class KeyboardUser {
  /** Every place the focus went, in order: the journey as the keyboard user lived it. */
  readonly stops: FocusStop[] = [];

  constructor(private readonly page: Page) {}

  /** Tab stops where the focus could not be seen. */
  get invisibleFocus(): string[] {
    return this.stops.filter((stop) => stop.problem).map((stop) => `${stop.description}: ${stop.problem}`);
  }

  /** Presses one key (e.g. `Tab`, `Shift+Tab`, `Enter`, `ArrowDown`, `Space`) and records where the focus went. */
  async press(key: string): Promise<FocusStop | null> {
    const state = await this.page.evaluateHandle(() => ({ before: document.activeElement, styles: new Map<Element, Map<string, string>>() }));
    try {
      await this.page.evaluate(focusProbe, { state, phase: 'before' as const, key });
      await this.page.keyboard.press(key);
      const stop = await this.page.evaluate(focusProbe, { state, phase: 'after' as const, key });
      if (stop) this.stops.push(stop);
      return stop;
    } finally {
      await state.dispose();
    }
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** Whether the focus is on (one of) the element(s) `target` names. */
  async isOn(target: Locator): Promise<boolean> {
    return target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
  }

  /** Presses Tab (or Shift+Tab) until the focus is on `target`; fails after `max` presses, listing where it went. */
  async tabTo(target: Locator, { max = 40, backwards = false }: { max?: number; backwards?: boolean } = {}): Promise<void> {
    const visited: string[] = [];
    for (let presses = 0; presses < max; presses += 1) {
      if (await this.isOn(target)) return;
      const stop = await this.press(backwards ? 'Shift+Tab' : 'Tab');
      visited.push(stop?.description ?? '(focus did not move)');
    }
    if (await this.isOn(target)) return;
    throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${target.toString()}. The focus went to:\n  ${visited.join('\n  ')}`);
  }
}
