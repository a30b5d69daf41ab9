import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { checkArguments, countArgument, fail, ms, percentile, textArgument } from './bench-measure';
import { generateDataset } from './gen-synthetic';

// A cold start as a new visitor has it: each run in a fresh browser with a fresh profile (no
// cache, no service worker, no library), the page opened and left until it is idle. Prints, per
// dataset and viewport, the median of the runs: first paint, largest contentful paint, the first
// review painted, and the main-thread tasks over 50 ms from navigation to idle (the longest, and
// how many over 100 ms); and the floor, the same file fetched and parsed by a blank page.
// Datasets: the bundled film, and generated ones of 1,000 and 10,000 reviews (`?data=`).
// Arguments: --dir DIR (default dist), --runs N (default 3), --port P (default 4394),
// --only NAME (bundled, 1000 or 10000).

const TOOL = 'bench:cold';
checkArguments(TOOL, ['dir', 'runs', 'port', 'only']);
const DIR = textArgument(TOOL, 'dir', 'dist');
const RUNS = countArgument(TOOL, 'runs', 3);
const PORT = countArgument(TOOL, 'port', 4394);
const ONLY = textArgument(TOOL, 'only', 'all');
if (!existsSync(join(DIR, 'index.html'))) fail(TOOL, `${DIR}/index.html not found; build it first`);

/** How long the page must go without a long task to count as idle. */
const QUIET_MS = 2000;
const VIEWPORTS = [
  { name: '1440x900', width: 1440, height: 900 },
  { name: '390x844', width: 390, height: 844 },
] as const;

mkdirSync(join(DIR, 'bench-data'), { recursive: true });
const BLANK_PATH = '/bench-data/blank.html';
writeFileSync(join(DIR, BLANK_PATH), '<!doctype html><title>floor</title>');
const targets: Array<{ name: string; path: string; file: string }> = [
  { name: 'bundled', path: '/', file: '/data/pusher-ii-2004.json' },
];
for (const reviews of [1000, 10_000]) {
  const file = `/bench-data/synthetic-${reviews}-7.json`;
  if (!existsSync(join(DIR, file)))
    writeFileSync(join(DIR, file), JSON.stringify(generateDataset({ reviews, seed: 7 })));
  targets.push({ name: String(reviews), path: `/?data=${file}`, file });
}

interface Cold {
  firstPaint: number;
  lcp: number;
  lcpElement: string;
  firstReview: number;
  longest: number;
  over100: number;
}

// Runs in the page before its own scripts: the paints, the first review and the long tasks.
function installColdHarness(): void {
  const w = window as unknown as {
    __cold: { lcp: number; lcpElement: string; firstReview: number | null; tasks: number[][] };
  };
  const cold = {
    lcp: 0,
    lcpElement: '',
    firstReview: null as number | null,
    tasks: [] as number[][],
  };
  w.__cold = cold;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      cold.lcp = entry.startTime;
      // What the largest paint was: its element's tag and first class.
      const element = (entry as PerformanceEntry & { element?: Element | null }).element;
      cold.lcpElement = element
        ? `${element.tagName.toLowerCase()}.${element.classList[0] ?? ''}`
        : 'gone';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) cold.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const seen = new MutationObserver(() => {
    if (!document.querySelector('article')) return;
    seen.disconnect();
    requestAnimationFrame(() => setTimeout(() => (cold.firstReview = performance.now())));
  });
  seen.observe(document, { subtree: true, childList: true });
}

const server = await preview({
  build: { outDir: DIR },
  preview: { port: PORT, host: '127.0.0.1', strictPort: true },
});
const base = `http://127.0.0.1:${PORT}`;

async function coldRun(path: string, viewport: { width: number; height: number }): Promise<Cold> {
  const profile = mkdtempSync(join(tmpdir(), 'cold-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript(installColdHarness);
    await page.goto(`${base}${path}`, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __cold: { firstReview: number | null } }).__cold.firstReview,
      null,
      { timeout: 120_000, polling: 50 },
    );
    // Idle: no long task for QUIET_MS.
    for (;;) {
      const quiet = await page.evaluate((quietMs) => {
        const { tasks } = (window as unknown as { __cold: { tasks: number[][] } }).__cold;
        const last = tasks.reduce(
          (end, [start = 0, duration = 0]) => Math.max(end, start + duration),
          0,
        );
        return performance.now() - last >= quietMs;
      }, QUIET_MS);
      if (quiet) break;
      await page.waitForTimeout(250);
    }
    await page.waitForTimeout(QUIET_MS);
    return await page.evaluate(() => {
      const { lcp, lcpElement, firstReview, tasks } = (
        window as unknown as {
          __cold: { lcp: number; lcpElement: string; firstReview: number; tasks: number[][] };
        }
      ).__cold;
      const paint = performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN;
      const durations = tasks.map(([, duration = 0]) => duration);
      return {
        firstPaint: paint,
        lcp,
        lcpElement,
        firstReview,
        longest: Math.max(0, ...durations),
        over100: durations.filter((duration) => duration > 100).length,
      };
    });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function floorOf(file: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}${BLANK_PATH}`);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      times.push(
        await page.evaluate(async (path) => {
          const start = performance.now();
          const response = await fetch(path, { cache: 'no-store' });
          JSON.parse(await response.text());
          return performance.now() - start;
        }, file),
      );
    }
    return percentile(times, 50);
  } finally {
    await browser.close();
  }
}

try {
  for (const target of targets) {
    if (ONLY !== 'all' && ONLY !== target.name) continue;
    const bytes = statSync(join(DIR, target.file)).size;
    const floor = await floorOf(target.file);
    console.log(
      `${TOOL}: ${target.name} (${(bytes / 1e6).toFixed(2)} MB): floor, fetch + JSON.parse ${ms(floor)}`,
    );
    for (const viewport of VIEWPORTS) {
      const runs: Cold[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await coldRun(target.path, viewport));
      const median = (pick: (run: Cold) => number) => percentile(runs.map(pick), 50);
      const firstReview = median((run) => run.firstReview);
      console.log(
        `${TOOL}: ${target.name} ${viewport.name}: first paint ${ms(median((run) => run.firstPaint))}, LCP ${ms(median((run) => run.lcp))}, first review ${ms(firstReview)} (${(firstReview / floor).toFixed(2)}x floor; goal 2x + 500 ms = ${ms(2 * floor + 500)}); longest task ${runs.map((run) => ms(run.longest)).join(', ')}; over 100 ms: ${runs.map((run) => run.over100).join(', ')}  [runs: LCP ${runs.map((run) => `${ms(run.lcp)} ${run.lcpElement}`).join(', ')}]`,
      );
    }
  }
} finally {
  server.httpServer.close();
}
