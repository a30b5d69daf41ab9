import { UNKNOWN_FILM_TITLE } from './unknown-film';
import type { Dataset } from './review-schema';

// When two pages are one film, and what merging them adds.

/** The reviews of `incoming` not already in `existing` (same id), appended in page order. */
export function mergeDatasets(
  existing: Dataset,
  incoming: Dataset,
): { dataset: Dataset; added: number } {
  const known = new Set(existing.reviews.map((review) => review.id));
  const fresh = incoming.reviews.filter((review) => !known.has(review.id));
  return {
    dataset: {
      ...existing,
      declaredReviewCount: existing.declaredReviewCount ?? incoming.declaredReviewCount,
      reviews: [...existing.reviews, ...fresh],
    },
    added: fresh.length,
  };
}

/** How many of `incoming`'s reviews a merge into a dataset holding `known` ids would add. */
export function countNew(known: ReadonlySet<string>, incoming: Dataset): number {
  let added = 0;
  const seen = new Set<string>();
  for (const { id } of incoming.reviews) {
    if (known.has(id) || seen.has(id)) continue;
    seen.add(id);
    added += 1;
  }
  return added;
}

/** The same film, as far as the pages say: pages whose film is unknown may be of any two films. */
export function sameFilm(a: Dataset['film'], b: Dataset['film']): boolean {
  const title = a.title.trim().toLowerCase();
  return (
    title !== UNKNOWN_FILM_TITLE.toLowerCase() &&
    title === b.title.trim().toLowerCase() &&
    a.year === b.year
  );
}
