// A relative path: the end-to-end tests read this file too, without the app's alias.
import { foldText } from '../../src/lib/fold';
import { parseSearch } from '../../src/query/search-syntax';

// The search rules read plainly, to check the engine against. Text is folded, then read a
// character at a time. Words are runs of letters, digits and marks. In Chinese, Japanese, Thai,
// Lao, Khmer and Burmese, written without spaces, every letter starts a word, and so does the
// first letter after one of theirs.
const WORD = /^[\p{L}\p{N}\p{M}]$/u;
const MARK = /^\p{M}$/u;
const UNSPACED =
  /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]$/u;

/** The folded text as characters, and whether a word starts at each. */
function read(field: string): { chars: string[]; starts: boolean[] } {
  const chars = [...foldText(field)];
  const starts: boolean[] = [];
  // The last letter or digit of the run so far, marks aside.
  let before: string | null = null;
  chars.forEach((char, at) => {
    if (!WORD.test(char)) {
      starts.push(false);
      before = null;
      return;
    }
    const runStart = at === 0 || !WORD.test(chars[at - 1] ?? ' ');
    const mark = MARK.test(char);
    starts.push(
      runStart || (!mark && (UNSPACED.test(char) || (before !== null && UNSPACED.test(before)))),
    );
    if (!mark) before = char;
  });
  return { chars, starts };
}

/**
 * Whether the clause holds in the field: its first word starts a word there, and each next
 * word starts the next word, after only spaces or punctuation. A word matches where the
 * folded text goes on with its characters, so the last may be the start of a longer word,
 * and all but the last end where the next begins.
 */
function holds(field: string | null, words: readonly string[]): boolean {
  const { chars, starts } = read(field ?? '');
  const matchFrom = (at: number, w: number): boolean => {
    const word = [...(words[w] ?? '')];
    if (!starts[at]) return false;
    if (!word.every((char, k) => chars[at + k] === char)) return false;
    if (w === words.length - 1) return true;
    let next = at + word.length;
    while (next < chars.length && !WORD.test(chars[next] ?? '')) next += 1;
    return matchFrom(next, w + 1);
  };
  return chars.some((_, at) => matchFrom(at, 0));
}

/** Whether a review's fields answer a search: every clause held, every excluded one not. */
export function searchFinds(
  review: { title: string | null; body: string; author: string | null },
  search: string,
): boolean {
  const fields = [review.title, review.body, review.author];
  // Clauses joined by OR share a group: one of them is enough.
  const groups = new Map<number, boolean>();
  let passed = true;
  for (const clause of parseSearch(search)) {
    const found = fields.some((field) => holds(field, clause.words));
    if (clause.exclude) passed &&= !found;
    else groups.set(clause.group ?? -1, found || groups.get(clause.group ?? -1) === true);
  }
  return passed && [...groups.values()].every(Boolean);
}

/** Whether one piece of text holds a search's clause (for checking marks). */
export function textHoldsClause(text: string, words: readonly string[]): boolean {
  return holds(text, words);
}
