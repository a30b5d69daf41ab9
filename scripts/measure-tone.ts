// How far the tone the app infers agrees with reviewers' own scores, on any reviews that have
// both: `npm run measure:tone -- FILE...`, each FILE a dataset (schema 1) or a JSON array of
// `{ rating, text }` (or `body`). Prints, per file, the three-class agreement (7-10 positive, 5-6
// mixed, 1-4 negative), its balanced form, the sign's agreement where the tone is not mixed, the
// confusion table, and how well the tone tells reviews scored 7-10 from those scored 1-4: the
// area under the ROC curve (AUC) of the score (a review without one counts as 0, the middle) and
// of the three tones (positive above mixed above negative), ties counting half. A wrong argument
// prints one line and exits with status 1.
import { readFileSync } from 'node:fs';
import { buildSearchIndex } from '../src/query/search-index-builder';
import { ToneTally } from '../src/query/tone-tally';
import { TONE_KEYS, TONE_OF_CODE, type ToneKey } from '../src/query/tone';

interface Scored {
  rating: number;
  title: string | null;
  text: string;
}

function fail(message: string): never {
  console.error(`measure-tone: ${message}`);
  process.exit(1);
}

function read(file: string): Scored[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const list =
    json && typeof json === 'object' && 'reviews' in json && Array.isArray(json.reviews)
      ? (json.reviews as unknown[])
      : Array.isArray(json)
        ? json
        : fail(`${file} is neither a dataset nor a list of reviews`);
  const scored: Scored[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    const rating = Number(record.rating);
    const text = typeof record.body === 'string' ? record.body : record.text;
    if (!Number.isInteger(rating) || rating < 1 || rating > 10 || typeof text !== 'string')
      continue;
    scored.push({ rating, title: typeof record.title === 'string' ? record.title : null, text });
  }
  return scored;
}

const expectedTone = (rating: number): ToneKey =>
  rating >= 7 ? 'positive' : rating <= 4 ? 'negative' : 'mixed';

/**
 * The chance that a review from `high` ranks above one from `low`, a tie counting half: the area
 * under the ROC curve (Mann-Whitney). NaN without both.
 */
function auc(high: readonly number[], low: readonly number[]): number {
  if (high.length === 0 || low.length === 0) return Number.NaN;
  const all = [
    ...high.map((value) => ({ value, high: true })),
    ...low.map((value) => ({ value, high: false })),
  ];
  all.sort((a, b) => a.value - b.value);
  // Sum of the ranks (1-based, ties given their mean rank) of the high group.
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j]?.value === all[i]?.value) j += 1;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k += 1) if (all[k]?.high) rankSum += meanRank;
    i = j;
  }
  return (rankSum - (high.length * (high.length + 1)) / 2) / (high.length * low.length);
}

/** The tone as an order for the AUC: positive 1, mixed 0, negative -1. */
const TONE_ORDER: Record<ToneKey, number> = { positive: 1, mixed: 0, negative: -1 };

const percent = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;

const files = process.argv.slice(2);
if (files.length === 0) fail('give one or more JSON files of reviews with a rating');

for (const file of files) {
  const reviews = read(file);
  if (reviews.length === 0) fail(`${file} holds no review with a rating from 1 to 10`);
  const tally = new ToneTally(reviews.length);
  const started = performance.now();
  buildSearchIndex(
    reviews.map((review) => [review.title, review.text, null]),
    tally,
  );
  const elapsed = performance.now() - started;
  const { tone, toneScore } = tally.finish(reviews.length);
  // confusion[expected][inferred]
  const confusion = new Map(TONE_KEYS.map((key) => [key, new Map(TONE_KEYS.map((k) => [k, 0]))]));
  reviews.forEach((review, i) => {
    const inferred = TONE_OF_CODE[tone[i] ?? 0] ?? 'mixed';
    const row = confusion.get(expectedTone(review.rating));
    row?.set(inferred, (row.get(inferred) ?? 0) + 1);
  });
  const cell = (expected: ToneKey, inferred: ToneKey) =>
    confusion.get(expected)?.get(inferred) ?? 0;
  const rowTotal = (expected: ToneKey) =>
    TONE_KEYS.reduce((sum, inferred) => sum + cell(expected, inferred), 0);
  const agree = TONE_KEYS.reduce((sum, key) => sum + cell(key, key), 0);
  const recalls = TONE_KEYS.filter((key) => rowTotal(key) > 0).map(
    (key) => cell(key, key) / rowTotal(key),
  );
  const balanced = recalls.reduce((sum, recall) => sum + recall, 0) / recalls.length;
  const signed =
    cell('positive', 'positive') +
    cell('positive', 'negative') +
    cell('negative', 'positive') +
    cell('negative', 'negative');
  const signRight = cell('positive', 'positive') + cell('negative', 'negative');
  console.log(`${file}: ${reviews.length} scored reviews, tone in ${elapsed.toFixed(0)} ms`);
  console.log(`  agrees with the score: ${agree} (${percent(agree, reviews.length)})`);
  console.log(`  balanced over the three classes: ${(100 * balanced).toFixed(1)} %`);
  console.log(
    `  sign right where tone and score are both positive or negative: ${percent(signRight, signed)} of ${signed}`,
  );
  console.log('  score \\ tone   positive  mixed  negative');
  for (const expected of TONE_KEYS) {
    const cells = TONE_KEYS.map((inferred) => String(cell(expected, inferred)).padStart(8));
    console.log(`  ${expected.padEnd(13)}${cells.join(' ')}   (${rowTotal(expected)})`);
  }
  const scores = { high: [] as number[], low: [] as number[] };
  const tones = { high: [] as number[], low: [] as number[] };
  reviews.forEach((review, i) => {
    if (review.rating >= 5 && review.rating <= 6) return;
    const side = review.rating >= 7 ? 'high' : 'low';
    const score = toneScore[i] ?? Number.NaN;
    scores[side].push(Number.isNaN(score) ? 0 : score);
    tones[side].push(TONE_ORDER[TONE_OF_CODE[tone[i] ?? 0] ?? 'mixed']);
  });
  const shown = (value: number) => (Number.isNaN(value) ? 'n/a' : value.toFixed(3));
  console.log(
    `  AUC, ${scores.high.length} scored 7-10 against ${scores.low.length} scored 1-4: score ${shown(auc(scores.high, scores.low))}, tone ${shown(auc(tones.high, tones.low))}`,
  );
}
