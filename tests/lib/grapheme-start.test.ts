import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeStartAtOrBefore } from '@/lib/grapheme-start';
import { graphemeStarts, graphemeUnit } from '../testing/graphemes';

describe('graphemeStartAtOrBefore', () => {
  it('steps back to where the character under the position begins', () => {
    fc.assert(
      fc.property(fc.string({ unit: graphemeUnit, maxLength: 120 }), fc.nat(130), (text, at) => {
        const start = graphemeStartAtOrBefore(text, at);
        expect(start).toBeLessThanOrEqual(Math.min(at, text.length));
        expect(graphemeStarts(text).has(start)).toBe(true);
      }),
    );
  });
});
