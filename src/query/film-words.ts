import type { StoredFilmWords as FilmWords } from '@/data/library-db';
import { sameFilm } from '@/data/library-merge';
import type { Dataset } from '@/data/review-schema';
import type { DatasetSession } from './dataset-session';
import type { FilmsContext } from './mentions';

export type { FilmWords };

// The library's other films as a second background for what a film's reviews mention: a word
// the reviews of every film use (`gangster` in a library of crime films) says nothing about this
// one, however rare it is in everyday English.

/** How many of a film's most used words are kept. */
export const FILM_WORDS = 3000;

/** The other films' word uses it takes to weigh a word against them (about 40 reviews). */
export const FILMS_MIN_TOTAL = 4000;

/** The other films' words summed: what they use, and how much in all. */
export interface FilmsBackground {
  films: number;
  total: number;
  counts: Map<string, number>;
}

/**
 * The word counts of the films other than `id` and `film` (by id, and by title and year, so a
 * second copy of this film is not weighed against itself); null when they are too few words to
 * weigh against.
 */
export function filmsBackground(
  kept: readonly FilmWords[],
  id: string | null,
  film: Dataset['film'],
): FilmsBackground | null {
  const counts = new Map<string, number>();
  let total = 0;
  let films = 0;
  for (const other of kept) {
    if (other.id === id || sameFilm(other.film, film)) continue;
    films += 1;
    total += other.total;
    const words = other.words === '' ? [] : other.words.split(' ');
    words.forEach((word, i) => counts.set(word, (counts.get(word) ?? 0) + (other.counts[i] ?? 0)));
  }
  return total < FILMS_MIN_TOTAL ? null : { films, total, counts };
}

/** The prior's weight against the other films, in word uses. */
const PRIOR_USES = 500;

/**
 * How much more the shown reviews use a word than the other films' reviews do, as a z-score of
 * the log-odds with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008): `share`
 * is the word's share of everyday English, the prior's. A word the other films' kept words lack
 * counts as half a use there.
 */
export function againstFilms(
  inShown: number,
  shownTotal: number,
  word: string,
  share: number,
  films: FilmsBackground,
): number {
  const there = Math.max(films.counts.get(word) ?? 0, 0.5);
  const prior = PRIOR_USES * share;
  const here = Math.log((inShown + prior) / (shownTotal + PRIOR_USES - inShown - prior));
  const elsewhere = Math.log((there + prior) / (films.total + PRIOR_USES - there - prior));
  return (here - elsewhere) / Math.sqrt(1 / (inShown + prior) + 1 / (there + prior));
}

// Each open dataset's library films, read once until a film's counts are kept: a dataset opened
// again (its session is kept) then weighs against the film that was added meanwhile.
let read = new WeakMap<DatasetSession, Promise<FilmsContext>>();

/**
 * The library's other films as a background for this one's mentions, and a way to keep this
 * film's word counts there (once: a film kept with as many word uses is left as it is); read
 * once for an open dataset.
 */
export function libraryFilms(session: DatasetSession, id: string | null): Promise<FilmsContext> {
  const known = read.get(session);
  if (known) return known;
  const context = readLibraryFilms(session.dataset.film, id);
  read.set(session, context);
  return context;
}

async function readLibraryFilms(film: Dataset['film'], id: string | null): Promise<FilmsContext> {
  const { readFilmWords, keepFilmWords } = await import('@/data/library-words');
  const kept = await readFilmWords();
  const background = filmsBackground(kept, id, film);
  if (id === null) return { background, keep: null, id: '' };
  const mine = kept.find((words) => words.id === id);
  let keep: FilmsContext['keep'] = (words) => {
    keep = null;
    if (mine?.total === words.total) return;
    void keepFilmWords(words).then(() => {
      read = new WeakMap();
    });
  };
  return { background, keep: (words) => keep?.(words), id };
}
