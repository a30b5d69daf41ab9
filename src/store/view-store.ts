import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import {
  RATING_KEYS,
  type RatingKey,
  type ShowKey,
  type SortKey,
  type ViewQuery,
} from '@/query/view-query';
import { TONE_KEYS, type ToneKey } from '@/query/tone';
import { clearedFilters, initialView, pickView } from './view-fields';

/**
 * The view the address bar names: which dataset is open, and the sort, ratings, search and
 * hide-spoilers applied to it (see url-sync). The reader's saved choices are in preferences.
 */
interface ViewActions {
  sortBy: (sort: SortKey) => void;
  toggleRating: (rating: RatingKey) => void;
  toggleTone: (tone: ToneKey) => void;
  searchFor: (search: string) => void;
  /** The reviews as cards, or the sentences of them that match. */
  showAs: (show: ShowKey) => void;
  setHideSpoilers: (hide: boolean) => void;
  /** Days given as yyyy-mm-dd (inclusive), null for no bound. */
  showDates: (from: string | null, to: string | null) => void;
  clearFilters: () => void;
  /** Replaces sort, ratings, search and hide-spoilers at once (URL reads, back button). */
  showView: (view: ViewQuery) => void;
  /** Opens a library dataset by key (a bundled slug or `local:<id>`); null opens the default. */
  openDataset: (key: string | null) => void;
}

interface ViewState extends ViewQuery {
  /** The open dataset's library key, mirrored in the URL as `dataset`. */
  datasetKey: string | null;
  actions: ViewActions;
}

const viewStore = create<ViewState>()((set, get) => ({
  ...initialView(),
  datasetKey: null,
  actions: {
    sortBy: (sort) => set({ sort }),
    toggleRating: (rating) => {
      const chosen = new Set(get().ratings);
      if (chosen.has(rating)) chosen.delete(rating);
      else chosen.add(rating);
      set({ ratings: RATING_KEYS.filter((key) => chosen.has(key)) });
    },
    toggleTone: (tone) => {
      const chosen = new Set(get().tones);
      if (chosen.has(tone)) chosen.delete(tone);
      else chosen.add(tone);
      set({ tones: TONE_KEYS.filter((key) => chosen.has(key)) });
    },
    searchFor: (search) => set({ search }),
    showAs: (show) => set({ show }),
    setHideSpoilers: (hideSpoilers) => set({ hideSpoilers }),
    showDates: (from, to) => set({ from, to }),
    clearFilters: () => set(clearedFilters()),
    showView: (view) => set(pickView(view)),
    // Another film's reviews start unfiltered; the sort order is the reader's habit and stays.
    openDataset: (datasetKey) => set({ datasetKey, ...clearedFilters() }),
  },
}));

/** For tests and for wiring that lives outside React (URL sync). Components use the hooks. */
export const viewStoreApi = viewStore;

export const useSort = () => viewStore((s) => s.sort);
export const useRatingFilter = () => viewStore((s) => s.ratings);
export const useToneFilter = () => viewStore((s) => s.tones);
export const useSearch = () => viewStore((s) => s.search);
export const useShow = () => viewStore((s) => s.show);
export const useHideSpoilers = () => viewStore((s) => s.hideSpoilers);
export const useDatasetKey = () => viewStore((s) => s.datasetKey);
export const useViewActions = () => viewStore((s) => s.actions);
export const useViewQuery = (): ViewQuery => viewStore(useShallow(pickView));
export const useDateRange = () => viewStore(useShallow((s) => ({ from: s.from, to: s.to })));
