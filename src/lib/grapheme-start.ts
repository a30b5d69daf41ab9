/** Characters either side of a position looked at to keep a letter and its accents together. */
const GRAPHEME_REACH = 32;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The last place at or before `at` where a character begins: a cut there keeps surrogate pairs,
 * accents and emoji sequences whole. Only a short stretch around `at` is segmented, so the cost
 * does not grow with the text.
 */
export function graphemeStartAtOrBefore(text: string, at: number): number {
  if (at <= 0 || at >= text.length) return Math.max(0, Math.min(at, text.length));
  const from = Math.max(0, at - GRAPHEME_REACH);
  let start = from;
  for (const { index } of segmenter.segment(text.slice(from, at + GRAPHEME_REACH))) {
    if (from + index > at) break;
    start = from + index;
  }
  // A cluster longer than the stretch (a letter under dozens of accents) is cut where the
  // stretch starts, though not inside a surrogate pair.
  const code = text.charCodeAt(start);
  return start === from && code >= 0xdc00 && code <= 0xdfff ? start + 1 : start;
}
