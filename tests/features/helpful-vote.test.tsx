import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { HelpfulVote } from '@/features/reviews/helpful-vote';
import { resetViewState } from '../testing/render';

describe('a card’s helpfulness', () => {
  beforeEach(resetViewState);

  it('gives the count once, its share beside it, and says the reader’s vote is theirs until taken back', async () => {
    const user = userEvent.setup();
    render(<HelpfulVote datasetKey="d" reviewId="r1" helpful={{ up: 28, total: 33 }} />);
    // One line of votes, not the same votes said twice.
    expect(screen.getAllByText(/found this helpful/)).toHaveLength(1);
    expect(screen.getByText('28 out of 33 found this helpful')).toBeInTheDocument();
    expect(screen.getByText('· 85%')).toBeInTheDocument();
    expect(screen.queryByText(/You found this helpful/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Yes' }));
    expect(screen.getByText('29 out of 34 found this helpful')).toBeInTheDocument();
    expect(screen.getByText(/^You found this helpful\./)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Take back your vote' }));
    expect(screen.getByText('28 out of 33 found this helpful')).toBeInTheDocument();
    expect(screen.queryByText(/You found this helpful/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Take back your vote' })).not.toBeInTheDocument();
  });

  it('says "No votes yet" for a review nobody voted on, with thousands separators elsewhere', () => {
    const { unmount } = render(
      <HelpfulVote datasetKey="d" reviewId="r2" helpful={{ up: 0, total: 0 }} />,
    );
    expect(screen.getByText('No votes yet')).toBeInTheDocument();
    expect(screen.queryByText(/out of 0/)).not.toBeInTheDocument();
    unmount();
    render(<HelpfulVote datasetKey="d" reviewId="r3" helpful={{ up: 1413, total: 1597 }} />);
    expect(screen.getByText('· 88%')).toBeInTheDocument();
    expect(screen.getByText('1,413 out of 1,597 found this helpful')).toBeInTheDocument();
  });
});
