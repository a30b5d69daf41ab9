import type { RefObject } from 'react';
import type { Dataset } from '@/data/review-schema';
import { useReviewCursor } from './use-review-cursor';
import { useShortcuts } from './use-shortcuts';

interface KeyboardShortcutsProps {
  dataset: Dataset;
  /** The reviews shown, in order: what j and k step through. */
  indices: Int32Array;
  search: RefObject<HTMLInputElement | null>;
  openShortcuts: () => void;
}

/**
 * The page's keys (j, k, /, ?), as a component of its own: it draws nothing, and its code loads
 * just after the first reviews rather than in front of them.
 */
export function KeyboardShortcuts({
  dataset,
  indices,
  search,
  openShortcuts,
}: KeyboardShortcutsProps) {
  const { next, previous } = useReviewCursor(dataset, indices);
  useShortcuts({ next, previous, search, shortcuts: openShortcuts });
  return null;
}
