import { readDatasetParam, writeDatasetParam } from '@/data/dataset-key';
import { isRecord } from '@/lib/is-record';
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

/** Where an entry stands in the tab's history, kept in its state: popstate then tells Back from Forward. */
const POSITION = 'reviewscopePosition';

function positionOf(state: unknown): number {
  const position = isRecord(state) ? state[POSITION] : undefined;
  return typeof position === 'number' ? position : 0;
}

const NOT_TEXT = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * Mirrors the view in the address bar: the URL's view is applied at start, each change is written
 * back (typing replaces the entry, other changes push one so Back undoes them), and Back/Forward
 * bring the view they name. Returns a function that stops syncing.
 */
export function startUrlSync(
  win: Window = window,
  // In an idle moment: writing history costs 1-8 ms, and written right after the list's frame it
  // delayed the charts' frame. A pending write is made at once when the page is left, when the
  // reader acts again, and is accounted for when they go Back before it.
  schedule: (write: () => void) => () => void = (write) => whenIdle(write, win),
): () => void {
  const { actions } = viewStoreApi.getState();
  const initialKey = readDatasetParam(win.location.search);
  if (initialKey !== null) viewStoreApi.setState({ datasetKey: initialKey });
  actions.showView(readViewFromSearch(win.location.search));
  let last = pickView(viewStoreApi.getState());
  let lastKey = viewStoreApi.getState().datasetKey;
  let position = positionOf(win.history.state);
  const push = (url: string) => {
    position += 1;
    win.history.pushState({ [POSITION]: position }, '', url);
  };
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
      push(`${win.location.pathname}${search}${win.location.hash}`);
      return;
    }
    const next = pickView(state);
    if (sameView(next, last)) return;
    const pushes = !onlyTyping(next);
    last = next;
    const url = `${win.location.pathname}${writeViewToSearch(next, win.location.search)}${win.location.hash}`;
    if (pushes) push(url);
    else win.history.replaceState(win.history.state, '', url);
  };
  const onlyTyping = (next: ViewQuery) =>
    next.search !== last.search && sameView({ ...next, search: last.search }, last);
  /** Whether the write waiting would add an entry (typing replaces the one there). */
  const writePushes = () => {
    const state = viewStoreApi.getState();
    const next = pickView(state);
    return state.datasetKey !== lastKey || (!sameView(next, last) && !onlyTyping(next));
  };
  let pending = false;
  let cancel: (() => void) | null = null;
  const flush = () => {
    pending = false;
    write();
  };
  const flushNow = () => {
    if (!pending) return;
    cancel?.();
    flush();
  };
  const unsubscribe = viewStoreApi.subscribe(() => {
    if (pending) return;
    pending = true;
    cancel = schedule(flush);
  });
  win.addEventListener('pagehide', flushNow);
  // On a busy page the idle moment can be a second away: a new action first writes what the last
  // one changed, so each is an entry of its own and Back undoes one at a time. Keys typed into a
  // field wait for the idle moment: typing replaces its entry, and a date typed digit by digit
  // passes through days the reader did not mean.
  const onInput = (event: Event) => {
    if (event.type === 'keydown' && isTextEntry(event.target)) return;
    flushNow();
  };
  win.addEventListener('pointerdown', onInput, true);
  win.addEventListener('keydown', onInput, true);
  const onPopState = (event: PopStateEvent) => {
    const reached = positionOf(event.state);
    if (pending && reached < position && writePushes()) {
      // Back before the last change was written: the browser left the entry of the view before
      // that change, so it went a step too far. The entry after the one reached is the view that
      // Back was to bring; its popstate shows it. The unwritten change is dropped, as Back undoes it.
      cancel?.();
      pending = false;
      win.history.go(1);
      return;
    }
    position = reached;
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
    win.removeEventListener('pagehide', flushNow);
    win.removeEventListener('pointerdown', onInput, true);
    win.removeEventListener('keydown', onInput, true);
  };
}
