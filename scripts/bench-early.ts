import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import {
  launchBenchBrowser,
  checkArguments,
  countArgument,
  fail,
  spread,
  textArgument,
} from './bench-measure';
import { earlyReader, type EarlyReader } from './early-reader';
import { firstSearches } from './first-search';
import { generateDataset } from './gen-synthetic';

// A reader who acts as soon as the first review shows, while the loader still builds the search
// index (see early-reader): opens a generated dataset in a build (`--dir`, default dist) in a
// fresh browser, makes 30 interactions with real input from the first review on, and prints
// their times, their Event Timing, the long tasks and the renderers' memory. Arguments:
// --dir DIR, --reviews N (default 100000), --seed S (default 7), --loads L fresh browsers
// (default 1), --port P (default 4392), --first-searches W (default 3): then W searches, each
// typed at the first review of a fresh page and timed to the first reviews found and to the
// whole answer (see first-search).

const TOOL = 'bench:early';
checkArguments(TOOL, ['dir', 'reviews', 'seed', 'loads', 'port', 'first-searches']);
const DIR = textArgument(TOOL, 'dir', 'dist');
const REVIEWS = countArgument(TOOL, 'reviews', 100_000);
const SEED = countArgument(TOOL, 'seed', 7);
const LOADS = countArgument(TOOL, 'loads', 1);
const PORT = countArgument(TOOL, 'port', 4392);
const FIRST_SEARCHES = countArgument(TOOL, 'first-searches', 3);
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
const runs: EarlyReader[] = [];
try {
  for (let load = 0; load < LOADS; load += 1) {
    // A fresh browser each time: nothing cached, one renderer for the page and its workers.
    const browser = await launchBenchBrowser();
    try {
      const run = await earlyReader(
        browser,
        `http://127.0.0.1:${PORT}/?data=${DATA_PATH}`,
        fileBytes,
        `${TOOL} (${load + 1})`,
      );
      runs.push(run);
      for (const line of run.lines) console.log(line);
    } finally {
      await browser.close();
    }
  }
  if (runs.length > 1) {
    const all = runs.flatMap((run) => run.answers);
    console.log(`${TOOL}: all ${runs.length} loads, input to result painted  ${spread(all)}`);
    console.log(
      `${TOOL}: renderers after the interactions ${runs.map((run) => `${(run.afterUse / fileBytes).toFixed(2)}x`).join(', ')}; largest meanwhile ${runs.map((run) => `${(run.peak / fileBytes).toFixed(2)}x`).join(', ')}, while indexing ${runs.map((run) => `${(run.building / fileBytes).toFixed(2)}x`).join(', ')} the file`,
    );
  }
  const browser = await launchBenchBrowser();
  try {
    const searches = await firstSearches(
      browser,
      `http://127.0.0.1:${PORT}/?data=${DATA_PATH}`,
      FIRST_SEARCHES,
      `${TOOL} first search`,
    );
    for (const line of searches.lines) console.log(line);
  } finally {
    await browser.close();
  }
} finally {
  server.httpServer.close();
}
