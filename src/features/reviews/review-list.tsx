import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Review } from '@/data/review-schema';
import { useSpotlight } from '@/store/view-store';
import { ReviewCard } from './review-card';

// Small datasets render whole (find-in-page and screen-reader browsing see every review); past this
// the list keeps only the rows near the viewport in the DOM.
const RENDER_ALL_UP_TO = 60;
const OVERSCAN = 6;
const ESTIMATED_ROW_HEIGHT = 320;

interface ReviewListProps {
  reviews: readonly Review[];
  /** Indices into `reviews`, in display order. */
  order: Int32Array;
  datasetKey: string;
  query: string;
}

export function ReviewList({ reviews, order, datasetKey, query }: ReviewListProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const element = listRef.current;
    if (!element) return;
    const measure = () => setScrollMargin(element.getBoundingClientRect().top + window.scrollY);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: order.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: order.length <= RENDER_ALL_UP_TO ? RENDER_ALL_UP_TO : OVERSCAN,
    scrollMargin,
    // Rows are keyed by position (the default): keying by review id makes the virtualizer rebuild
    // its measurements for every row on each sort or filter, which costs ~0.1 s at 100,000 rows.
    initialRect: { width: 0, height: typeof window === 'undefined' ? 800 : window.innerHeight },
  });

  const spotlight = useSpotlight();
  // A review chosen elsewhere (a chart point) is scrolled to and focused once it is rendered.
  useEffect(() => {
    if (!spotlight) return;
    const position = order.findIndex((i) => reviews[i]?.id === spotlight.id);
    if (position < 0) return;
    virtualizer.scrollToIndex(position, { align: 'start' });
    const frame = requestAnimationFrame(() => {
      listRef.current
        ?.querySelector<HTMLElement>(`[data-review-id="${CSS.escape(spotlight.id)}"]`)
        ?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [spotlight, order, reviews, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  const before = first ? first.start - scrollMargin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0;

  return (
    <div ref={listRef} className="review-list" style={{ paddingTop: before, paddingBottom: after }}>
      {items.map((item) => {
        const review = reviews[order[item.index] ?? -1];
        if (!review) return null;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="review-list__row"
          >
            <ReviewCard
              key={review.id}
              review={review}
              datasetKey={datasetKey}
              query={query}
              spotlit={spotlight?.mark === true && spotlight.id === review.id}
            />
          </div>
        );
      })}
    </div>
  );
}
