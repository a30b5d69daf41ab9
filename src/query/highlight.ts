import { foldText, searchTerms } from '@/lib/fold';

const MARK = /\p{M}/u;
const ASCII_ONLY = /^[\0-\x7f]*$/;

interface FoldedText {
  folded: string;
  /** Where the original character behind folded position `at` starts, and where it ends. */
  startOf: (at: number) => number;
  endOf: (at: number) => number;
}

/**
 * `text` folded, with a map back to it. ASCII text (most reviews) folds to its lower case
 * character for character; otherwise each character is folded on its own.
 */
function foldWithPositions(text: string): FoldedText {
  if (ASCII_ONLY.test(text)) {
    return { folded: text.toLowerCase(), startOf: (at) => at, endOf: (at) => at + 1 };
  }
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const piece =
      codePoint < 128 ? text.charAt(i).toLowerCase() : foldText(text.slice(i, i + width));
    for (let k = 0; k < piece.length; k += 1) {
      starts.push(i);
      ends.push(i + width);
    }
    folded += piece;
    i += width;
  }
  return {
    folded,
    startOf: (at) => starts[at] ?? 0,
    endOf: (at) => ends[at] ?? text.length,
  };
}

/**
 * Where the search words occur in `text`, as [start, end) ranges of the original text, sorted and
 * merged. Each character is folded on its own so a match in the folded text maps back exactly,
 * even where folding changes the length (`æ` -> `ae`).
 */
export function highlightRanges(text: string, query: string): Array<[number, number]> {
  const terms = searchTerms(query);
  if (terms.length === 0 || text === '') return [];
  const { folded, startOf, endOf } = foldWithPositions(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const start = startOf(at);
      let end = endOf(at + term.length - 1);
      // Keep combining accents with the letter they sit on.
      while (end < text.length && MARK.test(text.charAt(end))) end += 1;
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
