import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReviewPage } from '@/data/format-review-page';
import {
  MONTHS,
  isAfterReviewLine,
  isBrokenHelpfulLine,
  isChromeLine,
  isSpoilerLine,
  readAuthorDateLine,
  readHelpfulLine,
  readRatingLine,
  statedRating,
} from '@/data/page-lines';
import { ParseError, parseReviewPage } from '@/data/parse-review-page';
import { validateDataset, type Dataset, type Review } from '@/data/review-schema';

/** A line that is none of the page's structural lines, an author/date line aside. */
function isTitleLine(line: string): boolean {
  return (
    line !== '' &&
    line === line.trim() &&
    !/[\r\n]/.test(line) &&
    readHelpfulLine(line) === null &&
    !isBrokenHelpfulLine(line) &&
    readRatingLine(line) === null &&
    !isSpoilerLine(line) &&
    !isAfterReviewLine(line) &&
    !isChromeLine(line) &&
    statedRating(line) === null
  );
}

/** A line of review text the page layout can carry: not itself one of the page's structural lines. */
function isPlainLine(line: string): boolean {
  return isTitleLine(line) && readAuthorDateLine(line) === null;
}

// Words chosen to sit close to the structural lines, so the generator probes their edges.
const trickyWord = fc.constantFrom(
  '10',
  '9/10',
  '/10',
  'out of',
  'found this helpful',
  'March',
  '2005',
  '-',
  'Poster',
  '(2004)',
  'Warning:',
  'Spoilers',
  'Permalink',
  'Reviews',
  'Ærø',
  'naïve',
  '東京',
  '🎬',
  'العربية',
);
const word = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  { weight: 2, arbitrary: trickyWord },
);
const plainLine = fc
  .array(word, { minLength: 1, maxLength: 8 })
  .map((words) => words.join(' ').trim())
  .filter(isPlainLine);

const authorName = fc
  .tuple(
    plainLine,
    fc.constantFrom('', '-', '_'),
    fc.option(fc.nat({ max: 99999 }), { nil: undefined }),
  )
  .map(([name, joiner, digits]) => (digits === undefined ? name : `${name}${joiner}${digits}`))
  .filter((name) => name.length <= 80);

const isoDay = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const helpful = fc
  .tuple(fc.nat({ max: 2_000_000 }), fc.nat({ max: 2_000_000 }))
  .map(([a, b]) => ({ up: Math.min(a, b), total: Math.max(a, b) }));

const reviewWithoutId: fc.Arbitrary<Omit<Review, 'id'>> = fc
  .record({
    title: fc.option(plainLine, { nil: null }),
    byline: fc.option(fc.tuple(authorName, isoDay), { nil: null }),
    spoiler: fc.boolean(),
    body: fc.array(plainLine, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n\n')),
    rating: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
    helpful,
  })
  .map(({ byline, ...rest }) => ({
    ...rest,
    author: byline?.[0] ?? null,
    date: byline?.[1] ?? null,
  }));

const filmTitle = plainLine.filter((t) => !/\(\d{4}(?:[–-](?:\d{4})?)?\)$/.test(t));

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    film: fc.record({
      title: filmTitle,
      year: fc.option(fc.integer({ min: 1888, max: 2100 }), { nil: null }),
    }),
    declaredReviewCount: fc.option(fc.nat({ max: 5_000_000 }), { nil: null }),
    reviews: fc.array(reviewWithoutId, { minLength: 1, maxLength: 8 }),
    ids: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/), { minLength: 8, maxLength: 8 }),
  })
  .map(({ ids, reviews, ...rest }) => ({
    schemaVersion: 1 as const,
    ...rest,
    reviews: reviews.map((review, i) => ({ id: ids[i] ?? `id${i}`, ...review })),
  }));

function datasetOf(
  filmTitles: fc.Arbitrary<string>,
  reviews: fc.Arbitrary<Omit<Review, 'id'>>,
): fc.Arbitrary<Dataset> {
  return fc
    .record({
      film: fc.record({
        title: filmTitles,
        year: fc.option(fc.integer({ min: 1888, max: 2100 }), { nil: null }),
      }),
      declaredReviewCount: fc.option(fc.nat({ max: 5_000_000 }), { nil: null }),
      reviews: fc.array(reviews, { minLength: 1, maxLength: 8 }),
    })
    .map(({ reviews: list, ...rest }) => ({
      schemaVersion: 1 as const,
      ...rest,
      reviews: list.map((review, i) => ({ id: `id${i}`, ...review })),
    }));
}

// `12 May 2003`, sometimes a day the month does not have, so some of these lines read as an
// author/date line and some only look like one.
const dateText = fc
  .tuple(
    fc.integer({ min: 1, max: 31 }),
    fc.constantFrom(...MONTHS),
    fc.integer({ min: 1000, max: 9999 }),
  )
  .map(([day, month, year]) => `${day} ${month} ${year}`);

/** `Seen it on 12 May 2003`, `Top1022 March 2005`, `12 May 2003`: titles that end in a date. */
const titleEndingInDate = fc
  .tuple(
    fc.oneof(plainLine, fc.constantFrom('', 'Top10', 'Seen it on', 'x-', '2004')),
    fc.constantFrom('', ' '),
    dateText,
  )
  .map(([head, gap, tail]) => `${head}${gap}${tail}`.trim())
  .filter(isTitleLine);

/** Names whose last digits glue onto the day (`kimbo17` + `22 March 2005`), or that end in a date. */
const ambiguousAuthor = fc
  .tuple(
    fc.oneof(plainLine, fc.constantFrom('kimbo', 'alke-', 'user', 'Agent 00')),
    fc.oneof(
      fc.integer({ min: 0, max: 999 }).map(String),
      fc.constantFrom('-1', '-2', ''),
      dateText.map((date) => ` ${date}`),
    ),
  )
  .map(([name, tail]) => `${name}${tail}`)
  .filter((name) => name.length <= 80);

const reviewBody = fc
  .array(plainLine, { minLength: 1, maxLength: 4 })
  .map((lines) => lines.join('\n\n'));

const ambiguousReview: fc.Arbitrary<Omit<Review, 'id'>> = fc
  .record({
    // A title that reads as an author/date line needs the real one below it to tell them apart.
    header: fc.oneof(
      fc.record({
        title: titleEndingInDate,
        byline: fc.tuple(fc.oneof(ambiguousAuthor, authorName), isoDay),
      }),
      fc.record({
        title: fc.option(plainLine, { nil: null, freq: 2 }),
        byline: fc.option(fc.tuple(fc.oneof(ambiguousAuthor, authorName), isoDay), {
          nil: null,
          freq: 4,
        }),
      }),
    ),
    spoiler: fc.boolean(),
    body: reviewBody,
    rating: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
    helpful,
  })
  .map(({ header: { title, byline }, ...rest }) => ({
    title,
    ...rest,
    author: byline?.[0] ?? null,
    date: byline?.[1] ?? null,
  }));

// C0 and C1 control characters but line feed and carriage return; tab, vertical tab and form feed
// are white space, which the lines below keep from their ends.
const controlChar = fc.constantFrom(
  ...[
    ...Array.from({ length: 0x20 }, (_, code) => code),
    ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  ]
    .filter((code) => code !== 0x0a && code !== 0x0d)
    .map((code) => String.fromCharCode(code)),
  '\ufffd',
);
const controlLine = fc
  .array(
    fc.oneof(
      { weight: 2, arbitrary: fc.string({ unit: controlChar, minLength: 1, maxLength: 6 }) },
      { weight: 1, arbitrary: word },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((words) => words.join(''))
  .map((line) => line.trim())
  .filter(isPlainLine);

const controlReview: fc.Arbitrary<Omit<Review, 'id'>> = fc
  .record({
    title: fc.option(controlLine, { nil: null, freq: 3 }),
    byline: fc.option(fc.tuple(controlLine, isoDay), { nil: null, freq: 4 }),
    spoiler: fc.boolean(),
    body: fc.array(controlLine, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n\n')),
    rating: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
    helpful,
  })
  .map(({ byline, ...rest }) => ({
    ...rest,
    author: byline?.[0] ?? null,
    date: byline?.[1] ?? null,
  }));

describe('formatReviewPage', () => {
  it('writes the seed dataset back to text that reads back identically', () => {
    const dataset = parseReviewPage(
      readFileSync('data/raw/pusher-ii-2004-imdb-reviews.txt', 'utf8'),
    );
    expect(parseReviewPage(formatReviewPage(dataset))).toEqual(dataset);
  });

  it('writes the layout of the page', () => {
    const text = formatReviewPage({
      schemaVersion: 1,
      film: { title: 'Pusher II', year: 2004 },
      declaredReviewCount: 1204,
      reviews: [
        {
          id: 'a1',
          title: 'Great',
          author: 'kimbo12',
          date: '2005-03-02',
          spoiler: true,
          body: 'One.\n\nTwo.',
          rating: 9,
          helpful: { up: 1413, total: 1597 },
        },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Pusher II (2004) Poster',
      '',
      'User Reviews',
      '',
      '1,204 Reviews',
      '',
      '9/10',
      'Great',
      'kimbo12 2 March 2005',
      'Warning: Spoilers',
      'One.',
      '',
      'Two.',
      '1,413 out of 1,597 found this helpful. Was this review helpful? | Report this',
      'Permalink: a1',
      '',
    ]);
  });

  it('round-trips every dataset the page layout can carry', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        expect(validateDataset(dataset)).toEqual(dataset);
        expect(parseReviewPage(formatReviewPage(dataset))).toEqual(dataset);
      }),
      { numRuns: 400 },
    );
  });
});

describe('formatReviewPage with lines that read two ways', () => {
  const datasets = datasetOf(filmTitle, ambiguousReview);

  it('round-trips titles ending in dates, names ending in digits and untitled reviews', () => {
    fc.assert(
      fc.property(datasets, (dataset) => {
        expect(validateDataset(dataset)).toEqual(dataset);
        expect(parseReviewPage(formatReviewPage(dataset))).toEqual(dataset);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the same page back with its fields apart and CRLF line ends', () => {
    // Without an author line below it, a title is only told from the text by having no gap.
    const spreadable = datasets.map((dataset) => ({
      ...dataset,
      reviews: dataset.reviews.map((r) => (r.author === null ? { ...r, title: null } : r)),
    }));
    fc.assert(
      fc.property(spreadable, (dataset) => {
        const spread = formatReviewPage(dataset).replace(/\n/g, '\r\n\r\n');
        expect(parseReviewPage(spread)).toEqual(dataset);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatReviewPage with control characters', () => {
  it('round-trips datasets whose text holds NUL, ESC and other control characters', () => {
    fc.assert(
      fc.property(datasetOf(controlLine, controlReview), (dataset) => {
        expect(validateDataset(dataset)).toEqual(dataset);
        expect(parseReviewPage(formatReviewPage(dataset))).toEqual(dataset);
      }),
      { numRuns: 400 },
    );
  });
});

describe('parseReviewPage fuzzing', () => {
  const outcome = (text: string): 'dataset' | 'parse-error' => {
    try {
      const dataset = parseReviewPage(text);
      // Whatever the parser returns must itself be a valid dataset.
      validateDataset(JSON.parse(JSON.stringify(dataset)));
      return 'dataset';
    } catch (error) {
      if (error instanceof ParseError) return 'parse-error';
      throw error;
    }
  };

  it('turns arbitrary strings into a dataset or a ParseError, nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(['dataset', 'parse-error']).toContain(outcome(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('turns mutated copies of the seed page into a dataset or a ParseError', () => {
    const lines = readFileSync('data/raw/pusher-ii-2004-imdb-reviews.txt', 'utf8').split('\n');
    const mutation = fc.record({
      drop: fc.array(fc.nat({ max: lines.length - 1 }), { maxLength: 20 }),
      insert: fc.array(
        fc.tuple(fc.nat({ max: lines.length }), fc.string({ unit: 'binary', maxLength: 40 })),
        {
          maxLength: 10,
        },
      ),
      cut: fc.nat({ max: 40_000 }),
    });
    fc.assert(
      fc.property(mutation, ({ drop, insert, cut }) => {
        const dropped = new Set(drop);
        const mutated = lines.filter((_, i) => !dropped.has(i));
        for (const [at, text] of insert) mutated.splice(at, 0, text);
        expect(['dataset', 'parse-error']).toContain(outcome(mutated.join('\n').slice(0, cut)));
      }),
      { numRuns: 300 },
    );
  });
});
