import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeBidi } from '@/lib/bidi';

describe('closeBidi', () => {
  it('closes what the text opens, innermost first, and leaves other text alone', () => {
    expect(closeBidi('Plain title')).toBe('Plain title');
    expect(closeBidi('a\u202Eb')).toBe('a\u202Eb\u202C');
    expect(closeBidi('a\u2067b\u202Bc')).toBe('a\u2067b\u202Bc\u202C\u2069');
    expect(closeBidi('a\u202Eb\u202Cc')).toBe('a\u202Eb\u202Cc');
    expect(closeBidi('a\u2068b\u202Ec\u2069d')).toBe('a\u2068b\u202Ec\u2069d');
    expect(closeBidi('stray \u202C and \u2069')).toBe('stray \u202C and \u2069');
  });

  it('is a no-op on its own output (nothing is left open)', () => {
    const bidi = fc.constantFrom(...'\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069ab');
    fc.assert(
      fc.property(fc.array(bidi, { maxLength: 30 }), (chars) => {
        const closed = closeBidi(chars.join(''));
        expect(closed.startsWith(chars.join(''))).toBe(true);
        expect(closeBidi(closed)).toBe(closed);
      }),
    );
  });
});
