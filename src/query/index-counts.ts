import { eachGapReview, type SearchIndex } from './search-index';

// Counting a word's reviews among others, for what the shown reviews mention (loaded with it).

// The number of bits set in each byte.
const BITS_SET = Uint8Array.from({ length: 256 }, (_, byte) => {
  let n = 0;
  for (let b = byte; b !== 0; b >>= 1) n += b & 1;
  return n;
});

/** A bitmap of the given reviews, in the index's layout: review 8b + k is bit k of byte b. */
export function reviewBits(size: number, reviews: Int32Array): Uint8Array {
  const bits = new Uint8Array(Math.ceil(size / 8));
  for (const review of reviews) bits[review >> 3] = (bits[review >> 3] ?? 0) | (1 << (review & 7));
  return bits;
}

/** How many of the reviews in `among` (a bitmap from `reviewBits`) the word at `w` is in. */
export function countReviews(index: SearchIndex, w: number, among: Uint8Array): number {
  const { postings } = index;
  let p = index.postingStarts[w] ?? 0;
  const end = index.postingStarts[w + 1] ?? 0;
  let n = 0;
  if (index.bitmaps[w] === 0) {
    eachGapReview(postings, p, end, (review) => {
      n += ((among[review >> 3] ?? 0) >> (review & 7)) & 1;
    });
    return n;
  }
  for (let b = 0; p < end; p += 1, b += 1) n += BITS_SET[(postings[p] ?? 0) & (among[b] ?? 0)] ?? 0;
  return n;
}
