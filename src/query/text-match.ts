import { ACCENT_CHARS, foldText, foldWithPlaces } from '@/lib/fold';
import { UNSPACED_CHARS } from '@/lib/word-starts';
import type { Review } from '@/data/review-schema';
import type { SearchClause } from './search-syntax';

// Text is read two ways. Text in Latin, Greek and Cyrillic (and accents) is read as it is, by a
// pattern offering, for each folded letter, every character folding to it: nothing is made of
// it. Other text (Chinese, Japanese, Korean, Thai, ...) is folded first and read by a pattern of
// the folded words: there composed letters and their marks (ガ and カ with a dakuten, Hangul
// syllables and their jamo) fold alike, which a pattern over the text as written could not
// follow. Both answer as the search index does.

// Every character that folds to a given folded piece, for the scripts read as they are.
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0030, 0x007a],
  [0x00c0, 0x024f],
  [0x0370, 0x03ff],
  [0x0400, 0x04ff],
  [0x1e00, 0x1eff],
];

let variants: Map<string, string[]> | null = null;

/** Folded piece (one letter, or two for æ, ß, þ, œ) -> the characters that fold to it. */
function foldVariants(): Map<string, string[]> {
  if (variants) return variants;
  variants = new Map();
  for (const [from, to] of RANGES) {
    for (let code = from; code <= to; code += 1) {
      const char = String.fromCharCode(code);
      const folded = foldText(char);
      if (folded === '' || !/^[\p{L}\p{N}]+$/u.test(folded)) continue;
      const list = variants.get(folded);
      if (list) list.push(char);
      else variants.set(folded, [char]);
    }
  }
  return variants;
}

const escapeChar = (char: string) => (/[\\\]^-]/.test(char) ? `\\${char}` : char);

const ACCENT = `[${ACCENT_CHARS}]`;

/** A pattern for one folded character: any character folding to it, with accents after it. */
function charPattern(char: string): string {
  const upper = char.toUpperCase();
  const chars = new Set([char, ...(foldVariants().get(char) ?? [])]);
  // The upper case of a few letters folds to another one (ſ to s): it is not offered.
  if (foldText(upper) === char) chars.add(upper);
  return `[${[...chars].map(escapeChar).join('')}]${ACCENT}*`;
}

// Characters that fold to two letters (æ -> ae): a pattern offers them where the word has them.
let multi: Array<[string, string[]]> | null = null;
function multiFolds(): Array<[string, string[]]> {
  multi ??= [...foldVariants()].filter(([folded]) => folded.length > 1);
  return multi;
}

/** A pattern for a folded word, read from its `at`th character. */
function wordPattern(word: string, at = 0, depth = 0): string {
  if (at >= word.length) return '';
  const rest = wordPattern(word, at + 1, depth);
  const options = [`${charPattern(word.charAt(at))}${rest}`];
  // Two-letter folds are rare; a few per word are offered, no more, so patterns stay small.
  if (depth < 3) {
    for (const [folded, chars] of multiFolds()) {
      if (!word.startsWith(folded, at)) continue;
      const set = `[${chars.map(escapeChar).join('')}]${ACCENT}*`;
      options.push(`${set}${wordPattern(word, at + folded.length, depth + 1)}`);
    }
  }
  return options.length === 1 ? (options[0] ?? '') : `(?:${options.join('|')})`;
}

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';
const NOT_WORD = '[^\\p{L}\\p{N}\\p{M}]';
// A letter, digit or mark that folding keeps.
const KEPT = `(?!${ACCENT})${WORD_CHAR}`;

/**
 * A regular expression finding a clause in text as written (not folded), for text of the
 * scripts it reads (see needsFolding): each word starts a word there, in case and accents as
 * folding ignores them; a phrase's words follow each other with only spaces or punctuation
 * between, each whole but the last, which may be the start of a longer word.
 */
export function clausePattern(clause: SearchClause, flags = 'u'): RegExp {
  const source = patternSource(`written ${clause.words.join(' ')}`, () => {
    // The spaces or punctuation after each word but the last make that word whole. Accents with
    // no letter before them fold away, and are read as nothing.
    const parts = clause.words.map((word) => wordPattern(word));
    return `(?<!${KEPT}${ACCENT}*)${parts.join(`(?:${NOT_WORD}${ACCENT}*)+`)}`;
  });
  return new RegExp(source, flags);
}

// A pattern's source takes a while to write (every letter offers each way of writing it), and
// the same clause is asked for again and again: for each field of each review it marks.
const SOURCES_KEPT = 256;
const sources = new Map<string, string>();

function patternSource(key: string, write: () => string): string {
  const known = sources.get(key);
  if (known !== undefined) return known;
  if (sources.size >= SOURCES_KEPT) sources.clear();
  const source = write();
  sources.set(key, source);
  return source;
}

const UNSPACED = `[${UNSPACED_CHARS}]`;
const UNSPACED_CHAR = new RegExp(UNSPACED, 'u');

/** Where a word beginning with `char` may start in folded text (see lib/word-starts). */
function startBefore(char: string): string {
  if (/\p{M}/u.test(char)) return `(?<!${WORD_CHAR})`;
  if (UNSPACED_CHAR.test(char)) return '';
  return `(?:(?<!${WORD_CHAR})|(?<=(?=${UNSPACED})[\\p{L}\\p{N}]\\p{M}*))`;
}

/**
 * A regular expression finding a clause in folded text: each word at a word start (in scripts
 * without spaces, any letter), the words of a phrase one after another with only spaces or
 * punctuation between, or none where the next starts a word (ガンダム最高 holds ガンダム 最高).
 */
export function foldedPattern(clause: SearchClause, flags = 'u'): RegExp {
  const source = patternSource(`folded ${clause.words.join(' ')}`, () =>
    clause.words
      // Folded words are letters, digits and marks: none is special in a pattern.
      .map((word) => `${startBefore(String.fromCodePoint(word.codePointAt(0) ?? 32))}${word}`)
      .join(`${NOT_WORD}*`),
  );
  return new RegExp(source, flags);
}

// Below U+0250 and in the Greek, Cyrillic and Latin Extended Additional blocks, the pattern over
// the text as written is exact; so is it over accents.
const BEYOND_LATIN = /[^\0-\u024f]/;
const FOLDED_FIRST = new RegExp(
  `(?![\\0-\\u024f\\u0370-\\u04ff\\u1e00-\\u1eff]|${ACCENT})[\\p{L}\\p{N}\\p{M}]`,
  'u',
);

/** Whether text is read folded: it has a letter, digit or mark the written pattern cannot read. */
export function needsFolding(text: string): boolean {
  return BEYOND_LATIN.test(text) && FOLDED_FIRST.test(text);
}

/** A clause made ready to test reviews with. */
export interface ClauseMatcher {
  /** For text as written (see clausePattern). */
  readonly pattern: RegExp;
  /** For folded text (see foldedPattern). */
  readonly folded: RegExp;
  readonly words: readonly string[];
}

// Compiling a clause's two patterns costs far more than testing a review with them, and
// mentions and marks ask for the same clauses again and again. Their patterns keep no state
// between tests (no global or sticky flag), so one matcher serves every caller.
const MATCHERS_KEPT = 256;
const matchers = new Map<string, ClauseMatcher>();

export function clauseMatcher(clause: SearchClause): ClauseMatcher {
  const key = clause.words.join(' ');
  const known = matchers.get(key);
  if (known) return known;
  if (matchers.size >= MATCHERS_KEPT) matchers.clear();
  const made = {
    pattern: clausePattern(clause),
    folded: foldedPattern(clause),
    words: clause.words,
  };
  matchers.set(key, made);
  return made;
}

/** Whether a piece of text holds the clause, read whichever way suits it. */
export function textHolds(matcher: ClauseMatcher, text: string): boolean {
  return needsFolding(text) ? matcher.folded.test(foldText(text)) : matcher.pattern.test(text);
}

/** Where the clause occurs in text, as [start, end) ranges of it in order, whole characters. */
export function clauseRanges(text: string, clause: SearchClause): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!needsFolding(text)) {
    for (const match of text.matchAll(clausePattern(clause, 'gu'))) {
      if (match[0] !== '') ranges.push([match.index, match.index + match[0].length]);
    }
    return ranges;
  }
  const folded = foldWithPlaces(text);
  for (const match of folded.text.matchAll(foldedPattern(clause, 'gu'))) {
    if (match[0] === '') continue;
    const start = folded.from[match.index] ?? 0;
    const end = folded.to[match.index + match[0].length - 1] ?? text.length;
    ranges.push([start, end]);
  }
  return ranges;
}

/** Whether a review's body holds a clause, read without making a string of it; null: not so. */
export type BodyTest = (review: Review, matcher: ClauseMatcher) => boolean | null;

/**
 * Whether a review's title, body or author (the fields search reads, see searchFields) holds the
 * clause, each field apart: a phrase never spans two. `bodyTest` is the session's (DatasetSession).
 */
export function reviewMatches(matcher: ClauseMatcher, review: Review, bodyTest: BodyTest): boolean {
  if (review.title !== null && textHolds(matcher, review.title)) return true;
  if (review.author !== null && textHolds(matcher, review.author)) return true;
  return bodyTest(review, matcher) ?? textHolds(matcher, review.body);
}
