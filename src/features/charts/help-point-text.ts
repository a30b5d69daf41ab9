import type { Review } from '@/data/review-schema';
import type { HelpfulnessPoint } from '@/query/aggregates';
import type { DatasetSession } from '@/query/dataset-session';
import { closeBidi } from '@/lib/bidi';
import { NAME_LIMIT, shortenText, TITLE_LIMIT } from '@/lib/shorten-text';
import { countText, percentText } from '@/components/format';

// What the helpfulness chart's points, buttons and table say of each review.

export interface PointDatum extends HelpfulnessPoint {
  id: string;
  title: string;
  up: number;
  position: number;
  text: PointText;
}

export interface PointText {
  /** The point's accessible name. */
  label: string;
  share: string;
  wilson: string;
}

/**
 * A review's texts do not change with the view: they are worked out once per review, not for
 * every point on every change.
 */
const texts = new WeakMap<DatasetSession, Map<number, PointText>>();

export function textOf(
  session: DatasetSession,
  point: HelpfulnessPoint,
  title: string,
  up: number,
): PointText {
  let known = texts.get(session);
  if (!known) {
    known = new Map();
    texts.set(session, known);
  }
  let text = known.get(point.index);
  if (text === undefined) {
    const share = percentText(point.share);
    const wilson = percentText(point.wilson);
    const label = `${closeBidi(title)}: ${countText(up)} of ${countText(point.total)} found it helpful (${share}), lower bound ${wilson}`;
    text = { label, share, wilson };
    known.set(point.index, text);
  }
  return text;
}

/** The review as its point and table row name it: shortened like the card's heading. */
export function reviewTitle(review: Review | undefined): string {
  if (review?.title != null) return shortenText(review.title, TITLE_LIMIT).shown;
  return `Untitled review by ${shortenText(review?.author ?? 'Anonymous', NAME_LIMIT).shown}`;
}
