import { describe, expect, it } from 'vitest';
import { readImports } from '@/data/formats/read-any';
import { ImportError } from '@/data/import-error';
import { fixture, readDataset } from './fixture';

describe("IMDb's review data (GraphQL JSON)", () => {
  it('reads one answer field by field, with the film and the total', () => {
    const { dataset, format } = readDataset(fixture('graphql-page-1.json'), 'page-1.json');
    expect(format).toBe("IMDb's review data (JSON)");
    expect(dataset.film).toEqual({ title: 'Night Ferry', year: 2019 });
    expect(dataset.declaredReviewCount).toBe(214);
    expect(dataset.reviews[0]).toEqual({
      id: 'rw5550001',
      title: 'A quiet storm on the water',
      author: 'moviebuff99',
      date: '2024-10-06',
      spoiler: false,
      body: 'I went in knowing nothing about Night Ferry, and it’s the best way to see it.\n\nThe crossing takes ninety minutes of screen time & every one of them counts.',
      rating: 10,
      helpful: { up: 1204, total: 1291 },
    });
    expect(dataset.reviews[1]?.rating).toBeNull();
  });

  it('merges several answers of one film, each review once', () => {
    const preview = readImports([
      { text: fixture('graphql-page-1.json'), fileName: 'page-1.json' },
      { text: fixture('graphql-page-2.json'), fileName: 'page-2.json' },
    ]);
    if (preview.kind !== 'preview') throw new Error('expected a preview');
    expect(preview.files).toBe(2);
    expect(preview.dataset.reviews.map((r) => r.id)).toEqual([
      'rw5550001',
      'rw5550002',
      'rw5550004',
    ]);
    expect(preview.skipped).toEqual([]);
    expect(preview.repeated).toBe(1);
    const spoiler = preview.dataset.reviews[2];
    expect(spoiler).toMatchObject({ spoiler: true, author: 'Gráinne Ó Máille' });
    // The answer's markup is read as text: a script in it is neither run nor kept.
    expect(spoiler?.body).toBe('The captain was dead all along.\n\nNobody knew.');
  });

  it('merges a saved page and a copy of the same film, and refuses two films', () => {
    const merged = readImports([
      { text: fixture('saved-2024-complete.html'), fileName: 'a.html' },
      { text: fixture('graphql-page-2.json'), fileName: 'b.json' },
    ]);
    if (merged.kind !== 'preview') throw new Error('expected a preview');
    expect(merged.dataset.reviews).toHaveLength(4);
    const other = fixture('saved-2008.html');
    expect(() =>
      readImports([
        { text: fixture('saved-2017.html'), fileName: 'a.html' },
        { text: other, fileName: 'b.html' },
      ]),
    ).toThrow(ImportError);
    expect(() =>
      readImports([
        { text: fixture('saved-2017.html'), fileName: 'a.html' },
        { text: other, fileName: 'b.html' },
      ]),
    ).toThrow('different films, Night Ferry (2019) and Night Ferry (2001)');
  });
});
