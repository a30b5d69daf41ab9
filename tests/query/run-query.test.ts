import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Review } from '@/data/review-schema';
import { foldText } from '@/lib/fold';
import { computeColumns } from '@/query/columns-builder';
import { foldedWords, parseSearch } from '@/query/search-syntax';
import { highlightRanges } from '@/query/highlight';
import { openSession } from '@/query/loader/open-session';
import { DatasetSession } from '@/query/dataset-session';
import { orderByKeys, runQuery } from '@/query/run-query';
import { filterPassWarmUps } from '@/query/warm-ups';
import {
  DEFAULT_VIEW,
  RATING_KEYS,
  sameRatingCounts,
  SORT_KEYS,
  type RatingKey,
  type SortKey,
  type ViewQuery,
} from '@/query/view-query';
import { wilsonLowerBound } from '@/query/wilson';
import { TONE_KEYS, TONE_OF_CODE, type ToneKey } from '@/query/tone';
import { makeDataset, makeReview } from '../testing/make-dataset';
import { searchFinds } from '../testing/search-reference';
import { withSearch } from '../testing/with-search';

const base: ViewQuery = { ...DEFAULT_VIEW };

const reviews = [
  makeReview({
    id: 'a',
    title: 'Clichéd',
    date: '2005-03-01',
    rating: 9,
    body: 'x'.repeat(30),
    helpful: { up: 28, total: 33 },
  }),
  makeReview({
    id: 'b',
    author: 'Nørrebro fan',
    date: null,
    rating: null,
    body: 'x'.repeat(10),
    helpful: { up: 1, total: 1 },
  }),
  makeReview({
    id: 'c',
    date: '2006-01-01',
    rating: 3,
    spoiler: true,
    body: 'dark ending',
    helpful: { up: 0, total: 0 },
  }),
  makeReview({
    id: 'd',
    date: '2004-07-04',
    rating: 9,
    body: 'Great ACTING and a dark tone',
    helpful: { up: 5, total: 50 },
  }),
  makeReview({
    id: 'e',
    date: '2005-03-01',
    rating: null,
    body: 'x'.repeat(30),
    helpful: { up: 5, total: 50 },
  }),
];
const session = openSession(makeDataset(reviews));
const ids = (query: Partial<ViewQuery>) =>
  Array.from(runQuery(session, { ...base, ...query }).indices, (i) => reviews[i]?.id);

describe('wilsonLowerBound', () => {
  it('ranks 28 of 33 above 1 of 1 and gives 0 for no votes', () => {
    expect(wilsonLowerBound(28, 33)).toBeCloseTo(0.6908, 3);
    expect(wilsonLowerBound(1, 1)).toBeCloseTo(0.2065, 3);
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(0, 10)).toBeCloseTo(0, 10);
  });
});

describe('sorting', () => {
  it.each<[SortKey, string[]]>([
    ['helpful', ['a', 'b', 'd', 'e', 'c']],
    ['votes', ['d', 'e', 'a', 'b', 'c']],
    ['newest', ['c', 'a', 'e', 'd', 'b']],
    ['oldest', ['d', 'a', 'e', 'c', 'b']],
    ['highest', ['a', 'd', 'c', 'b', 'e']],
    ['lowest', ['c', 'a', 'd', 'b', 'e']],
    ['longest', ['a', 'e', 'd', 'c', 'b']],
    ['shortest', ['b', 'c', 'd', 'a', 'e']],
  ])('%s: missing keys last, ties in page order', (sort, expected) => {
    expect(ids({ sort })).toEqual(expected);
  });
});

describe('filters and search', () => {
  it('filters by any combination of ratings, none meaning all', () => {
    expect(ids({ ratings: [9], sort: 'oldest' })).toEqual(['d', 'a']);
    expect(ids({ ratings: ['unrated', 3], sort: 'oldest' })).toEqual(['e', 'c', 'b']);
    expect(ids({ ratings: [] })).toHaveLength(5);
    expect(ids({ ratings: [1] })).toEqual([]);
  });

  it('hides spoilers from the list and the counts', () => {
    expect(ids({ hideSpoilers: true })).not.toContain('c');
    expect(runQuery(session, { ...base, hideSpoilers: true }).ratingCounts[3]).toBe(0);
  });

  it('counts ratings over every filter but the rating filter', () => {
    const { ratingCounts } = runQuery(session, { ...base, ratings: [9], search: 'dark' });
    expect(ratingCounts).toMatchObject({ 9: 1, 3: 1, unrated: 0 });
  });

  it('searches title, body and author, without case or accents, all words', () => {
    expect(ids({ search: 'cliche' })).toEqual(['a']);
    expect(ids({ search: 'NORREBRO' })).toEqual(['b']);
    expect(ids({ search: 'dark acting' })).toEqual(['d']);
    expect(ids({ search: 'dark', sort: 'newest' })).toEqual(['c', 'd']);
    expect(ids({ search: 'dark zebra' })).toEqual([]);
    expect(ids({ search: '   ' })).toHaveLength(5);
  });

  it('combines search, rating and spoiler filters', () => {
    expect(ids({ search: 'dark', ratings: [3, 9], hideSpoilers: true })).toEqual(['d']);
  });
});

describe('folding and highlighting', () => {
  it('folds case, accents and special letters', () => {
    expect(foldText('Clichéd Nørrebro Æble Straße')).toBe('cliched norrebro aeble strasse');
    expect(parseSearch('  Cliché  cliche FILM ').map((clause) => clause.words)).toEqual([
      ['cliche'],
      ['film'],
    ]);
  });

  it('maps matches back to the original text', () => {
    expect(highlightRanges('A clichéd film', 'CLICHE')).toEqual([[2, 8]]);
    expect(highlightRanges('Æble and æble', 'aeb')).toEqual([
      [0, 2],
      [9, 11],
    ]);
    expect(highlightRanges('cafe\u0301 time', 'cafe')).toEqual([[0, 5]]);
    expect(highlightRanges('film-making film', 'film making')).toEqual([
      [0, 4],
      [5, 11],
      [12, 16],
    ]);
    expect(highlightRanges('nothing', '')).toEqual([]);
  });

  it('marks text that folds to a search term, for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 4 }),
        (text, word) => {
          for (const [start, end] of highlightRanges(text, word)) {
            expect(start).toBeLessThan(end);
            expect(end).toBeLessThanOrEqual(text.length);
            const marked = foldedWords(text.slice(start, end)).join(' ');
            expect(
              parseSearch(word).some((clause) => marked.startsWith(clause.words[0] ?? '')),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

const reviewArb = (id: number) =>
  fc
    .record({
      title: fc.option(fc.constantFrom('Good', 'Bad', 'Clichéd', 'Dark'), { nil: null }),
      author: fc.option(fc.constantFrom('ann', 'Bo', 'Øle'), { nil: null }),
      date: fc.option(fc.constantFrom('2004-01-01', '2005-06-01', '2005-06-02', '2010-12-31'), {
        nil: null,
      }),
      spoiler: fc.boolean(),
      body: fc.constantFrom(
        'dark',
        'good film',
        'cliche',
        'x',
        'longer text here',
        'an awful, boring mess',
        'not good',
      ),
      rating: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
      helpful: fc
        .tuple(fc.nat(20), fc.nat(20))
        .map(([a, b]) => ({ up: Math.min(a, b), total: Math.max(a, b) })),
    })
    .map((fields): Review => ({ id: `r${id}`, ...fields }));

const datasetArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => reviewArb(i))))
  .map((list) => makeDataset(list));

const queryArb: fc.Arbitrary<ViewQuery> = fc.record({
  sort: fc.constantFrom(...SORT_KEYS),
  ratings: fc.subarray([...RATING_KEYS]),
  tones: fc.subarray([...TONE_KEYS]),
  search: fc.constantFrom(
    '',
    'dark',
    'CLICHE',
    'good film',
    'øle',
    'zzz',
    '"good film"',
    '-dark',
    'text -"good"',
    'ark',
    'dark OR cliche',
    '"good film" OR zzz -dark',
  ),
  hideSpoilers: fc.boolean(),
  from: fc.constantFrom(null, '2005-01-01', '2005-06-02'),
  to: fc.constantFrom(null, '2005-06-01', '2010-12-31'),
  show: fc.constantFrom('reviews' as const, 'quotes' as const),
});

function naiveMatches(review: Review, query: ViewQuery, tone: ToneKey | null): boolean {
  if (query.hideSpoilers && review.spoiler) return false;
  if (query.tones.length > 0 && (tone === null || !query.tones.includes(tone))) return false;
  // ISO days compare as text.
  if ((query.from !== null || query.to !== null) && review.date === null) return false;
  if (query.from !== null && (review.date ?? '') < query.from) return false;
  if (query.to !== null && (review.date ?? '') > query.to) return false;
  const key = (review.rating ?? 'unrated') as RatingKey;
  if (query.ratings.length > 0 && !query.ratings.includes(key)) return false;
  return searchFinds(review, query.search);
}

describe('runQuery properties', () => {
  it('never invents or loses a review, and sorts as a stable permutation', () => {
    fc.assert(
      fc.property(datasetArb, queryArb, (dataset, query) => {
        const session = openSession(dataset);
        const result = Array.from(runQuery(session, query).indices);
        const toneOf = (i: number) => TONE_OF_CODE[session.tone?.[i] ?? 0] ?? null;
        const expected = dataset.reviews
          .map((_, i) => i)
          .filter((i) => naiveMatches(dataset.reviews[i] as Review, query, toneOf(i)));
        expect([...result].sort((a, b) => a - b)).toEqual(expected);
        // Compare against a stable reference sort.
        const key = (i: number): number | null => {
          const r = dataset.reviews[i] as Review;
          switch (query.sort) {
            case 'helpful':
              return -wilsonLowerBound(r.helpful.up, r.helpful.total);
            case 'helpful-positive':
            case 'helpful-negative': {
              const first = query.sort === 'helpful-positive' ? 'positive' : 'negative';
              return (
                -(toneOf(i) === first ? 2 : 0) - wilsonLowerBound(r.helpful.up, r.helpful.total)
              );
            }
            case 'votes':
              return -r.helpful.total;
            case 'newest':
              return r.date === null ? null : -Date.parse(r.date);
            case 'oldest':
              return r.date === null ? null : Date.parse(r.date);
            case 'highest':
              return r.rating === null ? null : -r.rating;
            case 'lowest':
              return r.rating;
            case 'longest':
              return -r.body.length;
            case 'shortest':
              return r.body.length;
          }
        };
        const reference = [...expected].sort((a, b) => {
          const ka = key(a);
          const kb = key(b);
          if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
          return ka - kb;
        });
        expect(result).toEqual(reference);
      }),
      { numRuns: 500 },
    );
  });
});

describe('orderByKeys', () => {
  it('orders positions by key ascending, missing keys last, ties in position order', () => {
    const key = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -3, max: 3 }),
      fc.constant(Number.NaN),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), (values) => {
        const keys = Float64Array.from(values.map((value) => value + 0));
        const reference = values
          .map((_, i) => i)
          .sort((a, b) => {
            const ka = keys[a] ?? Number.NaN;
            const kb = keys[b] ?? Number.NaN;
            if (Number.isNaN(ka) || Number.isNaN(kb)) {
              return Number.isNaN(ka) === Number.isNaN(kb) ? a - b : Number.isNaN(ka) ? 1 : -1;
            }
            return ka - kb || a - b;
          });
        expect(Array.from(orderByKeys(keys))).toEqual(reference);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('sameRatingCounts', () => {
  it('tells counts apart by any rating, unrated included, not by the object', () => {
    const counts = runQuery(session, base).ratingCounts;
    expect(sameRatingCounts(counts, { ...counts })).toBe(true);
    for (const key of RATING_KEYS) {
      expect(sameRatingCounts(counts, { ...counts, [key]: counts[key] + 1 })).toBe(false);
    }
  });
});

describe('filterPassWarmUps', () => {
  it('runs the pass each way and changes no answer or cache', () => {
    fc.assert(
      fc.property(datasetArb, queryArb, (dataset, query) => {
        const warmed = openSession(dataset);
        const steps = filterPassWarmUps(warmed);
        expect(steps).toHaveLength(8);
        for (const step of steps) step();
        expect(warmed.clauseMasks.size).toBe(0);
        expect([...warmed.orders.keys()]).toEqual(['helpful']);
        const fresh = runQuery(openSession(dataset), query);
        const after = runQuery(warmed, query);
        expect(Array.from(after.indices)).toEqual(Array.from(fresh.indices));
        expect(after.ratingCounts).toEqual(fresh.ratingCounts);
      }),
      { numRuns: 100 },
    );
  });
});

describe('search term cache', () => {
  it('gives the same answers typed letter by letter as searched fresh', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.array(queryArb, { minLength: 1, maxLength: 8 }),
        (dataset, queries) => {
          const shared = openSession(dataset);
          for (const query of queries) {
            for (const typed of [
              query.search.slice(0, 2),
              query.search.slice(0, 4),
              query.search,
            ]) {
              const q = { ...query, search: typed };
              expect(Array.from(runQuery(shared, q).indices)).toEqual(
                Array.from(runQuery(openSession(dataset), q).indices),
              );
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers the same from the search index as from scanning the texts', () => {
    fc.assert(
      fc.property(
        datasetArb,
        queryArb,
        fc.constantFrom(
          '',
          'ar',
          'ood fi',
          'e',
          'x',
          'le',
          'lm\n',
          'zz',
          '"good f"',
          '-e',
          'd -"x"',
        ),
        (dataset, query, search) => {
          const indexed = openSession(dataset);
          const scanned = withSearch(new DatasetSession(dataset, computeColumns(dataset), null));
          expect(indexed.searchIndex).not.toBeNull();
          // The tones come with the index; the scanning session is given the same ones.
          if (indexed.toneColumns) scanned.attachTone(indexed.toneColumns);
          const q = { ...query, search };
          expect(Array.from(runQuery(indexed, q).indices)).toEqual(
            Array.from(runQuery(scanned, q).indices),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
