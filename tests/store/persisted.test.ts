import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  itemKey,
  loadRevealed,
  loadTheme,
  loadVotes,
  saveVote,
  STORAGE_KEYS,
} from '@/store/persisted';
import { preferencesStoreApi } from '@/store/preferences-store';
import { resetViewState } from '../testing/render';

const voteKey = (dataset: string, id: string) => itemKey(STORAGE_KEYS.vote, dataset, id);

describe('persisted choices', () => {
  beforeEach(resetViewState);

  it('treats corrupt storage as empty', () => {
    localStorage.setItem(STORAGE_KEYS.votesV1, '{not json');
    localStorage.setItem(STORAGE_KEYS.revealedV1, '[1,2]');
    localStorage.setItem(voteKey('a', 'r1'), '{not json');
    localStorage.setItem(`${STORAGE_KEYS.vote}not a pair`, '"up"');
    localStorage.setItem(STORAGE_KEYS.theme, '"purple"');
    expect(loadVotes()).toEqual(new Map());
    expect(loadRevealed()).toEqual(new Map());
    expect(loadTheme()).toBeNull();
  });

  it('moves the valid entries of an earlier version’s record into items of their own', () => {
    localStorage.setItem(
      STORAGE_KEYS.votesV1,
      JSON.stringify({ a: { r1: 'up', r2: 'sideways', r3: 5 }, b: 'x' }),
    );
    expect(loadVotes()).toEqual(new Map([['a', new Map([['r1', 'up']])]]));
    expect(localStorage.getItem(voteKey('a', 'r1'))).toBe('"up"');
    expect(localStorage.getItem(STORAGE_KEYS.votesV1)).toBeNull();
  });

  it('says so when storage refuses a vote, and keeps the vote for the session', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      expect(saveVote('a', 'r1', 'up')).toBe(false);
      preferencesStoreApi.getState().actions.castVote('a', 'r1', 'up');
      expect(preferencesStoreApi.getState().votes.get('a')?.get('r1')).toBe('up');
      expect(preferencesStoreApi.getState().storageProblem).toMatch(/could not be saved/);
    } finally {
      spy.mockRestore();
    }
    expect(loadVotes()).toEqual(new Map());
  });

  it('takes in the one vote another tab saved, keeping this tab’s other votes', () => {
    preferencesStoreApi.getState().actions.castVote('a', 'r1', 'up');
    localStorage.setItem(voteKey('a', 'r9'), '"down"');
    preferencesStoreApi.getState().actions.followStorage(voteKey('a', 'r9'), '"down"');
    expect(preferencesStoreApi.getState().votes.get('a')).toEqual(
      new Map([
        ['r1', 'up'],
        ['r9', 'down'],
      ]),
    );
    preferencesStoreApi.getState().actions.followStorage(voteKey('a', 'r1'), null);
    expect(preferencesStoreApi.getState().votes.get('a')).toEqual(new Map([['r9', 'down']]));
  });

  it('keeps votes of two tabs cast at once on different reviews', () => {
    // Each tab writes its own item; neither rewrites the other's.
    expect(saveVote('a', 'r1', 'up')).toBe(true);
    expect(saveVote('a', 'r2', 'down')).toBe(true);
    expect(loadVotes().get('a')).toEqual(
      new Map([
        ['r1', 'up'],
        ['r2', 'down'],
      ]),
    );
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])(
    'gives a review whose id is %j no vote it was not given',
    (id) => {
      const { actions } = preferencesStoreApi.getState();
      actions.castVote('a', 'r1', 'up');
      actions.revealSpoiler('a', 'r1');
      const state = preferencesStoreApi.getState();
      expect(state.votes.get('a')?.get(id)).toBeUndefined();
      expect(state.revealed.get('a')?.get(id)).toBeUndefined();
      actions.castVote('a', id, 'down');
      expect(loadVotes().get('a')?.get(id)).toBe('down');
      expect(loadVotes().get('a')?.get('r1')).toBe('up');
    },
  );
});
