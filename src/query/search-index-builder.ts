import { foldText } from '@/lib/fold';
import { packPostings, type SearchIndex } from './search-index';

// Building an index: in the loader's worker for the datasets it reads, and here, on the page,
// only for datasets prepared at hand (see prepare-at-hand).

const WORD_CHAR = /[\p{L}\p{N}]/u;
// 0 = not yet known, 1 = part of a word, 2 = not.
const codeClass = new Uint8Array(65536);

/** Whether the UTF-16 code unit belongs to a word (a letter or digit); lone surrogates do not. */
function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  }
  let known = codeClass[code] ?? 2;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    codeClass[code] = known;
  }
  return known === 1;
}

function grow(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Int32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** Builds an index review by review, in review order. */
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

  private addText(text: string, review: number): void {
    const folded = foldText(text);
    let start = -1;
    for (let i = 0; i <= folded.length; i += 1) {
      const inWord = i < folded.length && isWordCode(folded.charCodeAt(i));
      if (inWord) {
        if (start === -1) start = i;
        continue;
      }
      if (start === -1) continue;
      const word = folded.slice(start, i);
      start = -1;
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(word, id);
        this.words.push(word);
        if (id >= this.lastSeen.length) {
          const seen = new Int32Array(this.lastSeen.length * 2).fill(-1);
          seen.set(this.lastSeen);
          this.lastSeen = seen;
        }
      }
      if (this.lastSeen[id] === review) continue;
      this.lastSeen[id] = review;
      this.pairs = grow(this.pairs, this.pairCount + 1);
      this.pairs[this.pairCount] = id;
      this.pairCount += 1;
    }
  }

  /** Adds the next review's fields (title, body, author: each apart, as search reads them). */
  add(fields: ReadonlyArray<string | null>): void {
    const review = this.next;
    for (const field of fields) if (field) this.addText(field, review);
    if (review >= this.reviewEnds.length) this.reviewEnds = grow(this.reviewEnds, review + 1);
    this.reviewEnds[review] = this.pairCount;
    this.next += 1;
  }

  finish(): SearchIndex {
    const wordCount = this.words.length;
    // Sorted by UTF-16 code units, as the lookups compare.
    const byWord = Array.from({ length: wordCount }, (_, id) => id).sort((a, b) => {
      const x = this.words[a] ?? '';
      const y = this.words[b] ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const rank = new Int32Array(wordCount);
    byWord.forEach((id, position) => {
      rank[id] = position;
    });
    const starts = new Int32Array(wordCount + 1);
    for (let p = 0; p < this.pairCount; p += 1) {
      const at = rank[this.pairs[p] ?? 0] ?? 0;
      starts[at + 1] = (starts[at + 1] ?? 0) + 1;
    }
    for (let w = 0; w < wordCount; w += 1) {
      starts[w + 1] = (starts[w + 1] ?? 0) + (starts[w] ?? 0);
    }
    const cursor = starts.slice(0, wordCount);
    const postings = new Int32Array(this.pairCount);
    let p = 0;
    for (let review = 0; review < this.next; review += 1) {
      const end = this.reviewEnds[review] ?? 0;
      for (; p < end; p += 1) {
        const w = rank[this.pairs[p] ?? 0] ?? 0;
        const at = cursor[w] ?? 0;
        postings[at] = review;
        cursor[w] = at + 1;
      }
    }
    const sortedWords = byWord.map((id) => this.words[id] ?? '');
    const wordStarts = new Int32Array(wordCount + 1);
    let offset = 0;
    sortedWords.forEach((word, w) => {
      wordStarts[w] = offset;
      offset += word.length + 1;
    });
    wordStarts[wordCount] = offset;
    return {
      size: this.next,
      vocabulary: sortedWords.join('\n'),
      wordStarts,
      ...packPostings(this.next, starts, postings),
    };
  }
}

/** An index of reviews given as their fields (title, body, author). */
export function buildSearchIndex(
  reviews: ReadonlyArray<ReadonlyArray<string | null>>,
): SearchIndex {
  const builder = new SearchIndexBuilder(reviews.length);
  for (const fields of reviews) builder.add(fields);
  return builder.finish();
}
