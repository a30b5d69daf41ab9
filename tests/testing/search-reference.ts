// A relative path: the end-to-end tests read this file too, without the app's alias.
import { foldedWords, parseSearch } from '../../src/query/search-syntax';

/**
 * The search rules read plainly, to check the engine against: a clause holds in a field when
 * its words come in a row there, each whole but the last, which may start a longer word.
 */
function holds(field: string | null, words: readonly string[]): boolean {
  const all = foldedWords(field ?? '');
  return all.some((_, at) =>
    words.every((word, j) =>
      j === words.length - 1 ? (all[at + j] ?? '').startsWith(word) : all[at + j] === word,
    ),
  );
}

/** Whether a review's fields answer a search: every clause held, every excluded one not. */
export function searchFinds(
  review: { title: string | null; body: string; author: string | null },
  search: string,
): boolean {
  const fields = [review.title, review.body, review.author];
  return parseSearch(search).every(
    (clause) => fields.some((field) => holds(field, clause.words)) !== clause.exclude,
  );
}
