import { mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { chromium, type Page, type CDPSession, type Browser } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  BENCH_CHROMIUM_ARGS,
  checkArguments,
  countArgument,
  interact,
  loadDataset,
  mb,
  openBenchPage,
  resetFilter,
  rendererOf,
  pss,
  KINDS,
} from './bench-measure';
import { generateDataset } from './gen-synthetic';

const TOOL = 'bench:memory';
checkArguments(TOOL, ['reviews', 'seed', 'rounds', 'port']);
const REVIEWS = countArgument(TOOL, 'reviews', 100_000);
const SEED = countArgument(TOOL, 'seed', 7);
const ROUNDS = countArgument(TOOL, 'rounds', 4);
const PORT = countArgument(TOOL, 'port', 4391);
const DATA_PATH = `/bench-data/synthetic-${REVIEWS}-${SEED}.json`;

mkdirSync('dist/bench-data', { recursive: true });
if (!existsSync(`dist${DATA_PATH}`))
  writeFileSync(
    `dist${DATA_PATH}`,
    JSON.stringify(generateDataset({ reviews: REVIEWS, seed: SEED })),
  );
const fileBytes = statSync(`dist${DATA_PATH}`).size;

const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS],
});

function bigMappings(pid: number | null): string {
  if (pid === null || !process.env.MAPS) return '';
  const smaps = readFileSync(`/proc/${pid}/smaps`, 'utf8');
  const rows: Array<[string, number]> = [];
  let head = '';
  for (const line of smaps.split('\n')) {
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) {
      head = line;
      continue;
    }
    const m = /^Pss:\s+(\d+) kB/.exec(line);
    if (m && Number(m[1]) > 4096) {
      const [range = '', perms = '', , , , name = '[anon]'] = head.split(/\s+/);
      const [a = '0', b = '0'] = range.split('-');
      rows.push([
        `${a} ${((parseInt(b, 16) - parseInt(a, 16)) / 2 ** 20).toFixed(0)}M ${perms} ${name}`,
        Number(m[1]),
      ]);
    }
  }
  return '\n  ' + rows.map(([n, k]) => `${(k / 1024).toFixed(0)} MiB ${n}`).join('\n  ');
}

async function report(label: string, b: Browser, page: Page, cdp: CDPSession) {
  const pid = await rendererOf(b, page);
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const size = pid === null ? null : pss(pid);
  console.log(
    `${label.padEnd(34)} PSS ${size === null ? '?' : mb(size)} = ${size === null ? '?' : (size / fileBytes).toFixed(2)}x; heap ${JSON.stringify(Object.fromEntries(Object.entries(heap).map(([k, v]) => [k, mb(v as number)])))}; dom ${JSON.stringify(dom)}; workers ${page.workers().length}${bigMappings(pid)}`,
  );
}

try {
  const page = await openBenchPage(browser);
  await loadDataset(browser, page, `http://127.0.0.1:${PORT}/?data=${DATA_PATH}`);
  const cdp = await page.context().newCDPSession(page);
  await report('first review + charts', browser, page, cdp);
  const waitStart = Date.now();
  while (page.workers().length > 0 && Date.now() - waitStart < 120_000)
    await page.waitForTimeout(250);
  await page.waitForTimeout(2000);
  await report(
    `worker gone (+${((Date.now() - waitStart) / 1000).toFixed(1)} s)`,
    browser,
    page,
    cdp,
  );
  for (let i = 0; i < 6; i += 1) {
    await page.waitForTimeout(5000);
    await report(`${(i + 1) * 5} s later`, browser, page, cdp);
  }
  if (process.env.ONLY_LOAD) process.exit(0);
  if (process.env.SAMPLE)
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
    await report(`after ${kind}`, browser, page, cdp);
  }
  await page.waitForTimeout(3000);
  await report('3 s later', browser, page, cdp);
  if (process.env.SAMPLE) {
    type Node = {
      callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
      selfSize: number;
      children: Node[];
    };
    const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: Node };
    };
    const sums = new Map<string, number>();
    const walk = (node: Node, stack: string[]) => {
      const frame = `${node.callFrame.functionName || '(anon)'}@${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
      const path = [...stack, frame].slice(-3).join(' < ');
      sums.set(path, (sums.get(path) ?? 0) + node.selfSize);
      for (const child of node.children) walk(child, [...stack, frame]);
    };
    walk(profile.head, []);
    let total = 0;
    for (const v of sums.values()) total += v;
    console.log('sampled allocations', mb(total));
    for (const [k, v] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(mb(v).padStart(8), k);
  }
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(1000);
  await report('after forced GC', browser, page, cdp);
} finally {
  await browser.close();
  server.httpServer.close();
}
