import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  BENCH_CHROMIUM_ARGS,
  checkArguments,
  countArgument,
  interact,
  KINDS,
  loadDataset,
  mb,
  openBenchPage,
  pss,
  rendererOf,
  resetFilter,
  textArgument,
} from './bench-measure';
import { generateDataset } from './gen-synthetic';

// Follows the page renderer's memory through a session, stage by stage: the first review, the
// loader's worker gone, an idle wait, each kind of interaction (real input, as `npm run bench`),
// and a forced collection at the end. Run through `npm run bench:memory` (which builds first).
// Arguments: --reviews N (default 100000), --seed S (default 7), --rounds R of each kind
// (default 4), --idle S seconds watched after the load (default 20), --port P, and
// --allocations yes to print what allocated most during the interactions (the engine's
// sampling heap profiler, collected objects included), --mappings yes to print the renderer's
// mappings over 4 MiB at each stage.

const TOOL = 'bench:memory';
checkArguments(TOOL, ['reviews', 'seed', 'rounds', 'idle', 'port', 'allocations', 'mappings']);
const REVIEWS = countArgument(TOOL, 'reviews', 100_000);
const SEED = countArgument(TOOL, 'seed', 7);
const ROUNDS = countArgument(TOOL, 'rounds', 4);
const IDLE_S = countArgument(TOOL, 'idle', 20);
const PORT = countArgument(TOOL, 'port', 4391);
const ALLOCATIONS = textArgument(TOOL, 'allocations', 'no') === 'yes';
const MAPPINGS = textArgument(TOOL, 'mappings', 'no') === 'yes';
const DATA_PATH = `/bench-data/synthetic-${REVIEWS}-${SEED}.json`;

mkdirSync('dist/bench-data', { recursive: true });
if (!existsSync(`dist${DATA_PATH}`))
  writeFileSync(
    `dist${DATA_PATH}`,
    JSON.stringify(generateDataset({ reviews: REVIEWS, seed: SEED })),
  );
const fileBytes = statSync(`dist${DATA_PATH}`).size;
console.log(`${TOOL}: ${REVIEWS} reviews, ${(fileBytes / 1e6).toFixed(1)} MB of JSON`);

/** The renderer's mappings over 4 MiB of PSS, one a line. */
function largeMappings(pid: number): string {
  const rows: string[] = [];
  let head = '';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) {
      head = line;
      continue;
    }
    const match = /^Pss:\s+(\d+) kB/.exec(line);
    if (match && Number(match[1]) > 4096) {
      const [range = '', perms = '', , , , name = '(anonymous)'] = head.split(/\s+/);
      const [from = '0', to = '0'] = range.split('-');
      const size = (parseInt(to, 16) - parseInt(from, 16)) / 2 ** 20;
      rows.push(`  ${mb(Number(match[1]) * 1024)} of ${size.toFixed(0)} MiB ${perms} ${name}`);
    }
  }
  return rows.join('\n');
}

async function report(label: string, browser: Browser, page: Page, cdp: CDPSession) {
  const pid = await rendererOf(browser, page);
  const heap = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    totalSize: number;
    embedderHeapUsedSize?: number;
    backingStorageSize?: number;
  };
  const { nodes } = await cdp.send('Memory.getDOMCounters');
  const size = pid === null ? null : pss(pid);
  const ratio = size === null ? '?' : `${(size / fileBytes).toFixed(2)}x`;
  console.log(
    `${TOOL}: ${label.padEnd(26)} PSS ${size === null ? '?' : mb(size)} = ${ratio}; JS heap ${mb(heap.usedSize)} used of ${mb(heap.totalSize)}, DOM heap ${mb(heap.embedderHeapUsedSize ?? 0)}, array buffers ${mb(heap.backingStorageSize ?? 0)}; ${nodes} DOM nodes; ${page.workers().length} workers`,
  );
  if (MAPPINGS && pid !== null) console.log(largeMappings(pid));
}

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** The sampled allocations summed by their last three frames, largest first. */
function topAllocations(head: ProfileNode, count: number): string[] {
  const sums = new Map<string, number>();
  const walk = (node: ProfileNode, stack: string[]) => {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const frame = `${functionName || '(anonymous)'}@${url.split('/').pop() ?? ''}:${lineNumber}:${columnNumber}`;
    const path = [...stack, frame];
    const key = path.slice(-3).join(' < ');
    sums.set(key, (sums.get(key) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, path);
  };
  walk(head, []);
  const total = [...sums.values()].reduce((sum, size) => sum + size, 0);
  return [
    `allocated during the interactions (sampled): ${mb(total)}`,
    ...[...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, size]) => `${mb(size).padStart(9)}  ${key}`),
  ];
}

const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS],
});
try {
  const page = await openBenchPage(browser);
  const { peak } = await loadDataset(browser, page, `http://127.0.0.1:${PORT}/?data=${DATA_PATH}`);
  const cdp = await page.context().newCDPSession(page);
  console.log(
    `${TOOL}: largest PSS while loading ${peak === null ? '?' : `${mb(peak)} = ${(peak / fileBytes).toFixed(2)}x`}`,
  );
  await report('first review, charts', browser, page, cdp);
  const since = Date.now();
  while (page.workers().length > 0 && Date.now() - since < 120_000) await page.waitForTimeout(250);
  await report(`worker ended (+${((Date.now() - since) / 1000).toFixed(1)} s)`, browser, page, cdp);
  for (let s = 5; s <= IDLE_S; s += 5) {
    await page.waitForTimeout(5000);
    await report(`idle ${s} s`, browser, page, cdp);
  }
  if (ALLOCATIONS)
    await cdp.send('HeapProfiler.startSampling', {
      samplingInterval: 16384,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  for (const kind of KINDS) {
    if (kind === 'clear') continue;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const step of kind === 'search' ? (['search', 'clear'] as const) : [kind]) {
        await page.waitForTimeout(500);
        await interact(page, step, round);
      }
    }
    await resetFilter(page, kind);
    await report(`after ${ROUNDS} of ${kind}`, browser, page, cdp);
  }
  if (ALLOCATIONS) {
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: ProfileNode };
    };
    for (const line of topAllocations(profile.head, 12)) console.log(`${TOOL}: ${line}`);
  }
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(1000);
  await report('after a forced collection', browser, page, cdp);
} finally {
  await browser.close();
  server.httpServer.close();
}
