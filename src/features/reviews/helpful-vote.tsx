import { countText, percentText } from '@/components/format';
import type { Helpful } from '@/data/review-schema';
import { usePreferenceActions, useVote, type Vote } from '@/store/preferences-store';

/** The page's counts with the reader's own vote added. */
export function countsWithVote(helpful: Helpful, vote: Vote | null): Helpful {
  if (vote === null) return helpful;
  return { up: helpful.up + (vote === 'up' ? 1 : 0), total: helpful.total + 1 };
}

/** The page's words for the votes: `28 out of 33 found this helpful`. */
export function countLine({ up, total }: Helpful): string {
  return total === 0
    ? 'No votes yet'
    : `${countText(up)} out of ${countText(total)} found this helpful`;
}

interface HelpfulVoteProps {
  datasetKey: string;
  reviewId: string;
  helpful: Helpful;
}

export function HelpfulVote({ datasetKey, reviewId, helpful }: HelpfulVoteProps) {
  const vote = useVote(datasetKey, reviewId);
  const { castVote } = usePreferenceActions();
  const shown = countsWithVote(helpful, vote);
  return (
    <div className="helpful">
      {/* One line: the count as the page words it, and its share beside it. */}
      <p className="helpful__counts">
        <span className="helpful__count">{countLine(shown)}</span>
        {shown.total === 0 ? null : (
          <span className="helpful__share">{` · ${percentText(shown.up / shown.total)}`}</span>
        )}
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
      {vote === null ? null : (
        <p className="helpful__yours">
          {vote === 'up' ? 'You found this helpful.' : 'You did not find this helpful.'}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => castVote(datasetKey, reviewId, vote)}
          >
            Take back your vote
          </button>
        </p>
      )}
    </div>
  );
}
