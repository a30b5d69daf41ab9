import { notJsonError } from './fetch-json';
import { DatasetLoadError } from './load-error';
import {
  checkReview,
  DatasetValidationError,
  duplicateIdError,
  validateDataset,
  type Dataset,
  type Review,
} from './review-schema';

/** A dataset without its reviews: what is left once they have been handed on. */
export type DatasetHead = Omit<Dataset, 'reviews'>;

const QUOTE = 34;
const COMMA = 44;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/**
 * Reads a dataset's JSON a piece of text at a time and hands on each review as soon as it is read
 * and checked, so that whoever reads a large dataset never holds all of its text or all of its
 * parsed reviews at once. It answers exactly as reading the whole text and checking it would
 * (the same reviews, the same first error), with one exception: a file naming `reviews` twice at
 * its top level is refused rather than read by its last list.
 *
 * The text outside the top level's `reviews` list (the film, the counts) is kept and read at the
 * end; each element of the list is read alone with the engine's own JSON reader. The scan that
 * finds the elements' ends looks at every character outside strings, and jumps through strings
 * with `indexOf`.
 */
export class DatasetStream {
  private readonly onReview: (review: Review, index: number) => void;
  private readonly url: string;
  /** Text outside the reviews list, in order, the list itself left empty. */
  private head: string[] = [];
  /** The text of the review element being read, in parts. */
  private element: string[] = [];
  private depth = 0;
  private inString = false;
  /** The last character of the text so far was a backslash inside a string. */
  private escaped = false;
  /** Whether the top level is an object, once its first character is seen. */
  private topIsObject: boolean | null = null;
  /** The key being read at the top level (its raw text, in parts), and the last one read. */
  private keyParts: string[] | null = null;
  private lastKey: string | null = null;
  /** 'head' before and after the reviews list, 'reviews' inside it. */
  private mode: 'head' | 'reviews' | 'after' = 'head';
  private reviewCount = 0;
  private firstText = '';
  private readonly ids = new Set<string>();
  private duplicate: DatasetValidationError | null = null;
  private invalidReview: DatasetValidationError | null = null;

  /** `url` names the dataset in messages. */
  constructor(onReview: (review: Review, index: number) => void, url: string) {
    this.onReview = onReview;
    this.url = url;
  }

  /** Reviews read so far. */
  get count(): number {
    return this.reviewCount;
  }

  /** Takes the next piece of the text. */
  push(text: string): void {
    if (this.firstText.length < 64) this.firstText += text.slice(0, 64);
    // Where the current run of text to keep (head or element) starts in `text`.
    let runStart = 0;
    const keep = (end: number) => {
      if (end > runStart)
        (this.mode === 'reviews' ? this.element : this.head).push(text.slice(runStart, end));
      runStart = end;
    };
    const length = text.length;
    // The next backslash at or after the scan: looked for again only once passed (-1: none left).
    let slash = -2;
    const nextSlash = (from: number) => {
      if (slash !== -1 && slash < from) slash = text.indexOf('\\', from);
      return slash;
    };
    let i = 0;
    while (i < length) {
      if (this.inString) {
        const from = i;
        if (this.escaped) {
          this.escaped = false;
          i += 1;
        }
        for (;;) {
          const quote = text.indexOf('"', i);
          const backslash = nextSlash(i);
          if (backslash !== -1 && (quote === -1 || backslash < quote)) {
            if (backslash + 1 >= length) {
              this.escaped = true;
              i = length;
              break;
            }
            i = backslash + 2;
            continue;
          }
          if (quote === -1) {
            i = length;
            break;
          }
          this.inString = false;
          i = quote + 1;
          break;
        }
        if (this.keyParts) {
          this.keyParts.push(text.slice(from, this.inString ? i : i - 1));
          if (!this.inString) {
            this.lastKey = this.keyParts.join('');
            this.keyParts = null;
          }
        }
        continue;
      }
      const code = text.charCodeAt(i);
      if (code === QUOTE) {
        this.inString = true;
        // A string straight inside the top-level object: a key, or a value (read and dropped).
        if (this.depth === 1 && this.topIsObject) this.keyParts = [];
        i += 1;
        continue;
      }
      if (this.topIsObject === null && code > 32) this.topIsObject = code === OPEN_BRACE;
      if (
        this.mode === 'reviews' &&
        this.depth === 2 &&
        (code === COMMA || code === CLOSE_BRACKET)
      ) {
        keep(i);
        this.endElement(code === CLOSE_BRACKET);
        if (code === CLOSE_BRACKET) {
          this.depth -= 1;
          this.mode = 'after';
          this.head.push(']');
        }
        runStart = i + 1;
        i += 1;
        continue;
      }
      if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        this.depth += 1;
        if (
          code === OPEN_BRACKET &&
          this.depth === 2 &&
          this.topIsObject === true &&
          this.lastKey === 'reviews'
        ) {
          if (this.mode !== 'head') throw this.invalid('it names "reviews" twice.');
          keep(i + 1);
          this.mode = 'reviews';
        }
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        this.depth -= 1;
        if (this.depth < 0) throw this.notJson();
      } else if (code === COMMA && this.depth === 1) {
        // A key stays the last one only until its value ends.
        this.lastKey = null;
      }
      i += 1;
    }
    keep(length);
  }

  /** Ends the text: the dataset's head, once every review has been handed on. */
  finish(): DatasetHead {
    if (this.inString || this.depth !== 0 || this.mode === 'reviews') throw this.notJson();
    let head: unknown;
    try {
      head = JSON.parse(this.head.join(''));
    } catch {
      throw this.notJson();
    }
    this.head = [];
    try {
      if (this.mode === 'head') {
        // No list of reviews was read apart: the whole text was the head, checked whole.
        const { reviews, ...rest } = validateDataset(head);
        reviews.forEach((review, index) => this.onReview(review, index));
        this.reviewCount = reviews.length;
        return rest;
      }
      const { reviews: none, ...rest } = validateDataset(head);
      void none;
      if (this.invalidReview) throw this.invalidReview;
      if (this.duplicate) throw this.duplicate;
      return rest;
    } catch (error) {
      if (error instanceof DatasetValidationError) {
        throw this.invalid(error.message);
      }
      throw error;
    }
  }

  /** The review element read so far is complete (`last`: the list's closing bracket ended it). */
  private endElement(last: boolean): void {
    const text = this.element.join('');
    this.element = [];
    // `[]` has no element; `[1,]` and `[,1]` have an empty one, which JSON refuses.
    if (last && this.reviewCount === 0 && text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw this.notJson();
    }
    const index = this.reviewCount;
    this.reviewCount += 1;
    // After the first bad review the rest are read for their JSON only, as the first is reported.
    if (this.invalidReview) return;
    const review = checkReview(value, index);
    if (review instanceof DatasetValidationError) {
      this.invalidReview = review;
      return;
    }
    if (this.ids.has(review.id)) this.duplicate ??= duplicateIdError(review.id, index);
    else this.ids.add(review.id);
    this.onReview(review, index);
  }

  private notJson(): DatasetLoadError {
    return notJsonError(this.firstText, 'the dataset', this.url);
  }

  private invalid(reason: string): DatasetLoadError {
    return new DatasetLoadError(`The dataset at ${this.url} is not valid: ${reason}`);
  }
}
