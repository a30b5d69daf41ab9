import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { RATING_KEYS, type RatingKey, type SortKey, type ViewQuery } from '@/query/run-query';
import {
  loadRevealed,
  loadTheme,
  loadVotes,
  saveRevealed,
  saveTheme,
  saveVotes,
  type RevealedByDataset,
  type Theme,
  type Vote,
  type VotesByDataset,
} from './persisted';

export type { Theme, Vote } from './persisted';

export const DEFAULT_VIEW: ViewQuery = {
  sort: 'helpful',
  ratings: [],
  search: '',
  hideSpoilers: false,
};

interface ViewActions {
  sortBy: (sort: SortKey) => void;
  toggleRating: (rating: RatingKey) => void;
  searchFor: (search: string) => void;
  setHideSpoilers: (hide: boolean) => void;
  clearFilters: () => void;
  /** Replaces sort, ratings, search and hide-spoilers at once (URL reads, back button). */
  showView: (view: ViewQuery) => void;
  revealSpoiler: (dataset: string, reviewId: string) => void;
  concealSpoiler: (dataset: string, reviewId: string) => void;
  /** Casting the vote already cast withdraws it. */
  castVote: (dataset: string, reviewId: string, vote: Vote) => void;
  chooseTheme: (theme: Theme | null) => void;
  /** Opens a library dataset by key (a bundled slug or `local:<id>`); null opens the default. */
  openDataset: (key: string | null) => void;
  /** Brings one review into view and focuses it; `mark` also draws it out (chosen on a chart). */
  spotlightReview: (id: string | null, mark?: boolean) => void;
  /** Re-reads what another tab saved. */
  reloadPersisted: () => void;
}

interface ViewState extends ViewQuery {
  /** The open dataset's library key, mirrored in the URL as `dataset`. */
  datasetKey: string | null;
  votes: VotesByDataset;
  revealed: RevealedByDataset;
  theme: Theme | null;
  spotlight: { id: string; at: number; mark: boolean } | null;
  actions: ViewActions;
}

function withEntry<T>(
  all: Record<string, Record<string, T>>,
  dataset: string,
  id: string,
  value: T | null,
): Record<string, Record<string, T>> {
  const kept = Object.entries(all[dataset] ?? {}).filter(([key]) => key !== id);
  if (value !== null) kept.push([id, value]);
  return { ...all, [dataset]: Object.fromEntries(kept) };
}

const viewStore = create<ViewState>()((set, get) => ({
  ...DEFAULT_VIEW,
  datasetKey: null,
  votes: loadVotes(),
  revealed: loadRevealed(),
  theme: loadTheme(),
  spotlight: null,
  actions: {
    sortBy: (sort) => set({ sort }),
    toggleRating: (rating) => {
      const chosen = new Set(get().ratings);
      if (chosen.has(rating)) chosen.delete(rating);
      else chosen.add(rating);
      set({ ratings: RATING_KEYS.filter((key) => chosen.has(key)) });
    },
    searchFor: (search) => set({ search }),
    setHideSpoilers: (hideSpoilers) => set({ hideSpoilers }),
    clearFilters: () => set({ ratings: [], search: '', hideSpoilers: false }),
    showView: (view) =>
      set({
        sort: view.sort,
        ratings: [...view.ratings],
        search: view.search,
        hideSpoilers: view.hideSpoilers,
      }),
    revealSpoiler: (dataset, id) => {
      const revealed = withEntry<true>(get().revealed, dataset, id, true);
      set({ revealed });
      saveRevealed(revealed);
    },
    concealSpoiler: (dataset, id) => {
      const revealed = withEntry<true>(get().revealed, dataset, id, null);
      set({ revealed });
      saveRevealed(revealed);
    },
    castVote: (dataset, id, vote) => {
      const current = get().votes[dataset]?.[id];
      const votes = withEntry<Vote>(get().votes, dataset, id, current === vote ? null : vote);
      set({ votes });
      saveVotes(votes);
    },
    // Another film's reviews start unfiltered; the sort order is the reader's habit and stays.
    openDataset: (datasetKey) =>
      set({ datasetKey, ratings: [], search: '', hideSpoilers: false, spotlight: null }),
    chooseTheme: (theme) => {
      set({ theme });
      saveTheme(theme);
    },
    // `at` makes choosing the same review again scroll to it again.
    spotlightReview: (id, mark = true) =>
      set({ spotlight: id === null ? null : { id, at: Date.now(), mark } }),
    reloadPersisted: () =>
      set({ votes: loadVotes(), revealed: loadRevealed(), theme: loadTheme() }),
  },
}));

/** For tests and for wiring that lives outside React (URL sync). Components use the hooks. */
export const viewStoreApi = viewStore;

export const useSort = () => viewStore((s) => s.sort);
export const useRatingFilter = () => viewStore((s) => s.ratings);
export const useSearch = () => viewStore((s) => s.search);
export const useHideSpoilers = () => viewStore((s) => s.hideSpoilers);
export const useTheme = () => viewStore((s) => s.theme);
export const useDatasetKey = () => viewStore((s) => s.datasetKey);
export const useSpotlight = () => viewStore((s) => s.spotlight);
export const useViewActions = () => viewStore((s) => s.actions);
export const useViewQuery = (): ViewQuery =>
  viewStore(
    useShallow((s) => ({
      sort: s.sort,
      ratings: s.ratings,
      search: s.search,
      hideSpoilers: s.hideSpoilers,
    })),
  );
export const useVote = (dataset: string, id: string): Vote | null =>
  viewStore((s) => s.votes[dataset]?.[id] ?? null);
export const useIsRevealed = (dataset: string, id: string): boolean =>
  viewStore((s) => s.revealed[dataset]?.[id] === true);

export function isFiltered(view: ViewQuery): boolean {
  return view.ratings.length > 0 || view.search.trim() !== '' || view.hideSpoilers;
}
