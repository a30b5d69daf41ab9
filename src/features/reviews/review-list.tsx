import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Review } from '@/data/review-schema';
import { afterNextPaint, afterPaints } from '@/lib/schedule';
import { useWindowList } from '@/lib/use-window-list';
import { useSpotlightListener } from '@/store/spotlight';
import { ReviewCard } from './review-card';
import type { Marker } from '@/query/dataset-session';
import { TONE_OF_CODE } from '@/query/tone';

// Small datasets render whole (find-in-page and screen-reader browsing see every review); past this
// the list keeps only the rows near the viewport in the DOM.
const RENDER_ALL_UP_TO = 60;
const OVERSCAN = 2;
const ESTIMATED_ROW_HEIGHT = 320;
// A list rendered whole shows this many rows in its first frame, more than a tall screen holds,
// and the rest once that frame is painted: the first reviews do not wait for the last ones.
const FIRST_ROWS = 5;

interface ReviewListProps {
  reviews: readonly Review[];
  /** Indices into `reviews`, in display order. */
  order: Int32Array;
  datasetKey: string;
  /** Where to mark what the search asks for; null when nothing is searched. */
  marks: Marker | null;
  /** Each review's inferred tone (query/tone), null until worked out. */
  tone?: Uint8Array | null;
}

export function ReviewList({ reviews, order, datasetKey, marks, tone = null }: ReviewListProps) {
  const windowed = order.length > RENDER_ALL_UP_TO;
  const { attachList, attachRow, first, last, before, after, scrollToIndex } = useWindowList({
    count: order.length,
    estimate: ESTIMATED_ROW_HEIGHT,
    overscan: windowed ? OVERSCAN : RENDER_ALL_UP_TO,
    // A short list renders whole at once; a long one paints the rows in view first.
    rowsKey: windowed ? order : null,
    whole: !windowed,
  });

  const [early, setEarly] = useState(!windowed && order.length > FIRST_ROWS);
  useEffect(() => (early ? afterNextPaint(() => setEarly(false)) : undefined), [early]);

  // A review chosen elsewhere (a chart point, j and k) is scrolled to and focused once it is
  // rendered; one chosen on a chart stays drawn out until another is chosen or another dataset opens.
  const [marked, setMarked] = useState<{ id: string; reviews: readonly Review[] } | null>(null);
  useSpotlightListener(({ id, mark }) => {
    const position = order.findIndex((i) => reviews[i]?.id === id);
    setMarked(mark ? { id, reviews } : null);
    if (position < 0) return;
    // Every row in place before the browser is asked to scroll to one.
    if (early) flushSync(() => setEarly(false));
    // A list rendered whole has every row in place: the browser scrolls to it. A long one brings
    // the row into the page first.
    if (windowed) scrollToIndex(position);
    requestAnimationFrame(() => {
      const article = document.querySelector<HTMLElement>(
        `.review-list [data-review-id="${CSS.escape(id)}"]`,
      );
      article?.focus({ preventScroll: true });
      if (!windowed && article) {
        article.scrollIntoView({ block: 'start' });
        // The rows' first measuring moves the page once more: bring it back into view then.
        afterPaints(2, () => {
          const { top } = article.getBoundingClientRect();
          if (top < 0 || top > window.innerHeight / 2) article.scrollIntoView({ block: 'start' });
        });
      }
    });
  });
  const spotlit = marked?.reviews === reviews ? marked.id : null;

  const rows = [];
  const end = early ? Math.min(last, first + FIRST_ROWS - 1) : last;
  for (let position = first; position <= end; position += 1) {
    const at = order[position] ?? -1;
    const review = reviews[at];
    if (!review) continue;
    rows.push(
      <div key={review.id} data-index={position} ref={attachRow} className="review-list__row">
        <ReviewCard
          review={review}
          datasetKey={datasetKey}
          marks={marks}
          tone={TONE_OF_CODE[tone?.[at] ?? 0] ?? null}
          spotlit={spotlit === review.id}
        />
      </div>,
    );
  }

  return (
    <div
      ref={attachList}
      className={windowed ? 'review-list' : 'review-list review-list--whole'}
      style={{ paddingTop: before, paddingBottom: after }}
    >
      {rows}
    </div>
  );
}
