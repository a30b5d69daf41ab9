/**
 * An inverted index of the reviews' words, folded (case and accents ignored): each word once, in
 * sorted order, with the reviews it occurs in. Search matches at the start of a word, so the
 * words a search word starts are one run of the sorted vocabulary, found by binary search.
 * Built where the dataset is read (a worker, for large datasets) from the reviews' own text:
 * the folded text itself is never kept.
 *
 * Each word's reviews are stored whichever way is smaller: a bitmap of every review (a common
 * word, in more than about one review in eight) or the gaps between its reviews as variable-length
 * numbers (seven bits a byte, a byte for most gaps). At 100,000 reviews of the bench's text that
 * is 4 MB, where one 32-bit number per review and word was 57 MB.
 */
export interface SearchIndex {
  /** How many reviews the index covers (a bitmap has a bit for each). */
  readonly size: number;
  /** The words, sorted, each once, joined by newlines. */
  readonly vocabulary: string;
  /** Where each word starts in `vocabulary`; one more entry, one past the end plus one. */
  readonly wordStarts: Int32Array;
  /** Where each word's reviews start in `postings`, in bytes; one more entry, the total. */
  readonly postingStarts: Int32Array;
  /** Per word: 1 when its reviews are a bitmap, 0 when they are gaps. */
  readonly bitmaps: Uint8Array;
  /**
   * Each word's reviews, ascending. A bitmap: review 8b + k is bit k of byte b. Gaps: each review
   * less the one before less one (the first: the review itself), seven bits a byte, low bits
   * first, the top bit set on every byte but a number's last.
   */
  readonly postings: Uint8Array;
}

/** The typed arrays of an index, to transfer it from a worker without copying. */
export function indexBuffers(index: SearchIndex): ArrayBuffer[] {
  return [index.wordStarts, index.postingStarts, index.bitmaps, index.postings].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/** The number of words in the index. */
export function wordCount(index: SearchIndex): number {
  return index.wordStarts.length - 1;
}

/** The word at a position of the vocabulary. */
export function wordAt(index: SearchIndex, w: number): string {
  return index.vocabulary.slice(index.wordStarts[w] ?? 0, (index.wordStarts[w + 1] ?? 1) - 1);
}

/** The first word position whose word is not below `text`. */
function lowerBound(index: SearchIndex, text: string): number {
  let low = 0;
  let high = wordCount(index);
  while (low < high) {
    const middle = (low + high) >> 1;
    if (wordAt(index, middle) < text) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Calls `visit` with each review of a word kept as gaps, from `p` to `end` in `postings`. */
function eachGapReview(
  postings: Uint8Array,
  p: number,
  end: number,
  visit: (review: number) => void,
): void {
  let review = -1;
  while (p < end) {
    let byte = postings[p] ?? 0;
    p += 1;
    let gap = byte & 127;
    for (let shift = 7; byte >= 128; shift += 7) {
      byte = postings[p] ?? 0;
      p += 1;
      gap |= (byte & 127) << shift;
    }
    review += gap + 1;
    visit(review);
  }
}

/** Sets `mask[review]` to 1 for each review of the word at position `w`. */
export function markReviews(index: SearchIndex, w: number, mask: Uint8Array): void {
  const { postings } = index;
  let p = index.postingStarts[w] ?? 0;
  const end = index.postingStarts[w + 1] ?? 0;
  if (index.bitmaps[w] === 0) {
    eachGapReview(postings, p, end, (review) => {
      mask[review] = 1;
    });
    return;
  }
  // A byte at a time, without a branch per bit: a common word is in most bytes.
  for (let base = 0; p < end; p += 1, base += 8) {
    const bits = postings[p] ?? 0;
    if (bits === 0) continue;
    mask[base] = (mask[base] ?? 0) | (bits & 1);
    mask[base + 1] = (mask[base + 1] ?? 0) | ((bits >> 1) & 1);
    mask[base + 2] = (mask[base + 2] ?? 0) | ((bits >> 2) & 1);
    mask[base + 3] = (mask[base + 3] ?? 0) | ((bits >> 3) & 1);
    mask[base + 4] = (mask[base + 4] ?? 0) | ((bits >> 4) & 1);
    mask[base + 5] = (mask[base + 5] ?? 0) | ((bits >> 5) & 1);
    mask[base + 6] = (mask[base + 6] ?? 0) | ((bits >> 6) & 1);
    mask[base + 7] = (mask[base + 7] ?? 0) | (bits >> 7);
  }
}

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

/**
 * Marks in `mask` every review with a word that `word` starts (or, with `whole`, that equals it).
 * `word` is folded and made of letters and digits.
 */
export function markWord(index: SearchIndex, word: string, mask: Uint8Array, whole = false): void {
  const from = lowerBound(index, word);
  const to = whole
    ? wordAt(index, from) === word && from < wordCount(index)
      ? from + 1
      : from
    : lowerBound(index, `${word}\uffff`);
  for (let w = from; w < to; w += 1) markReviews(index, w, mask);
}

/** The words of the vocabulary, for tests and for counting what reviews mention. */
export function vocabularyWords(index: SearchIndex): string[] {
  return index.vocabulary === '' ? [] : index.vocabulary.split('\n');
}

/** Bytes that `gaps` takes for these ascending reviews. */
function gapBytes(reviews: Int32Array, from: number, to: number): number {
  let bytes = 0;
  let previous = -1;
  for (let p = from; p < to; p += 1) {
    const review = reviews[p] ?? 0;
    let gap = review - previous - 1;
    previous = review;
    bytes += 1;
    while (gap >= 128) {
      gap >>>= 7;
      bytes += 1;
    }
  }
  return bytes;
}

/**
 * Packs each word's ascending reviews (`reviews[starts[w]]` up to `reviews[starts[w + 1]]`), the
 * smaller of a bitmap or gaps.
 */
export function packPostings(
  size: number,
  starts: Int32Array,
  reviews: Int32Array,
): Pick<SearchIndex, 'postingStarts' | 'bitmaps' | 'postings'> {
  const words = starts.length - 1;
  const bitmapBytes = Math.ceil(size / 8);
  const bitmaps = new Uint8Array(words);
  const postingStarts = new Int32Array(words + 1);
  let total = 0;
  for (let w = 0; w < words; w += 1) {
    const gaps = gapBytes(reviews, starts[w] ?? 0, starts[w + 1] ?? 0);
    if (bitmapBytes < gaps) bitmaps[w] = 1;
    postingStarts[w] = total;
    total += bitmapBytes < gaps ? bitmapBytes : gaps;
  }
  postingStarts[words] = total;
  const postings = new Uint8Array(total);
  for (let w = 0; w < words; w += 1) {
    let at = postingStarts[w] ?? 0;
    const from = starts[w] ?? 0;
    const to = starts[w + 1] ?? 0;
    if (bitmaps[w] === 1) {
      for (let p = from; p < to; p += 1) {
        const review = reviews[p] ?? 0;
        postings[at + (review >> 3)] = (postings[at + (review >> 3)] ?? 0) | (1 << (review & 7));
      }
      continue;
    }
    let previous = -1;
    for (let p = from; p < to; p += 1) {
      const review = reviews[p] ?? 0;
      let gap = review - previous - 1;
      previous = review;
      while (gap >= 128) {
        postings[at] = (gap & 127) | 128;
        at += 1;
        gap >>>= 7;
      }
      postings[at] = gap;
      at += 1;
    }
  }
  return { postingStarts, bitmaps, postings };
}
