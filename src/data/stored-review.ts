import type { Review } from './review-schema';

/**
 * The bodies of a run of reviews as UTF-8 bytes: body k is `bytes` from `ends[k - 1]` (0 for the
 * first) to `ends[k]`. Made by the loader's worker and moved to the page without a copy.
 */
export interface BodyPiece {
  readonly bytes: Uint8Array;
  readonly ends: Int32Array;
}

/** A review as the loader sends it, its body apart in a BodyPiece. */
export type ReviewFields = Omit<Review, 'body'>;

const decoder = new TextDecoder();

/**
 * A review whose body stays as bytes until it is read. A large dataset's bodies are most of its
 * size; kept outside the script engine's heap, that heap holds only what changes, and its
 * collector, whose thresholds grow with what the heap holds, runs while garbage is still small.
 * Read a body at a time (a card, an export, a phrase search); each read decodes it anew.
 */
export class StoredReview implements Review {
  readonly id: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly date: string | null;
  readonly spoiler: boolean;
  readonly rating: number | null;
  readonly helpful: Review['helpful'];
  // Private fields and getters are neither cloned nor written as JSON: a stored review stored
  // (IndexedDB), sent or exported would lose its body, so those paths take plain-review's copies.
  readonly #piece: BodyPiece;
  readonly #slot: number;

  constructor(fields: ReviewFields, piece: BodyPiece, slot: number) {
    this.id = fields.id;
    this.title = fields.title;
    this.author = fields.author;
    this.date = fields.date;
    this.spoiler = fields.spoiler;
    this.rating = fields.rating;
    this.helpful = fields.helpful;
    this.#piece = piece;
    this.#slot = slot;
  }

  get body(): string {
    return decoder.decode(this.#piece.bytes.subarray(this.bodyStart(), this.bodyEnd()));
  }

  /**
   * The piece of bytes the body is kept in, from bodyStart() to bodyEnd(): for reading many
   * bodies without a view made of each.
   */
  pieceBytes(): Uint8Array {
    return this.#piece.bytes;
  }

  bodyStart(): number {
    return this.#slot === 0 ? 0 : (this.#piece.ends[this.#slot - 1] ?? 0);
  }

  bodyEnd(): number {
    return this.#piece.ends[this.#slot] ?? 0;
  }
}

/** Puts reviews' bodies into one piece of bytes, for a run of reviews sent on together. */
export class BodyPacker {
  private scratch = new Uint8Array(1 << 20);
  private used = 0;
  private ends: number[] = [];
  private readonly encoder = new TextEncoder();

  add(body: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    if (this.used + body.length * 3 > this.scratch.length) {
      const wider = new Uint8Array(Math.max(this.scratch.length * 2, this.used + body.length * 3));
      wider.set(this.scratch.subarray(0, this.used));
      this.scratch = wider;
    }
    this.used += this.encoder.encodeInto(body, this.scratch.subarray(this.used)).written;
    this.ends.push(this.used);
  }

  /** The bodies added since the last piece, in arrays of their own (to be moved, not copied). */
  piece(): BodyPiece {
    const piece = { bytes: this.scratch.slice(0, this.used), ends: Int32Array.from(this.ends) };
    this.used = 0;
    this.ends = [];
    return piece;
  }
}
