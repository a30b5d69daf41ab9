import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import {
  BENCH_CHROMIUM_ARGS,
  checkArguments,
  countArgument,
  describeFrames,
  describeTasks,
  fail,
  installHarness,
  longFrames,
  longTasks,
  ms,
  openBenchPage,
  textArgument,
} from './bench-measure';
import { generateDataset } from './gen-synthetic';
import { MAX_IMPORT_BYTES } from '../src/data/import-error';
import type { Dataset } from '../src/data/review-schema';

// Times the import of the same reviews as the app's JSON and as a CSV table, through the Import
// dialog in the built app: from choosing the file to the preview (for the CSV, the column
// choice) and on to the list showing every review after Add to library, with the longest
// main-thread task on the way. `npm run bench:tables -- --reviews 100000`.

const TOOL = 'bench:tables';
checkArguments(TOOL, ['reviews', 'seed', 'port', 'profile']);
const REVIEWS = countArgument(TOOL, 'reviews', 100_000);
const SEED = countArgument(TOOL, 'seed', 7);
const PORT = countArgument(TOOL, 'port', 4396);
// 'fresh': a new context each import, whose storage quota is small (a large dataset is refused
// and kept for the session); 'disk': a new profile on disk each import, with the disk's quota.
const PROFILE = textArgument(TOOL, 'profile', 'fresh');
if (PROFILE !== 'fresh' && PROFILE !== 'disk') fail(TOOL, '--profile is fresh or disk');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `Dec 5, 2025`, as scrapers write IMDb's dates. */
function scraperDate(iso: string | null): string {
  if (iso === null) return '';
  const [year, month, day] = iso.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1] ?? 'Jan'} ${day}, ${year}`;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The dataset as a scraper's CSV: its own column names, votes up and down, CRLF lines. */
function asCsv(dataset: Dataset): string {
  const lines = [
    'review_title,review_author,review_date,rating,review_content,helpful_count_up,helpful_count_down,spoiler,movie_title',
  ];
  const film = `${dataset.film.title} (${dataset.film.year ?? ''})`;
  for (const r of dataset.reviews) {
    lines.push(
      [
        quote(r.title ?? ''),
        quote(r.author ?? ''),
        quote(scraperDate(r.date)),
        r.rating === null ? '' : String(r.rating),
        quote(r.body),
        String(r.helpful.up),
        String(r.helpful.total - r.helpful.up),
        r.spoiler ? 'True' : 'False',
        quote(film),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

mkdirSync('.bench', { recursive: true });
const dataset = generateDataset({ reviews: REVIEWS, seed: SEED });
const jsonPath = '.bench/tables.json';
const csvPath = '.bench/tables.csv';
writeFileSync(jsonPath, JSON.stringify(dataset));
writeFileSync(csvPath, asCsv(dataset));
const size = (path: string) => `${(statSync(path).size / 1e6).toFixed(1)} MB`;
console.log(`${TOOL}: ${REVIEWS} reviews, JSON ${size(jsonPath)}, CSV ${size(csvPath)}`);

const shown = `Showing ${REVIEWS.toLocaleString('en-US')} of ${REVIEWS.toLocaleString('en-US')} reviews`;

async function importOnce(page: Page, path: string) {
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page
    .getByRole('status')
    .filter({ hasText: /^Showing/ })
    .waitFor();
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import reviews' });
  const from = await page.evaluate(() => performance.now());
  const started = performance.now();
  await dialog.getByLabel('Choose file').setInputFiles(path);
  const add = dialog.getByRole('button', { name: 'Add to library' });
  const refused = dialog.getByRole('alert');
  await add.or(refused).waitFor({ timeout: 600_000 });
  if (await refused.isVisible()) throw new Error(`${path}: ${await refused.innerText()}`);
  const toPreview = performance.now() - started;
  await add.click();
  await page.getByRole('status').filter({ hasText: shown }).waitFor({ timeout: 600_000 });
  const toShown = performance.now() - started;
  const to = await page.evaluate(() => performance.now());
  // Storage may refuse a large dataset (a fresh context's quota): then it is open for this visit.
  const sessionOnly = (await page.getByText(/open for this session only/).count()) > 0;
  return {
    sessionOnly,
    toPreview,
    toShown,
    tasks: await longTasks(page, from, to),
    frames: await longFrames(page, from, to),
  };
}

/** A page in a new profile on disk, with the harness, as openBenchPage gives one. */
async function diskPage(profile: string): Promise<Page> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.addInitScript(installHarness);
  return page;
}

const server = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, ...BENCH_CHROMIUM_ARGS],
});
try {
  const results: Record<string, Awaited<ReturnType<typeof importOnce>>> = {};
  for (const [name, path] of [
    ['JSON', jsonPath],
    ['CSV', csvPath],
  ] as const) {
    if (name === 'JSON' && statSync(path).size > MAX_IMPORT_BYTES) {
      console.log(`${TOOL}: JSON: ${size(path)} is over the dialog's limit for JSON, not timed`);
      continue;
    }
    // A fresh context or profile each time: an empty library, nothing cached.
    const profile = PROFILE === 'disk' ? mkdtempSync(join(tmpdir(), 'tables-')) : null;
    const page = profile === null ? await openBenchPage(browser) : await diskPage(profile);
    results[name] = await importOnce(page, path);
    await page.context().close();
    if (profile !== null) rmSync(profile, { recursive: true, force: true });
    const r = results[name];
    console.log(
      `${TOOL}: ${name}: preview ${ms(r.toPreview)}, all shown ${ms(r.toShown)}${r.sessionOnly ? ' (storage refused it: open for this session only)' : ', stored'}; long tasks ${describeTasks(r.tasks)}`,
    );
    for (const line of describeFrames(r.frames)) console.log(`${TOOL}: ${name}:   ${line}`);
  }
  const json = results.JSON;
  const csv = results.CSV;
  if (json && csv)
    console.log(
      `${TOOL}: CSV takes ${(csv.toShown / json.toShown).toFixed(2)}x the JSON's time to all shown (${(csv.toPreview / json.toPreview).toFixed(2)}x to the preview)`,
    );
} catch (error) {
  fail(TOOL, error instanceof Error ? error.message : String(error));
} finally {
  await browser.close();
  await server.close();
}
