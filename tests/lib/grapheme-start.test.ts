import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeStartAtOrBefore } from '@/lib/grapheme-start';

// Letters, accents written both ways, emoji with a skin tone, a flag, and spaces.
const unit = fc.constantFrom('a', 'b', ' ', 'é', 'e\u0301', '😀', '👍🏽', '🇩🇰', 'ø');
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemeStarts(text: string): Set<number> {
  const starts = new Set([text.length]);
  for (const { index } of segmenter.segment(text)) starts.add(index);
  return starts;
}

describe('graphemeStartAtOrBefore', () => {
  it('steps back to where the character under the position begins', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), fc.nat(130), (text, at) => {
        const start = graphemeStartAtOrBefore(text, at);
        expect(start).toBeLessThanOrEqual(Math.min(at, text.length));
        expect(graphemeStarts(text).has(start)).toBe(true);
      }),
    );
  });
});
