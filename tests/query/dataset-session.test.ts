import { describe, expect, it } from 'vitest';
import { openSession } from '@/query/prepare-at-hand';
import { makeDataset, makeReview } from '../testing/make-dataset';

const session = () =>
  openSession(
    makeDataset([
      makeReview({ id: 'a', body: 'father and son' }),
      makeReview({ id: 'b', body: 'a gangster film' }),
      makeReview({ id: 'c', body: 'father of a gangster' }),
    ]),
  );

describe('DatasetSession', () => {
  it('lends the same spare array to each run of a piece of work, larger when asked', () => {
    const s = session();
    const first = s.spare('counts', 10, Int32Array);
    first[3] = 7;
    const again = s.spare('counts', 8, Int32Array);
    expect(again.buffer).toBe(first.buffer);
    expect(again.length).toBe(8);
    expect(again[3]).toBe(7);
    expect(s.spare('counts', 20, Int32Array).buffer).not.toBe(first.buffer);
    expect(s.spare('mark', 10, Uint8Array)).toBeInstanceOf(Uint8Array);
    s.dispose();
    expect(s.spare('counts', 8, Int32Array)[3]).toBe(0);
  });

  it('keeps recent search words as bits and answers each search a byte per review', () => {
    const s = session();
    expect([...(s.searchMask('father') ?? [])]).toEqual([1, 0, 1]);
    expect([...(s.searchMask('father -gangster') ?? [])]).toEqual([1, 0, 0]);
    expect([...(s.searchMask('gangster father') ?? [])]).toEqual([0, 0, 1]);
    expect([...(s.searchMask('-father') ?? [])]).toEqual([0, 1, 0]);
    expect(s.clauseMasks.get('father')).toEqual(Uint8Array.of(0b101));
    expect(s.searchMask('')).toBeNull();
  });
});
