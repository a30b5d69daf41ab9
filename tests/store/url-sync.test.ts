import fc from 'fast-check';
import { TONE_KEYS } from '@/query/tone';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RATING_KEYS, SORT_KEYS, type ViewQuery } from '@/query/view-query';
import { readViewFromSearch, startUrlSync, writeViewToSearch } from '@/store/url-sync';
import { viewStoreApi } from '@/store/view-store';
import { DEFAULT_VIEW } from '@/query/view-query';
import { resetViewState } from '../testing/render';

describe('readViewFromSearch', () => {
  it('reads every part of the view', () => {
    expect(
      readViewFromSearch(
        '?sort=helpful-negative&rating=9,unrated,10&tone=negative,Positive,bogus&q=cliche%20film&spoilers=hidden&from=2005-01-01&to=2005-12-31&view=quotes',
      ),
    ).toEqual({
      sort: 'helpful-negative',
      ratings: [10, 9, 'unrated'],
      tones: ['positive', 'negative'],
      search: 'cliche film',
      hideSpoilers: true,
      from: '2005-01-01',
      to: '2005-12-31',
      show: 'quotes',
    });
  });

  it('reads a range in the years 1-999, written with four digits', () => {
    expect(readViewFromSearch('?from=0050-01-01&to=0050-12-31')).toEqual({
      ...DEFAULT_VIEW,
      from: '0050-01-01',
      to: '0050-12-31',
    });
    expect(readViewFromSearch('?from=50-01-01').from).toBeNull();
  });

  it('ignores unknown and malformed parameters', () => {
    expect(
      readViewFromSearch('?sort=bogus&rating=11,0,x,,7&spoilers=yes&zzz=1&from=2005-02-30&to=2005'),
    ).toEqual({
      ...DEFAULT_VIEW,
      ratings: [7],
    });
  });

  it('reads any query string into a valid view without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const view = readViewFromSearch(search);
        expect(SORT_KEYS).toContain(view.sort);
        for (const rating of view.ratings)
          expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 'unrated']).toContain(rating);
        expect(typeof view.search).toBe('string');
        expect(typeof view.hideSpoilers).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back a search of any length and any text, as the box held it', () => {
    expect(
      readViewFromSearch(writeViewToSearch({ ...DEFAULT_VIEW, search: 'é'.repeat(525) }, ''))
        .search,
    ).toBe('é'.repeat(525));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        const written = writeViewToSearch({ ...DEFAULT_VIEW, search: text }, '?data=%2Fx.json');
        expect(readViewFromSearch(written).search).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('reads back what it writes, keeping other parameters', () => {
    const view = {
      sort: 'lowest' as const,
      ratings: [10, 1] as const,
      tones: ['mixed', 'negative'] as const,
      search: 'a&b=c',
      hideSpoilers: true,
      from: '2004-02-29',
      to: null,
      show: 'quotes' as const,
    };
    const search = writeViewToSearch(
      { ...view, ratings: [...view.ratings], tones: [...view.tones] },
      '?data=%2Fx.json',
    );
    expect(new URLSearchParams(search).get('data')).toBe('/x.json');
    expect(new URLSearchParams(search).get('tone')).toBe('mixed,negative');
    expect(new URLSearchParams(search).get('view')).toBe('quotes');
    expect(readViewFromSearch(search)).toEqual({
      ...view,
      ratings: [10, 1],
      tones: ['mixed', 'negative'],
    });
    expect(writeViewToSearch(DEFAULT_VIEW, '')).toBe('');
  });
});

describe('a view in the address', () => {
  /** A day the schema allows, 0000-01-01 to 9999-12-31, or no bound. */
  const day = fc.option(
    fc
      .date({
        min: new Date('0000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10)),
  );
  const anyView: fc.Arbitrary<ViewQuery> = fc.record({
    sort: fc.constantFrom(...SORT_KEYS),
    ratings: fc.subarray([...RATING_KEYS]),
    tones: fc.subarray([...TONE_KEYS]),
    search: fc.string({ unit: 'grapheme', maxLength: 60 }),
    hideSpoilers: fc.boolean(),
    from: day,
    to: day,
    show: fc.constantFrom('reviews' as const, 'quotes' as const),
  });
  // Parameters that are not about the view, which a write keeps.
  const otherParams = fc.dictionary(
    fc.constantFrom('data', 'dataset', 'review', 'zzz'),
    fc.string({ maxLength: 20 }),
  );

  it('reads back any view it writes, over any other parameters, and keeps those', () => {
    fc.assert(
      fc.property(anyView, otherParams, (view, others) => {
        const before = `?${new URLSearchParams(others).toString()}`;
        const written = writeViewToSearch(view, before);
        expect(readViewFromSearch(written)).toEqual(view);
        const params = new URLSearchParams(written);
        for (const [name, value] of Object.entries(others)) expect(params.get(name)).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it('writes any view over the address of another and reads back the new one', () => {
    fc.assert(
      fc.property(anyView, anyView, (first, second) => {
        const written = writeViewToSearch(second, writeViewToSearch(first, ''));
        expect(readViewFromSearch(written)).toEqual(second);
      }),
      { numRuns: 300 },
    );
  });
});

describe('startUrlSync', () => {
  let stop = () => {};
  beforeEach(() => {
    resetViewState();
    window.history.replaceState(null, '', '/?data=%2Fx.json&sort=oldest&rating=9');
  });
  afterEach(() => stop());

  it('applies the URL at start and writes changes back in an idle moment', async () => {
    stop = startUrlSync(window);
    expect(viewStoreApi.getState().sort).toBe('oldest');
    expect(viewStoreApi.getState().ratings).toEqual([9]);
    viewStoreApi.getState().actions.setHideSpoilers(true);
    await vi.waitFor(() => {
      const params = new URLSearchParams(window.location.search);
      expect(params.get('spoilers')).toBe('hidden');
      expect(params.get('data')).toBe('/x.json');
    });
  });

  it('writes changes made together as one history entry', () => {
    const writes: Array<() => void> = [];
    stop = startUrlSync(window, (write) => {
      writes.push(write);
      return () => undefined;
    });
    const length = window.history.length;
    const { sortBy, setHideSpoilers } = viewStoreApi.getState().actions;
    sortBy('newest');
    setHideSpoilers(true);
    expect(writes).toHaveLength(1);
    writes[0]?.();
    const params = new URLSearchParams(window.location.search);
    expect(params.get('sort')).toBe('newest');
    expect(params.get('spoilers')).toBe('hidden');
    expect(window.history.length).toBe(length + 1);
  });

  it('makes a pending write at once when the page is left', () => {
    let cancelled = 0;
    stop = startUrlSync(window, () => () => {
      cancelled += 1;
    });
    viewStoreApi.getState().actions.sortBy('newest');
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('oldest');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('newest');
    expect(cancelled).toBe(1);
    // Nothing pending: leaving again writes nothing.
    window.history.replaceState(null, '', '/?sort=lowest');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('lowest');
  });

  it('brings back the previous view on Back', () => {
    stop = startUrlSync(window, (write) => {
      write();
      return () => undefined;
    });
    const before = window.location.search;
    viewStoreApi.getState().actions.sortBy('newest');
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('newest');
    viewStoreApi.getState().actions.setHideSpoilers(true);
    expect(new URLSearchParams(window.location.search).get('spoilers')).toBe('hidden');
    window.history.replaceState(null, '', `/${before}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(viewStoreApi.getState().sort).toBe('oldest');
    expect(viewStoreApi.getState().hideSpoilers).toBe(false);
  });

  it('writes what one action changed before the next is handled, however far off the idle moment', () => {
    stop = startUrlSync(window, () => () => undefined);
    const length = window.history.length;
    const { sortBy, setHideSpoilers, searchFor } = viewStoreApi.getState().actions;
    sortBy('newest');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(new URLSearchParams(window.location.search).get('sort')).toBe('newest');
    expect(window.history.length).toBe(length + 1);
    setHideSpoilers(true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(new URLSearchParams(window.location.search).get('spoilers')).toBe('hidden');
    expect(window.history.length).toBe(length + 2);
    // Keys typed into a field leave the write to the idle moment.
    const box = document.createElement('input');
    box.type = 'search';
    document.body.append(box);
    searchFor('salt');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 't', bubbles: true }));
    box.remove();
    expect(new URLSearchParams(window.location.search).get('q')).toBeNull();
    expect(window.history.length).toBe(length + 2);
  });

  it('undoes the last change on Back, even before that change was written', async () => {
    stop = startUrlSync(window, () => () => undefined);
    const { sortBy, setHideSpoilers } = viewStoreApi.getState().actions;
    sortBy('newest');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    setHideSpoilers(true);
    window.history.back();
    await vi.waitFor(() => {
      expect(new URLSearchParams(window.location.search).get('sort')).toBe('newest');
      expect(viewStoreApi.getState().sort).toBe('newest');
      expect(viewStoreApi.getState().hideSpoilers).toBe(false);
    });
    // Back again goes on to the view before.
    window.history.back();
    await vi.waitFor(() => expect(viewStoreApi.getState().sort).toBe('oldest'));
    expect(viewStoreApi.getState().ratings).toEqual([9]);
  });

  it('keeps a search typed just before Back with the entry it was typed in, as typing replaces it', async () => {
    stop = startUrlSync(window, (write) => {
      write();
      return () => undefined;
    });
    viewStoreApi.getState().actions.sortBy('newest');
    stop();
    stop = startUrlSync(window, () => () => undefined);
    viewStoreApi.getState().actions.searchFor('salt');
    window.history.back();
    await vi.waitFor(() => expect(viewStoreApi.getState().sort).toBe('oldest'));
    expect(viewStoreApi.getState().search).toBe('');
  });
});
