import { readFileSync } from 'node:fs';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { datasetToJson, datasetToPageText, reviewsToCsv } from '@/data/export-dataset';
import { QueryClient } from '@tanstack/react-query';
import {
  addToLibrary,
  addUnlessFilmKept,
  mergeIntoLibrary,
  renameInLibrary,
} from '@/data/library-actions';
import {
  closeLibrary,
  entryFor,
  listLibrary,
  openLibrary,
  readLibraryDataset,
} from '@/data/library-db';
import { DamagedDatasetError } from '@/data/load-error';
import { keepFilmWords, readFilmWords } from '@/data/library-words';
import { libraryQuery } from '@/data/library-query';
import { mergeDatasets, sameFilm } from '@/data/library-merge';
import { keepForSession, sessionOnlyDataset } from '@/data/library-session-store';
import {
  addLibraryDataset,
  deleteLibraryDataset,
  LibraryEntryGone,
  renameLibraryEntry,
} from '@/data/library-writes';
import { parseReviewPage, UNKNOWN_FILM_TITLE } from '@/data/parse-review-page';
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
      'id,title,author,date,rating,spoiler,helpful_up,helpful_total,body,tone,toneScore',
      'a,"Say ""hi"", then",,,7,false,0,0,"Line one\n\nLine two",,',
      'b,,Ø,,,false,1,2,Text.,,',
      '',
    ]);
  });

  it('carries the inferred tone and its score in columns of their own', () => {
    const csv = reviewsToCsv(
      [makeReview({ id: 'a', rating: 7 }), makeReview({ id: 'b' })],
      [
        { tone: 'negative', toneScore: -0.5 },
        { tone: 'mixed', toneScore: null },
      ],
    );
    expect(csv.slice(1).split('\r\n').slice(1, 3)).toEqual([
      'a,,,,7,false,0,0,Text.,negative,-0.5',
      'b,,,,,false,0,0,Text.,mixed,',
    ]);
  });
});

describe('datasetToJson', () => {
  it('gives each review its inferred tone, and its score where there is one', () => {
    const dataset = { ...smallDataset, reviews: smallDataset.reviews.slice(0, 2) };
    const json = JSON.parse(
      datasetToJson(dataset, [
        { tone: 'positive', toneScore: 0.75 },
        { tone: 'mixed', toneScore: null },
      ]),
    ) as { reviews: Array<Record<string, unknown>> };
    expect(json.reviews[0]).toMatchObject({ tone: 'positive', toneScore: 0.75 });
    expect(json.reviews[1]?.tone).toBe('mixed');
    expect(json.reviews[1]).not.toHaveProperty('toneScore');
    // Without tones, the reviews are the schema's alone.
    expect(JSON.parse(datasetToJson(dataset)).reviews[0]).not.toHaveProperty('tone');
  });
});

describe('reviewsToCsv against formulas', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a cell that starts like a formula: %j',
    (text) => {
      const csv = reviewsToCsv([makeReview({ id: 'a', title: text, author: text, body: text })]);
      const row = csv.slice(1).split('\r\n')[1] ?? '';
      const cell = `"'${text.replace(/"/g, '""')}"`;
      expect(row).toBe(`a,${cell},${cell},,,false,0,0,${cell},,`);
    },
  );

  it('leaves ordinary text, numbers and the JSON and page text exports exact', () => {
    const review = makeReview({ id: 'a', title: 'Fine = good', body: '=1+1', rating: 7 });
    expect(reviewsToCsv([review]).split('\r\n')[1]).toBe('a,Fine = good,,,7,false,0,0,"\'=1+1",,');
    const dataset = { ...smallDataset, reviews: [review] };
    expect(parseReviewPage(datasetToPageText(dataset)).reviews[0]?.body).toBe('=1+1');
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
    expect(sameFilm(existing.film, { title: ' pusher ii ', year: 2004 })).toBe(true);
    expect(sameFilm(existing.film, { title: 'Pusher II', year: 2005 })).toBe(false);
  });

  it('does not take two films of unknown title for the same film', () => {
    const unknown = { title: UNKNOWN_FILM_TITLE, year: null };
    expect(sameFilm(unknown, unknown)).toBe(false);
    expect(sameFilm(unknown, { title: 'unknown film ', year: null })).toBe(false);
  });

  it('exports page text that imports back identically', () => {
    expect(parseReviewPage(datasetToPageText(smallDataset))).toEqual(smallDataset);
  });
});

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('reviewscope');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
  });
}

/** A library as the first version of this app wrote it: whole entries in one store. */
function writeVersionOne(records: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('reviewscope', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('datasets', { keyPath: 'id' });
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('datasets', 'readwrite');
      for (const record of records) tx.objectStore('datasets').put(record);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    };
  });
}

const review = (id: string) => makeReview({ id, title: `Review ${id}` });

describe('library storage', () => {
  beforeEach(async () => {
    await closeLibrary();
    await deleteDatabase();
  });

  it('keeps, lists, renames and deletes entries, reading reviews only on request', async () => {
    const entry = entryFor('e1', smallDataset, null, '2026-11-24T10:00:00.000Z');
    await addLibraryDataset(entry, smallDataset);
    expect(await listLibrary()).toEqual([
      {
        id: 'e1',
        label: null,
        addedAt: '2026-11-24T10:00:00.000Z',
        film: smallDataset.film,
        reviewCount: smallDataset.reviews.length,
      },
    ]);
    expect(await readLibraryDataset('e1')).toEqual(smallDataset);
    await renameLibraryEntry('e1', 'My copy');
    expect((await listLibrary())[0]?.label).toBe('My copy');
    await deleteLibraryDataset('e1');
    expect(await listLibrary()).toEqual([]);
    expect(await readLibraryDataset('e1')).toBeNull();
  });

  it('keeps every dataset an earlier version stored, and skips records of the wrong shape', async () => {
    const other = { ...smallDataset, film: { title: 'Bleeder', year: 1999 } };
    await writeVersionOne([
      { id: 'old1', label: null, addedAt: '2026-01-01T00:00:00.000Z', dataset: smallDataset },
      { id: 'old2', label: 'Mine', addedAt: '2026-02-01T00:00:00.000Z', dataset: other },
      { id: 'bad', addedAt: 5 },
    ]);
    const entries = await listLibrary();
    expect(entries.map((entry) => [entry.id, entry.label, entry.film.title])).toEqual([
      ['old1', null, 'Pusher II'],
      ['old2', 'Mine', 'Bleeder'],
    ]);
    expect(await readLibraryDataset('old1')).toEqual(smallDataset);
    expect(await readLibraryDataset('old2')).toEqual(other);
  });

  it('keeps both of two merges made at once into one film (two tabs)', async () => {
    const base = { ...smallDataset, reviews: [review('a')] };
    await addLibraryDataset(entryFor('film', base, null, '2026-01-01'), base);
    const [first, second] = await Promise.all([
      mergeIntoLibrary('film', { ...base, reviews: [review('a'), review('b')] }),
      mergeIntoLibrary('film', { ...base, reviews: [review('a'), review('c')] }),
    ]);
    expect([first.value, second.value]).toEqual([1, 1]);
    const stored = await readLibraryDataset('film');
    expect(stored?.reviews.map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
    expect((await listLibrary())[0]?.reviewCount).toBe(3);
  });

  it('does not bring back a dataset deleted elsewhere when it is renamed or merged into', async () => {
    const entry = entryFor('gone', smallDataset, null, '2026-01-01');
    await addLibraryDataset(entry, smallDataset);
    await deleteLibraryDataset('gone');
    await expect(renameInLibrary(entry, 'New name')).rejects.toBeInstanceOf(LibraryEntryGone);
    await expect(mergeIntoLibrary('gone', smallDataset)).rejects.toBeInstanceOf(LibraryEntryGone);
    expect(await listLibrary()).toEqual([]);
    expect(await readLibraryDataset('gone')).toBeNull();
  });
});

describe("a film's word counts in the library", () => {
  beforeEach(async () => {
    await closeLibrary();
    await deleteDatabase();
  });

  const wordsOf = (id: string, total: number) => ({
    id,
    film: smallDataset.film,
    total,
    words: 'gangster father',
    counts: Int32Array.of(9, 4),
  });

  it('are kept for a film in the library, and go when it is deleted or merged into', async () => {
    await addLibraryDataset(entryFor('e1', smallDataset, null, '2026-01-01'), smallDataset);
    await keepFilmWords(wordsOf('e1', 900));
    await keepFilmWords(wordsOf('bundled:pusher-ii', 800));
    // A film no longer in the library (deleted in another tab meanwhile) keeps none.
    await keepFilmWords(wordsOf('gone', 700));
    const kept = await readFilmWords();
    expect(kept.map((words) => [words.id, words.total]).sort()).toEqual([
      ['bundled:pusher-ii', 800],
      ['e1', 900],
    ]);
    expect([...(kept.find((words) => words.id === 'e1')?.counts ?? [])]).toEqual([9, 4]);

    // A merge adds reviews: the counts are no longer the film's.
    await mergeIntoLibrary('e1', { ...smallDataset, reviews: [review('new')] });
    expect((await readFilmWords()).map((words) => words.id)).toEqual(['bundled:pusher-ii']);
    await keepFilmWords(wordsOf('e1', 950));
    await deleteLibraryDataset('e1');
    expect((await readFilmWords()).map((words) => words.id)).toEqual(['bundled:pusher-ii']);
  });

  it('are found in a library a version-2 app wrote, once opened by this one', async () => {
    await writeVersionOne([
      { id: 'old1', label: null, addedAt: '2026-01-01T00:00:00.000Z', dataset: smallDataset },
    ]);
    expect(await readFilmWords()).toEqual([]);
    await keepFilmWords(wordsOf('old1', 10));
    expect((await readFilmWords()).map((words) => words.id)).toEqual(['old1']);
    expect(await readLibraryDataset('old1')).toEqual(smallDataset);
  });
});

/** Writes a dataset record as it is, past every check the app's own writes make. */
async function writeRaw(id: string, dataset: unknown): Promise<void> {
  const db = await openLibrary();
  const entry = entryFor(id, smallDataset, null, '2026-01-01T00:00:00.000Z');
  const tx = db.transaction(['entries', 'datasets'], 'readwrite');
  await Promise.all([
    tx.objectStore('entries').put(entry),
    tx.objectStore('datasets').put({ id, dataset: dataset as typeof smallDataset }),
    tx.done,
  ]);
}

/** smallDataset with its second review replaced by `broken`. */
function withSecondReview(broken: unknown): unknown {
  const reviews: unknown[] = [...smallDataset.reviews];
  reviews[1] = broken;
  return { ...smallDataset, reviews };
}

describe('adding a film the library may hold already', () => {
  beforeEach(async () => {
    await closeLibrary();
    await deleteDatabase();
  });

  it('finds the film as stored now, not as the caller last listed it, and writes nothing', async () => {
    // Another tab's entry, written after this tab listed the library.
    await addLibraryDataset(entryFor('other-tab', smallDataset, null, '2026-01-01'), smallDataset);
    const outcome = await addUnlessFilmKept({ ...smallDataset, reviews: [review('new')] });
    expect(outcome).toEqual({ sameFilm: expect.objectContaining({ id: 'other-tab' }) });
    expect((await listLibrary()).map((entry) => entry.id)).toEqual(['other-tab']);
  });

  it('adds one of two pages of one film added at once, and finds it for the other', async () => {
    const outcomes = await Promise.all([
      addUnlessFilmKept(smallDataset),
      addUnlessFilmKept(smallDataset),
    ]);
    const entries = await listLibrary();
    expect(entries).toHaveLength(1);
    const id = entries[0]?.id;
    expect(outcomes).toContainEqual({ sameFilm: expect.objectContaining({ id }) });
    expect(outcomes).toContainEqual({ value: expect.objectContaining({ id }), problem: null });
  });

  it('adds a film the library does not hold, and each page of unknown film', async () => {
    const unknown = { ...smallDataset, film: { title: UNKNOWN_FILM_TITLE, year: null } };
    await addLibraryDataset(entryFor('pusher', smallDataset, null, '2026-01-01'), smallDataset);
    const bleeder = await addUnlessFilmKept({
      ...smallDataset,
      film: { title: 'Bleeder', year: 1999 },
    });
    const first = await addUnlessFilmKept(unknown);
    const second = await addUnlessFilmKept(unknown);
    for (const outcome of [bleeder, first, second]) expect(outcome).not.toHaveProperty('sameFilm');
    expect(await listLibrary()).toHaveLength(4);
  });
});

describe('a write the browser refuses at once', () => {
  beforeEach(async () => {
    await closeLibrary();
    await deleteDatabase();
  });

  /** Runs `action` while putting into store `name` throws, as a value that cannot be cloned does. */
  async function whilePutThrows<T>(name: string, action: () => Promise<T>): Promise<T> {
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args) {
      if (this.name === name)
        throw new DOMException('#<Object> could not be cloned.', 'DataCloneError');
      return original.apply(this, args);
    };
    try {
      return await action();
    } finally {
      IDBObjectStore.prototype.put = original;
    }
  }

  it('keeps a table whose write storage refused for this session, without a second write', async () => {
    // The table host runs on the page here, as in a worker: it has storage, which refuses.
    const { openTable } = await import('@/data/formats/table-client');
    const file = new File([readFileSync('tests/fixtures/tables/scraper-reviews.csv')], 'r.csv', {
      type: 'text/csv',
    });
    const table = await openTable(file);
    let writes = 0;
    const added = await whilePutThrows('datasets', () => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function counted(this: IDBObjectStore, ...args) {
        if (this.name === 'datasets') writes += 1;
        return put.apply(this, args);
      };
      return table.addAll().finally(() => {
        IDBObjectStore.prototype.put = put;
      });
    });
    table.close();
    expect(writes).toBe(1);
    expect(added.problem).toBe(
      'The dataset could not be saved: the browser could not copy it into storage; it is open for this session only.',
    );
    expect(sessionOnlyDataset(added.id)?.reviews).toHaveLength(4);
    expect(await listLibrary()).toEqual([]);
    keepForSession(added.id, null);
  });

  it('leaves no entry without its dataset, and says so once', async () => {
    const saved = await whilePutThrows('datasets', () => addToLibrary(smallDataset));
    expect(saved.problem).toBe(
      'The dataset could not be saved: the browser could not copy it into storage; it is open for this session only.',
    );
    expect(await listLibrary()).toEqual([]);
    expect(await readLibraryDataset(saved.value.id)).toBeNull();
    keepForSession(saved.value.id, null);
  });

  it('keeps what was stored when a merge cannot be written, and says so once', async () => {
    await addLibraryDataset(entryFor('kept', smallDataset, null, '2026-01-01'), smallDataset);
    const more = { ...smallDataset, reviews: [...smallDataset.reviews, review('more')] };
    const merging = whilePutThrows('datasets', () => mergeIntoLibrary('kept', more));
    await expect(merging).rejects.toThrow(
      /^The dataset could not be saved: the browser could not copy it into storage\.$/,
    );
    expect(await readLibraryDataset('kept')).toEqual(smallDataset);
    expect((await listLibrary())[0]?.reviewCount).toBe(smallDataset.reviews.length);
  });
});

describe('library records of the wrong shape', () => {
  beforeEach(async () => {
    await closeLibrary();
    await deleteDatabase();
  });

  const second = smallDataset.reviews[1];
  it.each([
    ['a null review', null, 'reviews[1]: expected an object'],
    ['a rating of 1e308', { ...second, rating: 1e308 }, 'reviews[1].rating: must be at most 10'],
    ['a rating given as text', { ...second, rating: '7' }, 'reviews[1].rating: expected a number'],
    [
      'a review without helpful',
      { ...second, helpful: undefined },
      'reviews[1].helpful: expected an object',
    ],
    [
      'more up votes than votes',
      { ...second, helpful: { up: 3, total: 2 } },
      'reviews[1].helpful.up: up must not exceed total',
    ],
    ['a repeated id', { ...second, id: 'r1' }, 'reviews[1].id: duplicate id "r1"'],
  ])('are read as damaged, saying where: %s', async (_name, broken, where) => {
    await writeRaw('bad', withSecondReview(broken));
    const read = readLibraryDataset('bad');
    await expect(read).rejects.toBeInstanceOf(DamagedDatasetError);
    await expect(readLibraryDataset('bad')).rejects.toThrow(
      `The stored dataset is damaged: ${where}.`,
    );
  });

  it('are read as damaged when the film or the list itself is wrong', async () => {
    await writeRaw('film', { ...smallDataset, film: { title: null, year: 2004 } });
    await expect(readLibraryDataset('film')).rejects.toThrow(
      'The stored dataset is damaged: film.title: expected a string.',
    );
    await writeRaw('list', { ...smallDataset, reviews: 'none' });
    await expect(readLibraryDataset('list')).rejects.toThrow(
      'The stored dataset is damaged: reviews: expected an array.',
    );
  });

  it('are not merged into, and stay as they were', async () => {
    const broken = withSecondReview(null);
    await writeRaw('bad', broken);
    await expect(mergeIntoLibrary('bad', smallDataset)).rejects.toThrow(
      'The stored dataset is damaged: reviews[1]: expected an object.',
    );
    const db = await openLibrary();
    expect((await db.get('datasets', 'bad'))?.dataset).toEqual(broken);
  });

  it('can be deleted', async () => {
    await writeRaw('bad', withSecondReview(null));
    await deleteLibraryDataset('bad');
    expect(await listLibrary()).toEqual([]);
    expect(await readLibraryDataset('bad')).toBeNull();
  });
});

describe('library without storage', () => {
  it('lists session-only datasets and says why, instead of failing', async () => {
    await closeLibrary();
    const original = indexedDB.open.bind(indexedDB);
    let opens = 0;
    indexedDB.open = () => {
      opens += 1;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    try {
      const client = new QueryClient();
      const empty = await client.fetchQuery(libraryQuery());
      expect(empty.entries).toEqual([]);
      expect(empty.problem).toMatch(/The library could not be opened/);
      const saved = await addToLibrary(smallDataset);
      expect(saved.problem).toMatch(/open for this session only/);
      const list = await client.fetchQuery({ ...libraryQuery(), staleTime: 0 });
      expect(list.entries.map((entry) => entry.id)).toEqual([saved.value.id]);
      expect(opens).toBeLessThan(5);
    } finally {
      indexedDB.open = original;
    }
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
