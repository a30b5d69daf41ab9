import fc from 'fast-check';

/** Text pieces for property tests: letters, accents written both ways, emoji with a skin tone, a flag, and spaces. */
export const graphemeUnit = fc.constantFrom('a', 'b', ' ', 'é', 'e\u0301', '😀', '👍🏽', '🇩🇰', 'ø');

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Where each user-perceived character of `text` starts, and its end. */
export function graphemeStarts(text: string): Set<number> {
  const starts = new Set([text.length]);
  for (const { index } of segmenter.segment(text)) starts.add(index);
  return starts;
}
