// Layout checks the browser tests share, run in the page (passed to a locator's evaluate).

/**
 * Whether a search box's placeholder fits: measured as a span in the box's own font, with room left for the box's
 * clear button, which keeps its place while hidden (a hint 2 px narrower than the padding box was cut in Spanish).
 */
export function hintShownWhole(input: Element): boolean {
  if (!(input instanceof HTMLInputElement)) return false;
  const style = getComputedStyle(input);
  const probe = document.createElement('span');
  probe.style.font = style.font;
  probe.style.letterSpacing = style.letterSpacing;
  probe.style.position = 'absolute';
  probe.style.whiteSpace = 'pre';
  probe.textContent = input.placeholder;
  document.body.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  const clearButton = 1.5 * parseFloat(style.fontSize);
  return width + clearButton <= input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
}

/**
 * Whether an ordered list's numbers fit in the room its padding leaves them: the last item's number ("14.") measured
 * in the item's font, with the gap before the text. Under 1.25rem, "10." and on were cut to "0." at a printed page's edge.
 */
export function numbersShownWhole(list: Element): boolean {
  const items = list.querySelectorAll(':scope > li');
  const last = items.item(items.length - 1);
  if (!last) return true;
  const style = getComputedStyle(last);
  const probe = document.createElement('span');
  probe.style.font = style.font;
  probe.style.position = 'absolute';
  probe.style.whiteSpace = 'pre';
  probe.textContent = `${items.length}. `;
  document.body.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width <= parseFloat(getComputedStyle(list).paddingInlineStart);
}
