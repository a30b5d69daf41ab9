import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EmptyResult } from '@/features/controls/empty-result';
import { FilterFold } from '@/features/controls/filter-fold';
import { ThemeSelect } from '@/features/controls/theme-select';
import { ExportMenu } from '@/features/library/export-menu';
import { HelpfulVote } from '@/features/reviews/helpful-vote';
import { DEFAULT_VIEW } from '@/query/view-query';
import { preferencesStoreApi } from '@/store/preferences-store';
import { viewStoreApi } from '@/store/view-store';
import { smallDataset } from '../testing/fixtures';
import { resetViewState } from '../testing/render';

describe('a card’s helpfulness', () => {
  beforeEach(resetViewState);

  it('gives the share with the count, and says the reader’s vote is theirs until taken back', async () => {
    const user = userEvent.setup();
    render(<HelpfulVote datasetKey="d" reviewId="r1" helpful={{ up: 28, total: 33 }} />);
    expect(screen.getByText('85% of 33 found this helpful')).toBeInTheDocument();
    expect(screen.getByText('28 out of 33 found this helpful')).toBeInTheDocument();
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
    expect(screen.getByText('88% of 1,597 found this helpful')).toBeInTheDocument();
    expect(screen.getByText('1,413 out of 1,597 found this helpful')).toBeInTheDocument();
  });
});

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

describe('the folded filters', () => {
  it('open from a button that says how many are active', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <FilterFold active={0}>
        <label>
          <input type="checkbox" /> Hide spoilers
        </label>
      </FilterFold>,
    );
    const button = screen.getByRole('button', { name: 'Filters none active' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    rerender(
      <FilterFold active={2}>
        <label>
          <input type="checkbox" /> Hide spoilers
        </label>
      </FilterFold>,
    );
    expect(screen.getByRole('button', { name: 'Filters 2 active' })).toBeInTheDocument();
  });
});

describe('the theme', () => {
  beforeEach(resetViewState);

  it('offers Light, Dark and System, System keeping no stored choice', async () => {
    const user = userEvent.setup();
    render(<ThemeSelect />);
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(
      within(theme)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Light', 'Dark', 'System']);
    expect(theme).toHaveValue('system');
    await user.selectOptions(theme, 'Dark');
    expect(preferencesStoreApi.getState().theme).toBe('dark');
    expect(localStorage.getItem('reviewscope.theme.v1')).toBe('"dark"');
    await user.selectOptions(theme, 'System');
    expect(preferencesStoreApi.getState().theme).toBeNull();
    expect(localStorage.getItem('reviewscope.theme.v1')).toBeNull();
  });
});

describe('the export menu', () => {
  it('names each item as before and describes the reviews it holds', async () => {
    const user = userEvent.setup();
    render(<ExportMenu dataset={smallDataset} indices={Int32Array.from([0, 1])} />);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const csv = await screen.findByRole('menuitem', { name: 'CSV' });
    expect(csv).toHaveAccessibleDescription('the 2 shown reviews');
    expect(csv).toHaveTextContent('CSV: the 2 shown reviews');
    expect(screen.getByRole('menuitem', { name: 'JSON' })).toHaveAccessibleDescription(
      'the 2 shown reviews',
    );
    expect(screen.getByRole('menuitem', { name: 'Page text' })).toHaveAccessibleDescription(
      'all 5',
    );
  });
});
