import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  countArgument,
  interact,
  KINDS,
  ms,
  openBenchPage,
  percentile,
  type Run,
} from './bench-measure';
import { generateDataset } from './gen-synthetic';

// Opens a generated dataset in the built app in headless Chromium and prints load and interaction
// figures. Run through `npm run bench` (which builds first). Arguments: --reviews N (default
// 100000), --seed S (default 7), --rounds R interactions of each kind (default 20), --loads L
// loads (and floor measurements) whose median is printed (default 3).

const REVIEWS = countArgument('bench', 'reviews', 100_000);
const SEED = countArgument('bench', 'seed', 7);
const ROUNDS = countArgument('bench', 'rounds', 20);
const LOADS = countArgument('bench', 'loads', 3);
const PORT = 4180;
const SETTLE_MS = 500;
const DATA_PATH = `/bench-data/synthetic-${REVIEWS}-${SEED}.json`;

const dataDir = 'dist/bench-data';
mkdirSync(dataDir, { recursive: true });
const generatedAt = performance.now();
const dataset = generateDataset({ reviews: REVIEWS, seed: SEED });
writeFileSync(`dist${DATA_PATH}`, JSON.stringify(dataset));
const megabytes = statSync(`dist${DATA_PATH}`).size / 1e6;
console.log(
  `bench: ${REVIEWS} reviews, ${megabytes.toFixed(1)} MB (generated in ${ms(performance.now() - generatedAt)})`,
);

const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});

try {
  const page = await openBenchPage(browser);
  const base = `http://127.0.0.1:${PORT}`;

  // The floor: the same file fetched and parsed by the same page, nothing else.
  await page.goto(`${base}/bench-data/`);
  const floors: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    floors.push(
      await page.evaluate(async (path) => {
        const start = performance.now();
        const response = await fetch(path, { cache: 'no-store' });
        JSON.parse(await response.text());
        return performance.now() - start;
      }, DATA_PATH),
    );
  }
  const floor = percentile(floors, 50);

  await page.addInitScript(() => {
    const w = window as unknown as {
      __firstReview?: number;
      __longTasks: Array<{ start: number; duration: number }>;
    };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('article')) {
        w.__firstReview = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const loads: number[] = [];
  for (let i = 0; i < LOADS; i += 1) {
    await page.goto(`${base}/?data=${DATA_PATH}`);
    await page.waitForSelector('article', { timeout: 120_000 });
    loads.push(
      await page.evaluate(() => (window as unknown as { __firstReview: number }).__firstReview),
    );
  }
  const load = percentile(loads, 50);
  await page.waitForSelector('.chart', { timeout: 60_000 });
  const firstReviewAt = await page.evaluate(
    () => (window as unknown as { __firstReview: number }).__firstReview,
  );

  console.log(
    `bench: floor (fetch + JSON.parse in the page)  ${ms(floor)}  [runs ${floors.map(ms).join(', ')}]`,
  );
  console.log(
    `bench: load to first review                      ${ms(load)}  = ${(load / floor).toFixed(2)}x floor  [runs ${loads.map(ms).join(', ')}]`,
  );

  const interactionsFrom = await page.evaluate(() => performance.now());
  const results: Record<string, Run[]> = {
    sort: [],
    rating: [],
    spoilers: [],
    search: [],
  };
  for (const kind of KINDS) {
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each interaction starts once the previous one, charts included, has finished rendering.
      await page.waitForTimeout(SETTLE_MS);
      results[kind]?.push(await interact(page, kind, round));
    }
  }
  const spread = (values: number[]) =>
    `p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  max ${ms(Math.max(...values))}`;
  for (const [kind, runs] of Object.entries(results)) {
    console.log(
      `bench: ${kind.padEnd(9)} input to list painted    ${spread(runs.map((run) => run.list))}  (${runs.length} runs)`,
    );
  }
  const parts = { charts: 'charts drawn', followers: 'point buttons and tables filled' };
  for (const [part, name] of Object.entries(parts) as Array<[keyof typeof parts, string]>) {
    for (const [kind, runs] of Object.entries(results)) {
      const times = runs.flatMap((run) => (run[part] === null ? [] : [run[part]]));
      console.log(
        `bench: ${kind.padEnd(9)} input to ${name}  ${times.length === 0 ? 'unchanged' : spread(times)}  (${times.length} of ${runs.length} runs changed them)`,
      );
    }
  }

  const after = await page.evaluate(
    ({ since, interactionsFrom }) => {
      const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
      const summary = (tasks: Array<{ start: number; duration: number }>) => ({
        count: tasks.length,
        longest: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
        over100: tasks.filter((task) => task.duration > 100).length,
      });
      const settling = w.__longTasks.filter(
        (task) => task.start >= since && task.start < interactionsFrom,
      );
      const interacting = w.__longTasks.filter((task) => task.start >= interactionsFrom);
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return {
        settling: summary(settling),
        settlingTimes: settling.map((task) => ({
          after: task.start - since,
          duration: task.duration,
        })),
        interacting: summary(interacting),
        heap: memory ? memory.usedJSHeapSize / 1e6 : Number.NaN,
        dom: document.getElementsByTagName('*').length,
        articles: document.querySelectorAll('article').length,
      };
    },
    { since: firstReviewAt, interactionsFrom },
  );
  const tasks = (summary: { count: number; longest: number; over100: number }) =>
    `${summary.count} (longest ${ms(summary.longest)}, ${summary.over100} over 100 ms)`;
  console.log(
    `bench: long tasks from first review to charts   ${tasks(after.settling)}  [${after.settlingTimes.map((task) => `${ms(task.duration)} at +${ms(task.after)}`).join(', ')}]`,
  );
  console.log(`bench: long tasks during the interactions        ${tasks(after.interacting)}`);
  console.log(
    `bench: JS heap ${after.heap.toFixed(1)} MB, DOM ${after.dom} elements, ${after.articles} review articles rendered`,
  );
  console.log(
    `bench: machine ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.version}`,
  );
} finally {
  await browser.close();
  server.httpServer.close();
}
