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

/** A clause as written in the box: its text (inside any quotes), and where it stands. */
interface Segment {
  text: string;
  exclude: boolean;
  /** From its `-` or opening quote to its end (and its closing quote), in the box's text. */
  start: number;
  end: number;
}

/** The box's text cut into clauses as written, in order, repeats and empty ones included. */
function segments(query: string): Segment[] {
  const found: Segment[] = [];
  let at = 0;
  while (at < query.length) {
    const char = query.charAt(at);
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    const start = at;
    let exclude = false;
    if (char === '-' && at + 1 < query.length && !/\s/.test(query.charAt(at + 1))) {
      exclude = true;
      at += 1;
    }
    if (query.charAt(at) === '"') {
      const close = query.indexOf('"', at + 1);
      const end = close === -1 ? query.length : close;
      found.push({
        text: query.slice(at + 1, end),
        exclude,
        start,
        end: Math.min(end + 1, query.length),
      });
      at = end + 1;
      continue;
    }
    let end = at;
    while (end < query.length && !/[\s"]/.test(query.charAt(end))) end += 1;
    found.push({ text: query.slice(at, end), exclude, start, end });
    at = end;
  }
  return found;
}

/** A clause's key: its folded words, `-` first when it excludes; null when it has no word. */
function keyOf({ text, exclude }: Segment): string | null {
  const words = foldedWords(text);
  return words.length === 0 ? null : `${exclude ? '-' : ''}${words.join(' ')}`;
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
  for (const segment of segments(query)) {
    // A one-word phrase is that word: "film" and film are the same clause.
    const key = keyOf(segment);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    clauses.push({ words: foldedWords(segment.text), exclude: segment.exclude, key });
  }
  return clauses;
}

/**
 * The clauses that ask for something (not exclusions), each once, as the reader wrote them
 * (`Mikkelsen`, `Kim Bodnia`), with their keys: the chips that show what is searched for.
 */
export function searchTerms(query: string): Array<{ key: string; text: string }> {
  const seen = new Set<string>();
  const terms: Array<{ key: string; text: string }> = [];
  for (const segment of segments(query)) {
    const key = keyOf(segment);
    if (key === null || segment.exclude || seen.has(key)) continue;
    seen.add(key);
    terms.push({ key, text: segment.text.replace(/\s+/g, ' ').trim() });
  }
  return terms;
}

/**
 * The box's text without the clause whose key is `key` (wherever and however often it is
 * written), the rest as the reader wrote it.
 */
export function searchWithout(query: string, key: string): string {
  let kept = '';
  let from = 0;
  for (const segment of segments(query)) {
    if (keyOf(segment) !== key) continue;
    // A space where it stood: the clauses either side must not join.
    kept += `${query.slice(from, segment.start)} `;
    from = segment.end;
  }
  return `${kept}${query.slice(from)}`.replace(/\s+/g, ' ').trim();
}

/** The words a search asks for (not those it excludes), each once, for marking matches. */
export function wantedClauses(query: string): SearchClause[] {
  return parseSearch(query).filter((clause) => !clause.exclude);
}
