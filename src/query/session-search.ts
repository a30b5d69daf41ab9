import type { Dataset } from '@/data/review-schema';
import { highlightRanges } from './highlight';
import { bodySnippets, type BodySnippets } from './snippets';
import { markWord, type SearchIndex } from './search-index';
import { parseSearch, type SearchClause } from './search-syntax';
import { clauseMatcher, reviewMatches, type BodyTest } from './text-match';

// The search of an open dataset: which reviews hold each word or phrase, as bits kept by the
// session, and where to mark them. A chunk of its own (DatasetSession.loadSearch): the list
// first paints without it.

/** Where a text holds what a search asks for, and the sentences of a review's body holding it. */
export interface Marker {
  /** [start, end) ranges of `text` to mark, in order. */
  (text: string): Array<[number, number]>;
  /** The sentences of a review's body that hold a match, for its card (see snippets). */
  readonly snippets: (body: string) => BodySnippets;
}

/** What the search reads of and keeps in a dataset's session. */
export interface SearchedSession {
  readonly dataset: Dataset;
  readonly size: number;
  readonly searchIndex: SearchIndex | null;
  readonly clauseMasks: Map<string, Uint8Array>;
  readonly bodyTest: BodyTest;
  keepClause(key: string, bits: Uint8Array): Uint8Array;
  workingMask(): Uint8Array;
}

/** Reviews read between two looks at the clock: about a millisecond of text at most. */
const READ_STEP = 256;

/** A byte-per-review mask packed to bits: review 8b + k is bit k of byte b. */
function packBits(mask: Uint8Array): Uint8Array {
  const bits = new Uint8Array(Math.ceil(mask.length / 8));
  for (let b = 0, i = 0; b < bits.length; b += 1, i += 8) {
    let byte = 0;
    for (let k = 0; k < 8; k += 1) byte |= (mask[i + k] ?? 0) << k;
    bits[b] = byte;
  }
  return bits;
}

/**
 * Writes packed bits into a byte-per-review mask, a byte of bits at a time: as they are, and-ed
 * in, or clearing. (Writes past the mask's end, in the last byte, are ignored by the array.)
 */
function unpackBits(bits: Uint8Array, mask: Uint8Array, how: 'set' | 'and' | 'clear'): void {
  for (let b = 0, i = 0; b < bits.length; b += 1, i += 8) {
    const byte = bits[b] ?? 0;
    if (how === 'set') for (let k = 0; k < 8; k += 1) mask[i + k] = (byte >> k) & 1;
    else if (how === 'and') {
      if (byte === 255) continue;
      for (let k = 0; k < 8; k += 1) mask[i + k] = (mask[i + k] ?? 0) & (byte >> k);
    } else if (byte !== 0) {
      for (let k = 0; k < 8; k += 1) if (((byte >> k) & 1) === 1) mask[i + k] = 0;
    }
  }
}

/**
 * Reviews holding the clause's word or phrase (excluding is the caller's), as bits: review
 * 8b + k is bit k of byte b. Kept as bits, the recent clauses take an eighth of the memory a
 * byte per review did, and each word typed makes that much less to collect.
 */
export function clauseBits(session: SearchedSession, clause: SearchClause): Uint8Array {
  const key = clause.words.join(' ');
  const cached = session.clauseMasks.get(key);
  if (cached) {
    // Most recently used last, so the oldest is the one let go.
    session.clauseMasks.delete(key);
    session.clauseMasks.set(key, cached);
    return cached;
  }
  const { size } = session;
  // Marked a byte per review in the working mask, then packed.
  const mask = session.workingMask().fill(0);
  const { words } = clause;
  const index = session.searchIndex;
  // A word is answered by the index alone, unless it is longer than the index's keys (in a
  // script without spaces): then, as for a phrase, the index gives the reviews to read.
  const exact = index !== null && words.length === 1 && markWord(index, words[0] ?? '', mask);
  if (!exact) {
    const matcher = clauseMatcher(clause);
    const reviews = session.dataset.reviews;
    let candidates: Uint8Array | null = null;
    if (index && words.length === 1) {
      candidates = mask.slice();
      mask.fill(0);
    } else if (index) {
      // Reviews holding every word of the phrase; then the text says whether they are in a row.
      candidates = new Uint8Array(size);
      markWord(index, words[0] ?? '', candidates, words.length > 1);
      for (let w = 1; w < words.length; w += 1) {
        const next = new Uint8Array(size);
        markWord(index, words[w] ?? '', next, w < words.length - 1);
        for (let i = 0; i < size; i += 1) candidates[i] = (candidates[i] ?? 0) & (next[i] ?? 0);
      }
    }
    for (let i = 0; i < size; i += 1) {
      if (candidates && candidates[i] === 0) continue;
      const review = reviews[i];
      if (review && reviewMatches(matcher, review, session.bodyTest)) mask[i] = 1;
    }
  }
  return session.keepClause(key, packBits(mask));
}

/**
 * Whether a search is answered without reading the reviews' text: it asks for nothing, the
 * index is here (each clause then takes milliseconds), or every clause was read before.
 */
export function answersAtOnce(session: SearchedSession, search: string): boolean {
  return (
    session.searchIndex !== null ||
    parseSearch(search).every((clause) => session.clauseMasks.has(clause.words.join(' ')))
  );
}

/** Bodies whose snippets a marker keeps: more than a long list's rendered cards. */
const SNIPPETS_KEPT = 200;

/** Where a text holds what a search asks for, to mark it; null when it asks for nothing. */
export function marker(search: string): Marker | null {
  if (parseSearch(search).every((clause) => clause.exclude)) return null;
  const mark = (text: string) => highlightRanges(text, search);
  // A card scrolled out of a long list and back, or rendered again, finds its body's sentences
  // here: one marker serves one search, so these are kept per review and search.
  const kept = new Map<string, BodySnippets>();
  const snippets = (body: string) => {
    const known = kept.get(body);
    if (known) return known;
    if (kept.size >= SNIPPETS_KEPT) kept.clear();
    const made = bodySnippets(body, mark(body));
    kept.set(body, made);
    return made;
  };
  return Object.assign(mark, { snippets });
}

/**
 * The reviews a search lets through, a byte each, in the session's working mask; null when the
 * search asks for nothing.
 */
export function searchMask(session: SearchedSession, search: string): Uint8Array | null {
  const clauses = parseSearch(search);
  if (clauses.length === 0) return null;
  // Every clause's bits first: making them uses the working mask. A group of alternatives
  // (`OR`) is their bits joined.
  const groups = clauseGroups(clauses);
  const wanted = groups
    .filter((group) => !group[0]?.exclude)
    .map((group) => anyOf(group.map((clause) => clauseBits(session, clause))));
  const left = groups
    .filter((group) => group[0]?.exclude)
    .flatMap((group) => group.map((clause) => clauseBits(session, clause)));
  const mask = session.workingMask();
  const [first, ...rest] = wanted;
  if (first) unpackBits(first, mask, 'set');
  else mask.fill(1);
  for (const bits of rest) unpackBits(bits, mask, 'and');
  for (const bits of left) unpackBits(bits, mask, 'clear');
  return mask;
}

/** The clauses in their groups (see SearchClause in search-syntax): a review needs one clause of every group. */
export function clauseGroups(clauses: readonly SearchClause[]): SearchClause[][] {
  const groups = new Map<unknown, SearchClause[]>();
  for (const clause of clauses) {
    const group = clause.group ?? clause;
    const known = groups.get(group);
    if (known) known.push(clause);
    else groups.set(group, [clause]);
  }
  return [...groups.values()];
}

/** Packed bits set where any of `bits` is (the first itself when alone). */
function anyOf(bits: readonly Uint8Array[]): Uint8Array {
  const [first, ...rest] = bits;
  if (!first) return new Uint8Array(0);
  if (rest.length === 0) return first;
  const joined = first.slice();
  for (const more of rest)
    for (let b = 0; b < joined.length; b += 1) joined[b] = (joined[b] ?? 0) | (more[b] ?? 0);
  return joined;
}

/** What a search read before the index is here has found so far (see readSearch). */
export interface SearchProgress {
  /** A byte per review: 1 for each review read so far that the search lets through. */
  readonly mask: Uint8Array;
  /** How many reviews the mask holds. */
  readonly found: number;
  /** Whether these are all it finds before the whole answer (the reading in order is over). */
  readonly last: boolean;
}

/**
 * Reviews read first in the list's order: enough for many screens of the answer. The rest are
 * read in the order they are kept, which is far quicker than jumping about the kept text.
 */
export const READ_IN_ORDER = 2048;

/**
 * Reads the reviews' text for a search not answered at once, a few hundred reviews a step (for
 * runInSlices). The first READ_IN_ORDER are read in `order` (the list's): after each of those
 * steps `progress` gets the reviews found so far, which are exactly the first of the answer in
 * that order, so the list can show them while the rest is read (in the order the reviews are
 * kept). Each clause's bits are kept at the end, as clauseBits keeps them. Until the loader's
 * index arrives a search is answered this way without holding the page for the whole scan; once
 * it is here the reading stops, and the index answers at once.
 */
export function* readSearch(
  session: SearchedSession,
  search: string,
  order: Int32Array,
  progress: (found: SearchProgress) => void = () => undefined,
): Generator<void, void> {
  const reviews = session.dataset.reviews;
  const { size } = session;
  const clauses = parseSearch(search);
  const readings = clauses.map((clause, at) => {
    const key = clause.words.join(' ');
    const bits = session.clauseMasks.get(key) ?? null;
    return {
      key,
      exclude: clause.exclude,
      group: clause.group ?? -1 - at,
      bits,
      matcher: bits ? null : clauseMatcher(clause),
      // Its own marks: queries run between the steps and use the working mask.
      read: bits ? null : new Uint8Array(size),
    };
  });
  // A group of alternatives passes when one of them holds: whether one has held so far.
  const groupHeld = new Map<number, boolean>();
  /** Whether review i passes every clause; each clause is read, whatever the others say. */
  const passes = (i: number): boolean => {
    const review = reviews[i];
    let passed = true;
    groupHeld.clear();
    for (const { exclude, group, bits, matcher, read } of readings) {
      let holds: boolean;
      if (bits) holds = (((bits[i >> 3] ?? 0) >> (i & 7)) & 1) === 1;
      else {
        holds =
          review !== undefined &&
          matcher !== null &&
          reviewMatches(matcher, review, session.bodyTest);
        if (holds && read) read[i] = 1;
      }
      if (exclude) {
        if (holds) passed = false;
      } else groupHeld.set(group, holds || groupHeld.get(group) === true);
    }
    for (const held of groupHeld.values()) if (!held) passed = false;
    return passed;
  };
  const inOrder = Math.min(size, READ_IN_ORDER);
  const mask = new Uint8Array(size);
  // Read in the list's order, and so not again below.
  const early = new Uint8Array(size);
  let found = 0;
  for (let start = 0; start < inOrder; start += READ_STEP) {
    if (session.searchIndex !== null) return;
    const end = Math.min(inOrder, start + READ_STEP);
    for (let k = start; k < end; k += 1) {
      const i = order[k] ?? 0;
      early[i] = 1;
      if (passes(i)) {
        mask[i] = 1;
        found += 1;
      }
    }
    progress({ mask, found, last: end === inOrder });
    yield;
  }
  if (inOrder < size) {
    for (let start = 0; start < size; start += READ_STEP) {
      if (session.searchIndex !== null) return;
      const end = Math.min(size, start + READ_STEP);
      for (let i = start; i < end; i += 1) if (early[i] === 0) passes(i);
      yield;
    }
  }
  for (const { key, read } of readings) if (read) session.keepClause(key, packBits(read));
}

export type SessionSearch = typeof import('./session-search');
