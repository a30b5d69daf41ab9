import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortenText } from '@/lib/shorten-text';
import { graphemeStarts, graphemeUnit } from '../testing/graphemes';

describe('shortenText', () => {
  it('leaves text up to the limit as it is', () => {
    expect(shortenText('Even better than the first', 300)).toEqual({
      shown: 'Even better than the first',
      shortened: false,
    });
    expect(shortenText('a'.repeat(300), 300).shortened).toBe(false);
  });

  it('cuts one long word at the limit and ends it with an ellipsis', () => {
    const { shown, shortened } = shortenText('a'.repeat(1_000_000), 300);
    expect(shortened).toBe(true);
    expect(shown).toBe(`${'a'.repeat(300)}…`);
  });

  it('cuts between words when a space is near the limit', () => {
    const title = 'word '.repeat(100);
    const { shown } = shortenText(title, 42);
    expect(shown).toBe('word word word word word word word word…');
  });

  it('shows a start of the text, at most the limit long, never splitting a character', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: graphemeUnit, maxLength: 200 }),
        fc.integer({ min: 1, max: 120 }),
        (text, limit) => {
          const { shown, shortened } = shortenText(text, limit);
          expect(shortened).toBe(text.length > limit);
          if (!shortened) {
            expect(shown).toBe(text);
            return;
          }
          const start = shown.slice(0, -1);
          expect(shown.endsWith('…')).toBe(true);
          expect(start.length).toBeLessThanOrEqual(limit);
          expect(text.startsWith(start)).toBe(true);
          expect(
            graphemeStarts(text).has(start.length) || /\s/.test(text.charAt(start.length)),
          ).toBe(true);
        },
      ),
    );
  });
});
