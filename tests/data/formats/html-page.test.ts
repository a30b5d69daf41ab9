import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAny } from '@/data/formats/read-any';
import { ImportError } from '@/data/import-error';
import { bodyOf, parseHtml } from '@/data/formats/html-dom';
import { fixture, paragraphs, readDataset } from './fixture';

describe('a saved 2024 page, complete', () => {
  const { dataset, skipped, format } = readDataset(
    fixture('saved-2024-complete.html'),
    'night-ferry.html',
  );

  it('reads each card field by field, and never the markup', () => {
    expect(format).toBe('IMDb page saved as HTML (2024 layout)');
    expect(dataset.film).toEqual({ title: 'Night Ferry', year: 2019 });
    expect(dataset.declaredReviewCount).toBe(214);
    expect(dataset.reviews.map((r) => r.id)).toEqual([
      'rw5550001',
      'rw5550002',
      'rw5550004',
      'rw5550005',
    ]);
    const [first, unscored, spoiler, titleOnly] = dataset.reviews;
    expect(first).toMatchObject({
      title: 'A quiet storm on the water',
      author: 'moviebuff99',
      date: '2024-10-06',
      rating: 10,
      spoiler: false,
      helpful: { up: 1204, total: 1291 },
    });
    expect(first?.body).toBe(
      "I went in knowing nothing about Night Ferry, and it’s the best way to see it.\n\nThe crossing takes ninety minutes of screen time & every one of them counts. The captain's last speech is a small miracle.",
    );
    expect(unscored).toMatchObject({ rating: null, helpful: { up: 12, total: 15 } });
    expect(paragraphs(unscored?.body ?? '')).toBe(2);
    expect(spoiler).toMatchObject({
      spoiler: true,
      rating: 4,
      author: 'Gráinne Ó Máille',
      date: '2022-01-30',
      helpful: { up: 1200, total: 1510 },
    });
    expect(spoiler?.body.endsWith('The final scene undoes it anyway.')).toBe(true);
    expect(titleOnly).toMatchObject({ title: 'Nothing more to say', body: '', rating: 9 });
    for (const review of dataset.reviews) {
      expect(`${review.title ?? ''} ${review.body}`).not.toMatch(/[<>]|See more|Spoiler|injected/);
    }
  });

  it('says that a card with neither title nor text was skipped', () => {
    expect(skipped).toEqual([{ count: 1, reason: 'it has no title or text' }]);
  });
});

describe('a saved 2024 page whose cards have their author beside them', () => {
  // Some saves have no article around a card: its author and date follow it in a block of
  // their own, in the same wrapper.
  const card = (id: number, author: string, date: string) => `
    <div class="ipc-list-card__wrapper">
      <div class="ipc-list-card" data-testid="review-card-parent">
        <div data-testid="review-summary"><a href="/review/rw900000${id}/"><h3>Title ${id}</h3></a></div>
        <div data-testid="review-overflow"><div class="ipc-html-content-inner-div">Text ${id}.</div></div>
        <span class="ipc-voting__label__count ipc-voting__label__count--up">${id}</span>
        <span class="ipc-voting__label__count ipc-voting__label__count--down">1</span>
      </div>
      <div data-testid="reviews-author">
        <ul><li><a data-testid="author-link" href="/user/ur${id}/">${author}</a></li>
        <li class="review-date">${date}</li></ul>
      </div>
    </div>`;
  const page = `<!doctype html><html><head><title>Night Ferry (2019) - User reviews - IMDb</title></head>
    <body><section>${card(1, 'first reader', 'Oct 6, 2024')}${card(2, 'second reader', 'Mar 14, 2020')}</section></body></html>`;

  it('reads each card with its own author and date', () => {
    const { dataset } = readDataset(page, 'night-ferry.html');
    expect(
      dataset.reviews.map(({ title, author, date, helpful }) => ({ title, author, date, helpful })),
    ).toEqual([
      {
        title: 'Title 1',
        author: 'first reader',
        date: '2024-10-06',
        helpful: { up: 1, total: 2 },
      },
      {
        title: 'Title 2',
        author: 'second reader',
        date: '2020-03-14',
        helpful: { up: 2, total: 3 },
      },
    ]);
  });
});

describe('a saved 2024 page, HTML only', () => {
  const { dataset } = readDataset(fixture('saved-2024-html-only.html'), 'night-ferry.html');

  it('takes the votes and hidden spoiler text from the embedded data', () => {
    expect(dataset.reviews.map((r) => [r.id, r.helpful])).toEqual([
      ['rw5550001', { up: 1204, total: 1291 }],
      ['rw5550002', { up: 12, total: 15 }],
      ['rw5550004', { up: 1187, total: 1497 }],
    ]);
    expect(dataset.reviews[2]?.body).toBe(
      'The captain was dead all along, which the film tells us far too early.\n\nThe final scene undoes it anyway.',
    );
  });

  it('keeps the date the page shows where the data says another', () => {
    expect(dataset.reviews[0]?.date).toBe('2024-10-06');
  });

  it('reads the film and the stated count', () => {
    expect(dataset.film).toEqual({ title: 'Night Ferry', year: 2019 });
    expect(dataset.declaredReviewCount).toBe(214);
  });
});

describe('a saved page of the older layout', () => {
  it('reads div.lister-item cards', () => {
    const { dataset, format } = readDataset(fixture('saved-2017.html'), 'old.html');
    expect(format).toBe('IMDb page saved as HTML (2017 layout)');
    expect(dataset.film).toEqual({ title: 'Night Ferry', year: 2019 });
    expect(dataset.declaredReviewCount).toBe(98);
    const [first, spoiler, empty] = dataset.reviews;
    expect(first).toMatchObject({
      id: 'rw4440001',
      title: 'Slow water, deep current',
      author: 'Ulrik Sander-Pedersen',
      date: '2017-08-23',
      rating: 8,
      spoiler: false,
      helpful: { up: 2647, total: 2984 },
    });
    expect(first?.body.startsWith('The ferry scenes are shot in one take — or')).toBe(true);
    expect(first?.body.endsWith('8/10 from me.')).toBe(true);
    expect(spoiler).toMatchObject({ spoiler: true, rating: null, date: '2005-03-02' });
    expect(paragraphs(spoiler?.body ?? '')).toBe(2);
    expect(empty).toMatchObject({ title: 'Fog', body: '', rating: 3 });
  });

  it('reads the page from before 2017', () => {
    const { dataset, format } = readDataset(fixture('saved-2008.html'), 'older.html');
    expect(format).toBe('IMDb page saved as HTML (before 2017)');
    expect(dataset.film).toEqual({ title: 'Night Ferry', year: 2001 });
    expect(dataset.declaredReviewCount).toBe(292);
    const [first, second] = dataset.reviews;
    expect(first).toMatchObject({
      title: 'Still the best crossing on film',
      author: 'Daniel Møller',
      date: '2001-07-31',
      rating: 9,
      spoiler: false,
      helpful: { up: 292, total: 402 },
    });
    expect(paragraphs(first?.body ?? '')).toBe(2);
    expect(second).toMatchObject({
      spoiler: true,
      rating: null,
      body: 'The captain turns out to be the ghost, and the film never recovers.',
    });
  });
});

describe('refusals', () => {
  const refuses = (text: string, name: string | null, reason: RegExp | string) => {
    expect(() => readAny(text, name)).toThrow(ImportError);
    expect(() => readAny(text, name)).toThrow(reason);
  };

  it('sends a film main page to its reviews', () => {
    refuses(fixture('film-main-page.html'), 'main.html', /film's main page.*User reviews/);
  });

  it('says an unrelated web page has no reviews', () => {
    refuses(
      '<!doctype html><html><head><title>Bread recipes</title></head><body><p>Flour</p></body></html>',
      'bread.html',
      /web page \("Bread recipes"\) with no IMDb user reviews/,
    );
  });

  it('refuses empty input and JSON that holds no reviews', () => {
    refuses('   \n', 'empty.txt', '"empty.txt" is empty.');
    refuses('', null, /Nothing to import/);
    refuses('{"nope": true}', 'x.json', /not a valid dataset: schemaVersion.*nor is it IMDb's/);
    refuses('[1, 2]', 'x.json', /JSON list, nor is it IMDb's review data/);
  });
});

describe('text of HTML', () => {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const word = fc.stringMatching(/^[A-Za-z0-9'"&<>é’]{1,8}$/);

  it('decodes entities, makes <br> a break and collapses white space, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(' ', '\n', '  \t', ' &nbsp;'),
        (lines, gap) => {
          const html = `<div>${lines.map((words) => words.map(escape).join(gap)).join('<br/>\n')}</div>`;
          expect(bodyOf(parseHtml(html))).toBe(lines.map((words) => words.join(' ')).join('\n\n'));
        },
      ),
    );
  });
});
