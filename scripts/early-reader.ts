import type { Browser } from '@playwright/test';
import {
  describeMemory,
  describeTasks,
  eventSpread,
  interact,
  longTasks,
  mb,
  memory,
  ms,
  openBenchPage,
  pss,
  rendererProcesses,
  searchWord,
  spread,
  typeSearch,
  withEventTiming,
  type Kind,
  type PageRun,
} from './bench-measure';

// A reader who acts from the moment the first review shows, as many do, while the loader still
// builds the search index: 30 interactions with real input, one after the other with no pause
// but the typing's, each timed from its input event to the paint of its result. Memory is the
// proportional set size of every renderer process of the browser (the page and its workers),
// summed, taken as soon as the last interaction has painted, and sampled every 250 ms meanwhile
// (the peak, and the peak while the index is built).

/** The 30 interactions: searches (each cleared again), sorts, filters, a date and mentions. */
const PLAN: readonly Kind[] = [
  'search',
  'clear',
  'sort',
  'rating',
  'rating',
  'spoilers',
  'spoilers',
  'mention',
  'sort',
  'search',
  'clear',
  'sort',
  'rating',
  'rating',
  'search',
  'clear',
  'spoilers',
  'spoilers',
  'date',
  'sort',
  'search',
  'clear',
  'mention',
  'sort',
  'rating',
  'rating',
  'search',
  'clear',
  'sort',
  'sort',
];

export interface EarlyReader {
  firstReview: number;
  lines: string[];
  /** Every interaction's time from its input event to its result painted. */
  answers: number[];
  afterUse: number;
  peak: number;
  /** The largest sample while the index was being built. */
  building: number;
}

export async function earlyReader(
  browser: Browser,
  url: string,
  fileBytes: number,
  tool: string,
): Promise<EarlyReader> {
  const page = await openBenchPage(browser);
  try {
    // The index's worker ends once its index is in: the end of the build, in the page's time.
    let indexEnded: number | null = null;
    page.on('worker', (worker) => {
      if (worker.url().includes('index-worker'))
        worker.on('close', () => (indexEnded = Date.now()));
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __bench: { firstReview: number | null } }).__bench.firstReview,
      null,
      { timeout: 300_000, polling: 16 },
    );
    const firstReview = await page.evaluate(
      () => (window as unknown as { __bench: { firstReview: number } }).__bench.firstReview,
    );
    const cdp = await page.context().newCDPSession(page);
    let peak = 0;
    // When the largest sample was taken, in the page's time (from navigation).
    let peakAt = 0;
    // The largest sample while the index was being built (until its worker ended).
    let building = 0;
    const sampledFrom = Date.now() - (await page.evaluate(() => performance.now()));
    let sampling = Promise.resolve();
    const sampler = setInterval(() => {
      sampling = sampling
        .then(() => rendererProcesses(browser))
        .then((pids) => {
          const sum = pids.reduce((total, pid) => total + (pss(pid) ?? 0), 0);
          if (indexEnded === null) building = Math.max(building, sum);
          if (sum > peak) {
            peak = sum;
            peakAt = Date.now() - sampledFrom;
          }
        })
        .catch(() => undefined);
    }, 250);
    const runs: PageRun[] = [];
    const kinds: Kind[] = [];
    const failures: string[] = [];
    let searches = 0;
    try {
      for (const [step, kind] of PLAN.entries()) {
        try {
          if (kind === 'search') {
            // Timed to the answer: the list showing the search's reviews, however long it takes;
            // or, where the word's first letters already found them, the paint after its last key.
            runs.push(await typeSearch(page, searchWord(searches), true));
            searches += 1;
          } else {
            runs.push(await interact(page, kind, step));
          }
          kinds.push(kind);
        } catch (error) {
          failures.push(`${step} ${kind}: ${error instanceof Error ? error.message : error}`);
        }
      }
    } finally {
      clearInterval(sampler);
    }
    await sampling;
    const afterUse = await memory(browser, page, cdp);
    peak = Math.max(peak, afterUse.renderers);
    const indexAt = indexEnded === null ? null : indexEnded - sampledFrom;
    const end = await page.evaluate(() => performance.now());
    const timed = await withEventTiming(page, runs);
    const answers = timed.map((run) => run.list);
    const lines = [
      ...failures.map((failure) => `failed: ${failure}`),
      `first review painted at ${ms(firstReview)}; ${timed.length} interactions from then to ${ms(end)}, ${timed.filter((run) => run.trusted).length} started by browser input`,
      `every interaction, input to result painted  ${spread(answers)}`,
      `every interaction, event timing             ${eventSpread(timed.map((run) => run.event?.duration ?? null))}`,
      `searches, last key to answer painted         ${spread(timed.filter((_, i) => kinds[i] === 'search').map((run) => run.list))}`,
      `long tasks from the first review on          ${describeTasks(await longTasks(page, firstReview, end))}`,
      `memory right after the last interaction      ${describeMemory(afterUse, fileBytes)}`,
      `all renderers' largest PSS meanwhile         ${mb(peak)} = ${(peak / fileBytes).toFixed(2)}x the file (sampled every 250 ms; the largest at ${ms(peakAt)}, the index in at ${indexAt === null ? 'no time seen' : ms(indexAt)})`,
      `all renderers' largest PSS while indexing    ${indexAt === null ? 'not seen (no index worker ended)' : `${mb(building)} = ${(building / fileBytes).toFixed(2)}x the file`}`,
    ].map((line) => `${tool}: ${line}`);
    await cdp.detach();
    return { firstReview, lines, answers, afterUse: afterUse.renderers, peak, building };
  } finally {
    await page.close();
  }
}
