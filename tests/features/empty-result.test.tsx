import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmptyResult } from '@/features/controls/empty-result';
import { DEFAULT_VIEW } from '@/query/view-query';
import { viewStoreApi } from '@/store/view-store';
import { resetViewState } from '../testing/render';

describe('an empty list', () => {
  beforeEach(resetViewState);

  it('offers one button per filter in force, each undoing only its own', async () => {
    const user = userEvent.setup();
    const view = { ...DEFAULT_VIEW, search: 'zebra', ratings: [9] as const, hideSpoilers: true };
    viewStoreApi.getState().actions.showView(view);
    render(<EmptyResult view={view} />);
    expect(
      screen.getByText('No reviews match the search “zebra”, with rating 9, with spoilers hidden.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear ratings' }));
    expect(viewStoreApi.getState().ratings).toEqual([]);
    expect(viewStoreApi.getState().search).toBe('zebra');
    await user.click(screen.getByRole('button', { name: 'Remove search "zebra"' }));
    expect(viewStoreApi.getState().search).toBe('');
    expect(viewStoreApi.getState().hideSpoilers).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Show spoiler reviews' }));
    expect(viewStoreApi.getState().hideSpoilers).toBe(false);
  });

  it('offers no filter buttons when the dataset itself is empty', () => {
    render(<EmptyResult view={DEFAULT_VIEW} />);
    expect(screen.getByText('This dataset has no reviews.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
