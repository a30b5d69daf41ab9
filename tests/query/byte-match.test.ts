import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { foldedHolds, storedBodyTest } from '@/query/byte-match';
import { foldedWords } from '@/query/search-syntax';
import { clauseMatcher, clausePattern, reviewMatches } from '@/query/text-match';
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
  .array(
    fc.tuple(
      fc.constantFrom(
        ...['a', 'b', 'ab', 'ba', 'A', 'Ab', 'e', 'é', 'É', 'ë', 'o', 'ø', 'Ø', 'ó', 'i', 'ï'],
        ...['İ', 'ı', 'I', 'ss', 'ß', 'S', 'ſ', 'σ', 'Σ', 'ĳ', 'ǅ', 'æ', 'b\u0301', '²', 'ª', 'µ'],
        ...['1', 'a1'],
      ),
      fc.constantFrom(' ', '  ', '.', ', ', '’', '—', '😀', '', '-'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.map(([token, between]) => token + between).join(''));
// A clause as search makes it: one to three folded words.
const clauseWords = fc
  .array(
    fc.constantFrom(
      ...['a', 'b', 'ab', 'ba', 'aa', '1', 'a1', 'e', 'ae', 'o', 'ss', 'σ', 'ſ', 'i', 'ĳ'],
      ...['2', 'ª', 'µ', 'ǆ'],
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((words) => foldedWords(words.join(' ')))
  .filter((words) => words.length > 0);

describe('foldedHolds', () => {
  it('finds a clause in ASCII bytes exactly where its pattern finds it in the text', () => {
    fc.assert(
      fc.property(asciiText, clauseWords, (body, words) => {
        fc.pre(words.every((word) => /^[a-z0-9]+$/.test(word)));
        const pattern = clausePattern({ words, exclude: false, key: words.join(' ') });
        expect(foldedHolds(words, encoder.encode(body))).toBe(pattern.test(body));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers as the pattern does in any text, or leaves it to the pattern', () => {
    let answered = 0;
    let found = 0;
    fc.assert(
      fc.property(anyText, clauseWords, (body, words) => {
        const pattern = clausePattern({ words, exclude: false, key: words.join(' ') });
        const held = foldedHolds(words, encoder.encode(body));
        if (held === null) return;
        expect(held).toBe(pattern.test(body));
        answered += 1;
        if (held) found += 1;
      }),
      { numRuns: 3000 },
    );
    // Most texts are read here, and some of them hold the clause.
    expect(answered).toBeGreaterThan(500);
    expect(found).toBeGreaterThan(50);
  });

  it('reads accented Latin letters, quotes and dashes itself, and leaves the rest to the pattern', () => {
    const holds = (text: string, words: string[]) => foldedHolds(words, encoder.encode(text));
    expect(holds('Nørrebro’s gangsters — “Clichéd”', ['norrebro', 's'])).toBe(true);
    expect(holds('NØRREBRO', ['norrebro'])).toBe(true);
    expect(holds('CLICHÉD. Naïve', ['cliched', 'nai'])).toBe(true);
    expect(holds('the father, his son 😀', ['father', 'hi'])).toBe(true);
    expect(holds('fathers his', ['father', 'his'])).toBe(false);
    expect(holds('grandfather', ['father'])).toBe(false);
    // Two-letter folds, combining marks and other scripts' letters are the pattern's to read.
    expect(holds('Encyclopædia', ['encyclopaedia'])).toBeNull();
    expect(holds('Cliche\u0301d', ['cliched'])).toBeNull();
    expect(holds('σ and s', ['s'])).toBeNull();
    // A long s folds to itself, and its upper case S to s: the two read it alike.
    expect(holds('Sad', ['ſ'])).toBe(false);
    expect(clausePattern({ words: ['ſ'], exclude: false, key: 'ſ' }).test('Sad')).toBe(false);
  });

  it('reads a body far longer than most, and the next ones as before', () => {
    const long = encoder.encode(`${'naïve words, '.repeat(20_000)}the father’s son`);
    expect(long.length).toBeGreaterThan(1 << 16);
    expect(foldedHolds(['father', 's', 'son'], long)).toBe(true);
    expect(foldedHolds(['father', 'son'], long)).toBe(false);
    expect(foldedHolds(['father'], encoder.encode('a Father'))).toBe(true);
    expect(foldedHolds(['father'], encoder.encode('a fat her'))).toBe(false);
  });
});

describe('reviewMatches', () => {
  it('answers the same for a body kept as bytes as for the text, read either way', () => {
    fc.assert(
      fc.property(fc.oneof(asciiText, anyText), clauseWords, fc.boolean(), (body, words, bytes) => {
        const bodyTest = bytes ? storedBodyTest : () => null;
        const review = makeReview({ id: 'a', title: null, author: null, body });
        // Kept between two others, as in a piece of bytes.
        const [, stored] = storedReviews([
          makeReview({ id: 'x', body: 'ab é' }),
          review,
          makeReview({ id: 'y', body: 'ba' }),
        ]);
        const matcher = clauseMatcher({ words, exclude: false, key: words.join(' ') });
        expect(reviewMatches(matcher, stored ?? review, bodyTest)).toBe(
          reviewMatches(matcher, review, bodyTest),
        );
        expect(reviewMatches(matcher, review, bodyTest)).toBe(matcher.pattern.test(body));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a body kept as bytes without making a string of it', () => {
    const [stored] = storedReviews([makeReview({ id: 'a', body: 'The fäther, his son’s' })]);
    if (!stored) throw new Error('no review');
    const body = vi.spyOn(stored, 'body', 'get');
    const matcher = clauseMatcher({ words: ['father', 'his'], exclude: false, key: 'father his' });
    expect(reviewMatches(matcher, stored, storedBodyTest)).toBe(true);
    expect(body).not.toHaveBeenCalled();
  });
});
