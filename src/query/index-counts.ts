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
  // An indexed loop: this runs too seldom to be optimized, and unoptimized each step of a for-of
  // loop makes an object.
  for (let k = 0; k < reviews.length; k += 1) {
    const review = reviews[k] ?? 0;
    bits[review >> 3] = (bits[review >> 3] ?? 0) | (1 << (review & 7));
  }
  return bits;
}

/**
 * Counts how many of the reviews a bitmap (from `reviewBits`) marks each word is in. One counter
 * serves every word of a count: a function made for each word, tens of thousands of them, was
 * most of what a count allocated.
 */
export class ReviewCounter {
  private readonly among: Uint8Array;
  private n = 0;
  private readonly visit = (review: number) => {
    this.n += ((this.among[review >> 3] ?? 0) >> (review & 7)) & 1;
  };

  constructor(among: Uint8Array) {
    this.among = among;
  }

  /** How many of the marked reviews the word at position `w` is in. */
  count(index: SearchIndex, w: number): number {
    const { postings } = index;
    let p = index.postingStarts[w] ?? 0;
    const end = index.postingStarts[w + 1] ?? 0;
    if (index.bitmaps[w] === 0) {
      this.n = 0;
      eachGapReview(postings, p, end, this.visit);
      return this.n;
    }
    const { among } = this;
    let n = 0;
    for (let b = 0; p < end; p += 1, b += 1)
      n += BITS_SET[(postings[p] ?? 0) & (among[b] ?? 0)] ?? 0;
    return n;
  }
}
