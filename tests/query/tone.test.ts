import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchFields } from '@/query/columns';
import { openSession } from '@/query/loader/open-session';
import { runQuery } from '@/query/run-query';
import { buildSearchIndex } from '@/query/search-index-builder';
import { TONE_OF_CODE, type ToneKey } from '@/query/tone';
import { toneAgreement, toneCounts } from '@/query/tone-counts';
import {
  NEGATIVE_UP_TO,
  POSITIVE_FROM,
  ToneTally,
  toneCodeOf,
  toneOfText,
} from '@/query/tone-tally';
import { DEFAULT_VIEW } from '@/query/view-query';
import { makeDataset, makeReview } from '../testing/make-dataset';

/** The tone and score of reviews given as [title, body, author]. */
function tonesOf(reviews: Array<[string | null, string, string | null]>) {
  const tally = new ToneTally(reviews.length);
  buildSearchIndex(reviews, tally);
  const { tone, toneScore } = tally.finish(reviews.length);
  return reviews.map((_, i) => ({
    tone: TONE_OF_CODE[tone[i] ?? 0] ?? null,
    score: toneScore[i] ?? Number.NaN,
  }));
}

const toneOf = (body: string, title: string | null = null, author: string | null = null) =>
  tonesOf([[title, body, author]])[0];

describe('the tone inferred from a review', () => {
  it('reads praise as positive and complaint as negative', () => {
    expect(toneOf('A brilliant, beautiful film. I loved every minute.')?.tone).toBe('positive');
    expect(toneOf('Boring, awful and stupid. A waste of time.')?.tone).toBe('negative');
  });

  it('reads a review with no word of feeling as mixed, with no score', () => {
    const { tone, score } = toneOf('The film is set in Copenhagen in 2004.') ?? {};
    expect(tone).toBe('mixed');
    expect(score).toBeNaN();
  });

  it('turns the three words after a negator, including the parts of "don\'t"', () => {
    expect(toneOf('It was good.')?.score).toBe(1);
    expect(toneOf('It was not good.')?.score).toBe(-1);
    expect(toneOf("I didn't like it.")?.score).toBe(-1);
    expect(toneOf('Never boring.')?.score).toBe(1);
    expect(toneOf('You will not be bored.')?.score).toBe(1);
    // Four words on, the negator no longer reaches.
    expect(toneOf('Not at all a good film.')?.score).toBe(1);
  });

  it("reads the words that tell a film's story as no feeling", () => {
    // kill, brutal, terrorists, tension: the plot; gripping: the verdict.
    expect(toneOf('A gripping film: terrorists kill, the tension is brutal.')?.score).toBe(1);
    expect(toneOf('They kill and die in a war.')?.score).toBeNaN();
  });

  it('knows verdicts on films that the lexicon lacks', () => {
    expect(toneOf('Overrated, predictable and tedious.')?.tone).toBe('negative');
    expect(toneOf('An underrated masterclass.')?.tone).toBe('positive');
  });

  it('takes a score the review states, n/10, n out of 10 or n of 10, over its words', () => {
    expect(toneOf('It was a film. 9/10')?.tone).toBe('positive');
    expect(toneOf('It was a film. 2 out of 10')?.tone).toBe('negative');
    expect(toneOf('It was a film. 5 of 10')?.tone).toBe('mixed');
    // 7.5/10 arrives as 7, 5, 10: 7.5, on the positive side.
    expect(toneOf('It was a film. 7.5/10')?.score).toBeCloseTo((7.5 - 4) / 6, 6);
    // A good film: positive by its words; stated at 3/10 it reads mixed, at 1/10 negative.
    expect(toneOf('A good film.')?.tone).toBe('positive');
    expect(toneOf('A good film, 3/10.')?.tone).toBe('mixed');
    expect(toneOf('A good film, 1/10.')?.tone).toBe('negative');
    // Numbers that state no score change nothing.
    expect(toneOf('Good. 10 people saw it in 2010.')?.score).toBe(1);
  });

  it('reads a quoted sentence by the same rules', () => {
    expect(TONE_OF_CODE[toneOfText('A brilliant film. 9/10')]).toBe('positive');
    expect(TONE_OF_CODE[toneOfText('Overrated.')]).toBe('negative');
    expect(TONE_OF_CODE[toneOfText('Terrorists kill.')]).toBe('mixed');
  });

  it('weighs praise against complaint', () => {
    // good (3) + great (3) against bad (-3): (6 - 3) / 9, short of positive.
    expect(toneOf('Good and great, though the end was bad.')?.score).toBeCloseTo(1 / 3, 6);
    expect(toneOf('Good and great, though the end was bad.')?.tone).toBe('mixed');
  });

  it("reads the title with the body, but not the author's name", () => {
    expect(toneOf('It is a film.', 'Masterpiece')?.tone).toBe('positive');
    expect(toneOf('It is a film.', null, 'Happy Hater')?.tone).toBe('mixed');
  });

  it('does not carry a negator or a sum from one review to the next', () => {
    const [first, second] = tonesOf([
      [null, 'Awful. Not', null],
      [null, 'good', null],
    ]);
    expect(first?.tone).toBe('negative');
    expect(second?.score).toBe(1);
  });

  it('ignores words that only look like the lexicon through the prototype', () => {
    expect(toneOf('constructor toString hasOwnProperty')?.score).toBeNaN();
  });

  it('always gives a tone, and a score from -1 to 1 or none', () => {
    const words = fc.constantFrom(
      'good',
      'bad',
      'not',
      'film',
      "don't",
      'hate',
      'love',
      'the',
      'Copenhagen',
      'ÉPIC',
      '',
    );
    fc.assert(
      fc.property(fc.array(fc.array(words, { maxLength: 12 }), { maxLength: 8 }), (texts) => {
        const reviews = texts.map((list): [null, string, null] => [null, list.join(' '), null]);
        for (const { tone, score } of tonesOf(reviews)) {
          expect(tone).not.toBeNull();
          if (Number.isNaN(score)) expect(tone).toBe('mixed');
          else {
            expect(score).toBeGreaterThanOrEqual(-1);
            expect(score).toBeLessThanOrEqual(1);
            const expected: ToneKey =
              score >= POSITIVE_FROM ? 'positive' : score <= NEGATIVE_UP_TO ? 'negative' : 'mixed';
            expect(tone).toBe(expected);
          }
        }
      }),
    );
  });

  it('draws the lines between the tones where the thresholds say', () => {
    expect(TONE_OF_CODE[toneCodeOf(POSITIVE_FROM)]).toBe('positive');
    expect(TONE_OF_CODE[toneCodeOf(NEGATIVE_UP_TO)]).toBe('negative');
    expect(TONE_OF_CODE[toneCodeOf((POSITIVE_FROM + NEGATIVE_UP_TO) / 2)]).toBe('mixed');
    expect(TONE_OF_CODE[toneCodeOf(Number.NaN)]).toBe('mixed');
  });
});

describe('tone in a session', () => {
  const dataset = makeDataset([
    makeReview({
      id: 'a',
      body: 'Brilliant and beautiful.',
      rating: 9,
      helpful: { up: 1, total: 9 },
    }),
    makeReview({ id: 'b', body: 'Awful, boring mess.', helpful: { up: 8, total: 9 } }),
    makeReview({ id: 'c', body: 'Dreadful.', rating: 2, helpful: { up: 2, total: 2 } }),
    makeReview({ id: 'd', body: 'Wonderful.', helpful: { up: 5, total: 5 } }),
    makeReview({ id: 'e', body: 'It is set in 2004.', rating: 9 }),
  ]);
  const ids = (session: ReturnType<typeof openSession>, indices: Int32Array) =>
    Array.from(indices, (i) => session.dataset.reviews[i]?.id);

  it('filters by tone, the counts of each tone following the other filters', () => {
    const session = openSession(dataset);
    expect(
      ids(session, runQuery(session, { ...DEFAULT_VIEW, tones: ['negative'] }).indices),
    ).toEqual(['b', 'c']);
    expect(toneCounts(session, DEFAULT_VIEW)).toEqual({ positive: 2, mixed: 1, negative: 2 });
    // The rating filter narrows the tone counts; the tone filter does not narrow its own.
    const unrated = {
      ...DEFAULT_VIEW,
      ratings: ['unrated' as const],
      tones: ['negative' as const],
    };
    expect(toneCounts(session, unrated)).toEqual({ positive: 1, mixed: 0, negative: 1 });
    // And the tone filter narrows the rating counts.
    expect(runQuery(session, unrated).ratingCounts).toMatchObject({ 2: 1, 9: 0, unrated: 1 });
  });

  it('sorts the most helpful of a tone first, then the rest by helpfulness', () => {
    const session = openSession(dataset);
    const order = (sort: 'helpful-negative' | 'helpful-positive' | 'helpful') =>
      ids(session, runQuery(session, { ...DEFAULT_VIEW, sort }).indices);
    expect(order('helpful')).toEqual(['d', 'b', 'c', 'a', 'e']);
    expect(order('helpful-negative')).toEqual(['b', 'c', 'd', 'a', 'e']);
    expect(order('helpful-positive')).toEqual(['d', 'a', 'b', 'c', 'e']);
  });

  it('has no tone before the index, and takes it with the index, telling who listens', () => {
    const session = openSession(
      makeDataset(
        Array.from({ length: 1001 }, (_, i) => makeReview({ id: `r${i}`, body: 'good' })),
      ),
    );
    expect(session.tone).toBeNull();
    expect(toneCounts(session, DEFAULT_VIEW)).toBeNull();
    // A sort by tone asked now is Most helpful's, and is not kept for later.
    runQuery(session, { ...DEFAULT_VIEW, sort: 'helpful-negative' });
    expect(session.orders.has('helpful-negative')).toBe(false);
    let told = 0;
    session.onTone(() => {
      told += 1;
    });
    const tally = new ToneTally(session.size);
    session.attachIndex(
      buildSearchIndex(session.dataset.reviews.map(searchFields), tally),
      tally.finish(session.size),
    );
    expect(told).toBe(1);
    expect(toneCounts(session, DEFAULT_VIEW)).toEqual({ positive: 1001, mixed: 0, negative: 0 });
  });

  it('says how far tone agrees with the scores (7-10, 5-6, 1-4)', () => {
    const session = openSession(dataset);
    // a: 9 and positive; c: 2 and negative; e: 9 and mixed.
    expect(toneAgreement(session.rating, session.tone ?? new Uint8Array())).toEqual({
      agree: 2,
      scored: 3,
    });
  });
});
