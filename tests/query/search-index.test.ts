import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReviewCounter, reviewBits } from '@/query/index-counts';
import { markReviews, wordCount, type SearchIndex } from '@/query/search-index';
import { buildSearchIndex, PostingPool } from '@/query/search-index-builder';

/**
 * Each word's reviews (ascending) added to a pool, in an order that interleaves the words; with
 * `size`, the pool turns a common word into a bitmap as it grows.
 */
function pooled(perWord: number[][], size: number | null): PostingPool {
  const pool = new PostingPool(size);
  const adds = perWord.flatMap((reviews, w) => reviews.map((review) => [review, w] as const));
  // Review by review, as the builder adds them; a review's words in turn.
  adds.sort(([a, x], [b, y]) => a - b || x - y);
  for (const [review, w] of adds) pool.add(w, review);
  return pool;
}

/** An index of the given words' reviews, packed as the builder packs them. */
function indexOf(size: number, perWord: number[][]): SearchIndex {
  return {
    size,
    vocabulary: perWord.map((_, w) => `w${w}`).join('\n'),
    wordStarts: new Int32Array(perWord.length + 1),
    ...pooled(perWord, size).pack(
      size,
      perWord.map((_, w) => w),
    ),
  };
}

/**
 * A word's postings as SearchIndex describes them, written the plain way: a bitmap when it is
 * smaller than the gaps, else the gaps, seven bits a byte.
 */
function plainPostings(size: number, reviews: number[]): { bitmap: boolean; bytes: number[] } {
  const bitmapBytes = Math.ceil(size / 8);
  const gaps: number[] = [];
  let previous = -1;
  for (const review of reviews) {
    let gap = review - previous - 1;
    previous = review;
    while (gap >= 128) {
      gaps.push((gap & 127) | 128);
      gap >>>= 7;
    }
    gaps.push(gap);
  }
  if (gaps.length <= bitmapBytes) return { bitmap: false, bytes: gaps };
  const bitmap = new Array<number>(bitmapBytes).fill(0);
  for (const review of reviews)
    bitmap[review >> 3] = (bitmap[review >> 3] ?? 0) | (1 << (review & 7));
  return { bitmap: true, bytes: bitmap };
}

function reviewsOf(index: SearchIndex, w: number): number[] {
  const mask = new Uint8Array(index.size);
  markReviews(index, w, mask);
  const found: number[] = [];
  mask.forEach((marked, review) => {
    if (marked === 1) found.push(review);
  });
  return found;
}

/** Sets of reviews below `size`, ascending, from empty to every review. */
const wordReviews = (size: number) =>
  fc
    .oneof(
      fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: 40 }),
      fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: size }),
      fc.constant(Array.from({ length: size }, (_, i) => i)),
    )
    .map((reviews) => reviews.sort((a, b) => a - b));

describe('packed postings', () => {
  it('give back every word its reviews, ascending, whichever way they are packed', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 70_000 })
          .chain((size) =>
            fc.tuple(fc.constant(size), fc.array(wordReviews(size), { maxLength: 12 })),
          ),
        ([size, perWord]) => {
          const index = indexOf(size, perWord);
          perWord.forEach((reviews, w) => expect(reviewsOf(index, w)).toEqual(reviews));
        },
      ),
      { numRuns: 200 },
    );
    // Up to 70,000 reviews a run: seconds alone, more on a busy machine.
  }, 60_000);

  it('are written byte for byte as SearchIndex describes them, in any order of the words', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5_000 })
          .chain((size) =>
            fc.tuple(fc.constant(size), fc.array(wordReviews(size), { maxLength: 30 }), fc.nat()),
          ),
        ([size, perWord, seed]) => {
          // Any order of the words, as the builder packs them sorted by their spelling.
          const order = perWord
            .map((_, w) => w)
            .sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97) || a - b);
          const expected = order.map((w) => plainPostings(size, perWord[w] ?? []));
          // Kept as gaps while read, or turned into bitmaps as they grow: the same index.
          for (const known of [null, size]) {
            const packed = pooled(perWord, known).pack(size, order);
            expect(
              order.map((_, at) => ({
                bitmap: packed.bitmaps[at] === 1,
                bytes: [
                  ...packed.postings.subarray(
                    packed.postingStarts[at],
                    packed.postingStarts[at + 1],
                  ),
                ],
              })),
            ).toEqual(expected);
            expect(packed.postingStarts[order.length]).toBe(packed.postings.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("count a word's reviews among any others", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 20_000 })
          .chain((size) =>
            fc.tuple(fc.constant(size), wordReviews(size), wordReviews(size), wordReviews(size)),
          ),
        ([size, common, rare, among]) => {
          const index = indexOf(size, [common, rare.slice(0, 8)]);
          const bits = reviewBits(size, Int32Array.from(among));
          const amongSet = new Set(among);
          const counter = new ReviewCounter(bits);
          expect(counter.count(index, 0)).toBe(common.filter((r) => amongSet.has(r)).length);
          expect(counter.count(index, 1)).toBe(
            rare.slice(0, 8).filter((r) => amongSet.has(r)).length,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keep a common word as a bitmap and a rare one as gaps, and gaps of any size', () => {
    const size = 1_000_000;
    const common = Array.from({ length: size / 2 }, (_, i) => i * 2);
    const rare = [0, 127, 128, 16_511, 16_512, 999_999];
    const index = indexOf(size, [common, rare, []]);
    expect([...index.bitmaps]).toEqual([1, 0, 0]);
    expect(index.postingStarts[1]).toBe(size / 8);
    expect(reviewsOf(index, 0)).toEqual(common);
    expect(reviewsOf(index, 1)).toEqual(rare);
    expect(reviewsOf(index, 2)).toEqual([]);
    // Gaps of 0, 126, 0, 16,382, 0 and 983,486: one, one, one, two, one and three bytes.
    expect((index.postingStarts[2] ?? 0) - (index.postingStarts[1] ?? 0)).toBe(9);
  });

  it('are far smaller than a number per review and word for text like reviews', () => {
    const common = ['the', 'film', 'and', 'was', 'good', 'dark', 'father'];
    const fields = Array.from({ length: 5000 }, (_, i) => [
      null,
      `${common.filter((_, k) => (i + k) % 3 !== 0).join(' ')} word${i % 500} unique${i}`,
      null,
    ]);
    const index = buildSearchIndex(fields);
    let postings = 0;
    for (let w = 0; w < wordCount(index); w += 1) postings += reviewsOf(index, w).length;
    expect(index.postings.byteLength).toBeLessThan((postings * 4) / 3);
  });
});
