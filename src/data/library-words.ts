import { isRecord } from '@/lib/is-record';
import { attempt, openLibrary, type StoredFilmWords } from './library-db';

// Each film's word counts, kept in the library beside its reviews (see query/film-words). They
// only sharpen what the mentions offer: a library that cannot be read or written gives none, and
// the mentions are weighed against everyday English alone.

function isFilmWords(value: unknown): value is StoredFilmWords {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isRecord(value.film) &&
    typeof value.film.title === 'string' &&
    typeof value.total === 'number' &&
    typeof value.words === 'string' &&
    // Read back in another realm (a worker's copy, a test's storage), no instance of this one's.
    Object.prototype.toString.call(value.counts) === '[object Int32Array]'
  );
}

/** Every film's word counts the library keeps; none when it cannot be read. */
export async function readFilmWords(): Promise<StoredFilmWords[]> {
  try {
    const db = await openLibrary();
    const all: unknown[] = await attempt('The word counts could not be read', () =>
      db.getAll('words'),
    );
    return all.filter(isFilmWords);
  } catch {
    return [];
  }
}

/**
 * Keeps a film's word counts when it is still in the library (a bundled film always is); a
 * refusal is left unsaid, as they are counted again the next time.
 */
export async function keepFilmWords(words: StoredFilmWords): Promise<void> {
  try {
    const db = await openLibrary();
    const tx = db.transaction(['entries', 'words'], 'readwrite');
    const bundled = words.id.startsWith('bundled:');
    if (!bundled && (await tx.objectStore('entries').get(words.id)) === undefined) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return;
    }
    await Promise.all([tx.objectStore('words').put(words), tx.done]);
  } catch {
    // Nothing is lost: the counts are made again from the reviews.
  }
}
