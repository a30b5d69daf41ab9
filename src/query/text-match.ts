import { foldText } from '@/lib/fold';
import type { Review } from '@/data/review-schema';
import type { SearchClause } from './search-syntax';

// Every character that folds to a given folded piece, for the scripts reviews are written in:
// Latin (with its extensions), Greek and Cyrillic. Other characters match themselves and their
// upper case.
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

/** A pattern for one folded character: any character folding to it, with accents after it. */
function charPattern(char: string): string {
  const chars = new Set([char, char.toUpperCase(), ...(foldVariants().get(char) ?? [])]);
  return `[${[...chars].map(escapeChar).join('')}]\\p{M}*`;
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
      const set = `[${chars.map(escapeChar).join('')}]\\p{M}*`;
      options.push(`${set}${wordPattern(word, at + folded.length, depth + 1)}`);
    }
  }
  return options.length === 1 ? (options[0] ?? '') : `(?:${options.join('|')})`;
}

const NOT_WORD = '[^\\p{L}\\p{N}\\p{M}]';

/**
 * A regular expression finding a clause in the reader's own text (not folded): each word starts
 * a word there, in case and accents as folding ignores them; a phrase's words follow each other
 * with only spaces or punctuation between, each whole but the last, which may be the start of a
 * longer word.
 */
export function clausePattern(clause: SearchClause, flags = 'u'): RegExp {
  // The spaces or punctuation after each word but the last make that word whole.
  const parts = clause.words.map((word) => wordPattern(word));
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${parts.join(`${NOT_WORD}+`)}`, flags);
}

/** A clause made ready to test reviews with. */
export interface ClauseMatcher {
  readonly pattern: RegExp;
  readonly words: readonly string[];
}

export function clauseMatcher(clause: SearchClause): ClauseMatcher {
  return { pattern: clausePattern(clause), words: clause.words };
}

/** Whether a review's body holds a clause, read without making a string of it; null: not so. */
export type BodyTest = (review: Review, matcher: ClauseMatcher) => boolean | null;

let bodyTest: BodyTest = () => null;

/**
 * Sets how bodies kept as bytes are tested (query/byte-match, loaded with the first dataset whose
 * bodies are). Until then they are tested as text: the same answers, with a string made of each.
 */
export function testBodiesWith(test: BodyTest): void {
  bodyTest = test;
}

/**
 * Whether a review's title, body or author (the fields search reads, see searchFields) holds the
 * clause, each field apart: a phrase never spans two.
 */
export function reviewMatches(matcher: ClauseMatcher, review: Review): boolean {
  const { pattern } = matcher;
  if (review.title !== null && pattern.test(review.title)) return true;
  if (review.author !== null && pattern.test(review.author)) return true;
  return bodyTest(review, matcher) ?? pattern.test(review.body);
}
