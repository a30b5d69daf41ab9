import { wantedClauses } from './search-syntax';
import { clauseRanges } from './text-match';

/**
 * Where the search's words and phrases occur in `text`, by the rules search matches by (see
 * search-syntax): as [start, end) ranges of the original text, sorted and merged. Excluded
 * words are not marked.
 */
export function highlightRanges(text: string, query: string): Array<[number, number]> {
  if (text === '') return [];
  const ranges: Array<[number, number]> = [];
  for (const clause of wantedClauses(query)) ranges.push(...clauseRanges(text, clause));
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
