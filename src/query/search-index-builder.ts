import { foldText } from '@/lib/fold';
import { charKind, MARK_CHAR, startsWithin, UNSPACED_CHAR } from '@/lib/word-starts';
import { grown } from '@/lib/grown';
import { keyEnd, type SearchIndex } from './search-index';
import type { ToneTally } from './tone-tally';

// Building an index: in the index's worker for the datasets the loader reads, and here, on the
// page, only for datasets opened at hand (see loader/open-session).

/** Bytes per block of the posting pool: at least the largest slice. */
const POOL_SHIFT = 16;
const POOL_BLOCK = 1 << POOL_SHIFT;
const POOL_MASK = POOL_BLOCK - 1;
/** A word's slices of the pool, each larger than the one before up to the last size. */
const SLICE_SIZES = [8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096] as const;
const LAST_LEVEL = SLICE_SIZES.length - 1;
/** The last four bytes of a full slice hold the address of the word's next one. */
const LINK = 4;

const sliceSize = (level: number): number => SLICE_SIZES[Math.min(level, LAST_LEVEL)] ?? 4096;

/** A word's state: four numbers side by side (see PostingPool.state). */
const STATE = 4;
const LAST = 0;
const AT = 1;
const END = 2;
const BYTES = 3;
/** END of a word whose reviews are a bitmap. */
const IN_BITMAP = -1;

/**
 * Each word's reviews as they are added, ascending, kept as the index keeps them (gaps, seven bits
 * a byte: see SearchIndex.postings) in slices of a shared pool of bytes. A word's slices grow as
 * it is seen more, so a rare word takes a few bytes; a word whose gaps outgrow a bitmap of every
 * review becomes that bitmap. Kept this way, 100,000 reviews of the bench's text take 8 MB while
 * they are read (4.8 MB of slices, 247 bitmaps), where a 32-bit word id per review and word took
 * 50 MB, and as much again while they were sorted by word at the end.
 */
export class PostingPool {
  private readonly blocks: Uint8Array[] = [];
  /** Bytes used of the last block. */
  private used = POOL_BLOCK;
  /**
   * Per word, side by side (read together for each review a word is in): the last review added
   * (LAST), where its next byte goes (AT), where the room of its current slice ends (END), and
   * how many bytes it has (BYTES).
   */
  private state = new Int32Array(STATE * 1024);
  /** Per word: its first slice, and the level of its current one. */
  private head = new Int32Array(1024);
  private level = new Uint8Array(1024);
  private words = 0;
  /**
   * The bitmaps of the words whose gaps grew larger than one (common words): from then on their
   * reviews are bits, as the index keeps them. Only when the number of reviews is known.
   */
  private readonly bitmaps = new Map<number, Uint8Array>();
  private readonly bitmapBytes: number;

  /** `size`: how many reviews there will be, if known (common words then take bitmaps as they grow). */
  constructor(size: number | null = null) {
    this.bitmapBytes = size === null ? Infinity : Math.ceil(size / 8);
  }

  /** Adds a review to a word's, once: reviews come in ascending order for each word. */
  add(word: number, review: number): void {
    if (word >= this.words) this.open(word);
    const state = this.state;
    const at = word * STATE;
    const last = state[at + LAST] as number;
    if (last === review) return;
    state[at + LAST] = review;
    if (state[at + END] === IN_BITMAP) {
      const bitmap = this.bitmaps.get(word) as Uint8Array;
      bitmap[review >> 3] = (bitmap[review >> 3] as number) | (1 << (review & 7));
      return;
    }
    if ((state[at + BYTES] as number) >= this.bitmapBytes) {
      this.toBitmap(at, word, review);
      return;
    }
    let gap = review - last - 1;
    while (gap >= 128) {
      this.put(at, word, (gap & 127) | 128);
      gap >>>= 7;
    }
    this.put(at, word, gap);
  }

  /** Turns a word's gaps into a bitmap, with one more review. */
  private toBitmap(at: number, word: number, review: number): void {
    const bitmap = new Uint8Array(this.bitmapBytes);
    this.eachReview(word, (known) => {
      bitmap[known >> 3] = (bitmap[known >> 3] as number) | (1 << (known & 7));
    });
    bitmap[review >> 3] = (bitmap[review >> 3] as number) | (1 << (review & 7));
    this.bitmaps.set(word, bitmap);
    this.state[at + END] = IN_BITMAP;
  }

  /** Makes room for words up to `word`, each with its first slice. */
  private open(word: number): void {
    const needed = word + 1;
    if (needed > this.head.length) {
      const length = Math.max(needed, this.head.length * 2);
      this.state = grown(this.state, STATE * length);
      this.head = grown(this.head, length);
      this.level = grown(this.level, length);
    }
    for (let w = this.words; w < needed; w += 1) {
      const slice = this.slice(sliceSize(0));
      this.head[w] = slice;
      const at = w * STATE;
      this.state[at + LAST] = -1;
      this.state[at + AT] = slice;
      this.state[at + END] = slice + sliceSize(0) - LINK;
    }
    this.words = needed;
  }

  /** A new slice of `size` bytes: its address. Slices never cross blocks. */
  private slice(size: number): number {
    if (this.used + size > POOL_BLOCK) {
      this.blocks.push(new Uint8Array(POOL_BLOCK));
      this.used = 0;
    }
    const address = (this.blocks.length - 1) * POOL_BLOCK + this.used;
    this.used += size;
    return address;
  }

  /** Writes a byte of the word whose state starts at `at`. */
  private put(at: number, word: number, byte: number): void {
    const state = this.state;
    let to = state[at + AT] as number;
    if (to === state[at + END]) to = this.link(at, word, to);
    (this.blocks[to >>> POOL_SHIFT] as Uint8Array)[to & POOL_MASK] = byte;
    state[at + AT] = to + 1;
    state[at + BYTES] = (state[at + BYTES] as number) + 1;
  }

  /** A word's next slice, its address written where the full one's room ends. */
  private link(at: number, word: number, to: number): number {
    const level = (this.level[word] ?? 0) + 1;
    const next = this.slice(sliceSize(level));
    for (let k = 0; k < LINK; k += 1) this.setByte(to + k, (next >>> (8 * k)) & 255);
    this.level[word] = Math.min(level, LAST_LEVEL);
    this.state[at + END] = next + sliceSize(level) - LINK;
    return next;
  }

  private setByte(address: number, byte: number): void {
    const block = this.blocks[address >>> POOL_SHIFT];
    if (block) block[address & POOL_MASK] = byte;
  }

  /** How many bytes a word's gaps take. */
  private bytesOf(word: number): number {
    return word < this.words ? (this.state[word * STATE + BYTES] ?? 0) : 0;
  }

  private byteAt(address: number): number {
    return this.blocks[address >>> POOL_SHIFT]?.[address & POOL_MASK] ?? 0;
  }

  /** Calls `each` with every byte of a word's gaps, in order. */
  private readWord(word: number, each: (byte: number) => void): void {
    let left = this.bytesOf(word);
    let at = this.head[word] ?? 0;
    let level = 0;
    let end = at + sliceSize(0) - LINK;
    while (left > 0) {
      if (at === end) {
        let next = 0;
        for (let k = 0; k < LINK; k += 1) next |= this.byteAt(at + k) << (8 * k);
        level += 1;
        at = next;
        end = at + sliceSize(level) - LINK;
      }
      each(this.byteAt(at));
      at += 1;
      left -= 1;
    }
  }

  /** Calls `each` with every review of a word kept as gaps, in order. */
  private eachReview(word: number, each: (review: number) => void): void {
    let review = -1;
    let gap = 0;
    let shift = 0;
    this.readWord(word, (byte) => {
      gap |= (byte & 127) << shift;
      if (byte >= 128) {
        shift += 7;
        return;
      }
      review += gap + 1;
      each(review);
      gap = 0;
      shift = 0;
    });
  }

  /**
   * The postings of `size` reviews for the words in `order` (the index's word w is word
   * `order[w]` here): each the smaller of a bitmap or its gaps, as SearchIndex keeps them.
   */
  pack(
    size: number,
    order: ArrayLike<number>,
  ): Pick<SearchIndex, 'postingStarts' | 'bitmaps' | 'postings'> {
    const words = order.length;
    const bitmapBytes = Math.ceil(size / 8);
    const bitmaps = new Uint8Array(words);
    const postingStarts = new Int32Array(words + 1);
    let total = 0;
    for (let w = 0; w < words; w += 1) {
      const word = order[w] ?? 0;
      const gaps = this.bitmaps.has(word) ? Infinity : this.bytesOf(word);
      if (bitmapBytes < gaps) bitmaps[w] = 1;
      postingStarts[w] = total;
      total += bitmapBytes < gaps ? bitmapBytes : gaps;
    }
    postingStarts[words] = total;
    const postings = new Uint8Array(total);
    for (let w = 0; w < words; w += 1) {
      const word = order[w] ?? 0;
      if (word >= this.words) continue;
      const start = postingStarts[w] ?? 0;
      const kept = this.bitmaps.get(word);
      if (kept) postings.set(kept.subarray(0, bitmapBytes), start);
      else if (bitmaps[w] === 1) {
        this.eachReview(word, (review) => {
          postings[start + (review >> 3)] =
            (postings[start + (review >> 3)] ?? 0) | (1 << (review & 7));
        });
      } else {
        let at = start;
        this.readWord(word, (byte) => {
          postings[at] = byte;
          at += 1;
        });
      }
    }
    return { postingStarts, bitmaps, postings };
  }
}

/** Builds an index review by review, in review order. */
export class SearchIndexBuilder {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Each word's reviews, as they are read. */
  private readonly postings: PostingPool;
  /**
   * The word ids of the review being added, each time a word occurs, given to the postings once
   * the review is read: kept apart, the reading of the text stays small enough for the engine to
   * compile as one (written to the postings word by word, it took 40% longer).
   */
  private seen = new Int32Array(1024);
  private seenCount = 0;
  private next = 0;
  /** Where the words of the fields that carry a review's tone go too (see add). */
  private readonly tone: ToneTally | null;
  private toning = false;

  /** `size`: how many reviews will be added. */
  constructor(size: number, tone: ToneTally | null = null) {
    this.postings = new PostingPool(size);
    this.tone = tone;
  }

  get added(): number {
    return this.next;
  }

  private addText(text: string): void {
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
        if (unspaced) this.addRun(folded, start, i);
        else this.addWord(folded.slice(start, i));
        start = -1;
        unspaced = false;
      }
      i += width;
    }
  }

  /** A run with letters of a script without spaces: a key at each word start (see keyEnd). */
  private addRun(folded: string, start: number, end: number): void {
    let before = 0;
    for (let i = start; i < end;) {
      const point = folded.codePointAt(i) ?? 0;
      const kind = charKind(point);
      if (i === start || startsWithin(kind, before))
        this.addWord(folded.slice(i, keyEnd(folded, i, end)));
      if ((kind & MARK_CHAR) === 0) before = kind;
      i += point > 0xffff ? 2 : 1;
    }
  }

  private addWord(word: string): void {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      // Cut from a review's text, a long word may be kept by the engine as a view of that whole
      // text: a copy of its own keeps only the word (4,888 of the bench's 49,489 words, each
      // holding a review of about 1.4 kB).
      const own = word.length < 13 ? word : (' ' + word).slice(1);
      this.ids.set(own, id);
      this.words.push(own);
    }
    if (this.toning) this.tone?.word(id, word);
    if (this.seenCount === this.seen.length) this.seen = grown(this.seen, this.seen.length * 2);
    this.seen[this.seenCount] = id;
    this.seenCount += 1;
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
      if (field) this.addText(field);
      if (this.toning) this.tone?.endField();
    }
    this.toning = false;
    this.tone?.endReview(review);
    for (let k = 0; k < this.seenCount; k += 1) this.postings.add(this.seen[k] ?? 0, review);
    this.seenCount = 0;
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
      ...this.postings.pack(this.next, byWord),
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
