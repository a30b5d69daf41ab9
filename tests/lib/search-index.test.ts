import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/fold';
import {
  buildSearchIndex,
  buildSearchIndexInSlices,
  isIndexable,
  markMatches,
} from '@/lib/search-index';

function matches(texts: readonly string[], term: string): number[] {
  const mask = new Uint8Array(texts.length);
  markMatches(buildSearchIndex(texts), term, mask);
  return [...mask.keys()].filter((i) => mask[i] === 1);
}

const scan = (texts: readonly string[], term: string) =>
  texts.flatMap((text, i) => (text.includes(term) ? [i] : []));

describe('search index', () => {
  const texts = ['a gangster film, 2004.', 'the sequel; gangsters again', 'nørrebro café', ''].map(
    foldText,
  );

  it('finds a term inside words, once per review', () => {
    expect(matches(texts, 'gangster')).toEqual([0, 1]);
    expect(matches(texts, 'sters')).toEqual([1]);
    expect(matches(texts, 'norrebro')).toEqual([2]);
    expect(matches(texts, 'cafe')).toEqual([2]);
    expect(matches(texts, '2004')).toEqual([0]);
    expect(matches(texts, 'missing')).toEqual([]);
  });

  it('leaves terms with other characters to the scan', () => {
    expect(isIndexable('gangster')).toBe(true);
    expect(isIndexable('ångström')).toBe(true);
    expect(isIndexable('9/10')).toBe(false);
    expect(isIndexable("don't")).toBe(false);
    expect(isIndexable('')).toBe(false);
  });

  it('matches exactly what a scan of the texts matches, for any indexable term', () => {
    const letters = fc.constantFrom('a', 'b', 'é', 'ø', '1', ' ', '.', '\n', '-', 'ß', '日', '😀');
    const text = fc.array(letters, { maxLength: 40 }).map((chars) => foldText(chars.join('')));
    const term = fc
      .array(letters, { minLength: 1, maxLength: 4 })
      .map((chars) => foldText(chars.join('')));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), term, (all, t) => {
        fc.pre(isIndexable(t));
        expect(matches(all, t)).toEqual(scan(all, t));
      }),
    );
  });

  it('builds the same index in slices', async () => {
    const many = Array.from({ length: 500 }, (_, i) => texts[i % texts.length] ?? '');
    const sliced = await buildSearchIndexInSlices(many, new AbortController().signal, 0);
    expect(sliced).toEqual(buildSearchIndex(many));
  });

  it('stops building when aborted', async () => {
    const controller = new AbortController();
    const building = buildSearchIndexInSlices(texts, controller.signal);
    controller.abort(new Error('gone'));
    await expect(building).rejects.toThrow('gone');
  });
});
