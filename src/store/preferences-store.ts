import { create } from 'zustand';
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

/**
 * What the reader chose and keeps in this browser: helpful votes, revealed spoilers and the
 * theme (see persisted), and why a choice could not be kept, when it could not.
 */
interface PreferenceActions {
  revealSpoiler: (dataset: string, reviewId: string) => void;
  concealSpoiler: (dataset: string, reviewId: string) => void;
  /** Casting the vote already cast withdraws it. */
  castVote: (dataset: string, reviewId: string, vote: Vote) => void;
  chooseTheme: (theme: Theme | null) => void;
  /** Takes in what another tab saved (a `storage` event's key and new value). */
  followStorage: (key: string | null, newValue: string | null) => void;
  dismissStorageProblem: () => void;
}

interface PreferencesState {
  votes: PerReview<Vote>;
  revealed: PerReview<true>;
  theme: Theme | null;
  /** Why the last choice holds for this session only (storage full or refused), until dismissed. */
  storageProblem: string | null;
  actions: PreferenceActions;
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

const preferencesStore = create<PreferencesState>()((set, get) => ({
  votes: loadVotes(),
  revealed: loadRevealed(),
  theme: loadTheme(),
  storageProblem: null,
  actions: {
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
    chooseTheme: (theme) => {
      const kept = saveTheme(theme);
      set({ theme, ...(kept ? {} : { storageProblem: NOT_KEPT.theme }) });
    },
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

/** For tests and for wiring outside React (another tab's changes). Components use the hooks. */
export const preferencesStoreApi = preferencesStore;

export const useTheme = () => preferencesStore((s) => s.theme);
export const useStorageProblem = () => preferencesStore((s) => s.storageProblem);
export const usePreferenceActions = () => preferencesStore((s) => s.actions);
export const useVote = (dataset: string, id: string): Vote | null =>
  preferencesStore((s) => s.votes.get(dataset)?.get(id) ?? null);
export const useIsRevealed = (dataset: string, id: string): boolean =>
  preferencesStore((s) => s.revealed.get(dataset)?.get(id) === true);
