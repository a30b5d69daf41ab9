import type { Dataset, Review } from '@/data/review-schema';

export function makeReview(partial: Partial<Review> & { id: string }): Review {
  return {
    title: null,
    author: null,
    date: null,
    spoiler: false,
    body: 'Text.',
    rating: null,
    helpful: { up: 0, total: 0 },
    ...partial,
  };
}

export function makeDataset(reviews: Review[]): Dataset {
  return {
    schemaVersion: 1,
    film: { title: 'Test Film', year: 2004 },
    declaredReviewCount: null,
    reviews,
  };
}
