import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The JavaScript index.html loads before any lazy chunk: the entry script and what it preloads.
// Also printed: index.html itself, which holds the bundled film's first screen
// (scripts/first-screen), within a budget of its own.
const BUDGET_BYTES = 100_000;
const PAGE_BUDGET_BYTES = 16_000;
const DIST = process.argv[2] ?? 'dist';

let html: string;
try {
  html = readFileSync(join(DIST, 'index.html'), 'utf8');
} catch {
  console.error(`size: ${DIST}/index.html not found; run npm run build first`);
  process.exit(1);
}

const sources = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((match) => match[1] ?? '');

let total = 0;
for (const source of new Set(sources)) {
  const file = join(DIST, source.replace(/^\//, ''));
  const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
  total += gzipped;
  console.log(`size: ${source} ${(gzipped / 1000).toFixed(1)} kB gzip`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'over';
console.log(
  `size: first-paint JavaScript ${(total / 1000).toFixed(1)} kB gzip, ${verdict} the ${BUDGET_BYTES / 1000} kB budget`,
);
const page = gzipSync(html, { level: 9 }).length;
const pageVerdict = page <= PAGE_BUDGET_BYTES ? 'within' : 'over';
console.log(
  `size: index.html ${(page / 1000).toFixed(1)} kB gzip, ${pageVerdict} the ${PAGE_BUDGET_BYTES / 1000} kB budget`,
);
if (total > BUDGET_BYTES || page > PAGE_BUDGET_BYTES) process.exit(1);
