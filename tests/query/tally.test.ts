import { describe, expect, it } from 'vitest';
import { helpfulness } from '@/query/aggregates';
import { openSession } from '@/query/loader/open-session';
import { sortedOrder } from '@/query/run-query';
import { MOST_VOTED, tallyShown } from '@/query/tally';
import { makeDataset, makeReview } from '../testing/make-dataset';

const session = openSession(
  makeDataset([
    makeReview({
      id: 'a',
      date: '2004-12-17',
      spoiler: true,
      rating: 4,
      helpful: { up: 1, total: 2 },
    }),
    makeReview({ id: 'b', date: '2004-01-02', rating: 8 }),
    makeReview({ id: 'c', date: '2005-02-05', helpful: { up: 5, total: 9 } }),
    makeReview({ id: 'd', helpful: { up: 0, total: 1 } }),
  ]),
);
const keys = {
  ...session,
  byVotes: sortedOrder(session, 'votes'),
};

describe('tallyShown', () => {
  it("counts the shown reviews into the dataset's months and keeps the most-voted", () => {
    const tally = tallyShown(keys, Int32Array.of(3, 0, 2, 1));
    // 2004-01 to 2005-02: fourteen months.
    expect(tally.total).toHaveLength(14);
    expect([tally.total[0], tally.total[11], tally.total[13]]).toEqual([1, 1, 1]);
    expect(tally.spoiler[11]).toBe(1);
    expect([tally.rated[0], tally.ratingSum[0], tally.rated[11], tally.ratingSum[11]]).toEqual([
      1, 8, 1, 4,
    ]);
    expect(tally.undated).toBe(1);
    expect(tally.noVotes).toBe(1);
    expect(tally.mostVoted).toEqual(Int32Array.of(2, 0, 3));
    expect(tallyShown(keys, Int32Array.of(0, 1, 2, 3), 2).mostVoted).toEqual(Int32Array.of(2, 0));
    expect(tallyShown(keys, Int32Array.of(1)).mostVoted).toHaveLength(0);
  });

  it('counts nothing into months when no review is dated', () => {
    const undated = openSession(makeDataset([makeReview({ id: 'x' })]));
    const tally = tallyShown(
      { ...undated, byVotes: sortedOrder(undated, 'votes') },
      Int32Array.of(0),
    );
    expect(tally.total).toHaveLength(0);
    expect(tally.undated).toBe(1);
  });
});

describe('helpfulness past the points a tally keeps', () => {
  it('plots as many most-voted reviews as asked for', () => {
    const many = openSession(
      makeDataset(
        Array.from({ length: MOST_VOTED + 20 }, (_, i) =>
          makeReview({ id: `r${i}`, helpful: { up: 0, total: i + 1 } }),
        ),
      ),
    );
    const all = Int32Array.from({ length: many.size }, (_, i) => i);
    expect(helpfulness(many, all).points).toHaveLength(MOST_VOTED);
    expect(helpfulness(many, all).omitted).toBe(20);
    const more = helpfulness(many, all, MOST_VOTED + 10);
    expect(more.points).toHaveLength(MOST_VOTED + 10);
    expect(more.omitted).toBe(10);
    // The fewest-voted are the ones left out.
    expect(Math.min(...more.points.map((point) => point.total))).toBe(11);
  });
});
