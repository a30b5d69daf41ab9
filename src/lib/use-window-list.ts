import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { afterNextPaint, afterPaints } from '@/lib/schedule';
import { SizeIndex, SizeIndexPool } from './size-index';

interface WindowListOptions {
  count: number;
  /** Height assumed for a row not yet measured. */
  estimate: number;
  /** Rows kept in the DOM beyond each edge of the viewport. */
  overscan: number;
  /**
   * What the rows show (the order of a list): when it changes, the rows in view are rendered
   * first and those beyond the edges follow once that frame is painted, so a new list costs the
   * frame only what the reader sees.
   */
  rowsKey?: unknown;
  /**
   * Whether the rows are fewer than the overscan, all rendered: then where the list starts on the
   * page is not needed, and not measured (measuring lays out the page before its first paint),
   * and the browser's scroll anchoring keeps the reader's place.
   */
  whole?: boolean;
}

export interface WindowList {
  /** Attach to the element that holds the rows. */
  attachList: (element: HTMLElement | null) => void;
  /**
   * Attach to each row, which carries `data-index` (and is keyed by what it shows, so that new
   * content mounts and is measured): its height is measured and followed.
   */
  attachRow: (element: HTMLElement | null) => (() => void) | undefined;
  first: number;
  /** Last row to render (inclusive); first > last when there is none. */
  last: number;
  /** Space above the first rendered row and below the last. */
  before: number;
  after: number;
  scrollToIndex: (index: number) => void;
}

/**
 * The window's scroll offset and height, read when they change. Reading `scrollY` makes the
 * browser lay out a changed page at once, so renders use these copies instead.
 */
const viewport = { scrollY: 0, height: 800 };

function readViewport(): void {
  viewport.scrollY = window.scrollY;
  viewport.height = window.innerHeight;
}

function subscribeToViewport(onChange: () => void): () => void {
  const update = () => {
    readViewport();
    onChange();
  };
  // Subscribing happens just after the rows are added, before the browser has laid them out:
  // reading scrollY now would lay the page out an extra time. The height is read at once, the
  // scroll offset once the frame is painted (it only differs from the last one read when the
  // page was scrolled, and scrolling reports itself).
  viewport.height = window.innerHeight;
  const cancelRead = afterNextPaint(update);
  window.addEventListener('scroll', update, { passive: true });
  window.addEventListener('resize', update);
  return () => {
    cancelRead();
    window.removeEventListener('scroll', update);
    window.removeEventListener('resize', update);
  };
}

interface Known {
  sizes: SizeIndex;
  listTop: number;
  /** Rendered whole: the browser's scroll anchoring keeps the reader's place, not the list. */
  whole: boolean;
}

/** A row's height as measured. */
export interface Measured {
  index: number;
  height: number;
}

/**
 * Takes one batch of measured heights into `sizes` and returns how far the page must scroll to
 * keep the reader's place: the sum of the changes of rows wholly above the viewport's top, as
 * the rows lay before the batch. Every row is placed before any height is taken in (a row placed
 * after earlier rows of the batch had grown would seem to move down across the viewport's top,
 * and its own change be lost). A row the viewport's top cuts is not counted: it grows or shrinks
 * below its own top, which stays where the reader sees it.
 */
export function takeMeasured(
  sizes: SizeIndex,
  viewportTop: number,
  measured: readonly Measured[],
): { changed: boolean; shift: number } {
  // Whether each row is wholly above the viewport's top, as the rows lay before the batch.
  const above = measured.map(({ index }) => sizes.start(index + 1) <= viewportTop);
  let changed = false;
  let shift = 0;
  measured.forEach(({ index, height }, at) => {
    const delta = sizes.set(index, height);
    changed ||= delta !== 0;
    if (above[at]) shift += delta;
  });
  return { changed, shift };
}

/**
 * Follows rows' heights into `known.current.sizes`. A row wholly above the viewport that grows
 * pushes the page down by as much, so the reader's place is kept by scrolling by the difference.
 */
function observeRows(known: { current: Known }, onChange: () => void): ResizeObserver {
  return new ResizeObserver((entries) => {
    const { sizes, listTop, whole } = known.current;
    const measured: Measured[] = [];
    for (const entry of entries) {
      const element = entry.target as HTMLElement;
      const index = Number(element.dataset.index);
      const height = entry.borderBoxSize[0]?.blockSize ?? element.offsetHeight;
      // A row with no height is not laid out (a hidden tab, a test DOM): keep the estimate.
      if (Number.isInteger(index) && height !== 0) measured.push({ index, height });
    }
    // A list rendered whole leaves the reader's place to the browser: no row counts as above.
    const top = whole ? -Infinity : window.scrollY - listTop;
    const { changed, shift } = takeMeasured(sizes, top, measured);
    if (shift !== 0) window.scrollBy(0, shift);
    if (changed) onChange();
  });
}

/**
 * A list as long as the page, of which only the rows near the viewport are rendered. Row heights
 * are measured as rows appear and kept in a SizeIndex, so a change of rows costs one typed-array
 * fill however long the list, and scrolling costs two O(log n) lookups.
 */
export function useWindowList({
  count,
  estimate,
  overscan,
  rowsKey,
  whole = false,
}: WindowListOptions): WindowList {
  const [list, setList] = useState<HTMLElement | null>(null);
  const [listTop, setListTop] = useState(0);
  const [, remeasured] = useReducer((version: number) => version + 1, 0);
  // Heights stay with positions across a change of order (as good a guess as any until the new
  // rows are measured); a new count starts from estimates.
  const [pool] = useState(() => new SizeIndexPool());
  const sizes = useMemo(() => pool.make(count, estimate), [pool, count, estimate]);
  const current = useRef<Known>({ sizes, listTop, whole });
  useLayoutEffect(() => {
    if (current.current.sizes !== sizes) pool.release(current.current.sizes);
    current.current = { sizes, listTop, whole };
  }, [pool, sizes, listTop, whole]);

  // Where the list starts on the page moves when anything above it changes height (what the
  // reviews mention, once counted; a notice). The list takes no part in the browser's scroll
  // anchoring, so a reader already inside it is kept in place here, by as much as it moved.
  useLayoutEffect(() => {
    if (!list || whole) return;
    let known: number | null = null;
    const measure = () => {
      const top = list.getBoundingClientRect().top + window.scrollY;
      if (known !== null && top !== known && window.scrollY > known) {
        window.scrollBy(0, top - known);
      }
      known = top;
      // Rows measured in the same frame place themselves against the new top at once, not
      // after the render that the state below brings.
      current.current.listTop = top;
      setListTop(top);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [list, whole]);

  // The rows beyond the viewport's edges, two painted frames after the rows in view for `rowsKey`:
  // the charts follow the list by one frame, and laying out overscan rows in their frame made
  // them miss it.
  const [settledFor, setSettledFor] = useState(rowsKey);
  const settled = settledFor === rowsKey;
  useEffect(() => {
    if (settled) return undefined;
    return afterPaints(2, () => startTransition(() => setSettledFor(rowsKey)));
  }, [settled, rowsKey]);
  const pad = settled ? overscan : 0;

  // The rendered range, recomputed on scroll; React re-renders only when it changes.
  const getRange = useCallback(() => {
    if (count === 0) return '0:-1';
    const top = viewport.scrollY - listTop;
    const first = sizes.indexAt(Math.max(top, 0));
    const last = sizes.indexAt(top + viewport.height);
    return `${Math.max(first - pad, 0)}:${Math.min(last + pad, count - 1)}`;
  }, [count, listTop, pad, sizes]);
  const range = useSyncExternalStore(subscribeToViewport, getRange, () => `0:${count - 1}`);
  const [first = 0, last = -1] = range.split(':').map(Number);

  // Rows report their height when they appear and whenever it changes (a spoiler shown, a
  // narrower window); the observer is made on the first row.
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const attachRow = useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    observer.current ??= observeRows(current, remeasured);
    const rows = observer.current;
    rows.observe(element);
    return () => rows.unobserve(element);
  }, []);

  const scrollToIndex = useCallback(
    (index: number) => {
      window.scrollTo({ top: listTop + sizes.start(index) });
    },
    [listTop, sizes],
  );

  return {
    attachList: setList,
    attachRow,
    first,
    last,
    before: sizes.start(first),
    after: last < first ? 0 : sizes.total() - sizes.start(last + 1),
    scrollToIndex,
  };
}
