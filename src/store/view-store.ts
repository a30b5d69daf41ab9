import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { RATING_KEYS, type RatingKey, type SortKey, type ViewQuery } from '@/query/run-query';
import {
  loadRevealed,
  loadTheme,
  loadVotes,
  readStorageChange,
  saveRevealed,
  saveTheme,
  saveVote,
  type PerReview,
  type Theme,
  type Vote,
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
  /** Takes in what another tab saved (a `storage` event's key and new value). */
  followStorage: (key: string | null, newValue: string | null) => void;
  dismissStorageProblem: () => void;
}

interface ViewState extends ViewQuery {
  /** The open dataset's library key, mirrored in the URL as `dataset`. */
  datasetKey: string | null;
  votes: PerReview<Vote>;
  revealed: PerReview<true>;
  theme: Theme | null;
  /** Why the last choice holds for this session only (storage full or refused), until dismissed. */
  storageProblem: string | null;
  spotlight: { id: string; at: number; mark: boolean } | null;
  actions: ViewActions;
}

/** A copy of `all` with one review's value set, or removed when `value` is null. */
function withEntry<T>(
  all: PerReview<T>,
  dataset: string,
  id: string,
  value: T | null,
): PerReview<T> {
  const inner = new Map(all.get(dataset));
  if (value === null) inner.delete(id);
  else inner.set(id, value);
  return new Map(all).set(dataset, inner);
}

const NOT_KEPT = {
  vote: 'Your vote could not be saved in this browser (its storage is full or turned off). It counts for this visit only and is gone after a reload.',
  spoiler:
    'This browser could not remember the spoiler you opened (its storage is full or turned off). It stays open for this visit only.',
  theme:
    'This browser could not remember the theme (its storage is full or turned off). It holds for this visit only.',
};

const viewStore = create<ViewState>()((set, get) => ({
  ...DEFAULT_VIEW,
  datasetKey: null,
  votes: loadVotes(),
  revealed: loadRevealed(),
  theme: loadTheme(),
  storageProblem: null,
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
      const kept = saveRevealed(dataset, id, true);
      set({
        revealed: withEntry<true>(get().revealed, dataset, id, true),
        ...(kept ? {} : { storageProblem: NOT_KEPT.spoiler }),
      });
    },
    concealSpoiler: (dataset, id) => {
      saveRevealed(dataset, id, false);
      set({ revealed: withEntry<true>(get().revealed, dataset, id, null) });
    },
    castVote: (dataset, id, vote) => {
      const next = get().votes.get(dataset)?.get(id) === vote ? null : vote;
      const kept = saveVote(dataset, id, next);
      set({
        votes: withEntry<Vote>(get().votes, dataset, id, next),
        ...(kept ? {} : { storageProblem: NOT_KEPT.vote }),
      });
    },
    // Another film's reviews start unfiltered; the sort order is the reader's habit and stays.
    openDataset: (datasetKey) =>
      set({ datasetKey, ratings: [], search: '', hideSpoilers: false, spotlight: null }),
    chooseTheme: (theme) => {
      const kept = saveTheme(theme);
      set({ theme, ...(kept ? {} : { storageProblem: NOT_KEPT.theme }) });
    },
    // `at` makes choosing the same review again scroll to it again.
    spotlightReview: (id, mark = true) =>
      set({ spotlight: id === null ? null : { id, at: Date.now(), mark } }),
    // Only the item another tab changed is taken in, so a choice this tab could not store stays.
    followStorage: (key, newValue) => {
      const change = readStorageChange(key, newValue);
      if (change === null) return;
      const state = get();
      if (change.kind === 'vote') {
        set({ votes: withEntry(state.votes, change.dataset, change.id, change.vote) });
      } else if (change.kind === 'revealed') {
        set({
          revealed: withEntry<true>(
            state.revealed,
            change.dataset,
            change.id,
            change.revealed ? true : null,
          ),
        });
      } else if (change.kind === 'theme') {
        set({ theme: change.theme });
      } else {
        set({ votes: loadVotes(), revealed: loadRevealed(), theme: loadTheme() });
      }
    },
    dismissStorageProblem: () => set({ storageProblem: null }),
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
  viewStore((s) => s.votes.get(dataset)?.get(id) ?? null);
export const useIsRevealed = (dataset: string, id: string): boolean =>
  viewStore((s) => s.revealed.get(dataset)?.get(id) === true);
export const useStorageProblem = () => viewStore((s) => s.storageProblem);

export function isFiltered(view: ViewQuery): boolean {
  return view.ratings.length > 0 || view.search.trim() !== '' || view.hideSpoilers;
}
