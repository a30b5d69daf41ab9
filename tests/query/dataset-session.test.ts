import { ToneTally } from '@/query/tone-tally';
import { describe, expect, it, vi } from 'vitest';
import { storedBodyTest } from '@/query/byte-match';
import { searchFields } from '@/query/columns';
import { computeColumns } from '@/query/columns-builder';
import { DatasetSession } from '@/query/dataset-session';
import { READ_IN_ORDER } from '@/query/session-search';
import { runQuery, sortedOrder } from '@/query/run-query';
import { DEFAULT_VIEW } from '@/query/view-query';
import { buildSearchIndex } from '@/query/search-index-builder';
import { openSession } from '@/query/loader/open-session';
import { makeDataset, makeReview } from '../testing/make-dataset';
import { storedDataset } from '../testing/stored';
import { withSearch } from '../testing/with-search';

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

  it('finds phrases the same in bodies kept as bytes, in ASCII or not', () => {
    const reviews = [
      makeReview({ id: 'a', body: 'The father, and son' }),
      makeReview({ id: 'b', body: 'a gangster film about a father' }),
      makeReview({ id: 'c', body: 'Clichéd: THE FATHER-figure' }),
      makeReview({ id: 'd', title: 'The father', body: 'nothing here' }),
      makeReview({ id: 'e', body: 'grandfather and son' }),
    ];
    const plain = openSession(makeDataset(reviews));
    const stored = openSession(storedDataset(makeDataset(reviews)), { bodyTest: storedBodyTest });
    for (const search of ['"the father"', '"father and"', '"and son" -"the father"', 'father']) {
      expect([...(stored.searchMask(search) ?? [])]).toEqual([...(plain.searchMask(search) ?? [])]);
    }
    expect([...(stored.searchMask('"the father"') ?? [])]).toEqual([1, 0, 1, 1, 0]);
  });
});

describe('DatasetSession before its index is ready', () => {
  const bodies = [
    'father and son',
    'a gangster film',
    'father of a gangster',
    'grandfather',
    'the Father-figure',
  ];
  const reviews = Array.from({ length: 1300 }, (_, i) =>
    makeReview({ id: `r${i}`, body: bodies[i % bodies.length] ?? '' }),
  );
  const run = (steps: Generator<void, void>) => {
    let count = 0;
    while (!steps.next().done) count += 1;
    return count;
  };

  it('reads a search in steps and then answers it at once, as reading it on the spot does', () => {
    const sliced = withSearch(
      new DatasetSession(makeDataset(reviews), openSession(makeDataset(reviews)), null),
    );
    const direct = withSearch(
      new DatasetSession(makeDataset(reviews), openSession(makeDataset(reviews)), null),
    );
    for (const search of [
      'father',
      '"father of" -son',
      'gangster father',
      '-film',
      'zzz',
      '"gangster father" OR zz -son',
    ]) {
      expect(sliced.answersAtOnce(search)).toBe(false);
      // Several steps, so the page gets a turn between them.
      expect(run(sliced.readSearch(search, sortedOrder(sliced, 'helpful')))).toBeGreaterThan(1);
      expect(sliced.answersAtOnce(search)).toBe(true);
      expect([...(sliced.searchMask(search) ?? [])]).toEqual([
        ...(direct.searchMask(search) ?? []),
      ]);
    }
    expect(sliced.answersAtOnce('')).toBe(true);
  });

  it('finds, after each step, exactly the first reviews of the answer in the order it reads', () => {
    // Scores and votes vary, so each sort is its own order of the reviews.
    // More reviews than are read in order: the rest are read after, in the order they are kept.
    const many = Array.from({ length: READ_IN_ORDER + 900 }, (_, i) =>
      makeReview({ id: `m${i}`, body: bodies[i % bodies.length] ?? '' }),
    );
    const varied = many.map((review, i) => ({
      ...review,
      rating: i % 11 === 0 ? null : ((i * 7) % 10) + 1,
      helpful: { up: (i * 13) % 40, total: ((i * 13) % 40) + (i % 9) },
    }));
    for (const sort of ['helpful', 'lowest', 'votes'] as const) {
      for (const search of ['father', 'gangster -son', '"father of"', 'zzz OR "father of"']) {
        const sliced = withSearch(
          new DatasetSession(makeDataset(varied), openSession(makeDataset(varied)), null),
        );
        const whole = withSearch(openSession(makeDataset(varied)));
        const answer = runQuery(whole, { ...DEFAULT_VIEW, sort, search }).indices;
        const seen: number[] = [];
        const steps = sliced.readSearch(search, sortedOrder(sliced, sort), ({ mask, found }) => {
          const sofar = runQuery(sliced, { ...DEFAULT_VIEW, sort, search }, { mask }).indices;
          expect(sofar.length).toBe(found);
          expect([...sofar]).toEqual([...answer.subarray(0, found)]);
          seen.push(found);
        });
        run(steps);
        // Found a step at a time, up to the answer's reviews among those read in order.
        const firstRead = new Set(sortedOrder(whole, sort).subarray(0, READ_IN_ORDER));
        expect(seen.length).toBeGreaterThan(1);
        expect(seen.at(-1)).toBe([...answer].filter((i) => firstRead.has(i)).length);
        expect(seen.at(-1)).toBeLessThan(answer.length);
        expect([...(sliced.searchMask(search) ?? [])]).toEqual([
          ...(whole.searchMask(search) ?? []),
        ]);
      }
    }
  });

  it('stops reading once the index arrives, which answers at once', () => {
    const s = withSearch(
      new DatasetSession(makeDataset(reviews), openSession(makeDataset(reviews)), null),
    );
    const steps = s.readSearch('father', sortedOrder(s, 'helpful'));
    steps.next();
    const tally = new ToneTally(reviews.length);
    s.attachIndex(buildSearchIndex(reviews.map(searchFields), tally), tally.finish(reviews.length));
    expect(steps.next().done).toBe(true);
    expect(s.clauseMasks.has('father')).toBe(false);
    expect(s.answersAtOnce('father')).toBe(true);
  });

  it('opened with its index later, answers from the text, then takes the same index and tones', async () => {
    const dataset = makeDataset(reviews);
    const later = openSession(dataset, { index: 'later' });
    const tally = new ToneTally(reviews.length);
    const now = withSearch(
      new DatasetSession(
        dataset,
        computeColumns(dataset),
        buildSearchIndex(reviews.map(searchFields), tally),
      ),
    );
    now.attachTone(tally.finish(reviews.length));
    // Nothing is built before the first reviews paint.
    expect(later.searchIndex).toBeNull();
    expect(later.tone).toBeNull();
    const view = { ...DEFAULT_VIEW, search: 'father' };
    expect(Array.from(runQuery(later, view).indices)).toEqual(
      Array.from(runQuery(now, view).indices),
    );
    // Not before the page has shown the session's reviews, however many frames pass.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(later.searchIndex).toBeNull();
    later.shown();
    // Then, a few frames on, the index and tones the session would have had at once.
    await vi.waitFor(() => expect(later.searchIndex).not.toBeNull());
    expect(later.searchIndex).toEqual(now.searchIndex);
    expect(Array.from(later.tone ?? [])).toEqual(Array.from(now.tone ?? []));
    expect(later.answersAtOnce('gangster')).toBe(true);
    // A large dataset with no worker to index it is indexed so too; let go before, nothing.
    const dropped = openSession(dataset, { index: 'always' });
    dropped.shown();
    dropped.dispose();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(dropped.searchIndex).toBeNull();
  });
});
