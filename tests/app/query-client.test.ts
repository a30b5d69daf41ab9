import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/app/query-client';
import { openSession } from '@/query/loader/open-session';
import { makeDataset, makeReview } from '../testing/make-dataset';

const session = () => openSession(makeDataset([makeReview({ id: 'a', body: 'father and son' })]));

describe('the query cache as the owner of open datasets', () => {
  it('disposes a session when its entry is let go', () => {
    const client = createQueryClient();
    const held = session();
    client.setQueryData(['dataset', 'a'], held);
    expect(held.searchMask('father')).toEqual(Uint8Array.of(1));
    client.removeQueries({ queryKey: ['dataset', 'a'] });
    expect(held.searchIndex).toBeNull();
    expect(held.orders.size).toBe(0);
  });

  it('disposes a session replaced by a fresh one, and keeps the fresh one', () => {
    const client = createQueryClient();
    const first = session();
    const second = session();
    let stopped = 0;
    first.onDispose(() => (stopped += 1));
    client.setQueryData(['library-session', 'x'], first);
    client.setQueryData(['library-session', 'x'], first);
    expect(stopped).toBe(0);
    client.setQueryData(['library-session', 'x'], second);
    expect(stopped).toBe(1);
    expect(first.searchIndex).toBeNull();
    expect(second.searchIndex).not.toBeNull();
  });

  it('leaves data that is not a session alone', () => {
    const client = createQueryClient();
    client.setQueryData(['library'], { entries: [], problem: null });
    client.removeQueries({ queryKey: ['library'] });
    expect(client.getQueryData(['library'])).toBeUndefined();
  });
});
