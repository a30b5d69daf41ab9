import { StoredReview } from '@/data/stored-review';
import { foldText } from '@/lib/fold';
import { clausePattern, type BodyTest } from './text-match';

// Finding a search clause in a body kept as UTF-8 bytes (see data/stored-review) without making a
// string of it: a phrase search or a count of phrases reads tens of thousands of bodies, and a
// string made of each was most of what such a run allocated. The bytes are read as the folded
// text search compares (each letter folded to one, punctuation apart), for the characters where
// that gives exactly the clause pattern's answer: the Latin letters up to U+024F that fold to a
// single letter, and anything that is no part of a word (quotes, dashes, emoji). A body with
// another letter or a combining mark, or a word whose letters the pattern reads otherwise, is left
// to the pattern (null).

/** Code points the table covers: ASCII, Latin-1 and Latin Extended-A and -B. */
const COVERED = 0x250;
const SEPARATOR = -2;
const UNREAD = -1;

let folds: Int32Array | null = null;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Per covered code point: its folded letter's code, SEPARATOR, or UNREAD (left to the pattern). */
function foldTable(): Int32Array {
  if (folds) return folds;
  folds = new Int32Array(COVERED);
  for (let code = 0; code < COVERED; code += 1) {
    const char = String.fromCharCode(code);
    const folded = foldText(char);
    folds[code] = !WORD_CHAR.test(char)
      ? SEPARATOR
      : folded.length === 1
        ? folded.charCodeAt(0)
        : UNREAD;
  }
  return folds;
}

// Beyond the table: 0 unknown, 1 part of a word (left to the pattern), 2 not.
const beyond = new Uint8Array(65536);

function beyondIsWord(code: number): boolean {
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code));
  let known = beyond[code] ?? 0;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    beyond[code] = known;
  }
  return known === 1;
}

const checkedLetters = new Map<number, boolean>();

/**
 * Whether the pattern finds a word's letter in exactly the covered characters that fold to it
 * (not so for a few, such as the long s, which the pattern also finds as its upper case `S`).
 */
function readAsFolded(letter: number): boolean {
  let known = checkedLetters.get(letter);
  if (known === undefined) {
    const table = foldTable();
    const char = String.fromCharCode(letter);
    const pattern = clausePattern({ words: [char], exclude: false, key: char });
    known = true;
    for (let code = 0; code < COVERED && known; code += 1) {
      const fold = table[code] ?? UNREAD;
      if (fold === UNREAD) continue;
      if (pattern.test(String.fromCharCode(code)) !== (fold === letter)) known = false;
    }
    checkedLetters.set(letter, known);
  }
  return known;
}

/** Bodies up to this many bytes are folded into one kept array; a longer one gets its own. */
const KEPT_SCRATCH = 1 << 16;
let kept = new Int32Array(4096);
/** The array the last body was folded into. */
let text = kept;

/**
 * The folded letters of the text in bytes `from` to `to`, SEPARATOR between words, into `text`
 * (their count returned), or -1 when the text has a character left to the pattern.
 */
function foldBytes(bytes: Uint8Array, from: number, to: number): number {
  const table = foldTable();
  const length = to - from;
  if (length > kept.length && length <= KEPT_SCRATCH) kept = new Int32Array(KEPT_SCRATCH);
  text = length <= kept.length ? kept : new Int32Array(length);
  let n = 0;
  for (let i = from; i < to;) {
    const b = bytes[i] ?? 0;
    let code: number;
    if (b < 0x80) {
      code = b;
      i += 1;
    } else if (b < 0xe0) {
      code = ((b & 0x1f) << 6) | ((bytes[i + 1] ?? 0) & 0x3f);
      i += 2;
    } else if (b < 0xf0) {
      code =
        ((b & 0x0f) << 12) | (((bytes[i + 1] ?? 0) & 0x3f) << 6) | ((bytes[i + 2] ?? 0) & 0x3f);
      i += 3;
    } else {
      code =
        ((b & 0x07) << 18) |
        (((bytes[i + 1] ?? 0) & 0x3f) << 12) |
        (((bytes[i + 2] ?? 0) & 0x3f) << 6) |
        ((bytes[i + 3] ?? 0) & 0x3f);
      i += 4;
    }
    let folded: number;
    if (code < COVERED) folded = table[code] ?? UNREAD;
    else folded = beyondIsWord(code) ? UNREAD : SEPARATOR;
    if (folded === UNREAD) return -1;
    text[n] = folded;
    n += 1;
  }
  return n;
}

/**
 * Whether UTF-8 bytes hold the clause as its pattern (text-match's clausePattern) finds it in
 * their text: each word starts a word, case and accents aside; the words of a phrase follow each
 * other with only spaces or punctuation between, each whole but the last. Null when the text or a
 * word has a character this reading leaves to the pattern. `words` are folded; the text is
 * `bytes` from `from` to `to`.
 */
export function foldedHolds(
  words: readonly string[],
  bytes: Uint8Array,
  from = 0,
  to = bytes.length,
): boolean | null {
  for (const word of words)
    for (let c = 0; c < word.length; c += 1) if (!readAsFolded(word.charCodeAt(c))) return null;
  const end = foldBytes(bytes, from, to);
  if (end === -1) return null;
  const last = words.length - 1;
  for (let i = 0; i < end; i += 1) {
    if ((text[i] ?? SEPARATOR) === SEPARATOR || (i > 0 && text[i - 1] !== SEPARATOR)) continue;
    let at = i;
    let whole = true;
    for (let w = 0; w <= last && whole; w += 1) {
      const word = words[w] ?? '';
      if (at + word.length > end) whole = false;
      for (let c = 0; c < word.length && whole; c += 1)
        if (text[at + c] !== word.charCodeAt(c)) whole = false;
      at += word.length;
      if (!whole || w === last) break;
      // A word before another is whole, and spaces or punctuation (at least one) follow it.
      if (at >= end || text[at] !== SEPARATOR) whole = false;
      while (at < end && text[at] === SEPARATOR) at += 1;
    }
    if (whole) return true;
  }
  return false;
}

/** Tests a body kept as bytes (a session's bodyTest, see DatasetSession); null for others. */
export const storedBodyTest: BodyTest = (review, { words }) =>
  review instanceof StoredReview
    ? foldedHolds(words, review.pieceBytes(), review.bodyStart(), review.bodyEnd())
    : null;
