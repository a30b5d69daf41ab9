/**
 * An inverted index of folded review text: every word (a run of letters and digits) and the
 * reviews it occurs in. A search term made only of letters and digits occurs in a text exactly
 * when it occurs inside one of the text's words, so the index answers such terms with the same
 * results as scanning every text, by looking through the vocabulary (a few megabytes) instead of
 * the reviews (hundreds).
 */
export interface SearchIndex {
  /** The words, each once, joined by newlines. */
  vocabulary: string;
  /** Where each word starts in `vocabulary`; one more entry, one past the end. */
  wordStarts: Int32Array;
  /** Where each word's reviews start in `postings`; one more entry, the total. */
  postingStarts: Int32Array;
  /** Review indices, ascending within each word. */
  postings: Int32Array;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// 0 = not yet known, 1 = part of a word, 2 = not.
const codeClass = new Uint8Array(65536);

function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  }
  let known = codeClass[code] ?? 2;
  if (known === 0) {
    // A lone surrogate half is never a word character: letters beyond the BMP split words, and
    // terms containing them are searched by scanning instead.
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    codeClass[code] = known;
  }
  return known === 1;
}

/** Whether the index can answer `term`: it is made only of word characters. */
export function isIndexable(term: string): boolean {
  if (term === '') return false;
  for (let i = 0; i < term.length; i += 1) if (!isWordCode(term.charCodeAt(i))) return false;
  return true;
}

function grow(
  array: Int32Array<ArrayBuffer>,
  needed: number,
  fill?: number,
): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Int32Array(Math.max(needed, array.length * 2));
  if (fill !== undefined) next.fill(fill, array.length);
  next.set(array);
  return next;
}

/** Builds an index review by review (in index order), so the work can be split into slices. */
export class SearchIndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** The last review each word was seen in, to count a word once per review. */
  private lastSeen = new Int32Array(1024).fill(-1);
  /** Word ids per review, review after review. */
  private pairs = new Int32Array(1 << 16);
  private pairCount = 0;
  /** pairCount after each review. */
  private reviewEnds: Int32Array<ArrayBuffer>;
  private next = 0;

  constructor(size: number) {
    this.reviewEnds = new Int32Array(size);
  }

  get added(): number {
    return this.next;
  }

  /** Adds the folded text of the next review. */
  add(text: string): void {
    const review = this.next;
    let start = -1;
    for (let i = 0; i <= text.length; i += 1) {
      const inWord = i < text.length && isWordCode(text.charCodeAt(i));
      if (inWord) {
        if (start === -1) start = i;
        continue;
      }
      if (start === -1) continue;
      const word = text.slice(start, i);
      start = -1;
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(word, id);
        this.words.push(word);
        this.lastSeen = grow(this.lastSeen, id + 1, -1);
      }
      if (this.lastSeen[id] === review) continue;
      this.lastSeen[id] = review;
      this.pairs = grow(this.pairs, this.pairCount + 1);
      this.pairs[this.pairCount] = id;
      this.pairCount += 1;
    }
    if (review >= this.reviewEnds.length) this.reviewEnds = grow(this.reviewEnds, review + 1);
    this.reviewEnds[review] = this.pairCount;
    this.next += 1;
  }

  finish(): SearchIndex {
    const wordCount = this.words.length;
    const postingStarts = new Int32Array(wordCount + 1);
    for (let p = 0; p < this.pairCount; p += 1) {
      const id = this.pairs[p] ?? 0;
      postingStarts[id + 1] = (postingStarts[id + 1] ?? 0) + 1;
    }
    for (let id = 0; id < wordCount; id += 1) {
      postingStarts[id + 1] = (postingStarts[id + 1] ?? 0) + (postingStarts[id] ?? 0);
    }
    const cursor = postingStarts.slice(0, wordCount);
    const postings = new Int32Array(this.pairCount);
    let p = 0;
    for (let review = 0; review < this.next; review += 1) {
      const end = this.reviewEnds[review] ?? 0;
      for (; p < end; p += 1) {
        const id = this.pairs[p] ?? 0;
        const at = cursor[id] ?? 0;
        postings[at] = review;
        cursor[id] = at + 1;
      }
    }
    const wordStarts = new Int32Array(wordCount + 1);
    let offset = 0;
    for (let id = 0; id < wordCount; id += 1) {
      wordStarts[id] = offset;
      offset += (this.words[id] ?? '').length + 1;
    }
    wordStarts[wordCount] = offset;
    return { vocabulary: this.words.join('\n'), wordStarts, postingStarts, postings };
  }
}

export function buildSearchIndex(texts: readonly string[]): SearchIndex {
  const builder = new SearchIndexBuilder(texts.length);
  for (const text of texts) builder.add(text);
  return builder.finish();
}

/** Builds in slices of about `sliceMs`, yielding to the page between them. */
export function buildSearchIndexInSlices(
  texts: readonly string[],
  signal: AbortSignal,
  sliceMs = 8,
): Promise<SearchIndex> {
  const builder = new SearchIndexBuilder(texts.length);
  return new Promise((resolve, reject) => {
    const slice = () => {
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const until = performance.now() + sliceMs;
      // At least one review a slice, however short the slice.
      do {
        if (builder.added < texts.length) builder.add(texts[builder.added] ?? '');
      } while (builder.added < texts.length && performance.now() < until);
      if (builder.added < texts.length) setTimeout(slice);
      else resolve(builder.finish());
    };
    setTimeout(slice);
  });
}

/** The word containing the vocabulary position `at`. */
function wordAt(index: SearchIndex, at: number): number {
  const starts = index.wordStarts;
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Marks in `mask` every review with a word containing `term` (which must be indexable). */
export function markMatches(index: SearchIndex, term: string, mask: Uint8Array): void {
  const { vocabulary, wordStarts, postingStarts, postings } = index;
  let from = 0;
  for (;;) {
    const at = vocabulary.indexOf(term, from);
    if (at === -1) return;
    const word = wordAt(index, at);
    const end = postingStarts[word + 1] ?? 0;
    for (let p = postingStarts[word] ?? 0; p < end; p += 1) mask[postings[p] ?? 0] = 1;
    from = wordStarts[word + 1] ?? vocabulary.length;
  }
}
