import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import ChartsPanel from '@/features/charts/charts-panel';
import { openSession } from '@/query/loader/open-session';
import { runQuery } from '@/query/run-query';
import { DEFAULT_VIEW, type ViewQuery } from '@/query/view-query';
import { subscribeSpotlight } from '@/store/spotlight';
import { viewStoreApi } from '@/store/view-store';
import { smallDataset } from '../testing/fixtures';
import { makeDataset, makeReview } from '../testing/make-dataset';
import { resetViewState } from '../testing/render';

const session = openSession(smallDataset);
const view: ViewQuery = DEFAULT_VIEW;

function renderCharts(query: Partial<ViewQuery> = {}) {
  const result = runQuery(session, { ...view, ...query });
  return render(<ChartsPanel session={session} result={result} />);
}

/** The helpfulness chart starts folded: its button, named after it, opens it. */
async function openHelpfulness(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Helpfulness' }));
  return screen.findByRole('figure', { name: 'Helpfulness' });
}

function tableRows(figureName: string): string[][] {
  const figure = screen.getByRole('figure', { name: figureName });
  return within(within(figure).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('charts', () => {
  beforeEach(resetViewState);

  it('shows the rating distribution with its numbers and summary', async () => {
    renderCharts();
    // The charts appear one per frame once the reviews have painted.
    const figure = await screen.findByRole('figure', { name: 'Rating distribution' });
    // Two ratings: the mean says how few it comes from, and the scores are listed.
    expect(
      within(figure).getByText(/^Mean 7\.0 from only 2 of 5 reviews: 5, 9\./),
    ).toBeInTheDocument();
    const rows = tableRows('Rating distribution');
    expect(rows.map((row) => row[0])).toEqual([
      '10',
      '9',
      '8',
      '7',
      '6',
      '5',
      '4',
      '3',
      '2',
      '1',
      'Unrated',
    ]);
    expect(rows.find((row) => row[0] === '9')?.[1]).toBe('1');
    expect(rows.find((row) => row[0] === 'Unrated')?.[1]).toBe('3');
  });

  it('toggles the rating filter from a bar, by click and by keyboard', async () => {
    const user = userEvent.setup();
    renderCharts();
    const bar = await screen.findByRole('button', { name: '9: 1 review' });
    expect(bar).toHaveAttribute('aria-pressed', 'false');
    await user.click(bar);
    expect(viewStoreApi.getState().ratings).toEqual([9]);
    // The bars and the table show the choice with the rest of the charts, a frame behind.
    await waitFor(() => expect(bar).toHaveAttribute('aria-pressed', 'true'));
    // The table, visually hidden, follows the drawn bars.
    await waitFor(() =>
      expect(tableRows('Rating distribution').find((row) => row[0] === '9')?.[2]).toBe('yes'),
    );
    const unrated = screen.getByRole('button', { name: 'Unrated: 3 reviews' });
    unrated.focus();
    await user.keyboard('{Enter}');
    expect(viewStoreApi.getState().ratings).toEqual([9, 'unrated']);
    await waitFor(() => expect(unrated).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard(' ');
    expect(viewStoreApi.getState().ratings).toEqual([9]);
    await waitFor(() => expect(unrated).toHaveAttribute('aria-pressed', 'false'));
    expect(bar).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() =>
      expect(tableRows('Rating distribution').find((row) => row[0] === 'Unrated')?.[2]).toBe('no'),
    );
  });

  it('counts reviews without votes, plots the rest and jumps to a chosen one', async () => {
    const user = userEvent.setup();
    renderCharts();
    expect(screen.queryByRole('figure', { name: 'Helpfulness' })).not.toBeInTheDocument();
    const figure = await openHelpfulness(user);
    expect(screen.getByRole('button', { name: 'Helpfulness' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(figure).getByText(/0 reviews have no votes/)).toBeInTheDocument();
    // The points follow the chart's axes a frame later.
    const point = await within(figure).findByRole('button', {
      name: /^Quite disappointing: 12 of 39 found it helpful/,
    });
    const chosen: string[] = [];
    const stop = subscribeSpotlight(({ id }) => chosen.push(id));
    await user.click(point);
    stop();
    expect(chosen).toEqual(['r5']);
    // The table follows the points a frame later.
    await waitFor(() => expect(tableRows('Helpfulness')).toHaveLength(5));
  });

  it('names the point pointed at or focused, moves along with the arrows and forgets old points', async () => {
    const user = userEvent.setup();
    const { rerender } = renderCharts();
    const figure = await openHelpfulness(user);
    const point = await within(figure).findByRole('button', {
      name: /^Quite disappointing: 12 of 39/,
    });
    await user.hover(point);
    expect(
      within(figure).getByText(/^Quite disappointing: 12 of 39 found it helpful/),
    ).toBeInTheDocument();

    const points = within(figure).getAllByRole('button', { name: /found it helpful/ });
    expect(points.filter((button) => button.getAttribute('tabindex') === '0')).toHaveLength(1);
    points[0]?.focus();
    await user.keyboard('{ArrowRight}');
    expect(points[1]).toHaveFocus();
    expect(points[1]).toHaveAttribute('tabindex', '0');
    expect(
      within(figure).getByText(points[1]?.getAttribute('aria-label') ?? '-'),
    ).toBeInTheDocument();

    // New reviews: the named point may be gone, so none is named until the next.
    rerender(
      <ChartsPanel session={session} result={runQuery(session, { ...view, ratings: [9] })} />,
    );
    await waitFor(() =>
      expect(within(figure).getByText(/^Point at or focus a review/)).toBeInTheDocument(),
    );
  });

  it('counts reviews per period, split by spoilers, and follows the filters', async () => {
    const { unmount } = renderCharts();
    await screen.findByRole('figure', { name: 'Reviews over time' });
    // 2004-12 to 2006-03 is under two years: months.
    const rows = tableRows('Reviews over time');
    expect(rows[0]?.slice(0, 4)).toEqual(['2004-12', '1', '1', '0']);
    expect(rows.find((row) => row[0] === '2005-03')?.[1]).toBe('1');
    expect(rows.at(-1)?.[0]).toBe('2006-03');
    expect(screen.getByText(/1 undated review is not shown/)).toBeInTheDocument();
    unmount();
    renderCharts({ hideSpoilers: true });
    await screen.findByRole('figure', { name: 'Reviews over time' });
    expect(tableRows('Reviews over time')[0]?.[0]).toBe('2005-01');
  });

  it('groups reviews from the years 1 to 9999 into a few millennia, each a button', async () => {
    const wide = openSession(
      makeDataset(
        ['0001-05-05', '2020-01-01', '2020-06-30', '9999-12-31'].map((date, i) =>
          makeReview({ id: `w${i}`, date }),
        ),
      ),
    );
    const user = userEvent.setup();
    render(<ChartsPanel session={wide} result={runQuery(wide, view)} />);
    const figure = await screen.findByRole('figure', { name: 'Reviews over time' });
    expect(within(figure).getByRole('columnheader', { name: 'Millennium' })).toBeInTheDocument();
    const rows = tableRows('Reviews over time');
    expect(rows.map((row) => row[0])).toEqual(
      Array.from({ length: 10 }, (_, k) => `${k}000-${k}999`),
    );
    expect(rows.map((row) => row[1])).toEqual(['1', '0', '2', '0', '0', '0', '0', '0', '0', '1']);
    expect(within(figure).getByText(/^4 dated reviews, 0000-9999:/)).toBeInTheDocument();
    const periods = within(figure).getAllByRole('button', { name: /^\d{4}-\d{4}: / });
    expect(periods).toHaveLength(10);
    await user.click(within(figure).getByRole('button', { name: '2000-2999: 2 reviews' }));
    expect(viewStoreApi.getState().from).toBe('2000-01-01');
    expect(viewStoreApi.getState().to).toBe('2999-12-31');
  });

  it('draws a bar per score with its count, and says the unrated in words', async () => {
    renderCharts();
    const ratings = await screen.findByRole('figure', { name: 'Rating distribution' });
    const bars = within(ratings)
      .getAllByRole('button', { name: /^\d+:/ })
      .map((bar) => bar.getAttribute('aria-label'));
    // The rating filter's order: 10 down to 1.
    expect(bars[0]).toBe('10: 0 reviews');
    expect(bars.at(-1)).toBe('1: 0 reviews');
    expect(bars).toHaveLength(10);
    expect(within(ratings).getByRole('button', { name: '9: 1 review' })).toHaveTextContent(/^9 1$/);
    expect(within(ratings).getByRole('button', { name: 'Unrated: 3 reviews' })).toHaveTextContent(
      'Unrated: 3 reviews',
    );
    expect(within(ratings).queryByText('n/a')).not.toBeInTheDocument();
    // Each bar's length is its share of every review counted, the unrated among them.
    const counts = tableRows('Rating distribution').map((row) => Number(row[1]));
    const all = counts.reduce((sum, count) => sum + count, 0);
    expect(all).toBeGreaterThan(1);
    const nine = within(ratings).getByRole('button', { name: '9: 1 review' });
    // The bar's fill is drawn, not named: read from its style, as the eye reads its length.
    // eslint-disable-next-line testing-library/no-node-access -- no role names a drawn length
    const fill = nine.querySelector<HTMLElement>('.rating-bar__fill');
    expect(fill?.style.width).toBe(`${100 / all}%`);
    expect(
      within(ratings).getByText(new RegExp(`share of the ${all} reviews`)),
    ).toBeInTheDocument();
  });

  it('labels the helpfulness axes, the last votes tick past the most-voted review', async () => {
    const user = userEvent.setup();
    renderCharts();
    const helpful = await openHelpfulness(user);
    // The most-voted review has 39 votes: the votes axis runs to 50.
    for (const label of ['2', '5', '20', '50', '25%', '50%', '75%']) {
      expect(within(helpful).getByText(label)).toBeInTheDocument();
    }
    expect(within(helpful).queryByText('100')).not.toBeInTheDocument();
  });

  it('draws no mean rating for a period with fewer than five ratings, and says so', async () => {
    renderCharts();
    const figure = await screen.findByRole('figure', { name: 'Reviews over time' });
    expect(within(figure).getByText(/^4 dated reviews, 2004-12-2006-03:/)).toBeInTheDocument();
    // No line is drawn, so there is no axis or legend for one.
    expect(within(figure).queryByText('Mean rating (1-10)')).not.toBeInTheDocument();
    expect(within(figure).queryByText(/^Mean rating \(right axis/)).not.toBeInTheDocument();
    expect(
      within(figure).getByText(/no month has the 5 ratings a mean is drawn from/),
    ).toBeInTheDocument();
    const rated = tableRows('Reviews over time').filter((row) => row[4] !== 'no ratings');
    expect(rated.length).toBeGreaterThan(0);
    for (const row of rated) expect(row[4]).toBe('too few (1 rating)');
  });
});
