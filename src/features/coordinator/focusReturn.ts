// After a save that rebuilds the control the keyboard was on (a match moving to another group), the focus goes back to
// the thing saved instead of falling to the page body, where keyboard users lose their place and screen readers go quiet.
import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { focusIsLost } from '../../app/focus';

let pending: { key: string; instead: string | null; until: number } | null = null;

/** How many elements of each key are on the page now (a pair can show twice, under each of its organisations). */
const mounted = new Map<string, number>();

/**
 * Call before a save: the element registered under `key` takes the focus if the save leaves it nowhere. If that
 * element is gone (a saved match that the screen's filter no longer shows), the one under `instead` takes it: the
 * next match in the list, rather than the page body.
 */
export function returnFocusTo(key: string, instead: string | null = null): void {
  pending = { key, instead, until: Date.now() + 2000 };
}

/**
 * Registers `ref` under `key`; checked after every render, so it also works when the element is built anew. Layout
 * effects, run as the render is committed: a screen opened anew (back from a response) gives its heading the focus
 * at the next frame if nothing has it, and the element must have it first.
 */
export function useFocusReturn(key: string, ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    mounted.set(key, (mounted.get(key) ?? 0) + 1);
    return () => {
      const left = (mounted.get(key) ?? 1) - 1;
      if (left > 0) mounted.set(key, left);
      else mounted.delete(key);
    };
  }, [key]);
  useLayoutEffect(() => {
    if (!pending || (pending.key !== key && pending.instead !== key)) return;
    if (Date.now() > pending.until) { pending = null; return; }
    if (!focusIsLost()) return;
    // The element saved, while it is on the page, before the one in its place. React runs every unmounted element's
    // cleanup before any effect of the render, so `mounted` no longer holds an element that has gone.
    if (pending.key !== key && mounted.has(pending.key)) return;
    pending = null;
    const element = ref.current;
    if (!element) return;
    // A match card is taller than the window: focused as it was, its top (name, new status) was scrolled out of sight.
    element.focus({ preventScroll: true });
    const { top } = element.getBoundingClientRect();
    if (top < 0 || top > window.innerHeight) element.scrollIntoView({ block: 'start' });
  });
}

/** Moves the focus to `ref` when it appears if nothing has the focus (e.g. the button that started an import is gone). */
export function useFocusIfLost(ref: RefObject<HTMLElement | null>, when: unknown): void {
  useEffect(() => {
    if (focusIsLost()) ref.current?.focus();
  }, [ref, when]);
}

/**
 * Focus to be moved once the render that an action causes has drawn its target: call the function returned with how
 * to find the target under `container` ("Show N more": the first item it adds, rather than the button, which moves
 * below them; the register's Edit button after its form closes). Looked for after every render until found.
 */
export function useFocusAfterRender(container: RefObject<HTMLElement | null>): (find: (root: HTMLElement) => HTMLElement | null | undefined) => void {
  const target = useRef<((root: HTMLElement) => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const root = container.current;
    if (target.current === null || !root) return;
    const element = target.current(root);
    if (!element) return;
    target.current = null;
    element.focus();
  });
  return useCallback((find) => { target.current = find; }, []);
}

/**
 * After a move to another screen or item (`where` changes; not on arrival), if the control that was used has gone with the old
 * screen (a response's link, Back, Move to the bin), or `takeFocus()` says so (a link of the navigation, which stays),
 * the new screen's heading takes the focus once it is drawn, so a keyboard user goes on from there instead of from
 * the top of the page. The screens draw once their data is read,
 * so the heading is looked for over a few frames.
 */
export function useHeadingFocusWhenLost(container: RefObject<HTMLElement | null>, where: string, takeFocus?: () => boolean): void {
  const previous = useRef(where);
  useEffect(() => {
    // Not on arrival: a page just opened starts from its top (skip link, language, navigation).
    if (previous.current === where) return undefined;
    previous.current = where;
    // A link of the navigation followed: the focus stayed on it, and a screen reader said nothing of the new screen.
    const move = takeFocus?.() === true;
    let frames = 0;
    let request = 0;
    const look = () => {
      // Not if the coordinator has moved on meanwhile (the screen's data can take a moment to read).
      if (!focusIsLost() && !(move && document.activeElement?.closest('.coordinator-nav'))) return;
      const heading = container.current?.querySelector<HTMLElement>('h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
        return;
      }
      if (++frames < 60) request = requestAnimationFrame(look);
    };
    request = requestAnimationFrame(look);
    return () => cancelAnimationFrame(request);
  }, [container, where, takeFocus]);
}
