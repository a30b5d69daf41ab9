import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Page } from '@playwright/test';
import { preview } from 'vite';
import {
  launchBenchBrowser,
  checkArguments,
  countArgument,
  describeMemory,
  describeTasks,
  eventSpread,
  interact,
  keystrokeEvents,
  KEYSTROKE_DELAY_MS,
  KINDS,
  loadDataset,
  longTasks,
  mb,
  memory,
  ms,
  openBenchPage,
  percentile,
  resetFilter,
  searchWord,
  spread,
  withEventTiming,
  type Kind,
  type Run,
} from './bench-measure';
import { earlyReader } from './early-reader';
import { generateDataset } from './gen-synthetic';

// Opens a generated dataset in the built app in headless Chromium and prints load, interaction
// and memory figures, then the cold-start figures of bench-cold. Run through `npm run bench`
// (which builds first). Arguments: --reviews N (default 100000), --seed S (default 7), --rounds R
// interactions of each kind (default 20), --loads L loads (and floor measurements) whose median
// is printed (default 3), --port P for the preview server (default 4390; the cold start uses the
// next). The method is in docs/performance.md.

const TOOL = 'bench';
checkArguments(TOOL, ['reviews', 'seed', 'rounds', 'loads', 'port']);
const REVIEWS = countArgument(TOOL, 'reviews', 100_000);
const SEED = countArgument(TOOL, 'seed', 7);
const ROUNDS = countArgument(TOOL, 'rounds', 20);
const LOADS = countArgument(TOOL, 'loads', 3);
const PORT = countArgument(TOOL, 'port', 4390);
const SETTLE_MS = 500;
const DATA_PATH = `/bench-data/synthetic-${REVIEWS}-${SEED}.json`;
const BLANK_PATH = '/bench-data/blank.html';

mkdirSync('dist/bench-data', { recursive: true });
const generatedAt = performance.now();
writeFileSync(
  `dist${DATA_PATH}`,
  JSON.stringify(generateDataset({ reviews: REVIEWS, seed: SEED })),
);
writeFileSync(`dist${BLANK_PATH}`, '<!doctype html><title>floor</title>');
const fileBytes = statSync(`dist${DATA_PATH}`).size;
console.log(
  `bench: ${REVIEWS} reviews, seed ${SEED}, ${(fileBytes / 1e6).toFixed(1)} MB of JSON (generated in ${ms(performance.now() - generatedAt)})`,
);

const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const browser = await launchBenchBrowser();
const base = `http://127.0.0.1:${PORT}`;

try {
  // The floor: the same file fetched and parsed by the same kind of page, nothing else.
  const floorPage = await openBenchPage(browser);
  await floorPage.goto(`${base}${BLANK_PATH}`);
  const floors: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    floors.push(
      await floorPage.evaluate(async (path) => {
        const start = performance.now();
        const response = await fetch(path, { cache: 'no-store' });
        JSON.parse(await response.text());
        return performance.now() - start;
      }, DATA_PATH),
    );
  }
  await floorPage.close();
  const floor = percentile(floors, 50);

  // Each load in a fresh page (and so a fresh renderer), the previous one closed.
  const loads: number[] = [];
  const peaks: Array<number | null> = [];
  const loadingTasks: Array<Array<{ start: number; duration: number }>> = [];
  let page: Page | null = null;
  for (let i = 0; i < LOADS; i += 1) {
    await page?.close();
    page = await openBenchPage(browser);
    const { firstReview, peak } = await loadDataset(browser, page, `${base}/?data=${DATA_PATH}`);
    loads.push(firstReview);
    peaks.push(peak);
    loadingTasks.push(await longTasks(page, 0, firstReview));
  }
  if (!page) throw new Error('no load');
  const load = percentile(loads, 50);
  const firstReviewAt = loads[loads.length - 1] ?? 0;
  console.log(
    `bench: floor (fetch + JSON.parse in the page)    ${ms(floor)}  [runs ${floors.map(ms).join(', ')}]`,
  );
  console.log(
    `bench: load to first review painted             ${ms(load)} = ${(load / floor).toFixed(2)}x floor  [runs ${loads.map(ms).join(', ')}]`,
  );
  loadingTasks.forEach((tasks, i) =>
    console.log(`bench: long tasks while loading (load ${i + 1})       ${describeTasks(tasks)}`),
  );

  console.log(
    `bench: page renderer's largest PSS while loading ${peaks.map((peak) => (peak === null ? 'unknown' : `${mb(peak)} = ${(peak / fileBytes).toFixed(2)}x the file`)).join('; ')} (sampled every 500 ms)`,
  );
  const cdp = await page.context().newCDPSession(page);
  await page.waitForTimeout(SETTLE_MS);
  const afterLoad = await memory(browser, page, cdp);
  console.log(`bench: memory after load        ${describeMemory(afterLoad, fileBytes)}`);

  const interactionsFrom = await page.evaluate(() => performance.now());
  const pageRuns: Record<Kind, Awaited<ReturnType<typeof interact>>[]> = {
    sort: [],
    rating: [],
    spoilers: [],
    search: [],
    clear: [],
    date: [],
    mention: [],
  };
  const failures: string[] = [];
  let searchFrom = 0;
  const searched: string[] = [];
  for (const kind of KINDS) {
    if (kind === 'clear') continue;
    if (kind === 'search') searchFrom = await page.evaluate(() => performance.now());
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const step of kind === 'search' ? (['search', 'clear'] as const) : [kind]) {
        // Each interaction starts once the previous one, charts included, has rendered.
        await page.waitForTimeout(SETTLE_MS);
        try {
          pageRuns[step].push(await interact(page, step, round));
          if (step === 'search') searched.push(searchWord(round));
        } catch (error) {
          failures.push(`${step} ${round}: ${error instanceof Error ? error.message : error}`);
        }
      }
    }
    // The next kinds start from all reviews shown.
    await resetFilter(page, kind);
  }
  const interactionsTo = await page.evaluate(() => performance.now());

  const results = {} as Record<Kind, Run[]>;
  for (const kind of KINDS) results[kind] = await withEventTiming(page, pageRuns[kind]);
  const keystrokes = await keystrokeEvents(page, searchFrom);

  const all = KINDS.flatMap((kind) => results[kind]);
  console.log(
    `bench: ${all.length} interactions, ${all.filter((run) => run.trusted).length} started by browser input (isTrusted); figures in ms from the input event's timeStamp`,
  );
  for (const failure of failures) console.log(`bench: failed: ${failure}`);
  const names: Record<Kind, string> = {
    sort: 'sort (arrow key)',
    rating: 'rating 9 (click)',
    spoilers: 'hide spoilers',
    search: 'search (last key)',
    clear: 'search cleared',
    date: 'date From (fill)',
    mention: 'mention (click)',
  };
  for (const kind of KINDS) {
    const runs = results[kind];
    console.log(
      `bench: ${names[kind].padEnd(18)} to list painted  ${spread(runs.map((run) => run.list))}  (${runs.length} runs${kind === 'search' ? `, ${runs.filter((run) => run.unchanged).length} left the result as it was` : ''})`,
    );
    console.log(
      `bench: ${''.padEnd(18)} event timing      ${eventSpread(runs.map((run) => run.event?.duration ?? null))}; its ${runs[0]?.type ?? 'first'} event's own ${eventSpread(runs.map((run) => run.event?.own ?? null))}`,
    );
    const delays = runs.flatMap((run) => (run.event ? [run.event.inputDelay] : []));
    if (delays.length > 0)
      console.log(
        `bench: ${''.padEnd(18)} of those: input delay max ${ms(Math.max(...delays))}, processing max ${ms(Math.max(...runs.flatMap((run) => (run.event ? [run.event.processing] : []))))}`,
      );
  }
  // Keystrokes under 16 ms have no Event Timing entry: the rest of those typed count as such.
  const keys = searched.reduce((sum, word) => sum + word.length, 0);
  console.log(
    `bench: every keystroke of the searches  event timing ${eventSpread([
      ...keystrokes.map((event) => event.duration),
      ...Array<null>(Math.max(0, keys - keystrokes.length)).fill(null),
    ])}  (${KEYSTROKE_DELAY_MS} ms apart)`,
  );
  const found = new Map(searched.map((word, i) => [word, pageRuns.search[i]?.status ?? '?']));
  console.log(
    `bench: searches: ${[...found].map(([word, status]) => `${word}: ${status}`).join('; ')}`,
  );
  const parts = { charts: 'charts drawn', followers: 'point buttons, tables' } as const;
  for (const [part, name] of Object.entries(parts) as Array<[keyof typeof parts, string]>) {
    for (const kind of KINDS) {
      const runs = results[kind];
      const times = runs.flatMap((run) => (run[part] === null ? [] : [run[part]]));
      console.log(
        `bench: ${kind.padEnd(9)} to ${name.padEnd(22)} ${times.length === 0 ? 'unchanged' : spread(times)}  (${times.length} of ${runs.length} runs changed them)`,
      );
    }
  }

  console.log(
    `bench: long tasks from first review to the interactions  ${describeTasks(await longTasks(page, firstReviewAt, interactionsFrom))}`,
  );
  console.log(
    `bench: long tasks during the interactions                ${describeTasks(await longTasks(page, interactionsFrom, interactionsTo))}`,
  );
  const afterUse = await memory(browser, page, cdp);
  console.log(`bench: memory after interactions ${describeMemory(afterUse, fileBytes)}`);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(SETTLE_MS);
  console.log(
    `bench: memory after a forced GC  ${describeMemory(await memory(browser, page, cdp), fileBytes)}`,
  );
  const dom = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    articles: document.querySelectorAll('article').length,
  }));
  console.log(`bench: DOM ${dom.elements} elements, ${dom.articles} review articles rendered`);
  console.log(
    `bench: machine ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.version}, ${browser.version()}`,
  );
} finally {
  await browser.close();
}

// The same dataset read by a reader who acts from the first review on, in a fresh browser: the
// memory of every renderer right after 30 interactions (see early-reader).
try {
  const fresh = await launchBenchBrowser();
  try {
    const early = await earlyReader(
      fresh,
      `${base}/?data=${DATA_PATH}`,
      fileBytes,
      'bench: early reader',
    );
    for (const line of early.lines) console.log(line);
  } finally {
    await fresh.close();
  }
} finally {
  server.httpServer.close();
}

// A cold start of the bundled film and of 1,000 and 10,000 reviews, each in a fresh profile (see
// bench-cold): the same build, in a process of its own.
execFileSync('npx', ['tsx', 'scripts/bench-cold.ts', '--port', String(PORT + 1)], {
  stdio: 'inherit',
});
