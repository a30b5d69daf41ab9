import { StoredReview } from '@/data/stored-review';
import type { BodyTest } from './text-match';

// Finding a search clause in a body kept as UTF-8 bytes (see data/stored-review) without making a
// string of it: a phrase search or a count of phrases reads tens of thousands of bodies, and a
// string made of each was most of what such a run allocated. Only plain ASCII is read so; other
// text is decoded and matched by the clause's pattern, whose rules these are for ASCII.

/** A letter or digit in ASCII: what the pattern's \p{L}, \p{N} and \p{M} are there. */
function isWordByte(byte: number): boolean {
  return (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90);
}

/**
 * Whether ASCII bytes hold the clause as its pattern finds it (text-match's clausePattern):
 * each word starts a word, case aside; the words of a phrase follow each other with only
 * spaces or punctuation between, each whole but the last. Null when the bytes are not all
 * ASCII: the caller reads those as text. `words` are folded (lower case); one holding another
 * character is in no ASCII text.
 */
export function asciiHolds(bytes: Uint8Array, words: readonly string[]): boolean | null {
  const end = bytes.length;
  for (let i = 0; i < end; i += 1) if ((bytes[i] ?? 0) >= 128) return null;
  const last = words.length - 1;
  for (let i = 0; i < end; i += 1) {
    if (i > 0 && isWordByte(bytes[i - 1] ?? 0)) continue;
    let at = i;
    let whole = true;
    for (let w = 0; w <= last && whole; w += 1) {
      const word = words[w] ?? '';
      if (at + word.length > end) whole = false;
      // Folded words are lower case: an upper-case letter (65-90) is its lower case less 32; a
      // character outside ASCII equals no byte here.
      for (let c = 0; c < word.length && whole; c += 1) {
        const byte = bytes[at + c] ?? 0;
        const code = word.charCodeAt(c);
        if (byte !== code && !(byte >= 65 && byte <= 90 && byte + 32 === code)) whole = false;
      }
      at += word.length;
      if (!whole || w === last) break;
      // A word before another is whole, and spaces or punctuation (at least one) follow it.
      if (at >= end || isWordByte(bytes[at] ?? 0)) whole = false;
      while (at < end && !isWordByte(bytes[at] ?? 0)) at += 1;
    }
    if (whole) return true;
  }
  return false;
}

/** Tests a body kept as bytes (see text-match's testBodiesWith); null for others. */
export const storedBodyTest: BodyTest = (review, { words }) =>
  review instanceof StoredReview ? asciiHolds(review.bodyBytes(), words) : null;
