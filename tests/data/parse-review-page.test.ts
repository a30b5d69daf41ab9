import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ParseError,
  parseReviewPage,
  parseReviewPageDetailed,
  UNKNOWN_FILM_TITLE,
} from '@/data/parse-review-page';
import { validateDataset, type Review } from '@/data/review-schema';

const seed = readFileSync('data/raw/pusher-ii-2004-imdb-reviews.txt', 'utf8');
const helpfulLine = (up: string, total: string) =>
  `${up} out of ${total} found this helpful. Was this review helpful? | Report this`;

function byAuthor(reviews: Review[], author: string): Review {
  const review = reviews.find((r) => r.author === author);
  if (!review) throw new Error(`no review by ${author}`);
  return review;
}

describe('parseReviewPage on the seed page', () => {
  const dataset = parseReviewPage(seed);
  const { reviews } = dataset;

  it('reads the film and the declared count', () => {
    expect(dataset.film).toEqual({ title: 'Pusher II', year: 2004 });
    expect(dataset.declaredReviewCount).toBe(31);
    expect(dataset.schemaVersion).toBe(1);
  });

  it('finds all 25 reviews in page order and the result is a valid dataset', () => {
    expect(reviews).toHaveLength(25);
    expect(reviews[0]?.title).toBe(
      "Nicolas Winding Refn's Pusher 2 is even better than the first one",
    );
    expect(reviews[24]?.author).toBe('kimbo17');
    expect(validateDataset(JSON.parse(JSON.stringify(dataset)))).toEqual(dataset);
  });

  it('reads the first review completely', () => {
    const first = reviews[0];
    expect(first).toMatchObject({
      author: 'Ulrik Sander-Pedersen',
      date: '2006-03-11',
      spoiler: false,
      rating: 9,
      helpful: { up: 28, total: 33 },
    });
    expect(first?.body.split('\n\n')).toHaveLength(6);
    expect(first?.body.startsWith("Nicolas Winding Refn's Pusher 1-3 is my favorite")).toBe(true);
    expect(first?.body.endsWith('works for all audiences! 9/10')).toBe(true);
  });

  it('has two reviews with no title', () => {
    const untitled = reviews.filter((r) => r.title === null).map((r) => r.author);
    expect(untitled).toEqual(['thegreatdane1975', 'peterroeder34']);
    expect(byAuthor(reviews, 'thegreatdane1975').date).toBe('2005-04-24');
    expect(byAuthor(reviews, 'peterroeder34').date).toBe('2014-10-08');
  });

  it('has one review with no author and date line, whose title and body are kept apart', () => {
    const anonymous = reviews.filter((r) => r.author === null);
    expect(anonymous).toHaveLength(1);
    expect(anonymous[0]).toMatchObject({
      title: 'Refn and Mikkelsen are in top form.',
      date: null,
      helpful: { up: 1, total: 2 },
    });
    expect(anonymous[0]?.body.startsWith('After Refn made an unsuccessful')).toBe(true);
  });

  it('marks exactly the three spoiler reviews', () => {
    expect(reviews.filter((r) => r.spoiler).map((r) => r.author)).toEqual([
      'poul-4',
      'samuel_ronalds',
      'AgentSniff',
    ]);
    expect(byAuthor(reviews, 'poul-4').body.startsWith('Just caught Pusher 2')).toBe(true);
  });

  it('takes the three stated ratings from the text and none from a helpfulness line', () => {
    expect(reviews.filter((r) => r.rating !== null).map((r) => [r.author, r.rating])).toEqual([
      ['Ulrik Sander-Pedersen', 9],
      ['Martinjnl', 7],
      ['torelaursen', 5],
    ]);
    // "5 out of 10 found this helpful" must not become a rating.
    expect(byAuthor(reviews, 'evileyereviews')).toMatchObject({
      rating: null,
      helpful: { up: 5, total: 10 },
    });
  });

  it('splits glued author and day as the page means them', () => {
    const pairs = reviews.map((r) => [r.author, r.date]);
    expect(pairs).toContainEqual(['alke-2', '2005-01-03']);
    expect(pairs).toContainEqual(['yoshi-33', '2005-08-15']);
    expect(pairs).toContainEqual(['robo8', '2006-07-29']);
    expect(pairs).toContainEqual(['solefab-53302', '2016-07-18']);
    expect(pairs).toContainEqual(['kimbo17', '2005-03-22']);
    expect(pairs).toContainEqual(['LuxuryJesper', '2010-04-01']);
    expect(pairs).toContainEqual(['Leon Smoothy', '2018-03-24']);
  });

  it('reads 0 out of 0 votes', () => {
    expect(byAuthor(reviews, 'Leon Smoothy').helpful).toEqual({ up: 0, total: 0 });
  });

  it('keeps paragraphs and drops the page chrome', () => {
    const all = reviews.map((r) => `${r.title ?? ''}\n${r.body}`).join('\n');
    for (const chrome of [
      'User Reviews',
      'Review this title',
      'Sort by:',
      'Filter by Rating:',
      'Was this review helpful?',
      'An error has occured',
      'See also',
      'Awards | FAQ',
    ]) {
      expect(all).not.toContain(chrome);
    }
    expect(byAuthor(reviews, 'kimbo17').body.split('\n\n')).toHaveLength(5);
    expect(byAuthor(reviews, 'kimbo17').body.endsWith('forgiven for this mess!')).toBe(true);
  });

  it('gives every review a unique id that is stable across re-parses', () => {
    const ids = reviews.map((r) => r.id);
    expect(new Set(ids).size).toBe(25);
    expect(parseReviewPage(seed).reviews.map((r) => r.id)).toEqual(ids);
    expect(parseReviewPage(seed.replace(/\n/g, '\r\n')).reviews.map((r) => r.id)).toEqual(ids);
  });
});

describe('parseReviewPage layouts', () => {
  it('reads fields separated by blank lines, CRLF, a rating line, Sign in to vote and Permalink', () => {
    const dataset = parseReviewPage(readFileSync('tests/fixtures/blank-separated.txt', 'utf8'));
    expect(dataset.film).toEqual({ title: 'The Thing', year: 1982 });
    expect(dataset.declaredReviewCount).toBe(1204);
    expect(dataset.reviews).toHaveLength(2);
    expect(dataset.reviews[0]).toMatchObject({
      title: 'Cold and clever',
      author: 'Anna Berg-3',
      date: '2001-05-03',
      spoiler: true,
      rating: 8,
      body: 'The dog is not a dog.\n\nIt never lets go.',
      helpful: { up: 1413, total: 1597 },
    });
    expect(dataset.reviews[1]).toMatchObject({
      title: 'No title here',
      author: 'bob-2',
      date: '2002-06-21',
      rating: 6,
      body: 'Short and sharp, I say 6 out of 10.',
      helpful: { up: 0, total: 0 },
    });
  });

  it('prefers the two-digit day unless the name would end in "-" or the date is impossible', () => {
    const page = (authorLine: string) =>
      parseReviewPage(
        ['A (2000) Poster', 'T', authorLine, 'Body', helpfulLine('1', '2')].join('\n'),
      ).reviews[0];
    expect(page('kimbo1722 March 2005')).toMatchObject({ author: 'kimbo17', date: '2005-03-22' });
    expect(page('alke-23 January 2005')).toMatchObject({ author: 'alke-2', date: '2005-01-03' });
    expect(page('user129 February 2005')).toMatchObject({ author: 'user12', date: '2005-02-09' });
    expect(page('user129 February 2004')).toMatchObject({ author: 'user1', date: '2004-02-29' });
    expect(page('peterroeder348 October 2014')).toMatchObject({
      author: 'peterroeder34',
      date: '2014-10-08',
    });
    expect(page('Agent 007 5 March 2005')).toMatchObject({
      author: 'Agent 007',
      date: '2005-03-05',
    });
  });

  it('reads a stated score in several forms and ignores look-alikes', () => {
    const rating = (body: string) =>
      parseReviewPage(
        ['A (2000) Poster', 'T', 'x1 May 2000', body, helpfulLine('1', '1')].join('\n'),
      ).reviews[0]?.rating;
    expect(rating('I gave it 7/10 stars.')).toBe(7);
    expect(rating('Solid. 10/10')).toBe(10);
    expect(rating('Overall 5 out of 10.')).toBe(5);
    expect(rating('Started 3/10, ended 8/10')).toBe(8);
    expect(rating('Seen on 9/10/2005 at a festival')).toBeNull();
    expect(rating('It scores 7.5/10 for me')).toBeNull();
    expect(rating('Better than 100 films, 1 out of 100 people agree')).toBeNull();
  });

  it('reads a page of one review with no title, no author and no chrome', () => {
    const dataset = parseReviewPage(`Just a body line.\n${helpfulLine('2', '3')}\n`);
    expect(dataset.film).toEqual({ title: UNKNOWN_FILM_TITLE, year: null });
    expect(dataset.declaredReviewCount).toBeNull();
    expect(dataset.reviews[0]).toMatchObject({
      title: null,
      author: null,
      date: null,
      body: 'Just a body line.',
    });
  });

  it('skips a block whose helpfulness line is cut off and says how many', () => {
    const page = [
      'A (2000) Poster',
      'First',
      'ann1 May 2000',
      'Good.',
      '3 out of found this helpful.',
      'Second',
      'bo1 June 2000',
      'Fine.',
      helpfulLine('1', '1'),
    ].join('\n');
    const outcome = parseReviewPageDetailed(page);
    expect(outcome.skippedBlocks).toBe(1);
    expect(outcome.dataset.reviews.map((r) => r.title)).toEqual(['Second']);
  });

  it('gives identical reviews distinct ids', () => {
    const block = ['Same', 'ann1 May 2000', 'Same text.', helpfulLine('1', '1')];
    const ids = parseReviewPage([...block, ...block].join('\n')).reviews.map((r) => r.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });
});

describe('parseReviewPage titles that read as an author and date line', () => {
  const page = [
    'Seen (2003) Poster',
    'User Reviews',
    'Seen it on 12 May 2003',
    'name12 May 2003',
    'First text.',
    helpfulLine('1', '2'),
    'bo2 June 2003',
    'Untitled text.',
    helpfulLine('3', '4'),
    '8/10',
    'Top1022 March 2005',
    'kimbo1722 March 2005',
    'Warning: Spoilers',
    'Third text.',
    '',
    'More of it.',
    helpfulLine('5', '6'),
    'Plain title',
    'ann1 May 2000',
    'Fourth text.',
    helpfulLine('7', '8'),
  ];
  const expected = [
    { title: 'Seen it on 12 May 2003', author: 'name', date: '2003-05-12', body: 'First text.' },
    { title: null, author: 'bo', date: '2003-06-02', body: 'Untitled text.' },
    {
      title: 'Top1022 March 2005',
      author: 'kimbo17',
      date: '2005-03-22',
      spoiler: true,
      rating: 8,
      body: 'Third text.\n\nMore of it.',
    },
    { title: 'Plain title', author: 'ann', date: '2000-05-01', body: 'Fourth text.' },
  ];

  it('takes the first of two author and date lines in a row as the title', () => {
    expect(parseReviewPage(page.join('\n')).reviews).toMatchObject(expected);
  });

  it('does so with fields apart and CRLF line ends', () => {
    const spread = page.flatMap((line) => [line, '']).join('\r\n');
    expect(parseReviewPage(spread).reviews).toMatchObject(expected);
  });

  it('reads the second line as text when the review would otherwise have none', () => {
    const text = ['bo1 May 2000', 'Seen it on 12 May 2003', helpfulLine('1', '1')].join('\n');
    expect(parseReviewPage(text).reviews[0]).toMatchObject({
      title: null,
      author: 'bo',
      date: '2000-05-01',
      body: 'Seen it on 12 May 2003',
    });
  });

  it('still skips a block with a title and an author line but no text', () => {
    const text = ['T', 'ann1 May 2000', helpfulLine('1', '1'), 'U', 'bo1 May 2000', 'Text.'];
    const outcome = parseReviewPageDetailed([...text, helpfulLine('1', '1')].join('\n'));
    expect(outcome.skippedBlocks).toBe(1);
    expect(outcome.dataset.reviews.map((r) => r.title)).toEqual(['U']);
  });

  it('does not take a page line above the first review that ends in a date for its author', () => {
    const text = [
      'A (2000) Poster',
      'Updated 1 May 2000',
      'Sort by: Helpfulness',
      'Good one',
      'ann2 May 2000',
      'Text.',
      helpfulLine('1', '1'),
    ].join('\n');
    expect(parseReviewPage(text).reviews).toMatchObject([
      { title: 'Good one', author: 'ann', date: '2000-05-02', body: 'Text.' },
    ]);
  });
});

describe('parseReviewPage control characters', () => {
  const controls = [
    ...Array.from({ length: 0x20 }, (_, code) => code),
    ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  ]
    .filter((code) => !'\t\n\v\f\r'.includes(String.fromCharCode(code)))
    .map((code) => String.fromCharCode(code));

  it('reads every control character that is not a line break or white space', () => {
    for (const c of controls) {
      const text = [
        `F${c}m (2000) Poster`,
        `T${c}`,
        `${c}ann1 May 2000`,
        `a${c}b`,
        helpfulLine('1', '1'),
      ].join('\n');
      const dataset = parseReviewPage(text);
      expect(dataset.film.title).toBe(`F${c}m`);
      expect(dataset.reviews[0]).toMatchObject({
        title: `T${c}`,
        author: `${c}ann`,
        body: `a${c}b`,
      });
    }
  });

  it('reads a review whose text is nothing but control characters', () => {
    const body = controls.join('').repeat(10);
    const text = ['T', 'ann1 May 2000', body, helpfulLine('1', '1')].join('\n');
    expect(parseReviewPage(text).reviews[0]?.body).toBe(body);
  });

  it('still calls a PNG or a UTF-16 file binary', () => {
    const reasonFor = (bytes: Uint8Array): string => {
      try {
        parseReviewPage(new TextDecoder().decode(bytes));
      } catch (error) {
        expect(error).toBeInstanceOf(ParseError);
        return (error as ParseError).message;
      }
      throw new Error('expected a ParseError');
    };
    const png = Uint8Array.from([
      ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      ...[0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0],
      ...Array.from({ length: 300 }, (_, i) => (i * 151 + 7) % 256),
    ]);
    expect(reasonFor(png)).toMatch(/binary/i);
    const utf16 = new Uint8Array(Buffer.from(seed, 'utf16le'));
    expect(reasonFor(utf16)).toMatch(/binary/i);
  });
});

describe('parseReviewPage errors', () => {
  const reasonFor = (text: string): string => {
    try {
      parseReviewPage(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      return (error as ParseError).message;
    }
    throw new Error('expected a ParseError');
  };

  it('rejects empty text', () => {
    expect(reasonFor('')).toMatch(/empty/i);
    expect(reasonFor(' \n\r\n\t ')).toMatch(/empty/i);
  });

  it('rejects a shopping list', () => {
    expect(reasonFor('Eggs\nMilk\n2 out of 3 apples\nBread')).toMatch(/No reviews found/);
  });

  it('rejects binary junk', () => {
    const junk = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
    expect(reasonFor(junk)).toMatch(/binary/i);
  });

  it('rejects a page whose only blocks cannot be read', () => {
    expect(reasonFor(`9/10\n${helpfulLine('1', '2')}`)).toMatch(/No readable reviews/);
    expect(reasonFor(`T\nann1 May 2000\nBody\n${helpfulLine('5', '2')}`)).toMatch(
      /No readable reviews/,
    );
  });

  it('gives one-line reasons', () => {
    for (const text of ['', 'shopping', '\u0000\u0001']) {
      expect(reasonFor(text)).not.toContain('\n');
    }
  });
});
