import { useSyncExternalStore } from 'react';
import { countOf, decimalText } from '@/components/format';
import { getLatestProgress, subscribeProgress, type LoadProgress } from '@/data/load-progress';

function describe(progress: LoadProgress | null): string {
  if (!progress) return 'Loading reviews…';
  const read = `${decimalText(progress.bytes / 1e6)} MB`;
  const of = progress.totalBytes ? ` of ${decimalText(progress.totalBytes / 1e6)} MB` : '';
  const reviews = progress.reviews === null ? '' : `, ${countOf(progress.reviews, 'review')}`;
  return `Loading reviews… ${read}${of}${reviews}`;
}

/** Grey shapes where the page will be, so the layout does not jump when the reviews arrive. */
export function PageSkeleton() {
  const progress = useSyncExternalStore(subscribeProgress, getLatestProgress, () => null);
  const fraction = progress?.totalBytes ? Math.min(progress.bytes / progress.totalBytes, 1) : null;
  return (
    <div className="skeleton" aria-busy="true">
      <p className="skeleton__progress">{describe(progress)}</p>
      {fraction !== null ? (
        <progress max={1} value={fraction} aria-label="Loading reviews" />
      ) : null}
      <div className="skeleton__line skeleton__line--title" />
      <div className="skeleton__controls" />
      {[0, 1, 2].map((i) => (
        <div key={i} className="skeleton__card">
          <div className="skeleton__line skeleton__line--short" />
          <div className="skeleton__line" />
          <div className="skeleton__line" />
          <div className="skeleton__line skeleton__line--short" />
        </div>
      ))}
    </div>
  );
}
