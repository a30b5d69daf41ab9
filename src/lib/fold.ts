// Letters that Unicode decomposition leaves alone but a reader types without the accent.
const SPECIAL: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ς: 'σ',
};
const SPECIAL_PATTERN = /[øæœßđðłþıς]/g;

/**
 * The combining marks folding drops, as a character class body: the accents shared by Latin,
 * Greek and Cyrillic (the combining diacritical blocks, Cyrillic titlo), and the vowel points
 * and cantillation of Hebrew and Arabic, which everyday writing leaves out. Other marks are part
 * of their letter: a kana's dakuten (ガ is not カ), Thai tone and vowel marks, Indic vowel signs.
 */
export const ACCENT_CHARS =
  '\\u0300-\\u036f\\u0483-\\u0489\\u0591-\\u05bd\\u05bf\\u05c1\\u05c2\\u05c4\\u05c5\\u05c7' +
  '\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06dc\\u06df-\\u06e4\\u06e7\\u06e8\\u06ea-\\u06ed' +
  '\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f';
// The class holds lone combining marks on purpose: each is dropped wherever it stands.
// eslint-disable-next-line no-misleading-character-class
const ACCENTS = new RegExp(`[${ACCENT_CHARS}]+`, 'gu');
// After accents go, what canonical composition could join: other marks, and Hangul's vowel and
// final jamo. Without any, the decomposed text is already composed.
const COMPOSABLE = /\p{M}|[\u1160-\u11ff]/u;
const ASCII = /^[\0-\x7f]*$/;

/**
 * Case- and accent-insensitive form of text: `Clichéd Nørrebro` -> `cliched norrebro`. Only
 * accents go (see ACCENT_CHARS), and the rest is composed again, so `ガンダム` and `한국` fold to
 * themselves. Text and its decomposed form fold alike.
 */
export function foldText(text: string): string {
  // Most text is plain ASCII, which lower case alone folds.
  if (ASCII.test(text)) return text.toLowerCase();
  let folded = text.toLowerCase().normalize('NFD').replace(ACCENTS, '');
  if (COMPOSABLE.test(folded)) folded = folded.normalize('NFC');
  return folded.replace(SPECIAL_PATTERN, (letter) => SPECIAL[letter] ?? letter);
}

/** Folded text with, per UTF-16 unit of it, where its source starts and ends in the original. */
export interface FoldedText {
  readonly text: string;
  readonly from: Int32Array;
  readonly to: Int32Array;
}

/** Marks and Hangul's vowel and final jamo: they join the letter or digit before them. */
const JOINS = /[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * `foldText(text)` with where each of its units came from. Text is folded a letter at a time,
 * with the marks and jamo that may join it (folding joins nothing across such a stretch but an
 * accent, which it drops), so the pieces put together are the folded text.
 */
export function foldWithPlaces(text: string): FoldedText {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  while (at < text.length) {
    const first = text.codePointAt(at) ?? 0;
    let end = at + (first > 0xffff ? 2 : 1);
    // A mark after a space or a sign starts a piece of its own, as the first of a word, and the
    // marks after it join it: no mark is ever parted from the one it follows.
    const joins =
      first < 0x80
        ? LETTER.test(text.charAt(at))
        : /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(first));
    while (joins && end < text.length) {
      const code = text.codePointAt(end) ?? 0;
      if (code < 0x300 || !JOINS.test(String.fromCodePoint(code))) break;
      end += code > 0xffff ? 2 : 1;
    }
    const piece = foldText(text.slice(at, end));
    folded += piece;
    for (let k = 0; k < piece.length; k += 1) {
      from.push(at);
      to.push(end);
    }
    at = end;
  }
  return { text: folded, from: Int32Array.from(from), to: Int32Array.from(to) };
}
