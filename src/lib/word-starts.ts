// Where search words may start. Most scripts put spaces between words, and a word starts after
// anything that is not a letter, digit or mark. Chinese, Japanese, Thai, Lao, Khmer and Burmese
// do not: nothing in the text shows where their words begin, so every letter of theirs starts a
// word (a search for 最高 finds ガンダム最高), as does the first letter after one of them.
// Korean puts spaces between words and follows the first rule.

/** A character class body of letters that every position of is a word start. */
export const UNSPACED_CHARS =
  '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}';

const WORD = /[\p{L}\p{N}\p{M}]/u;
const MARK = /\p{M}/u;
const UNSPACED = new RegExp(`[${UNSPACED_CHARS}]`, 'u');

export const WORD_CHAR = 1;
export const MARK_CHAR = 2;
export const UNSPACED_CHAR = 4;

// Per UTF-16 unit: its kind's bits, plus 8 once known.
const kinds = new Uint8Array(65536);
const astralKinds = new Map<number, number>();

function kindOfChar(char: string): number {
  if (!WORD.test(char)) return 0;
  return WORD_CHAR | (MARK.test(char) ? MARK_CHAR : 0) | (UNSPACED.test(char) ? UNSPACED_CHAR : 0);
}

/**
 * What a code point is to word starts: WORD_CHAR for a letter, digit or mark, with MARK_CHAR for
 * a mark and UNSPACED_CHAR for a character of a script without spaces; 0 for anything else.
 */
export function charKind(code: number): number {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)
      ? WORD_CHAR
      : 0;
  }
  if (code > 0xffff) {
    let known = astralKinds.get(code);
    if (known === undefined) {
      known = kindOfChar(String.fromCodePoint(code));
      astralKinds.set(code, known);
    }
    return known;
  }
  let known = kinds[code] ?? 0;
  if (known === 0) {
    // A lone surrogate is no part of a word.
    known = 8 | (code >= 0xd800 && code <= 0xdfff ? 0 : kindOfChar(String.fromCharCode(code)));
    kinds[code] = known;
  }
  return known & 7;
}

/**
 * Whether a character of the given kind, following a run of word characters whose last letter
 * or digit (marks aside) had `before` as its kind, starts a word. (The first character of a run
 * always does.)
 */
export function startsWithin(kind: number, before: number): boolean {
  return (kind & MARK_CHAR) === 0 && ((kind | before) & UNSPACED_CHAR) !== 0;
}
