import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readAny } from '../src/data/formats/read-any';

/** A saved 2024 page with `count` cards, made from the test fixture's first card. */
function bigPage(count: number): string {
  const page = readFileSync('tests/fixtures/imdb/saved-2024-complete.html', 'utf8');
  const start = page.indexOf('<article class="sc-');
  const end = page.indexOf('</article>') + '</article>'.length;
  const card = page.slice(start, end);
  const cards = Array.from({ length: count }, (_, i) =>
    card.replaceAll('rw5550001', `rw${String(7_000_000 + i)}`),
  );
  return page.slice(0, start) + cards.join('\n') + page.slice(end);
}

const cards = Number(process.argv[2] ?? 5000);
const html = bigPage(cards);
for (let run = 0; run < 3; run += 1) {
  const started = performance.now();
  const result = readAny(html, 'big.html');
  const ms = performance.now() - started;
  const read = result.kind === 'dataset' ? result.dataset.reviews.length : 0;
  console.log(
    `${cards} cards, ${(html.length / 1e6).toFixed(1)} MB: ${read} read in ${ms.toFixed(0)} ms`,
  );
}
