import { foldText } from '@/lib/fold';

/**
 * One part of a search: a word (matched at the start of a word: `father` finds "fathers", not
 * "godfather"; in Chinese, Japanese or Thai, wherever it occurs, see lib/word-starts) or a
 * phrase of words in a row (`"two words"`; its last word, too, may be the start of a word).
 * `exclude` leaves out the reviews that match (`-word`, `-"two words"`). Clauses joined by `OR`
 * (`Mikkelsen OR Mikkelson`) share a `group`: a review needs one of them. Every other clause is
 * a group of its own, and a review needs every group.
 */
export interface SearchClause {
  /** Folded words, at least one. */
  readonly words: readonly string[];
  readonly exclude: boolean;
  /** The clause's words and whether it excludes, folded: `mads`, `mads mikkelsen`, `-tonny`. */
  readonly key: string;
  /**
   * Clauses with the same group are alternatives (`OR`); parseSearch numbers groups from 0. A
   * clause made to count or mark one word or phrase needs none.
   */
  readonly group?: number;
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

/** `OR` as written between two clauses: capitals, no quotes, no minus. */
function isOr(query: string, segment: Segment): boolean {
  return !segment.exclude && query.slice(segment.start, segment.end) === 'OR';
}

/**
 * The box's clauses as written, in groups: clauses joined by `OR` are one group, any other is a
 * group of its own. `OR` joins two clauses that ask for something; anywhere else (first, last,
 * beside an exclusion or another `OR`) it is the word "or". Clauses without a word are left out.
 */
function groupsOf(query: string): Segment[][] {
  const all = segments(query).filter((segment) => keyOf(segment) !== null);
  const groups: Segment[][] = [];
  for (let i = 0; i < all.length; i += 1) {
    const segment = all[i] as Segment;
    const before = all[i - 1];
    const after = all[i + 1];
    const joins =
      isOr(query, segment) &&
      before !== undefined &&
      after !== undefined &&
      !before.exclude &&
      !after.exclude &&
      !isOr(query, before) &&
      !isOr(query, after) &&
      // The clause before is not itself an OR read as a word.
      groups.at(-1)?.at(-1) === before;
    if (joins) {
      groups.at(-1)?.push(after);
      i += 1;
    } else groups.push([segment]);
  }
  return groups;
}

/** A group's key: its clauses' keys, each once, in order, joined by ` OR `. */
function groupKey(group: readonly Segment[]): string {
  return [...new Set(group.map((segment) => keyOf(segment) ?? ''))].join(' OR ');
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
  let group = 0;
  for (const segments of groupsOf(query)) {
    // A one-word phrase is that word: "film" and film are the same clause.
    const key = groupKey(segments);
    if (seen.has(key)) continue;
    seen.add(key);
    const keys = new Set<string>();
    for (const segment of segments) {
      const clauseKey = keyOf(segment) ?? '';
      if (keys.has(clauseKey)) continue;
      keys.add(clauseKey);
      const words = foldedWords(segment.text);
      clauses.push({ words, exclude: segment.exclude, key: clauseKey, group });
    }
    group += 1;
  }
  return clauses;
}

/** What is searched for, as a chip shows it. */
export interface SearchTerm {
  /** The group's key (see groupKey): `mikkelsen`, `mads mikkelsen OR mikkelson`. */
  key: string;
  /** Its first clause as the reader wrote it (`Mikkelsen`, `Mads Mikkelsen`). */
  text: string;
  /** The other clauses of an `OR`, as written (`Mikkelson`). */
  alternatives: string[];
}

/**
 * The groups that ask for something (not exclusions), each once, as the reader wrote them
 * (`Mikkelsen`, `Kim Bodnia`), with their keys: the chips that show what is searched for.
 */
export function searchTerms(query: string): SearchTerm[] {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  const written = (segment: Segment) => segment.text.replace(/\s+/g, ' ').trim();
  for (const group of groupsOf(query)) {
    const key = groupKey(group);
    const [first, ...rest] = group;
    if (!first || first.exclude || seen.has(key)) continue;
    seen.add(key);
    terms.push({ key, text: written(first), alternatives: rest.map(written) });
  }
  return terms;
}

/**
 * The box's text without the group whose key is `key` (wherever and however often it is
 * written, with its `OR`s), the rest as the reader wrote it.
 */
export function searchWithout(query: string, key: string): string {
  let kept = '';
  let from = 0;
  for (const group of groupsOf(query)) {
    const first = group[0];
    const last = group.at(-1);
    if (!first || !last || groupKey(group) !== key) continue;
    // A space where it stood: the clauses either side must not join.
    kept += `${query.slice(from, first.start)} `;
    from = last.end;
  }
  return `${kept}${query.slice(from)}`.replace(/\s+/g, ' ').trim();
}

/** The words a search asks for (not those it excludes), each once, for marking matches. */
export function wantedClauses(query: string): SearchClause[] {
  return parseSearch(query).filter((clause) => !clause.exclude);
}
