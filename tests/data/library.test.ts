import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { datasetToPageText, reviewsToCsv } from '@/data/export-dataset';
import {
  deleteLibraryEntry,
  getLibraryEntry,
  listLibrary,
  putLibraryEntry,
} from '@/data/library-db';
import { mergeDatasets, sameFilm } from '@/data/library-query';
import { parseReviewPage } from '@/data/parse-review-page';
import { ImportError, readImport } from '@/data/read-import';
import { smallDataset } from '../testing/fixtures';
import { makeReview } from '../testing/make-dataset';

describe('reviewsToCsv', () => {
  it('writes RFC 4180 CSV with a byte-order mark and CRLF rows', () => {
    const csv = reviewsToCsv([
      makeReview({ id: 'a', title: 'Say "hi", then', body: 'Line one\n\nLine two', rating: 7 }),
      makeReview({ id: 'b', author: 'Ø', helpful: { up: 1, total: 2 } }),
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'id,title,author,date,rating,spoiler,helpful_up,helpful_total,body',
      'a,"Say ""hi"", then",,,7,false,0,0,"Line one\n\nLine two"',
      'b,,Ø,,,false,1,2,Text.',
      '',
    ]);
  });
});

describe('readImport', () => {
  it('reads a copied page and counts what is missing', () => {
    const preview = readImport(datasetToPageText(smallDataset), 'pusher.txt');
    expect(preview.source).toBe('page');
    expect(preview.dataset).toEqual(smallDataset);
    expect(preview.missing).toEqual({ title: 1, author: 1, date: 1, rating: 3 });
  });

  it('reads a dataset JSON file', () => {
    expect(readImport(JSON.stringify(smallDataset), 'x.json').dataset).toEqual(smallDataset);
  });

  it.each([
    ['', null, /Nothing to import/],
    ['Eggs\nMilk', null, /not a review page/],
    ['{"schemaVersion": 1', 'x.json', /not valid JSON/],
    ['{"schemaVersion": 2}', 'x.json', /not a valid dataset: schemaVersion: expected 1/],
  ])('refuses %j with a clear reason', (text, name, reason) => {
    expect(() => readImport(text, name)).toThrow(ImportError);
    expect(() => readImport(text, name)).toThrow(reason);
  });
});

describe('merging', () => {
  it('adds only reviews not already present, in page order', () => {
    const [first, second, third] = smallDataset.reviews;
    if (!first || !second || !third) throw new Error('fixture too small');
    const existing = { ...smallDataset, reviews: [first, second] };
    const incoming = { ...smallDataset, reviews: [second, third] };
    const { dataset, added } = mergeDatasets(existing, incoming);
    expect(added).toBe(1);
    expect(dataset.reviews.map((r) => r.id)).toEqual([first.id, second.id, third.id]);
    expect(sameFilm(existing, { ...incoming, film: { title: ' pusher ii ', year: 2004 } })).toBe(
      true,
    );
    expect(sameFilm(existing, { ...incoming, film: { title: 'Pusher II', year: 2005 } })).toBe(
      false,
    );
  });

  it('exports page text that imports back identically', () => {
    expect(parseReviewPage(datasetToPageText(smallDataset))).toEqual(smallDataset);
  });
});

describe('library storage', () => {
  beforeEach(async () => {
    for (const entry of await listLibrary()) await deleteLibraryEntry(entry.id);
  });

  it('keeps, lists, renames and deletes entries', async () => {
    const entry = {
      id: 'e1',
      label: null,
      addedAt: '2026-11-24T10:00:00.000Z',
      dataset: smallDataset,
    };
    await putLibraryEntry(entry);
    expect(await listLibrary()).toEqual([entry]);
    await putLibraryEntry({ ...entry, label: 'My copy' });
    expect((await getLibraryEntry('e1'))?.label).toBe('My copy');
    await deleteLibraryEntry('e1');
    expect(await listLibrary()).toEqual([]);
    expect(await getLibraryEntry('e1')).toBeNull();
  });

  it('skips stored records of the wrong shape instead of failing', async () => {
    await putLibraryEntry({
      id: 'good',
      label: null,
      addedAt: '2026-01-01',
      dataset: smallDataset,
    });
    await putLibraryEntry({ id: 'bad', addedAt: 5 } as never);
    expect((await listLibrary()).map((e) => e.id)).toEqual(['good']);
  });
});

describe('readImportOffThread', () => {
  it('refuses a file over 100 MB before reading it', async () => {
    const { readImportOffThread } = await import('@/data/import-client');
    const big = new File(['x'], 'huge.txt', { type: 'text/plain' });
    Object.defineProperty(big, 'size', { value: 150 * 1024 * 1024 });
    await expect(readImportOffThread({ file: big })).rejects.toThrow(
      '"huge.txt" is 150 MB; files over 100 MB are not imported.',
    );
  });
});
