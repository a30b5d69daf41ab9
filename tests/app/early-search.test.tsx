import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('a search asked before the index is ready', () => {
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
    // No delay between keys: the timers run only when the test says.
    const user = userEvent.setup({ delay: null, advanceTimers: vi.advanceTimersByTime });
    render(
      <Providers client={freshQueryClient()}>
        <DatasetView session={loadingDataset()} datasetKey="early" />
      </Providers>,
    );
    const status = screen.getByRole('status');
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
});
