/**
 * Focuses the first element matching `selector` once it is in the page (a dataset that opens
 * after an action renders a few frames later), so focus never falls back to the page's body.
 * Gives up after `timeoutMs`; returns a function that stops waiting.
 */
export function focusWhenShown(selector: string, timeoutMs = 5000): () => void {
  const started = performance.now();
  let frame = 0;
  const look = () => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.focus();
      return;
    }
    if (performance.now() - started < timeoutMs) frame = requestAnimationFrame(look);
  };
  frame = requestAnimationFrame(look);
  return () => cancelAnimationFrame(frame);
}

/** The selector of the heading of the dataset opened under `key`. */
export function datasetHeadingSelector(key: string): string {
  return `h1[data-dataset-key="${CSS.escape(key)}"]`;
}
