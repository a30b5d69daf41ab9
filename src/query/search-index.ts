import { charKind, MARK_CHAR, startsWithin, UNSPACED_CHAR } from '@/lib/word-starts';

/**
 * An inverted index of the reviews' words, folded (case and accents ignored): each word once, in
 * sorted order, with the reviews it occurs in. Search matches at the start of a word, so the
 * words a search word starts are one run of the sorted vocabulary, found by binary search.
 * Built where the dataset is read (a worker, for large datasets) from the reviews' own text:
 * the folded text itself is never kept.
 *
 * In scripts written without spaces every letter starts a word (see lib/word-starts), and the
 * text from there to the end of the run would make a key per letter as long as the run: such a
 * key ends two units after its first such letter (see keyEnd). A search word longer than that is
 * looked up by each of its keys, and the reviews holding all of them are read to be sure.
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

/** How many UTF-16 units a key keeps from its first letter of a script without spaces. */
const UNSPACED_REACH = 2;

/**
 * Where the index's key for the word starting at `start` ends, in a run of word characters that
 * ends at `end`: the run's end, or sooner once it reaches a script without spaces. The cut depends
 * only on what comes before it, so a key of a longer text starts with the key of any text it
 * starts with: a lookup by a word's key finds every review where the word starts a word.
 */
export function keyEnd(text: string, start: number, end: number): number {
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    // Every script without spaces lies above U+0E00.
    if (code < 0xe00) continue;
    const point = text.codePointAt(i) ?? code;
    if ((charKind(point) & UNSPACED_CHAR) === 0) {
      if (point > 0xffff) i += 1;
      continue;
    }
    const cut = i + UNSPACED_REACH;
    if (cut >= end) return end;
    const unit = text.charCodeAt(cut);
    // Not between the halves of a surrogate pair.
    return unit >= 0xdc00 && unit <= 0xdfff ? cut + 1 : cut;
  }
  return end;
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

/** The word positions whose words start with `prefix`: [first, end). */
export function wordsStarting(index: SearchIndex, prefix: string): [number, number] {
  return [lowerBound(index, prefix), lowerBound(index, `${prefix}\uffff`)];
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
 * Marks in `mask` every review with a key that `key` starts, or with `whole`, one that is `key`
 * or goes on with the start of another word (ガンダム in ガンダム最高).
 */
function markKey(index: SearchIndex, key: string, mask: Uint8Array, whole: boolean): void {
  const from = lowerBound(index, key);
  const to = lowerBound(index, `${key}\uffff`);
  // One marking function for every key of the run: a prefix like `s` starts thousands.
  const mark = markerOf(mask);
  if (!whole) {
    for (let w = from; w < to; w += 1) markReviews(index, w, mask, mark);
    return;
  }
  const { vocabulary, wordStarts } = index;
  const before = lastLetterKind(key);
  for (let w = from; w < to; w += 1) {
    const at = (wordStarts[w] ?? 0) + key.length;
    const next = vocabulary.codePointAt(at) ?? 10;
    // Keys are joined by newlines: one there is the key's end.
    if (next === 10 || startsWithin(charKind(next), before)) markReviews(index, w, mask, mark);
  }
}

/** The kind (see charKind) of the last letter or digit of a word, marks aside. */
function lastLetterKind(word: string): number {
  for (let i = word.length - 1; i >= 0; i -= 1) {
    const unit = word.charCodeAt(i);
    const point =
      unit >= 0xdc00 && unit <= 0xdfff && i > 0 ? (word.codePointAt(i - 1) ?? unit) : unit;
    const kind = charKind(point);
    if ((kind & MARK_CHAR) === 0) return kind;
    if (point > 0xffff) i -= 1;
  }
  return 0;
}

/** Where words start inside a word, after its first character (see lib/word-starts). */
function innerStarts(word: string): number[] {
  const starts: number[] = [];
  let before = 0;
  for (let i = 0; i < word.length;) {
    const point = word.codePointAt(i) ?? 0;
    const kind = charKind(point);
    if (i > 0 && startsWithin(kind, before)) starts.push(i);
    if ((kind & MARK_CHAR) === 0) before = kind;
    i += point > 0xffff ? 2 : 1;
  }
  return starts;
}

/**
 * Marks in `mask` every review where `word` starts a word (with `whole`, as a whole word, or one
 * followed at once by the start of another). `word` is folded and made of letters, digits and
 * marks. Returns whether the marked reviews are exactly those: without `whole`, they are, unless
 * the word is longer than its key (see keyEnd); then they are the reviews holding each key of
 * it, among which the caller finds the word by reading their text. With `whole`, they are always
 * to be read.
 */
export function markWord(
  index: SearchIndex,
  word: string,
  mask: Uint8Array,
  whole = false,
): boolean {
  const end = keyEnd(word, 0, word.length);
  if (end === word.length) {
    markKey(index, word, mask, whole);
    return !whole;
  }
  // The reviews holding every key the word is made of, then or-ed into the mask.
  const all = new Uint8Array(mask.length);
  markKey(index, word.slice(0, end), all, false);
  const next = new Uint8Array(mask.length);
  for (const start of innerStarts(word)) {
    next.fill(0);
    markKey(index, word.slice(start, keyEnd(word, start, word.length)), next, false);
    for (let i = 0; i < all.length; i += 1) all[i] = (all[i] ?? 0) & (next[i] ?? 0);
  }
  for (let i = 0; i < mask.length; i += 1) mask[i] = (mask[i] ?? 0) | (all[i] ?? 0);
  return false;
}

/** The words of the vocabulary, for tests and for counting what reviews mention. */
export function vocabularyWords(index: SearchIndex): string[] {
  return index.vocabulary === '' ? [] : index.vocabulary.split('\n');
}
