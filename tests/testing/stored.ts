import type { Dataset, Review } from '@/data/review-schema';
import { BodyPacker, StoredReview } from '@/data/stored-review';

/** The reviews as the loader's worker hands them to the page: bodies kept as bytes, in pieces. */
export function storedReviews(reviews: readonly Review[], perPiece = 3): StoredReview[] {
  const packer = new BodyPacker();
  const stored: StoredReview[] = [];
  for (let from = 0; from < reviews.length; from += perPiece) {
    const run = reviews.slice(from, from + perPiece);
    for (const review of run) packer.add(review.body);
    const piece = packer.piece();
    run.forEach((review, slot) => stored.push(new StoredReview(review, piece, slot)));
  }
  return stored;
}

export function storedDataset(dataset: Dataset): Dataset {
  return { ...dataset, reviews: storedReviews(dataset.reviews) };
}
