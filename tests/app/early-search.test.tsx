import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatasetView } from '@/app/dataset-view';
import { Providers } from '@/app/providers';
import { computeColumns } from '@/query/columns-builder';
import { DatasetSession } from '@/query/dataset-session';
import { makeDataset, makeReview } from '../testing/make-dataset';
import { freshQueryClient, resetViewState } from '../testing/render';

// A dataset whose index the loader has not built yet (and, here, never will).
function loadingDataset(): DatasetSession {
  const bodies = ['father and son', 'a gangster film', 'father of a gangster', 'grandfather'];
  const dataset = makeDataset(
    Array.from({ length: 1200 }, (_, i) =>
      makeReview({ id: `r${i}`, title: `Review ${i}`, body: bodies[i % bodies.length] ?? '' }),
    ),
  );
  return new DatasetSession(dataset, computeColumns(dataset), null);
}

/** The view of a dataset still being indexed, typed into with no delay between keys. */
function openLoading() {
  // No delay between keys: the timers run only when the test says.
  const user = userEvent.setup({ delay: null, advanceTimers: vi.advanceTimersByTime });
  render(
    <Providers client={freshQueryClient()}>
      <DatasetView session={loadingDataset()} datasetKey="early" />
    </Providers>,
  );
  return { user, status: screen.getByRole('status') };
}

/** Each look at the clock is 20 ms on, past a slice's 12: every step of the reading ends its slice. */
function stepEachSlice() {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
}

/** Runs one timer at a time (a slice of the reading, or React's render after it) until the
 * status says what was found so far. */
async function untilFoundSoFar(status: HTMLElement) {
  for (let step = 0; step < 20 && !/found so far/.test(status.textContent); step += 1) {
    await act(async () => {
      await vi.advanceTimersToNextTimerAsync();
    });
  }
}

describe('a search asked before the index is ready', () => {
  // The mentions' code, loaded here: the view loads it once its list is counted, which a test
  // would otherwise leave loading as it ends.
  beforeAll(async () => {
    await import('@/query/mentions');
  });
  beforeEach(() => {
    resetViewState();
    vi.useFakeTimers();
    // Testing Library waits on timers between its steps; it advances fake ones only when it
    // finds them under Jest's name.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('keeps the list as it was and says it is searching, then shows the answer', async () => {
    const { user, status } = openLoading();
    expect(status).toHaveTextContent('Showing 1,200 of 1,200 reviews');
    await user.type(screen.getByRole('searchbox', { name: 'Search reviews' }), 'father');
    expect(screen.getByText('Searching the reviews…')).toBeInTheDocument();
    expect(status).toHaveTextContent('Showing 1,200 of 1,200 reviews');

    // The reading's slices run on timers (the page gets a turn between them).
    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    // "father" starts a word in 2 of every 4 bodies; "grandfather" does not count.
    expect(status).toHaveTextContent('Showing 600 of 1,200 reviews');
    expect(screen.queryByText('Searching the reviews…')).not.toBeInTheDocument();
  });

  it('shows the reviews it has found so far, the first of the answer, while it reads on', async () => {
    stepEachSlice();
    const { user, status } = openLoading();
    await user.type(screen.getByRole('searchbox', { name: 'Search reviews' }), 'gangster');
    await untilFoundSoFar(status);
    expect(status).toHaveTextContent(/found so far/);
    // Read in the list's order (here the page's): what shows is the answer's start.
    const sofar = Number(/Showing ([\d,]+) found/.exec(status.textContent)?.[1]?.replace(',', ''));
    expect(sofar).toBeGreaterThan(0);
    expect(sofar).toBeLessThan(600);
    expect(screen.getByText('Searching the reviews…')).toBeInTheDocument();
    const titles = screen
      .getAllByRole('article')
      .map((article) => within(article).getByRole('heading').textContent);
    expect(titles.slice(0, 3)).toEqual(['Review 1', 'Review 2', 'Review 5']);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(3000);
    });
    // "gangster" is in 2 of every 4 bodies.
    expect(status).toHaveTextContent('Showing 600 of 1,200 reviews');
    expect(screen.queryByText('Searching the reviews…')).not.toBeInTheDocument();
  });

  it('lets go of what an unfinished search found once the search is cleared', async () => {
    stepEachSlice();
    const { user, status } = openLoading();
    const box = screen.getByRole('searchbox', { name: 'Search reviews' });
    await user.type(box, 'father');
    await untilFoundSoFar(status);
    expect(status).toHaveTextContent(/found so far/);
    await user.clear(box);
    expect(status).toHaveTextContent('Showing 1,200 of 1,200 reviews');
    // A new search, not yet read: the list is the last one answered (all), not "father"'s finds.
    await user.type(box, 'gangster');
    expect(status).toHaveTextContent('Showing 1,200 of 1,200 reviews');
  });
});
