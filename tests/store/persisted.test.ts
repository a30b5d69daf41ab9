import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRevealed, loadTheme, loadVotes, saveVotes, STORAGE_KEYS } from '@/store/persisted';
import { viewStoreApi } from '@/store/view-store';
import { resetViewState } from '../testing/render';

describe('persisted choices', () => {
  beforeEach(resetViewState);

  it('treats corrupt storage as empty', () => {
    localStorage.setItem(STORAGE_KEYS.votes, '{not json');
    localStorage.setItem(STORAGE_KEYS.revealed, '[1,2]');
    localStorage.setItem(STORAGE_KEYS.theme, '"purple"');
    expect(loadVotes()).toEqual({});
    expect(loadRevealed()).toEqual({});
    expect(loadTheme()).toBeNull();
  });

  it('keeps the valid entries of a partly corrupt record', () => {
    localStorage.setItem(
      STORAGE_KEYS.votes,
      JSON.stringify({ a: { r1: 'up', r2: 'sideways', r3: 5 }, b: 'x' }),
    );
    expect(loadVotes()).toEqual({ a: { r1: 'up' } });
  });

  it('survives storage that throws', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => saveVotes({ a: { r1: 'up' } })).not.toThrow();
    viewStoreApi.getState().actions.castVote('a', 'r1', 'up');
    expect(viewStoreApi.getState().votes).toEqual({ a: { r1: 'up' } });
    spy.mockRestore();
  });

  it('picks up what another tab saved', () => {
    localStorage.setItem(STORAGE_KEYS.votes, JSON.stringify({ a: { r9: 'down' } }));
    viewStoreApi.getState().actions.reloadPersisted();
    expect(viewStoreApi.getState().votes).toEqual({ a: { r9: 'down' } });
  });
});
