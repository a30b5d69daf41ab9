import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  countArgument,
  fail,
  interact,
  KINDS,
  ms,
  openBenchPage,
  percentile,
  textArgument,
  type Kind,
  type Run,
} from './bench-measure';
import { generateDataset } from './gen-synthetic';

// Compares two builds of the app side by side. Both open the same generated dataset in one
// headless Chromium, and every interaction is made in one build and then in the other (each going
// first in turn), so that the machine's drift during the run weighs on both alike; runs of
// `npm run bench` minutes apart can differ by a quarter on the same code. Build each with
// `npx vite build --outDir DIR`. Arguments: --a DIR --b DIR, --reviews N (default 100000), --seed S
// (default 7), --rounds R interactions of each kind in each build (default 30), --kinds
// sort,rating,spoilers,search (default all), --settle SECONDS to wait after both have loaded, so
// that the work they do in idle moments after a load is over (default 20).

const TOOL = 'bench:ab';
const text = (name: string, fallback?: string) => textArgument(TOOL, name, fallback);
const count = (name: string, fallback: number) => countArgument(TOOL, name, fallback);

const builds = { A: text('a'), B: text('b') };
const REVIEWS = count('reviews', 100_000);
const SEED = count('seed', 7);
const ROUNDS = count('rounds', 30);
const SETTLE_S = count('settle', 20);
const kinds = text('kinds', KINDS.join(',')).split(',') as Kind[];
for (const kind of kinds) if (!KINDS.includes(kind)) fail(TOOL, `unknown kind ${kind}`);
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

const servers = await Promise.all(
  Object.values(builds).map((outDir, k) =>
    preview({
      build: { outDir },
      preview: { port: 4181 + k, host: '127.0.0.1', strictPort: true },
    }),
  ),
);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

async function open(port: number): Promise<Page> {
  const page = await openBenchPage(browser);
  await page.goto(`http://127.0.0.1:${port}/?data=${DATA_PATH}`);
  await page.waitForSelector('article', { timeout: 180_000 });
  await page.waitForSelector('.chart', { timeout: 60_000 });
  return page;
}

try {
  const pages = { A: await open(4181), B: await open(4182) };
  await pages.B.waitForTimeout(SETTLE_S * 1000);
  const quartiles = (values: number[]) =>
    values.length === 0
      ? 'unchanged'
      : [25, 50, 75].map((p) => ms(percentile(values, p))).join(' / ');
  console.log(`bench:ab: A ${builds.A}, B ${builds.B}; p25 / p50 / p75 of ${ROUNDS} runs each`);
  for (const kind of kinds) {
    const runs: Record<'A' | 'B', Run[]> = { A: [], B: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
        await pages[side].bringToFront();
        await pages[side].waitForTimeout(500);
        runs[side].push(await interact(pages[side], kind, round));
      }
    }
    for (const side of ['A', 'B'] as const) {
      const list = runs[side].map((run) => run.list);
      const charts = runs[side].flatMap((run) => (run.charts === null ? [] : [run.charts]));
      console.log(
        `bench:ab: ${kind.padEnd(8)} ${side}  list ${quartiles(list)}  charts ${quartiles(charts)}  first three: ${list.slice(0, 3).map(ms).join(', ')}`,
      );
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.httpServer.close();
}
