import { graphemeStartAtOrBefore } from '@/lib/grapheme-start';

// The sentences of a review's body that hold what a search asks for: shown on its card above the
// text, since a match deep in a long review (or in the faded, clamped part) is otherwise out of
// sight. Part of the search's chunk (session-search), loaded after the first paint.

/** A piece of a text: [start, end). */
export type Span = [number, number];

/** A sentence of a body holding a match, as displayed: shortened around it when long. */
export interface Snippet {
  /** The sentence's text, or its part around the match with `…` where it was cut. */
  readonly text: string;
  /** The matches in `text`, as [start, end) ranges of it, in order. */
  readonly marks: readonly Span[];
}

/** What a card shows of the sentences of a body that match a search. */
export interface BodySnippets {
  /** The first few matching sentences, in the body's order. */
  readonly shown: readonly Snippet[];
  /** How many sentences match in all. */
  readonly sentences: number;
  /** How many matches the body holds in all. */
  readonly matches: number;
}

/** Sentences shown on a card. */
export const SNIPPETS_SHOWN = 2;
/** A sentence longer than this is shown shortened around its first match. */
export const SNIPPET_LENGTH = 240;
/** How much of a long sentence is kept before its first match. */
const LEAD = 80;

const NO_SNIPPETS: BodySnippets = { shown: [], sentences: 0, matches: 0 };

// What may close a sentence after its `.`, `!` or `?`: more of them, quotes, brackets.
const CLOSERS = new Set([...'.!?…"\'”’»)]']);

const isSpace = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;

/**
 * The sentences of a text, as [start, end) spans without the spaces around them. A sentence
 * ends at `.`, `!` or `?` (with any quotes or brackets closing it) followed by a space or a line
 * break, and at every line break, so a paragraph break always ends one. Simple on purpose: an
 * abbreviation ("Mr. Jensen") ends a sentence too, which costs a snippet only a few words.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const close = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && isSpace(text.charCodeAt(from))) from += 1;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to -= 1;
    if (to > from) spans.push([from, to]);
    start = end;
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      close(i);
      start = i + 1;
    } else if (code === 46 || code === 33 || code === 63) {
      let end = i + 1;
      while (end < text.length && CLOSERS.has(text.charAt(end))) end += 1;
      if (end === text.length || isSpace(text.charCodeAt(end))) close(end);
      i = end - 1;
    }
  }
  close(text.length);
  return spans;
}

/**
 * The sentence [start, end) of `body` as displayed: whole when short, else about `length`
 * characters around its first match, cut at spaces where there are some (between characters
 * otherwise), with `…` where cut. The match itself is never cut.
 */
function snippetOf(
  body: string,
  [start, end]: Span,
  marks: readonly Span[],
  length: number,
): Snippet {
  let from = start;
  let to = end;
  if (end - start > length) {
    const [matchStart, matchEnd] = marks[0] ?? [start, start];
    from = Math.max(start, Math.min(matchStart - LEAD, end - length));
    if (from > start) {
      // Start at the next word, or inside this one when no space comes before the match.
      let space = from;
      while (space < matchStart && !isSpace(body.charCodeAt(space))) space += 1;
      from = space < matchStart ? space + 1 : graphemeStartAtOrBefore(body, from);
    }
    to = Math.max(from + length, matchEnd);
    if (to < end) {
      // End at the last space before it, or inside the word when none follows the match.
      let space = to;
      while (space > matchEnd && !isSpace(body.charCodeAt(space))) space -= 1;
      to = space > matchEnd ? space : Math.max(matchEnd, graphemeStartAtOrBefore(body, to));
    } else to = end;
  }
  const kept = body.slice(from, to);
  const trimmed = kept.trim();
  const before = from > start ? '…' : '';
  const after = to < end ? '…' : '';
  const text = `${before}${trimmed}${after}`;
  // Where body offsets land in `text`.
  const shift = before.length - from - (kept.length - kept.trimStart().length);
  const textEnd = before.length + trimmed.length;
  const moved: Span[] = [];
  for (const [a, b] of marks) {
    const markStart = Math.max(a + shift, before.length);
    const markEnd = Math.min(b + shift, textEnd);
    if (markEnd > markStart) moved.push([markStart, markEnd]);
  }
  return { text, marks: moved };
}

/**
 * The sentences of `body` holding a match (`ranges`: where the search's marker marks the body,
 * sorted and apart), the first `limit` of them as displayed, and how many match in all. A match
 * running over a sentence's end (a phrase across `. `) joins the sentences it spans.
 */
export function bodySnippets(
  body: string,
  ranges: readonly Span[],
  limit = SNIPPETS_SHOWN,
  length = SNIPPET_LENGTH,
): BodySnippets {
  if (ranges.length === 0) return NO_SNIPPETS;
  const sentences = sentenceSpans(body);
  const shown: Snippet[] = [];
  let matching = 0;
  let r = 0;
  for (let s = 0; s < sentences.length && r < ranges.length; s += 1) {
    const sentence = sentences[s];
    if (!sentence) continue;
    const [start] = sentence;
    let [, end] = sentence;
    const marks: Span[] = [];
    for (let range = ranges[r]; range && range[0] < end; range = ranges[r]) {
      // A match in the spaces between two sentences belongs to neither; none is there (a match
      // starts with a letter or digit), but the loop must still move on.
      if (range[1] > start) marks.push(range);
      r += 1;
      // A match running past this sentence takes in the sentences it reaches.
      while (range[1] > end) {
        const next = sentences[s + 1];
        if (!next) break;
        s += 1;
        end = next[1];
      }
    }
    if (marks.length === 0) continue;
    matching += 1;
    if (shown.length < limit) shown.push(snippetOf(body, [start, end], marks, length));
  }
  return { shown, sentences: matching, matches: ranges.length };
}
