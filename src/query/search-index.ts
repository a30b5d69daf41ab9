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

/**
 * Calls `visit` with each review of a word kept as gaps, from `p` to `end` in `postings`. The
 * callers' loops are small enough for the engine to inline `visit`.
 */
export function eachGapReview(
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

/** A function setting `mask[review]` to 1: made once for all the words a search marks. */
const markerOf = (mask: Uint8Array) => (review: number) => {
  mask[review] = 1;
};

/**
 * Sets `mask[review]` to 1 for each review of the word at position `w`; `mark` does so for a word
 * kept as gaps (see markerOf).
 */
export function markReviews(
  index: SearchIndex,
  w: number,
  mask: Uint8Array,
  mark = markerOf(mask),
): void {
  const { postings } = index;
  let p = index.postingStarts[w] ?? 0;
  const end = index.postingStarts[w + 1] ?? 0;
  if (index.bitmaps[w] === 0) {
    eachGapReview(postings, p, end, mark);
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
  // One marking function for every word of the run: a prefix like `s` starts thousands.
  const mark = markerOf(mask);
  for (let w = from; w < to; w += 1) markReviews(index, w, mask, mark);
}

/** The words of the vocabulary, for tests and for counting what reviews mention. */
export function vocabularyWords(index: SearchIndex): string[] {
  return index.vocabulary === '' ? [] : index.vocabulary.split('\n');
}
