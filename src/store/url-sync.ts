import { readDatasetParam, writeDatasetParam } from '@/data/dataset-key';
import { whenIdle } from '@/lib/schedule';
import {
  DEFAULT_VIEW,
  isoDay,
  RATING_KEYS,
  SORT_KEYS,
  type RatingKey,
  type ViewQuery,
} from '@/query/view-query';
import { viewStoreApi } from './view-store';

const PARAM = {
  sort: 'sort',
  rating: 'rating',
  search: 'q',
  spoilers: 'spoilers',
  from: 'from',
  to: 'to',
} as const;

function readRating(token: string): RatingKey | null {
  if (token === 'unrated') return 'unrated';
  if (!/^(?:10|[1-9])$/.test(token)) return null;
  return Number(token) as RatingKey;
}

/** The view a query string names. Unknown or malformed parameters fall back to the default. */
export function readViewFromSearch(search: string): ViewQuery {
  const params = new URLSearchParams(search);
  const sortParam = params.get(PARAM.sort);
  const sort = SORT_KEYS.find((key) => key === sortParam) ?? DEFAULT_VIEW.sort;
  const ratings = new Set<RatingKey>();
  for (const token of (params.get(PARAM.rating) ?? '').split(',')) {
    const rating = readRating(token.trim().toLowerCase());
    if (rating !== null) ratings.add(rating);
  }
  return {
    sort,
    ratings: RATING_KEYS.filter((key) => ratings.has(key)),
    // The box takes a search of any length, so the address restores all of it.
    search: params.get(PARAM.search) ?? '',
    hideSpoilers: params.get(PARAM.spoilers) === 'hidden',
    from: isoDay(params.get(PARAM.from)),
    to: isoDay(params.get(PARAM.to)),
  };
}

/** The query string for a view, keeping parameters that are not about the view (`data`). */
export function writeViewToSearch(view: ViewQuery, search: string): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | null) => {
    if (value === null) params.delete(name);
    else params.set(name, value);
  };
  set(PARAM.sort, view.sort === DEFAULT_VIEW.sort ? null : view.sort);
  set(PARAM.rating, view.ratings.length === 0 ? null : view.ratings.join(','));
  set(PARAM.search, view.search === '' ? null : view.search);
  set(PARAM.spoilers, view.hideSpoilers ? 'hidden' : null);
  set(PARAM.from, view.from);
  set(PARAM.to, view.to);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function sameView(a: ViewQuery, b: ViewQuery): boolean {
  return (
    a.sort === b.sort &&
    a.search === b.search &&
    a.hideSpoilers === b.hideSpoilers &&
    a.ratings.join(',') === b.ratings.join(',') &&
    a.from === b.from &&
    a.to === b.to
  );
}

const pickView = (s: ViewQuery): ViewQuery => ({
  sort: s.sort,
  ratings: s.ratings,
  search: s.search,
  hideSpoilers: s.hideSpoilers,
  from: s.from,
  to: s.to,
});

/**
 * Mirrors the view in the address bar: the URL's view is applied at start, each change is written
 * back (typing replaces the entry, other changes push one so Back undoes them), and Back/Forward
 * bring the view they name. Returns a function that stops syncing.
 */
export function startUrlSync(
  win: Window = window,
  // In an idle moment: writing history costs 1-8 ms, and written right after the list's frame it
  // delayed the charts' frame. A pending write is made at once when the page is left.
  schedule: (write: () => void) => () => void = (write) => whenIdle(write, win),
): () => void {
  const { actions } = viewStoreApi.getState();
  const initialKey = readDatasetParam(win.location.search);
  if (initialKey !== null) viewStoreApi.setState({ datasetKey: initialKey });
  actions.showView(readViewFromSearch(win.location.search));
  let last = pickView(viewStoreApi.getState());
  let lastKey = viewStoreApi.getState().datasetKey;
  // Changes made before the write are written together.
  const write = () => {
    const state = viewStoreApi.getState();
    if (state.datasetKey !== lastKey) {
      lastKey = state.datasetKey;
      last = pickView(state);
      const search = writeViewToSearch(
        last,
        writeDatasetParam(state.datasetKey, win.location.search),
      );
      win.history.pushState(
        win.history.state,
        '',
        `${win.location.pathname}${search}${win.location.hash}`,
      );
      return;
    }
    const next = pickView(state);
    if (sameView(next, last)) return;
    const onlyTyping =
      next.search !== last.search && sameView({ ...next, search: last.search }, last);
    last = next;
    const url = `${win.location.pathname}${writeViewToSearch(next, win.location.search)}${win.location.hash}`;
    if (onlyTyping) win.history.replaceState(win.history.state, '', url);
    else win.history.pushState(win.history.state, '', url);
  };
  let pending = false;
  let cancel: (() => void) | null = null;
  const flush = () => {
    pending = false;
    write();
  };
  const unsubscribe = viewStoreApi.subscribe(() => {
    if (pending) return;
    pending = true;
    cancel = schedule(flush);
  });
  const onPageHide = () => {
    if (!pending) return;
    cancel?.();
    flush();
  };
  win.addEventListener('pagehide', onPageHide);
  const onPopState = () => {
    const view = readViewFromSearch(win.location.search);
    last = view;
    lastKey = readDatasetParam(win.location.search);
    viewStoreApi.setState({ datasetKey: lastKey });
    viewStoreApi.getState().actions.showView(view);
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    cancel?.();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', onPageHide);
  };
}
