import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  BENCH_CHROMIUM_ARGS,
  checkArguments,
  countArgument,
  describeTasks,
  eventSpread,
  fail,
  interact,
  searchWord,
  longTasks,
  ms,
  openBenchPage,
  spread,
  textArgument,
  typeSearch,
  withEventTiming,
  type PageRun,
} from './bench-measure';
import { generateDataset } from './gen-synthetic';

// A reader who searches as soon as the first review shows, as many do, while the loader still
// builds the search index: opens a generated dataset in a build (`--dir`, default dist), and
// from the moment the first review paints types searches with the real keyboard, each cleared
// again, with no pause but the typing's. Prints each search's time from its last key to the
// list painted, the Event Timing of those keys, and the long tasks from the first review on.
// Arguments: --dir DIR, --reviews N (default 100000), --seed S (default 7), --rounds R searches
// (default 6), --port P (default 4392).

const TOOL = 'bench:early';
checkArguments(TOOL, ['dir', 'reviews', 'seed', 'rounds', 'port']);
const DIR = textArgument(TOOL, 'dir', 'dist');
const REVIEWS = countArgument(TOOL, 'reviews', 100_000);
const SEED = countArgument(TOOL, 'seed', 7);
const ROUNDS = countArgument(TOOL, 'rounds', 6);
const PORT = countArgument(TOOL, 'port', 4392);
if (!existsSync(join(DIR, 'index.html'))) fail(TOOL, `${DIR}/index.html not found; build it first`);

const DATA_PATH = `/bench-data/synthetic-${REVIEWS}-${SEED}.json`;
if (!existsSync(join(DIR, DATA_PATH))) {
  mkdirSync(join(DIR, 'bench-data'), { recursive: true });
  writeFileSync(
    join(DIR, DATA_PATH),
    JSON.stringify(generateDataset({ reviews: REVIEWS, seed: SEED })),
  );
}
const fileBytes = statSync(join(DIR, DATA_PATH)).size;
console.log(`${TOOL}: ${DIR}, ${REVIEWS} reviews, ${(fileBytes / 1e6).toFixed(1)} MB of JSON`);

const server = await preview({
  build: { outDir: DIR },
  preview: { port: PORT, host: '127.0.0.1', strictPort: true },
});
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS],
});
try {
  const page = await openBenchPage(browser);
  await page.goto(`http://127.0.0.1:${PORT}/?data=${DATA_PATH}`, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => (window as unknown as { __bench: { firstReview: number | null } }).__bench.firstReview,
    null,
    { timeout: 300_000, polling: 16 },
  );
  const firstReview = await page.evaluate(
    () => (window as unknown as { __bench: { firstReview: number } }).__bench.firstReview,
  );
  const searches: PageRun[] = [];
  const clears: PageRun[] = [];
  const failures: string[] = [];
  const box = page.getByRole('searchbox', { name: 'Search reviews' });
  for (let round = 0; round < ROUNDS; round += 1) {
    const word = searchWord(round);
    try {
      // Timed to the answer: the list showing the search's reviews, however long reading takes.
      searches.push(await typeSearch(page, word, false));
      clears.push(await interact(page, 'clear', round));
    } catch (error) {
      failures.push(`${word}: ${error instanceof Error ? error.message : String(error)}`);
      await box.fill('');
      await page
        .getByRole('status')
        .filter({ hasText: /^Showing ([\d,]+) of \1 reviews$/ })
        .waitFor({ timeout: 60_000 });
    }
  }
  for (const failure of failures) console.log(`${TOOL}: failed: ${failure}`);
  const end = await page.evaluate(() => performance.now());
  for (const [name, runs] of [
    ['search (last key)', await withEventTiming(page, searches)],
    ['search cleared', await withEventTiming(page, clears)],
  ] as const) {
    console.log(
      `${TOOL}: ${name.padEnd(18)} to list painted ${spread(runs.map((run) => run.list))}; event timing ${eventSpread(runs.map((run) => run.event?.duration ?? null))}`,
    );
  }
  console.log(`${TOOL}: first review painted at ${ms(firstReview)}; searches ended at ${ms(end)}`);
  console.log(
    `${TOOL}: long tasks from the first review on  ${describeTasks(await longTasks(page, firstReview, end))}`,
  );
} finally {
  await browser.close();
  server.httpServer.close();
}
