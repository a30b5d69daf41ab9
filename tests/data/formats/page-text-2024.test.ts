import { describe, expect, it } from 'vitest';
import { ImportError } from '@/data/import-error';
import { readAny } from '@/data/formats/read-any';
import { fixture, paragraphs, readDataset } from './fixture';

const copy = fixture('copy-2024.txt');

describe('page text, 2024 layout', () => {
  it('reads the film, the stated count and every card, field by field', () => {
    const { dataset, skipped, format } = readDataset(copy);
    expect(format).toBe('IMDb page text (2024 layout)');
    expect(skipped).toEqual([]);
    expect(dataset.film).toEqual({ title: 'Night Ferry', year: 2019 });
    expect(dataset.declaredReviewCount).toBe(214);
    expect(dataset.reviews.map((r) => r.title)).toEqual([
      'A quiet storm on the water',
      'Long, grey, and worth it',
      'The twist on deck',
      'Who steers the ship?',
      'Nothing more to say',
    ]);
    const [scored, unscored, collapsed, spoiler, titleOnly] = dataset.reviews;
    expect(scored).toMatchObject({
      author: 'moviebuff99',
      date: '2024-10-06',
      rating: 10,
      spoiler: false,
      helpful: { up: 1204, total: 1291 },
    });
    expect(scored?.body.startsWith('I went in knowing nothing about Night Ferry, and it’s')).toBe(
      true,
    );
    expect(scored?.body.endsWith('a small miracle.')).toBe(true);
    expect(paragraphs(scored?.body ?? '')).toBe(2);
    expect(unscored).toMatchObject({ rating: null, author: 'harbour_watcher', date: '2020-03-14' });
    expect(unscored?.helpful).toEqual({ up: 12, total: 15 });
    expect(collapsed).toMatchObject({ spoiler: true, body: '', rating: 7, author: 'kimbo17' });
    expect(spoiler).toMatchObject({ spoiler: true, rating: 4, author: 'Gráinne Ó Máille' });
    expect(spoiler?.helpful).toEqual({ up: 1200, total: 1510 });
    expect(paragraphs(spoiler?.body ?? '')).toBe(2);
    expect(titleOnly).toMatchObject({ body: '', rating: 9, helpful: { up: 0, total: 0 } });
  });

  it('reads CRLF the same as LF', () => {
    expect(readDataset(copy.replace(/\n/g, '\r\n')).dataset).toEqual(readDataset(copy).dataset);
  });

  it('skips a card the copy starts or ends inside, and says so', () => {
    const lines = copy.split('\n');
    const firstCardBody = lines.indexOf(
      'I went in knowing nothing about Night Ferry, and it’s the best way to see it.',
    );
    const lastCardTitle = lines.indexOf('Nothing more to say');
    const cut = lines.slice(firstCardBody, lastCardTitle + 1).join('\n');
    const { dataset, skipped } = readDataset(cut);
    expect(dataset.reviews.map((r) => r.title)).toEqual([
      'Long, grey, and worth it',
      'The twist on deck',
      'Who steers the ship?',
    ]);
    expect(skipped).toEqual([
      { count: 1, reason: 'the copy starts inside a review' },
      { count: 1, reason: 'the copy ends inside a review' },
    ]);
  });

  it('keeps the same ids when the same page is read again', () => {
    const ids = readDataset(copy).dataset.reviews.map((r) => r.id);
    expect(readDataset(copy).dataset.reviews.map((r) => r.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses the copied text of a film main page', () => {
    const main =
      'Night Ferry\n2019\n1h 48m\nTop cast\nAda Lind\nStoryline\nA ferry crosses.\nUser reviews\n214\n';
    expect(() => readAny(main)).toThrow(ImportError);
    expect(() => readAny(main)).toThrow("film's main page");
  });
});
