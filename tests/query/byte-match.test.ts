import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asciiHolds, storedBodyTest } from '@/query/byte-match';
import { foldedWords } from '@/query/search-syntax';
import { clauseMatcher, clausePattern, reviewMatches, testBodiesWith } from '@/query/text-match';
import { makeReview } from '../testing/make-dataset';
import { storedReviews } from '../testing/stored';

const encoder = new TextEncoder();

// Text made of few letters, so that words and phrases recur: upper and lower case, digits,
// spaces and punctuation, and (in the second) letters outside ASCII.
const asciiText = fc
  .array(
    fc.constantFrom('a', 'b', 'ab', 'B', 'A', 'ba', '1', ' ', '  ', '.', ', ', "'", '-', '_'),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.join(''));
const anyText = fc
  .array(fc.constantFrom('a', 'b', 'B', ' ', '.', 'é', 'Æ', 'ø', 'ß', 'σ', 'b\u0301', '😀'), {
    maxLength: 20,
  })
  .map((parts) => parts.join(''));
// A clause as search makes it: one to three folded words.
const clauseWords = fc
  .array(fc.constantFrom('a', 'b', 'ab', 'ba', 'aa', '1', 'a1', 'e', 'ae', 'o', 'ss', 'σ'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((words) => foldedWords(words.join(' ')))
  .filter((words) => words.length > 0);

describe('asciiHolds', () => {
  it('finds a clause in ASCII bytes exactly where its pattern finds it in the text', () => {
    fc.assert(
      fc.property(asciiText, clauseWords, (body, words) => {
        const pattern = clausePattern({ words, exclude: false, key: words.join(' ') });
        expect(asciiHolds(encoder.encode(body), words)).toBe(pattern.test(body));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves text outside ASCII to the pattern, and no word outside ASCII is in ASCII text', () => {
    expect(asciiHolds(encoder.encode('Nørrebro'), ['norrebro'])).toBeNull();
    expect(asciiHolds(encoder.encode('sigma σ'), ['σ'])).toBeNull();
    expect(asciiHolds(encoder.encode('sigma s'), ['σ'])).toBe(false);
    expect(asciiHolds(encoder.encode('Aeon'), ['æon'])).toBe(false);
    expect(asciiHolds(encoder.encode('the Father, his son'), ['father', 'hi'])).toBe(true);
    expect(asciiHolds(encoder.encode('fathers his'), ['father', 'his'])).toBe(false);
    expect(asciiHolds(encoder.encode('grandfather'), ['father'])).toBe(false);
  });
});

describe('reviewMatches', () => {
  afterEach(() => testBodiesWith(() => null));

  it('answers the same for a review whose body is kept as bytes as for the text, read either way', () => {
    fc.assert(
      fc.property(fc.oneof(asciiText, anyText), clauseWords, fc.boolean(), (body, words, bytes) => {
        testBodiesWith(bytes ? storedBodyTest : () => null);
        const review = makeReview({ id: 'a', title: null, author: null, body });
        const [stored] = storedReviews([review]);
        const matcher = clauseMatcher({ words, exclude: false, key: words.join(' ') });
        expect(reviewMatches(matcher, stored ?? review)).toBe(reviewMatches(matcher, review));
        expect(reviewMatches(matcher, review)).toBe(matcher.pattern.test(body));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads an ASCII body kept as bytes without making a string of it', () => {
    testBodiesWith(storedBodyTest);
    const [stored] = storedReviews([makeReview({ id: 'a', body: 'The father, his son' })]);
    if (!stored) throw new Error('no review');
    const body = vi.spyOn(stored, 'body', 'get');
    const matcher = clauseMatcher({ words: ['father', 'his'], exclude: false, key: 'father his' });
    expect(reviewMatches(matcher, stored)).toBe(true);
    expect(body).not.toHaveBeenCalled();
  });
});
