import { foldText, searchTerms } from '@/lib/fold';

const MARK = /\p{M}/u;

/**
 * Where the search words occur in `text`, as [start, end) ranges of the original text, sorted and
 * merged. Each character is folded on its own so a match in the folded text maps back exactly,
 * even where folding changes the length (`æ` -> `ae`).
 */
export function highlightRanges(text: string, query: string): Array<[number, number]> {
  const terms = searchTerms(query);
  if (terms.length === 0 || text === '') return [];
  let folded = '';
  const startOf: number[] = [];
  const endOf: number[] = [];
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const piece = foldText(text.slice(i, i + width));
    for (let k = 0; k < piece.length; k += 1) {
      startOf.push(i);
      endOf.push(i + width);
    }
    folded += piece;
    i += width;
  }
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const start = startOf[at] ?? 0;
      let end = endOf[at + term.length - 1] ?? text.length;
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
