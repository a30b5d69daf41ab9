import type { Browser } from '@playwright/test';
import { KEYSTROKE_DELAY_MS, openBenchPage, searchBox, searchWord, spread } from './bench-measure';

// A search typed the moment the first review shows, while the loader still builds the search
// index: from its last key (the event's timeStamp) to the first paint whose list shows reviews
// found for the whole word (the reviews section's data-search), and to the paint of its whole
// answer (the status's count with nothing left to read). One fresh page per word, so each search
// is the page's first.

/** What the page records: each key's timeStamp and each change of what the list shows. */
const RECORDER = `(() => {
  const w = window;
  w.__firstSearch = { keys: [], shown: [] };
  const status = () => document.querySelector('.result-status')?.textContent ?? '';
  const searching = () => (document.querySelector('.result-searching')?.textContent ?? '') !== '';
  let last = '';
  new MutationObserver(() => {
    const now =
      status() + '|' + searching() + '|' +
      (document.querySelector('.layout__reviews')?.getAttribute('data-search') ?? '') + '|' +
      (document.querySelector('article h3')?.textContent ?? '');
    if (now === last) return;
    last = now;
    const text = status();
    const whole = !searching() && !/found so far/.test(text);
    // The search the list shows, which may be an earlier one while the typed one is read (a
    // build without the attribute shows the typed one's reviews only once it is answered whole).
    const search =
      document.querySelector('.layout__reviews')?.getAttribute('data-search') ??
      document.querySelector('input[type=search]')?.value ?? '';
    requestAnimationFrame(() =>
      setTimeout(() => w.__firstSearch.shown.push({ at: performance.now(), text, whole, search })),
    );
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  addEventListener('keydown', (event) => w.__firstSearch.keys.push(event.timeStamp), true);
})()`;

interface Shown {
  at: number;
  text: string;
  whole: boolean;
  search: string;
}

export interface FirstSearches {
  firstFound: number[];
  whole: number[];
  lines: string[];
}

/** Opens `url` once per word, types it at the first review, and times what it shows. */
export async function firstSearches(
  browser: Browser,
  url: string,
  words: number,
  tool: string,
): Promise<FirstSearches> {
  const firstFound: number[] = [];
  const whole: number[] = [];
  const lines: string[] = [];
  for (let round = 0; round < words; round += 1) {
    const word = searchWord(round);
    const page = await openBenchPage(browser);
    try {
      await page.addInitScript(RECORDER);
      await page.goto(url, { waitUntil: 'commit' });
      await page.locator('article').first().waitFor({ timeout: 300_000 });
      await searchBox(page).focus();
      await page.keyboard.type(word, { delay: KEYSTROKE_DELAY_MS });
      await page.waitForFunction(
        (typed) =>
          (window as unknown as { __firstSearch: { shown: Shown[] } }).__firstSearch.shown.some(
            (shown) => shown.whole && shown.search === typed,
          ),
        word,
        { timeout: 60_000, polling: 50 },
      );
      const { keys, shown } = await page.evaluate(
        () =>
          (window as unknown as { __firstSearch: { keys: number[]; shown: Shown[] } })
            .__firstSearch,
      );
      const lastKey = keys.at(-1) ?? 0;
      const after = shown.filter((entry) => entry.at >= lastKey && entry.search === word);
      // The first paint after the last key whose list shows reviews found for the whole word.
      const found = after.find((entry) => /found so far/.test(entry.text) || entry.whole);
      const done = after.find((entry) => entry.whole);
      if (found) firstFound.push(found.at - lastKey);
      if (done) whole.push(done.at - lastKey);
      lines.push(
        `${tool}: "${word}" typed at the first review: first found painted ${found ? `${(found.at - lastKey).toFixed(0)} ms` : 'never'}, whole answer ${done ? `${(done.at - lastKey).toFixed(0)} ms (${done.text})` : 'never'} after its last key`,
      );
    } finally {
      await page.close();
    }
  }
  lines.push(`${tool}: first found painted  ${spread(firstFound)}`);
  lines.push(`${tool}: whole answer painted ${spread(whole)}`);
  return { firstFound, whole, lines };
}
