import { readDatasetParam, writeDatasetParam } from '@/data/dataset-key';
import { whenIdle } from '@/lib/schedule';
import type { ViewQuery } from '@/query/view-query';
import { FIELD_KEYS, fieldOf, pickView, sameView, viewOf, type FieldKey } from './view-fields';
import { viewStoreApi } from './view-store';

/** The view a query string names. Unknown or malformed parameters give the initial value. */
export function readViewFromSearch(search: string): ViewQuery {
  const params = new URLSearchParams(search);
  return viewOf((_key, field) => field.read(params.get(field.param)));
}

/** The query string for a view, keeping parameters that are not about the view (`data`). */
export function writeViewToSearch(view: ViewQuery, search: string): string {
  const params = new URLSearchParams(search);
  for (const key of FIELD_KEYS) writeField(key, view, params);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function writeField<K extends FieldKey>(key: K, view: ViewQuery, params: URLSearchParams) {
  const field = fieldOf(key);
  const text = field.write(view[key]);
  if (text === null) params.delete(field.param);
  else params.set(field.param, text);
}

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
