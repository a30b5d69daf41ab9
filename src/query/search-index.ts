/**
 * An inverted index of the reviews' words, folded (case and accents ignored): each word once, in
 * sorted order, with the reviews it occurs in. Search matches at the start of a word, so the
 * words a search word starts are one run of the sorted vocabulary, found by binary search.
 * Built where the dataset is read (a worker, for large datasets) from the reviews' own text:
 * the folded text itself is never kept.
 */
export interface SearchIndex {
  /** The words, sorted, each once, joined by newlines. */
  readonly vocabulary: string;
  /** Where each word starts in `vocabulary`; one more entry, one past the end plus one. */
  readonly wordStarts: Int32Array;
  /** Where each word's reviews start in `postings`; one more entry, the total. */
  readonly postingStarts: Int32Array;
  /** Review indices, ascending within each word. */
  readonly postings: Int32Array;
}

/** The typed arrays of an index, to transfer it from a worker without copying. */
export function indexBuffers(index: SearchIndex): ArrayBuffer[] {
  return [index.wordStarts, index.postingStarts, index.postings].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

function wordOf(index: SearchIndex, w: number): string {
  return index.vocabulary.slice(index.wordStarts[w] ?? 0, (index.wordStarts[w + 1] ?? 1) - 1);
}

/** The first word position whose word is not below `text`. */
function lowerBound(index: SearchIndex, text: string): number {
  let low = 0;
  let high = index.wordStarts.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (wordOf(index, middle) < text) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Marks in `mask` every review with a word that `word` starts (or, with `whole`, that equals it).
 * `word` is folded and made of letters and digits.
 */
export function markWord(index: SearchIndex, word: string, mask: Uint8Array, whole = false): void {
  const from = lowerBound(index, word);
  const to = whole
    ? wordOf(index, from) === word
      ? from + 1
      : from
    : lowerBound(index, `${word}\uffff`);
  const { postingStarts, postings } = index;
  const end = postingStarts[to] ?? 0;
  for (let p = postingStarts[from] ?? 0; p < end; p += 1) mask[postings[p] ?? 0] = 1;
}

/** The words of the vocabulary, for tests and for counting what reviews mention. */
export function vocabularyWords(index: SearchIndex): string[] {
  return index.vocabulary === '' ? [] : index.vocabulary.split('\n');
}
