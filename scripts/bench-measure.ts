import { readFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { TONE_SORTS } from '../src/query/run-query';
import type { SortKey } from '../src/query/view-query';

// What `npm run bench` and `npm run bench:ab` share: their arguments, the page they measure in,
// and the measurement of one interaction as a user feels it: Chromium's own input events (mouse
// and keyboard through the DevTools protocol, never events dispatched by a script in the page),
// timed from the input event's timeStamp (the moment the browser received the input, so waiting
// behind other work counts, as in INP) to the first paint after the result line or the first
// review changes. Controls are found by role and name (DESIGN.md §3).

/** Ends the run with a one-line error that names the tool. */
export function fail(tool: string, message: string): never {
  console.error(`${tool}: ${message}`);
  process.exit(1);
}

/**
 * Reads `--name value` pairs: every option must be one of `known`, and have a value. Values are
 * then read with textArgument / countArgument.
 */
export function checkArguments(tool: string, known: readonly string[]): void {
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i] ?? '';
    if (!name.startsWith('--') || !known.includes(name.slice(2)))
      fail(tool, `unknown option "${name}" (options: ${known.map((k) => `--${k}`).join(' ')})`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) fail(tool, `${name} needs a value`);
  }
}

/** The value given as `--name VALUE`, or `fallback`; required when there is no fallback. */
export function textArgument(tool: string, name: string, fallback?: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : process.argv[at + 1];
  if (value === undefined) fail(tool, `--${name} is required`);
  return value;
}

/** The positive whole number given as `--name N`, or `fallback`. */
export function countArgument(tool: string, name: string, fallback: number): number {
  const text = textArgument(tool, name, String(fallback));
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value <= 0)
    fail(tool, `--${name} must be a positive whole number, got "${text}"`);
  return value;
}

/** Flags for the bench's Chromium: exact heap figures in the page. */
export const BENCH_CHROMIUM_ARGS = ['--enable-precise-memory-info'];

/** A fresh browser as the figures are taken in: nothing cached, the bench's flags. */
export const launchBenchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS],
  });

/** How long after the list has painted the charts may still be catching up. */
export const CHARTS_WINDOW_MS = 1000;
/** Pause between keystrokes when a search is typed: a fast typist's pace. */
export const KEYSTROKE_DELAY_MS = 60;
/** Words the searches type, in turn: each occurs in many generated reviews (see the print). */
export const SEARCH_WORDS = [
  'father',
  'gangster',
  'cinematography',
  'brutal',
  'cliche',
  'norrebro',
];
export const searchWord = (round: number) => SEARCH_WORDS[round % SEARCH_WORDS.length] ?? 'film';

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** One event as the Event Timing API reports it (only those of 16 ms or more). */
export interface EventEntry {
  name: string;
  start: number;
  duration: number;
  processingStart: number;
  processingEnd: number;
  interactionId: number;
}

/** What the page-side harness (installHarness) keeps on `window.__bench`. */
interface Harness {
  events: EventEntry[];
  longTasks: Array<{ start: number; duration: number }>;
  /** Long animation frames over 100 ms, with where their time went (see describeFrames). */
  frames: LongFrame[];
  firstReview: number | null;
  arm(spec: Spec): void;
  done: Promise<PageRun> | null;
}

/** A long animation frame: its scripts (chunk, offset, what called them) and its layout. */
export interface LongFrame {
  start: number;
  duration: number;
  /** Style and layout at the frame's end, in ms. */
  layout: number;
  scripts: Array<{ source: string; invoker: string; duration: number }>;
}

interface Spec {
  /** The event type that starts the interaction, and its key for keyboard events. */
  type: string;
  key: string | null;
  /** How many matching events come before the one that starts it (earlier keystrokes). */
  skip: number;
  /** A change anywhere in the first review counts (a search's highlights), not only its title. */
  anyInFirst: boolean;
  /** The input may leave the result unchanged (a keystroke): then time to its handled input. */
  mayLeaveUnchanged: boolean;
  chartsWindow: number;
}

export interface PageRun {
  /** The input event's type and timeStamp, and whether the browser made it (isTrusted). */
  type: string;
  start: number;
  trusted: boolean;
  /** From the input's timeStamp to the first paint after the change (rAF, then a task). */
  list: number;
  /** The result did not change: `list` is the paint after the input event was handled. */
  unchanged: boolean;
  charts: number | null;
  followers: number | null;
  status: string | null;
}

export interface Run extends PageRun {
  /**
   * Event Timing: the longest entry of the starting event's interaction (as INP counts it), the
   * starting event's own entry, and that entry's input delay and processing time.
   */
  event: { duration: number; own: number; inputDelay: number; processing: number } | null;
}

// Runs in the page before its own scripts, on every navigation. Keeps Event Timing entries, long
// tasks and the first review's paint, and times one interaction at a time when armed.
export function installHarness(): void {
  const w = window as unknown as { __bench: Harness };
  const events: EventEntry[] = [];
  const longTasks: Array<{ start: number; duration: number }> = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[])
      events.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        processingStart: entry.processingStart,
        processingEnd: entry.processingEnd,
        interactionId:
          (entry as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Long Animation Frames say which script a long frame ran, where the long task says nothing.
  const frames: LongFrame[] = [];
  interface FrameTiming extends PerformanceEntry {
    styleAndLayoutStart: number;
    scripts: Array<{
      duration: number;
      invoker: string;
      sourceURL: string;
      sourceFunctionName: string;
      sourceCharPosition: number;
    }>;
  }
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as FrameTiming[]) {
        if (entry.duration <= 100) continue;
        frames.push({
          start: entry.startTime,
          duration: entry.duration,
          layout:
            entry.styleAndLayoutStart > 0
              ? entry.startTime + entry.duration - entry.styleAndLayoutStart
              : 0,
          scripts: entry.scripts.map((script) => ({
            source: `${script.sourceURL.replace(/^.*\//, '')}:${script.sourceCharPosition}${script.sourceFunctionName ? ` ${script.sourceFunctionName}` : ''}`,
            invoker: script.invoker,
            duration: script.duration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }

  const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then));
  const status = () =>
    [...document.querySelectorAll('[role="status"]')]
      .map((element) => element.textContent ?? '')
      .find((text) => text.startsWith('Showing ')) ?? null;
  const firstArticle = () => document.querySelector('article');
  const firstTitle = () =>
    firstArticle()?.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]')?.textContent ?? null;

  const harness: Harness = {
    events,
    longTasks,
    frames,
    firstReview: null,
    done: null,
    arm: () => undefined,
  };
  w.__bench = harness;

  const firstReviewObserver = new MutationObserver(() => {
    if (!firstArticle()) return;
    firstReviewObserver.disconnect();
    afterPaint(() => (harness.firstReview = performance.now()));
  });
  firstReviewObserver.observe(document, { subtree: true, childList: true });

  let onInput: ((event: Event) => void) | null = null;
  for (const type of ['pointerdown', 'mousedown', 'click', 'input', 'change', 'keydown'])
    window.addEventListener(type, (event) => onInput?.(event), { capture: true });
  // Bubbling to the window, an input event has been through the app's handlers.
  let afterHandled: (() => void) | null = null;
  const UNCHANGED_GRACE_MS = 500;
  window.addEventListener('input', () => {
    if (onInput === null) afterHandled?.();
  });

  harness.arm = (spec: Spec) => {
    harness.done = new Promise<PageRun>((resolve, reject) => {
      let start: number | null = null;
      let type = '';
      let trusted = false;
      let seen = 0;
      let snapshot = { status: status(), title: firstTitle() };
      let list: number | null = null;
      let chartsPainted: number | null = null;
      let followersPainted: number | null = null;
      let finished = false;
      const figureName = (figure: Element) =>
        document.getElementById(figure.getAttribute('aria-labelledby') ?? '')?.textContent ??
        figure.querySelector('figcaption')?.textContent ??
        '';
      // The charts' tables (visually hidden, read by screen readers) and the helpfulness
      // points' invisible buttons follow the drawing a slice per frame; they are timed apart.
      const isFollower = (record: MutationRecord, figure: Element) => {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        if (node?.closest('table')) return true;
        if (!figureName(figure).startsWith('Helpfulness')) return false;
        if (node?.closest('[role="button"]')) return true;
        const nodes = [...record.addedNodes, ...record.removedNodes];
        return (
          nodes.length > 0 &&
          nodes.every((n) => n instanceof Element && n.getAttribute('role') === 'button')
        );
      };
      const timeout = setTimeout(() => {
        observer.disconnect();
        onInput = null;
        reject(
          new Error(
            start === null ? `no ${spec.type} event came` : `no change within 5 s of ${type}`,
          ),
        );
      }, 5000);
      const observer = new MutationObserver((records) => {
        if (start === null) {
          snapshot = { status: status(), title: firstTitle() };
          return;
        }
        const since = start;
        const chartRecords = records.flatMap((record) => {
          const node =
            record.target instanceof Element ? record.target : record.target.parentElement;
          const figure = node?.closest('figure');
          return figure ? [{ record, figure }] : [];
        });
        if (list !== null && chartRecords.length > 0) {
          const drawn = chartRecords.some(({ record, figure }) => !isFollower(record, figure));
          afterPaint(() => {
            if (drawn) chartsPainted = performance.now() - since;
            else followersPainted = performance.now() - since;
          });
        }
        if (list !== null) return;
        const first = firstArticle();
        const changed =
          status() !== snapshot.status ||
          firstTitle() !== snapshot.title ||
          (spec.anyInFirst &&
            records.some(
              (record) => record.type !== 'attributes' && first?.contains(record.target),
            ));
        if (!changed) return;
        list = Number.NaN;
        afterPaint(() => finish(performance.now() - since, false));
      });
      const finish = (painted: number, unchanged: boolean) => {
        if (start === null || finished) return;
        finished = true;
        const since = start;
        clearTimeout(timeout);
        setTimeout(() => {
          observer.disconnect();
          resolve({
            type,
            start: since,
            trusted,
            list: painted,
            unchanged,
            charts: chartsPainted,
            followers: followersPainted,
            status: status(),
          });
        }, spec.chartsWindow);
      };
      // A keystroke may leave the result as it was (`fathe` and `father` find the same reviews):
      // then the paint after its input event has been handled is what the reader sees, unless the
      // result changes within the grace period after all.
      afterHandled = () => {
        afterHandled = null;
        afterPaint(() => {
          if (start === null) return;
          const painted = performance.now() - start;
          setTimeout(() => {
            if (list === null) finish(painted, true);
          }, UNCHANGED_GRACE_MS);
        });
      };
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      onInput = (event) => {
        if (start !== null || event.type !== spec.type) return;
        if (spec.key !== null && (event as KeyboardEvent).key !== spec.key) return;
        seen += 1;
        if (seen <= spec.skip) return;
        start = event.timeStamp;
        type = event.type;
        trusted = event.isTrusted;
        onInput = null;
        if (!spec.mayLeaveUnchanged) afterHandled = null;
      };
    });
  };
}

/** A page as the figures are taken in: 1280 x 900, with the harness installed. */
export async function openBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // tsx keeps function names with a helper that functions sent to the page must find there too.
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(installHarness);
  return page;
}

/**
 * Opens `url` and waits for its first review to paint; returns that time from navigation, and the
 * page renderer's largest PSS, sampled every half second from the navigation's commit on.
 */
export async function loadDataset(
  browser: Browser,
  page: Page,
  url: string,
): Promise<{ firstReview: number; peak: number | null }> {
  await page.goto(url, { waitUntil: 'commit' });
  const pid = await rendererOf(browser, page);
  let peak: number | null = null;
  const sample = () => {
    const now = pid === null ? null : pss(pid);
    if (now !== null && (peak === null || now > peak)) peak = now;
  };
  sample();
  const sampler = setInterval(sample, 500);
  try {
    await page.waitForFunction(
      () => (window as unknown as { __bench: Harness }).__bench.firstReview,
      null,
      { timeout: 300_000, polling: 100 },
    );
    // The charts appear a few frames after the first reviews.
    await page.getByRole('figure').first().waitFor({ timeout: 120_000 });
  } finally {
    clearInterval(sampler);
  }
  sample();
  const firstReview = await page.evaluate(
    () => (window as unknown as { __bench: Harness }).__bench.firstReview ?? Number.NaN,
  );
  return { firstReview, peak };
}

export type Kind = 'sort' | 'rating' | 'spoilers' | 'search' | 'clear' | 'date' | 'mention';

/** The kinds of interaction, in the order they are run; `clear` follows each search. */
export const KINDS: readonly Kind[] = [
  'sort',
  'rating',
  'spoilers',
  'search',
  'clear',
  'date',
  'mention',
];

const sortBox = (page: Page) => page.getByRole('combobox', { name: 'Sort by' });
export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search reviews' });

/** The rating filter's `9`, a checkbox or a pressed-state button. */
function ratingNine(page: Page): Locator {
  const group = page.getByRole('group', { name: 'Rating' });
  return group
    .getByRole('checkbox', { name: '9', exact: true })
    .or(group.getByRole('button', { name: '9', exact: true }));
}

export async function measure(
  page: Page,
  spec: Omit<Spec, 'chartsWindow'>,
  act: () => Promise<void>,
) {
  await page.evaluate((spec) => (window as unknown as { __bench: Harness }).__bench.arm(spec), {
    ...spec,
    chartsWindow: CHARTS_WINDOW_MS,
  });
  await act();
  const run = await page.evaluate(() => (window as unknown as { __bench: Harness }).__bench.done);
  if (!run) throw new Error('the harness was not armed');
  return run;
}

/**
 * Makes one interaction of `kind` with real input and times it. Sorts step through the options
 * with the arrow keys on the focused `Sort by` (Home after the last): Playwright's selectOption
 * sets the value from a script, which is not input. The rating filter's `9` and `Hide spoilers`
 * are clicked (timed from the click event; the press before it is the automation's). A search
 * types its word at a typist's pace and is timed from the last keystroke's keydown; `clear`
 * selects the box's text and presses Backspace, timed from that keydown.
 */
export async function interact(page: Page, kind: Kind, round: number): Promise<PageRun> {
  if (kind === 'sort') {
    const box = sortBox(page);
    await box.focus();
    const { index, values } = await box.evaluate((select: HTMLSelectElement) => ({
      index: select.selectedIndex,
      values: [...select.options].map((option) => option.value),
    }));
    // The next sort down, past those by tone: until the tones are known (they come with the
    // index) those keep Most helpful's order, so choosing one changes nothing to time.
    let target = (index + 1) % values.length;
    while (TONE_SORTS.includes((values[target] ?? '') as SortKey))
      target = (target + 1) % values.length;
    const key = target === 0 ? 'Home' : 'ArrowDown';
    const presses = target === 0 ? 1 : target - index;
    return measure(
      page,
      { type: 'keydown', key, skip: presses - 1, anyInFirst: false, mayLeaveUnchanged: false },
      async () => {
        for (let press = 0; press < presses; press += 1) await page.keyboard.press(key);
      },
    );
  }
  if (kind === 'rating' || kind === 'spoilers') {
    const target =
      kind === 'rating' ? ratingNine(page) : page.getByRole('checkbox', { name: 'Hide spoilers' });
    await target.scrollIntoViewIfNeeded();
    return measure(
      page,
      { type: 'click', key: null, skip: 0, anyInFirst: false, mayLeaveUnchanged: false },
      () => target.click(),
    );
  }
  const box = searchBox(page);
  if (kind === 'date') {
    // A day set in From, then emptied again, untimed. Chromium's date field takes no typed digits
    // from automation here, so the day is set with fill: an input event from a script (the
    // bench prints how many runs the browser itself started).
    const from = page.getByRole('group', { name: 'Date' }).getByLabel('From');
    const run = await measure(
      page,
      { type: 'input', key: null, skip: 0, anyInFirst: false, mayLeaveUnchanged: false },
      () => from.fill('2015-01-01'),
    );
    await from.fill('');
    await page.waitForTimeout(CHARTS_WINDOW_MS);
    return run;
  }
  if (kind === 'mention') {
    // The first of what reviews mention, clicked once they are counted; then the search is
    // emptied again, untimed.
    const first = page.getByRole('region', { name: 'Reviews mention' }).getByRole('button').first();
    await first.waitFor({ timeout: 60_000 });
    await first.scrollIntoViewIfNeeded();
    const run = await measure(
      page,
      { type: 'click', key: null, skip: 0, anyInFirst: false, mayLeaveUnchanged: false },
      () => first.click(),
    );
    await box.fill('');
    await page.waitForTimeout(CHARTS_WINDOW_MS);
    return run;
  }
  if (kind === 'search') return typeSearch(page, searchWord(round), true);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  return measure(
    page,
    { type: 'keydown', key: 'Backspace', skip: 0, anyInFirst: false, mayLeaveUnchanged: false },
    () => page.keyboard.press('Backspace'),
  );
}

/**
 * Types `word` into the focused search box at a typist's pace, timed from its last keystroke's
 * keydown: to the first paint after it was handled when the result may stay as it was (a word
 * the list already shows), or else to the paint of its answer.
 */
export async function typeSearch(page: Page, word: string, mayLeaveUnchanged: boolean) {
  await searchBox(page).focus();
  return measure(
    page,
    { type: 'keydown', key: null, skip: word.length - 1, anyInFirst: true, mayLeaveUnchanged },
    () => page.keyboard.type(word, { delay: KEYSTROKE_DELAY_MS }),
  );
}

/** Unticks the rating filter's `9` and `Hide spoilers` if an odd number of rounds left them on. */
export async function resetFilter(page: Page, kind: Kind): Promise<void> {
  if (kind !== 'rating' && kind !== 'spoilers') return;
  const target =
    kind === 'rating' ? ratingNine(page) : page.getByRole('checkbox', { name: 'Hide spoilers' });
  const on = await target.evaluate(
    (element) =>
      (element instanceof HTMLInputElement && element.checked) ||
      element.getAttribute('aria-pressed') === 'true',
  );
  if (on) {
    await target.click();
    await page.waitForTimeout(CHARTS_WINDOW_MS);
  }
}

/**
 * The Event Timing figures of each run: the entry of its starting event (same type, startTime =
 * the event's timeStamp) and the longest entry of its interaction, as INP counts it. No entry
 * means the interaction took under 16 ms (the API's least threshold).
 */
export async function withEventTiming(page: Page, runs: PageRun[]): Promise<Run[]> {
  const events = await page.evaluate(
    () => (window as unknown as { __bench: Harness }).__bench.events,
  );
  return runs.map((run) => {
    const entry = events.find(
      (event) => event.name === run.type && Math.abs(event.start - run.start) < 1,
    );
    if (!entry) return { ...run, event: null };
    const group =
      entry.interactionId === 0
        ? [entry]
        : events.filter((event) => event.interactionId === entry.interactionId);
    return {
      ...run,
      event: {
        duration: Math.max(...group.map((event) => event.duration)),
        own: entry.duration,
        inputDelay: entry.processingStart - entry.start,
        processing: entry.processingEnd - entry.processingStart,
      },
    };
  });
}

/** Event Timing durations of every keystroke typed into the search box since `since`. */
export async function keystrokeEvents(page: Page, since: number): Promise<EventEntry[]> {
  return page.evaluate(
    (since) =>
      (window as unknown as { __bench: Harness }).__bench.events.filter(
        (event) => event.name === 'keydown' && event.start >= since,
      ),
    since,
  );
}

/** Long tasks that started in [from, to). */
export async function longTasks(page: Page, from: number, to: number) {
  const tasks = await page.evaluate(
    () => (window as unknown as { __bench: Harness }).__bench.longTasks,
  );
  return tasks.filter((task) => task.start >= from && task.start < to);
}

/** Long animation frames that started in [from, to), over `over` ms. */
export async function longFrames(page: Page, from: number, to: number, over = 200) {
  const frames = await page.evaluate(
    () => (window as unknown as { __bench: Harness }).__bench.frames,
  );
  return frames.filter((f) => f.start >= from && f.start < to && f.duration > over);
}

/** One line per frame: its length, its layout, and its scripts over 20 ms, longest first. */
export function describeFrames(frames: LongFrame[]): string[] {
  return frames.map((frame) => {
    const scripts = frame.scripts
      .filter((script) => script.duration > 20)
      .sort((a, b) => b.duration - a.duration)
      .map((script) => `${ms(script.duration)} ${script.invoker} (${script.source})`)
      .join('; ');
    return `frame ${ms(frame.duration)} at ${ms(frame.start)}: layout ${ms(frame.layout)}; ${scripts || 'no script over 20 ms'}`;
  });
}

export function describeTasks(tasks: Array<{ start: number; duration: number }>): string {
  if (tasks.length === 0) return 'none';
  const longest = tasks.reduce((max, task) => (task.duration > max.duration ? task : max));
  const over = (limit: number) => tasks.filter((task) => task.duration > limit);
  const listed = over(100)
    .map((task) => `${ms(task.duration)} at ${ms(task.start)}`)
    .join(', ');
  return `${tasks.length}, longest ${ms(longest.duration)}; ${over(100).length} over 100 ms, ${over(200).length} over 200 ms${listed ? ` [${listed}]` : ''}`;
}

export const spread = (values: number[]) =>
  values.length === 0
    ? 'none'
    : `p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  max ${ms(Math.max(...values))}`;

/**
 * The Event Timing spread of runs: entries under 16 ms are not reported by the API, so a
 * percentile that falls among them prints as "<16".
 */
export function eventSpread(durations: Array<number | null>): string {
  const values = durations.map((value) => value ?? 0);
  const show = (value: number) => (value < 16 ? '<16' : value.toFixed(0));
  const reported = durations.filter((value) => value !== null).length;
  return `p50 ${show(percentile(values, 50))}  p95 ${show(percentile(values, 95))}  max ${show(Math.max(...values))} ms  (${reported} of ${durations.length} at 16 ms or more)`;
}

/** The renderer process that draws `page`'s main frame, from a short trace's frame list. */
export async function rendererOf(browser: Browser, page: Page): Promise<number | null> {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents?: Array<{
      name: string;
      args?: { data?: { frames?: Array<{ processId: number; isOutermostMainFrame?: boolean }> } };
    }>;
  };
  for (const event of trace.traceEvents ?? []) {
    if (event.name !== 'TracingStartedInBrowser') continue;
    const frame = event.args?.data?.frames?.find((f) => f.isOutermostMainFrame !== false);
    if (frame) return frame.processId;
  }
  return null;
}

/** Proportional set size of a process, from /proc/PID/smaps_rollup, in bytes. */
export function pss(pid: number): number | null {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface Memory {
  /** PSS of the page's renderer (its dedicated workers run in the same process). */
  page: number | null;
  pid: number | null;
  /** PSS of every renderer process of the browser, and how many there are. */
  renderers: number;
  rendererCount: number;
  /** The page's main-thread JS heap (CDP Runtime.getHeapUsage). */
  heapUsed: number;
  heapTotal: number;
}

/** The browser's renderer processes (pages and their workers), as the browser lists them. */
export async function rendererProcesses(browser: Browser): Promise<number[]> {
  const browserSession = await browser.newBrowserCDPSession();
  const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as {
    processInfo: Array<{ type: string; id: number }>;
  };
  await browserSession.detach();
  return processInfo.filter((process) => process.type === 'renderer').map(({ id }) => id);
}

export async function memory(browser: Browser, page: Page, cdp: CDPSession): Promise<Memory> {
  const pid = await rendererOf(browser, page);
  const renderers = (await rendererProcesses(browser)).map((id) => ({ id }));
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
  return {
    page: pid === null ? null : pss(pid),
    pid,
    renderers: renderers.reduce((sum, process) => sum + (pss(process.id) ?? 0), 0),
    rendererCount: renderers.length,
    heapUsed: heap.usedSize,
    heapTotal: heap.totalSize,
  };
}

export function describeMemory(memory: Memory, fileBytes: number): string {
  const page =
    memory.page === null
      ? 'page renderer not found'
      : `page renderer (pid ${memory.pid}) PSS ${mb(memory.page)} = ${(memory.page / fileBytes).toFixed(2)}x the file`;
  return `${page}; all ${memory.rendererCount} renderers ${mb(memory.renderers)} = ${(memory.renderers / fileBytes).toFixed(2)}x; JS heap ${mb(memory.heapUsed)} used of ${mb(memory.heapTotal)}`;
}
