import type { Helpful } from '@/data/review-schema';
import { usePreferenceActions, useVote, type Vote } from '@/store/preferences-store';

/** The page's counts with the reader's own vote added. */
export function countsWithVote(helpful: Helpful, vote: Vote | null): Helpful {
  if (vote === null) return helpful;
  return { up: helpful.up + (vote === 'up' ? 1 : 0), total: helpful.total + 1 };
}

interface HelpfulVoteProps {
  datasetKey: string;
  reviewId: string;
  helpful: Helpful;
}

const number = new Intl.NumberFormat();

export function HelpfulVote({ datasetKey, reviewId, helpful }: HelpfulVoteProps) {
  const vote = useVote(datasetKey, reviewId);
  const { castVote } = usePreferenceActions();
  const shown = countsWithVote(helpful, vote);
  return (
    <div className="helpful">
      <p className="helpful__count">
        {number.format(shown.up)} out of {number.format(shown.total)} found this helpful
      </p>
      <div className="helpful__vote">
        <span>Was this review helpful?</span>
        <button
          type="button"
          className="button button--small"
          aria-pressed={vote === 'up'}
          onClick={() => castVote(datasetKey, reviewId, 'up')}
        >
          Yes
        </button>
        <button
          type="button"
          className="button button--small"
          aria-pressed={vote === 'down'}
          onClick={() => castVote(datasetKey, reviewId, 'down')}
        >
          No
        </button>
      </div>
    </div>
  );
}
