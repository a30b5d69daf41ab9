import type { Review } from './review-schema';

// FNV-1a, twice with different offsets, gives a 64-bit content hash without any Node or Web API,
// so the same page yields the same ids in the build script, the command line and the browser.
function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** An id that stays the same across re-parses of the same page. */
export function reviewContentId(
  review: Pick<Review, 'author' | 'date' | 'title' | 'body'>,
): string {
  const key = [review.author ?? '', review.date ?? '', review.title ?? '', review.body].join(
    '\u0000',
  );
  const high = fnv1a(key, 0x811c9dc5).toString(36).padStart(7, '0');
  const low = fnv1a(key, 0x01000193).toString(36).padStart(7, '0');
  return `r${high}${low}`;
}
