// Whether the keyboard's place has been lost: the control that had the focus went away with what it changed.

/** True when nothing on the page has the focus (it fell back to the body). */
export function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}
