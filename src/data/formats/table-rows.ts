import type { Dataset, Review } from '../review-schema';
import type { ColumnMapping } from './table-columns';
import type { Table } from './table-source';
import {
  cellText,
  readDate,
  readFilm,
  readHelpful,
  readRating,
  readSpoiler,
  readYear,
} from './table-values';

// A table's rows read as reviews by a column mapping, one dataset per film.

export interface Skipped {
  count: number;
  reason: string;
}

export interface TableFilms {
  datasets: Dataset[];
  skipped: Skipped[];
}

/** A file's name as a film's title when no column names the film: `heat_reviews.csv` gives `heat reviews`. */
export function titleFromFileName(fileName: string | null): string {
  const base = (fileName ?? '')
    .replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]{1,8}$/i, '')
    .replace(/[_]+/g, ' ')
    .trim();
  return base === '' ? 'Imported reviews' : base;
}

/**
 * reviewContentId's id, with its two hashes taken in one pass and no joined key: the same ids
 * (a table's review merges with the same review from a page) at half the cost, which is most of
 * the time a large table takes to read after parsing.
 */
export function tableReviewId(review: Pick<Review, 'author' | 'date' | 'title' | 'body'>): string {
  let high = 0x811c9dc5;
  let low = 0x01000193;
  const parts = [review.author ?? '', review.date ?? '', review.title ?? '', review.body];
  for (let part = 0; part < parts.length; part += 1) {
    if (part > 0) {
      // The NUL that reviewContentId joins the parts with.
      high = Math.imul(high, 0x01000193);
      low = Math.imul(low, 0x01000193);
    }
    const text = parts[part] ?? '';
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      high = Math.imul(high ^ code, 0x01000193);
      low = Math.imul(low ^ code, 0x01000193);
    }
  }
  return `r${(high >>> 0).toString(36).padStart(7, '0')}${(low >>> 0).toString(36).padStart(7, '0')}`;
}

/** Text that reviewBody would leave as it is: checked in one pass, most bodies are. */
const NEEDS_TIDYING = /[\r<]|[ \t]\n\n|\n\n\s|\n[ \t]+\n|^\s|\s$/;

/** Review text as the app keeps it: HTML line breaks as lines, paragraphs apart by one blank line. */
export function reviewBody(text: string): string {
  if (!NEEDS_TIDYING.test(text)) return text;
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

const cell = (row: readonly unknown[], column: number | null): unknown =>
  column === null ? null : row[column];

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** Reads every row by `mapping`; rows without text are skipped and counted. */
export function readTableReviews(
  table: Table,
  mapping: ColumnMapping,
  fileName: string | null,
): TableFilms {
  const { columns: at, ratingScale, dateOrder } = mapping;
  const fallbackTitle = titleFromFileName(fileName);
  const films = new Map<string, { dataset: Dataset; ids: Set<string> }>();
  let noText = 0;
  let repeated = 0;
  for (const row of table.rows) {
    const rawText = cellText(cell(row, at.text));
    const body = rawText === null ? '' : reviewBody(rawText);
    if (body === '') {
      noText += 1;
      continue;
    }
    const filmCell = at.film === null ? null : readFilm(cell(row, at.film));
    const title = filmCell?.title ?? fallbackTitle;
    const year = filmCell?.year ?? readYear(cell(row, at.filmYear));
    const key = `${title}\u0000${year ?? ''}`;
    let film = films.get(key);
    if (!film) {
      film = {
        dataset: {
          schemaVersion: 1,
          film: { title, year },
          declaredReviewCount: null,
          reviews: [],
        },
        ids: new Set(),
      };
      films.set(key, film);
    }
    const reviewTitle = cellText(cell(row, at.title));
    const author = cellText(cell(row, at.author));
    const date = readDate(cell(row, at.date), dateOrder);
    const review: Review = {
      id: '',
      title: reviewTitle,
      author,
      date,
      spoiler: readSpoiler(cell(row, at.spoiler)),
      body,
      rating: readRating(cell(row, at.rating), ratingScale),
      helpful: (at.helpful === null
        ? null
        : readHelpful(cell(row, at.helpful), cell(row, at.helpfulDown))) ?? { up: 0, total: 0 },
    };
    review.id = tableReviewId(review);
    if (film.ids.has(review.id)) {
      repeated += 1;
      continue;
    }
    film.ids.add(review.id);
    film.dataset.reviews.push(review);
  }
  const skipped: Skipped[] = [];
  const notObjects = table.badLines ?? 0;
  if (notObjects > 0)
    skipped.push({
      count: notObjects,
      reason: plural(notObjects, 'is not a JSON object', 'are not JSON objects'),
    });
  if (noText > 0)
    skipped.push({ count: noText, reason: plural(noText, 'has no text', 'have no text') });
  if (repeated > 0)
    skipped.push({
      count: repeated,
      reason: plural(repeated, 'repeats an earlier review', 'repeat an earlier review'),
    });
  return { datasets: [...films.values()].map((film) => film.dataset), skipped };
}
