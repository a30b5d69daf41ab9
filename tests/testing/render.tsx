import type { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { Providers } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { datasetIndexQuery } from '@/data/dataset-query';
import { openSession } from '@/query/loader/open-session';
import { datasetQuery } from '@/query/loader/session-queries';
import type { Dataset } from '@/data/review-schema';
import { preferencesStoreApi } from '@/store/preferences-store';
import { viewStoreApi } from '@/store/view-store';
import { FIXTURE_URL, smallDataset } from './fixtures';

/** The app's own client (its defaults, and what it lets go disposed), fresh for each test. */
export function freshQueryClient(): QueryClient {
  return createQueryClient();
}

/** Resets the view store and storage, so no test sees another's choices. */
export function resetViewState(): void {
  localStorage.clear();
  viewStoreApi.setState(viewStoreApi.getInitialState(), true);
  preferencesStoreApi.setState(preferencesStoreApi.getInitialState(), true);
}

/** Renders `ui` with a fresh QueryClient holding `dataset` under FIXTURE_URL. */
export function renderWithData(ui: ReactElement, dataset: Dataset = smallDataset) {
  const client = freshQueryClient();
  client.setQueryData(
    datasetQuery(FIXTURE_URL).queryKey,
    openSession(dataset, { index: 'always' }),
  );
  client.setQueryData(datasetIndexQuery().queryKey, [
    {
      slug: 'pusher-ii-2004',
      film: 'Pusher II',
      year: 2004,
      reviewCount: 25,
      file: 'pusher-ii-2004.json',
    },
  ]);
  const user = userEvent.setup();
  return { user, client, ...render(<Providers client={client}>{ui}</Providers>) };
}
