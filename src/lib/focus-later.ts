/**
 * Focus asked for before the element that should take it is drawn: a control that goes away when
 * chosen (a mention, a chart's period drawn again) names what takes its focus, and the component
 * that draws that takes it once drawn.
 */
const wanted = new Map<string, { key: string; at: number }>();

/** A request older than this is forgotten: focus never jumps long after the reader acted. */
const STALE_MS = 3000;

/** Asks that the element known as `key` in `place` take the focus when drawn. */
export function focusLater(place: string, key: string): void {
  wanted.set(place, { key, at: performance.now() });
}

/** The key focus was asked for in `place`; clears the request when `taken`. */
export function focusWanted(place: string): string | null {
  const request = wanted.get(place);
  if (!request) return null;
  if (performance.now() - request.at > STALE_MS) {
    wanted.delete(place);
    return null;
  }
  return request.key;
}

export function focusTaken(place: string): void {
  wanted.delete(place);
}

/** Whether the focus is nowhere (on the page's body), as when the control holding it went. */
export function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}
