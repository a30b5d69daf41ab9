import { foldText } from '@/lib/fold';

/**
 * One part of a search: a word (matched at the start of a word: `father` finds "fathers", not
 * "godfather"; in Chinese, Japanese or Thai, wherever it occurs, see lib/word-starts) or a
 * phrase of words in a row (`"two words"`; its last word, too, may be the start of a word).
 * `exclude` leaves out the reviews that match (`-word`, `-"two words"`).
 */
export interface SearchClause {
  /** Folded words, at least one. */
  readonly words: readonly string[];
  readonly exclude: boolean;
  /** The clause's words and whether it excludes, folded: `mads`, `mads mikkelsen`, `-tonny`. */
  readonly key: string;
}

// Marks that folding keeps (a dakuten, a Thai vowel sign) are part of their word.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The folded words of a piece of text, in order: runs of letters, digits and marks. (In scripts
 * without spaces a run may hold many words; see lib/word-starts.)
 */
export function foldedWords(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/**
 * The clauses of a search box's text. Quotes group a phrase (an unclosed quote runs to the end);
 * a `-` before a word or a quote excludes it; words are split at anything that is not a letter
 * or digit (`9/10` is the phrase "9 10"). Empty quotes, a lone `-` and repeated clauses add
 * nothing.
 */
export function parseSearch(query: string): SearchClause[] {
  const clauses: SearchClause[] = [];
  const seen = new Set<string>();
  const add = (text: string, exclude: boolean) => {
    const words = foldedWords(text);
    if (words.length === 0) return;
    // A one-word phrase is that word: "film" and film are the same clause.
    const key = `${exclude ? '-' : ''}${words.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    clauses.push({ words, exclude, key });
  };
  let at = 0;
  while (at < query.length) {
    const char = query.charAt(at);
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    let exclude = false;
    if (char === '-' && at + 1 < query.length && !/\s/.test(query.charAt(at + 1))) {
      exclude = true;
      at += 1;
    }
    if (query.charAt(at) === '"') {
      const close = query.indexOf('"', at + 1);
      const end = close === -1 ? query.length : close;
      add(query.slice(at + 1, end), exclude);
      at = end + 1;
      continue;
    }
    let end = at;
    while (end < query.length && !/[\s"]/.test(query.charAt(end))) end += 1;
    add(query.slice(at, end), exclude);
    at = end;
  }
  return clauses;
}

/** The words a search asks for (not those it excludes), each once, for marking matches. */
export function wantedClauses(query: string): SearchClause[] {
  return parseSearch(query).filter((clause) => !clause.exclude);
}
