import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  BENCH_CHROMIUM_ARGS,
  checkArguments,
  countArgument,
  describeMemory,
  describeTasks,
  eventSpread,
  fail,
  interact,
  KINDS,
  loadDataset,
  longTasks,
  memory,
  ms,
  openBenchPage,
  percentile,
  resetFilter,
  textArgument,
  withEventTiming,
  type Kind,
} from './bench-measure';
import { generateDataset } from './gen-synthetic';

// Compares two builds of the app side by side with the method of `npm run bench`. Both open the
// same generated dataset in one headless Chromium, and every interaction is made in one build and
// then in the other (each going first in turn), so that the machine's drift during the run weighs
// on both alike; runs of `npm run bench` minutes apart can differ by a quarter on the same code.
// Build each with `npx vite build --outDir DIR`. Arguments: --a DIR --b DIR, --reviews N (default
// 100000), --seed S (default 7), --rounds R interactions of each kind in each build (default 30),
// --kinds sort,rating,spoilers,search (default all; search includes clearing it), --settle
// SECONDS to wait after both have loaded, so that the work they do in idle moments after a load
// is over (default 20), --port P: the builds are served on P and P + 1 (default 4391).

const TOOL = 'bench:ab';
checkArguments(TOOL, ['a', 'b', 'reviews', 'seed', 'rounds', 'kinds', 'settle', 'port']);
const text = (name: string, fallback?: string) => textArgument(TOOL, name, fallback);
const count = (name: string, fallback: number) => countArgument(TOOL, name, fallback);

const builds = { A: text('a'), B: text('b') };
const REVIEWS = count('reviews', 100_000);
const SEED = count('seed', 7);
const ROUNDS = count('rounds', 30);
const SETTLE_S = count('settle', 20);
const PORT = count('port', 4391);
const kinds = text('kinds', 'sort,rating,spoilers,search').split(',') as Kind[];
for (const kind of kinds)
  if (!KINDS.includes(kind) || kind === 'clear') fail(TOOL, `unknown kind "${kind}"`);
for (const dir of Object.values(builds)) {
  if (!existsSync(join(dir, 'index.html')))
    fail(TOOL, `${dir}/index.html not found; build it first`);
}

const DATA_PATH = `/bench-data/synthetic-${REVIEWS}-${SEED}.json`;
const missing = Object.values(builds).filter((dir) => !existsSync(join(dir, DATA_PATH)));
if (missing.length > 0) {
  const json = JSON.stringify(generateDataset({ reviews: REVIEWS, seed: SEED }));
  for (const dir of missing) {
    mkdirSync(join(dir, 'bench-data'), { recursive: true });
    writeFileSync(join(dir, DATA_PATH), json);
  }
}
const fileBytes = statSync(join(builds.A, DATA_PATH)).size;

const servers = await Promise.all(
  Object.values(builds).map((outDir, k) =>
    preview({
      build: { outDir },
      preview: { port: PORT + k, host: '127.0.0.1', strictPort: true },
    }),
  ),
);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS],
});

async function open(port: number): Promise<{ page: Page; firstReview: number }> {
  const page = await openBenchPage(browser);
  const { firstReview } = await loadDataset(
    browser,
    page,
    `http://127.0.0.1:${port}/?data=${DATA_PATH}`,
  );
  return { page, firstReview };
}

try {
  const opened = { A: await open(PORT), B: await open(PORT + 1) };
  const pages = { A: opened.A.page, B: opened.B.page };
  for (const side of ['A', 'B'] as const) {
    const { page, firstReview } = opened[side];
    const cdp = await page.context().newCDPSession(page);
    console.log(
      `bench:ab: ${side} first review painted at ${ms(firstReview)}; long tasks while loading ${describeTasks(await longTasks(page, 0, firstReview))}`,
    );
    console.log(
      `bench:ab: ${side} after load: ${describeMemory(await memory(browser, page, cdp), fileBytes)}`,
    );
    await cdp.detach();
  }
  await pages.B.waitForTimeout(SETTLE_S * 1000);
  const quartiles = (values: number[]) =>
    values.length === 0 ? 'none' : [25, 50, 75].map((p) => ms(percentile(values, p))).join(' / ');
  console.log(
    `bench:ab: A ${builds.A}, B ${builds.B}; input timeStamp to list painted, p25 / p50 / p75 of ${ROUNDS} runs each, and Event Timing durations`,
  );
  for (const kind of kinds) {
    const steps: Kind[] = kind === 'search' ? ['search', 'clear'] : [kind];
    const runs = new Map<string, Awaited<ReturnType<typeof interact>>[]>();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
        await pages[side].bringToFront();
        for (const step of steps) {
          await pages[side].waitForTimeout(500);
          const key = `${step} ${side}`;
          runs.set(key, [...(runs.get(key) ?? []), await interact(pages[side], step, round)]);
        }
      }
    }
    for (const side of ['A', 'B'] as const) await resetFilter(pages[side], kind);
    for (const step of steps) {
      for (const side of ['A', 'B'] as const) {
        const timed = await withEventTiming(pages[side], runs.get(`${step} ${side}`) ?? []);
        const list = timed.map((run) => run.list);
        const charts = timed.flatMap((run) => (run.charts === null ? [] : [run.charts]));
        console.log(
          `bench:ab: ${step.padEnd(8)} ${side}  list ${quartiles(list)}  charts ${quartiles(charts)}  event timing ${eventSpread(timed.map((run) => run.event?.duration ?? null))}  first three: ${list.slice(0, 3).map(ms).join(', ')}`,
        );
      }
    }
  }
  for (const side of ['A', 'B'] as const) {
    const cdp = await pages[side].context().newCDPSession(pages[side]);
    console.log(
      `bench:ab: ${side} after the interactions: ${describeMemory(await memory(browser, pages[side], cdp), fileBytes)}`,
    );
    await cdp.detach();
  }
} finally {
  await browser.close();
  for (const server of servers) server.httpServer.close();
}
