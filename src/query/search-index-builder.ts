import { foldText } from '@/lib/fold';
import { charKind, MARK_CHAR, startsWithin, UNSPACED_CHAR } from '@/lib/word-starts';
import { keyEnd, type SearchIndex } from './search-index';
import type { ToneTally } from './tone-tally';

// Building an index: in the loader's worker for the datasets it reads, and here, on the page,
// only for datasets opened at hand (see loader/open-session).

function grow(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= array.length) return array;
  const next = new Int32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

const PAIR_SHIFT = 16;
const PAIR_BLOCK = 1 << PAIR_SHIFT;
const PAIR_MASK = PAIR_BLOCK - 1;

/** Builds an index review by review, in review order. */
export class SearchIndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** The last review each word was seen in, to count a word once per review. */
  private lastSeen = new Int32Array(1024).fill(-1);
  /**
   * Word ids per review, review after review, in blocks of PAIR_BLOCK: one array doubled as it
   * filled held up to twice what it needed, and three times while it was copied, at the moment
   * the index was largest.
   */
  private readonly pairs: Array<Int32Array | null> = [];
  private pairCount = 0;
  /** pairCount after each review. */
  private reviewEnds: Int32Array<ArrayBuffer>;
  private next = 0;
  /** Where the words of the fields that carry a review's tone go too (see add). */
  private readonly tone: ToneTally | null;
  private toning = false;

  constructor(size: number, tone: ToneTally | null = null) {
    this.reviewEnds = new Int32Array(size);
    this.tone = tone;
  }

  get added(): number {
    return this.next;
  }

  private addText(text: string, review: number): void {
    const folded = foldText(text);
    let start = -1;
    // Whether the run of word characters so far has a letter of a script without spaces.
    let unspaced = false;
    for (let i = 0; i <= folded.length;) {
      const code = i < folded.length ? folded.charCodeAt(i) : 32;
      // Below U+0300 a unit is a whole character and no mark: the common case, decided at once.
      let kind: number;
      let width = 1;
      if (code < 0x300) {
        kind = charKind(code);
      } else {
        const point = folded.codePointAt(i) ?? code;
        kind = charKind(point);
        if (point > 0xffff) width = 2;
      }
      if (kind !== 0) {
        if (start === -1) start = i;
        if ((kind & UNSPACED_CHAR) !== 0) unspaced = true;
        i += width;
        continue;
      }
      if (start !== -1) {
        if (unspaced) this.addRun(folded, start, i, review);
        else this.addWord(folded.slice(start, i), review);
        start = -1;
        unspaced = false;
      }
      i += width;
    }
  }

  /** A run with letters of a script without spaces: a key at each word start (see keyEnd). */
  private addRun(folded: string, start: number, end: number, review: number): void {
    let before = 0;
    for (let i = start; i < end;) {
      const point = folded.codePointAt(i) ?? 0;
      const kind = charKind(point);
      if (i === start || startsWithin(kind, before))
        this.addWord(folded.slice(i, keyEnd(folded, i, end)), review);
      if ((kind & MARK_CHAR) === 0) before = kind;
      i += point > 0xffff ? 2 : 1;
    }
  }

  private addWord(word: string, review: number): void {
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
    if (this.toning) this.tone?.word(id, word);
    if (this.lastSeen[id] === review) return;
    this.lastSeen[id] = review;
    const at = this.pairCount & PAIR_MASK;
    if (at === 0) this.pairs.push(new Int32Array(PAIR_BLOCK));
    const block = this.pairs[this.pairs.length - 1];
    if (block) block[at] = id;
    this.pairCount += 1;
  }

  /**
   * Adds the next review's fields (title, body, author: each apart, as search reads them); the
   * first `toned` of them (the title and body, not the author's name) tell its tone as well.
   */
  add(fields: ReadonlyArray<string | null>, toned = 2): void {
    const review = this.next;
    for (let at = 0; at < fields.length; at += 1) {
      const field = fields[at];
      this.toning = at < toned;
      if (field) this.addText(field, review);
      if (this.toning) this.tone?.endField();
    }
    this.toning = false;
    this.tone?.endReview(review);
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
      const at = rank[this.pairs[p >> PAIR_SHIFT]?.[p & PAIR_MASK] ?? 0] ?? 0;
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
        const w = rank[this.pairs[p >> PAIR_SHIFT]?.[p & PAIR_MASK] ?? 0] ?? 0;
        const at = cursor[w] ?? 0;
        postings[at] = review;
        cursor[w] = at + 1;
        // A block read to its end is let go as the postings fill.
        if ((p & PAIR_MASK) === PAIR_MASK) this.pairs[p >> PAIR_SHIFT] = null;
      }
    }
    this.pairs.length = 0;
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
  tone: ToneTally | null = null,
): SearchIndex {
  const builder = new SearchIndexBuilder(reviews.length, tone);
  for (const fields of reviews) builder.add(fields);
  return builder.finish();
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
