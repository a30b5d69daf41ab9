/**
 * What the reader is looking at, as the engine takes it: the sort, the rating filter, the search
 * and whether spoilers are hidden, with their names, orders and defaults. The store keeps it and
 * the address bar mirrors it; the engine (run-query) answers it.
 */

import type { ToneKey } from './tone';

export const SORT_KEYS = [
  'helpful',
  'helpful-positive',
  'helpful-negative',
  'votes',
  'newest',
  'oldest',
  'highest',
  'lowest',
  'longest',
  'shortest',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, string> = {
  helpful: 'Most helpful',
  'helpful-positive': 'Most helpful positive',
  'helpful-negative': 'Most helpful negative',
  votes: 'Most votes',
  newest: 'Newest',
  oldest: 'Oldest',
  highest: 'Highest rated',
  lowest: 'Lowest rated',
  longest: 'Longest',
  shortest: 'Shortest',
};

export type RatingKey = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 'unrated';
export const RATING_KEYS: readonly RatingKey[] = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 'unrated'];
export type RatingCounts = Record<RatingKey, number>;

/** What the list shows: the reviews as cards, or the sentences of them that match (quotes). */
export type ShowKey = 'reviews' | 'quotes';

export interface ViewQuery {
  sort: SortKey;
  ratings: readonly RatingKey[];
  /** Inferred tones shown (none: all). */
  tones: readonly ToneKey[];
  search: string;
  hideSpoilers: boolean;
  /** The first and last day shown (ISO yyyy-mm-dd, inclusive); with either, undated reviews go. */
  from: string | null;
  to: string | null;
  show: ShowKey;
}

export const DEFAULT_VIEW: ViewQuery = {
  sort: 'helpful',
  ratings: [],
  tones: [],
  search: '',
  hideSpoilers: false,
  from: null,
  to: null,
  show: 'reviews',
};

export function isFiltered(view: ViewQuery): boolean {
  return (
    view.ratings.length > 0 ||
    view.tones.length > 0 ||
    view.search.trim() !== '' ||
    view.hideSpoilers ||
    view.from !== null ||
    view.to !== null
  );
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `text` when it is a real calendar day written yyyy-mm-dd, else null. */
export function isoDay(text: string | null | undefined): string | null {
  const match = ISO_DAY.exec(text ?? '');
  if (!match) return null;
  const [, year = 0, month = 1, day = 1] = match.map(Number);
  const date = new Date(0);
  // Date.UTC would read the years 0-99 as 1900-1999; a date input gives them while a year is typed.
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() + 1 === month &&
    date.getUTCDate() === day
    ? (text ?? null)
    : null;
}

/** Whether two rating counts give every rating the same number (each query makes a new object). */
export function sameRatingCounts(a: RatingCounts, b: RatingCounts): boolean {
  return RATING_KEYS.every((key) => a[key] === b[key]);
}

export function emptyRatingCounts(): RatingCounts {
  return { 10: 0, 9: 0, 8: 0, 7: 0, 6: 0, 5: 0, 4: 0, 3: 0, 2: 0, 1: 0, unrated: 0 };
}

/** Names which reviews a view shows, whatever their order: the view without its sort. */
export function shownKey(view: ViewQuery): string {
  return JSON.stringify([
    view.ratings,
    view.tones,
    view.search,
    view.hideSpoilers,
    view.from,
    view.to,
  ]);
}
