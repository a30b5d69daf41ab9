import type { Dataset } from '@/data/review-schema';

/** Five reviews covering every field the UI shows: nulls, spoilers, ratings, accents, votes. */
export const smallDataset: Dataset = {
  schemaVersion: 1,
  film: { title: 'Pusher II', year: 2004 },
  declaredReviewCount: 31,
  reviews: [
    {
      id: 'r1',
      title: 'Even better than the first',
      author: 'Ulrik',
      date: '2006-03-11',
      spoiler: false,
      body: 'A great dynamic.\n\nI highly recommend it. 9/10',
      rating: 9,
      helpful: { up: 28, total: 33 },
    },
    {
      id: 'r2',
      title: null,
      author: 'kimbo17',
      date: '2005-03-22',
      spoiler: false,
      body: 'Seen this clichéd piece of film-making tonight.',
      rating: null,
      helpful: { up: 6, total: 33 },
    },
    {
      id: 'r3',
      title: 'Lacks the nerve',
      author: 'poul-4',
      date: '2004-12-17',
      spoiler: true,
      body: 'Tonny kills his dad in the end.',
      rating: null,
      helpful: { up: 6, total: 19 },
    },
    {
      id: 'r4',
      title: 'Refn and Mikkelsen are in top form.',
      author: null,
      date: null,
      spoiler: false,
      body: 'About broken families.',
      rating: null,
      helpful: { up: 1, total: 1 },
    },
    {
      id: 'r5',
      title: 'Quite disappointing',
      author: 'torelaursen',
      date: '2005-01-06',
      spoiler: false,
      body: 'A good laugh but nothing more. 5 out of 10.',
      rating: 5,
      helpful: { up: 12, total: 39 },
    },
  ],
};

export const FIXTURE_URL = '/fixtures/small.json';
