import type { Dataset, Review } from './review-schema';

/** The review as a plain object, its fields in the schema's order: what may be cloned or stored. */
export function plainReview(review: Review): Review {
  return {
    id: review.id,
    title: review.title,
    author: review.author,
    date: review.date,
    spoiler: review.spoiler,
    body: review.body,
    rating: review.rating,
    helpful: { up: review.helpful.up, total: review.helpful.total },
  };
}

/**
 * The dataset with every review a plain object, for storing: a review whose body is kept as bytes
 * (see stored-review) would lose it to structured cloning.
 */
export function plainDataset(dataset: Dataset): Dataset {
  return { ...dataset, reviews: dataset.reviews.map(plainReview) };
}
