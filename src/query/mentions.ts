import { UNSPACED_CHARS } from '@/lib/word-starts';
import { searchFields } from './columns';
import type { DatasetSession } from './dataset-session';
import { againstFilms, FILM_WORDS, type FilmsBackground, type FilmWords } from './film-words';
import { ReviewCounter, reviewBits } from './index-counts';
import { markWord, wordAt, wordCount, wordsStarting } from './search-index';
import { foldedWords, parseSearch, type SearchClause } from './search-syntax';
import { clauseMatcher, clauseRanges, reviewMatches } from './text-match';
import background from './background-words.json';

export { libraryFilms } from './film-words';

/** A word or two-word phrase the shown reviews use, and how many of them do. */
export interface Mention {
  /** As a reader would write it: the form it has in the first review that uses it. */
  label: string;
  /** Added to the search box when chosen: the word, or the phrase in quotes. */
  search: string;
  /** Shown reviews that the search finds with it added: exactly what the list then shows. */
  count: number;
}

/** How many mentions are shown at most. */
export const MENTIONS_SHOWN = 16;

/** In how many of the shown reviews (the first in the dataset's order) two-word phrases are looked for. */
const PHRASE_SAMPLE = 100;

/** How many of the words most shown reviews have two-word phrases are made of. */
const PHRASE_WORDS = 200;

// Common English words and the words every review of a film uses, left out.
const STOP = new Set(
  (
    'a about above after again against all almost also although always am an and another any ' +
    'are around as at back be became because become been before being below between both but by ' +
    'can cannot could did do does doing done down during each either else enough even ever every ' +
    'few first for from further get gets getting give given go goes going got had has have having ' +
    'he her here hers herself him himself his how however i if in into is isn it its itself just ' +
    'last least less let like made make makes many may me might more most much must my myself ' +
    'never new next no nor not nothing now of off often on once one only or other others our ours ' +
    'ourselves out over own part per perhaps quite rather really s same see seen seem seems she ' +
    'should since so some something still such t than that the their theirs them themselves then ' +
    'there these they thing things think this those though through thus to too toward under ' +
    'until up upon us use used very via was way we well were what when where whether which while ' +
    'who whom whose why will with within without would yet you your yours yourself yourselves ' +
    've ll re d m don didn doesn isn wasn aren won wouldn couldn shouldn can t ' +
    'film films movie movies story time watch watched watching one two three also review reviews ' +
    // What the reviews of any film say, whichever film it is: no news about this one.
    'acting actor actors actress actresses audience audiences camera cast casting character ' +
    'characters cinema cinematic director directors directed directing dialog dialogue ending ' +
    'endings plot plots scene scenes screen screenplay script scripts performance performances ' +
    'role roles viewer viewers overall follows follow following non minutes hour hours rating ' +
    'rated stars genre production produced version entertaining watchable recommend recommended'
  ).split(' '),
);

/** How much of a name's part's reviews the name must be in for the part to be taken as it. */
const NAME_SHARE = 0.5;

/** Damerau-Levenshtein distance of at most one: one letter added, dropped, changed or swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const rest = (x: string, y: string) => x.slice(i + 1) === y.slice(i + 1);
  if (a.length === b.length)
    return (
      rest(a, b) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Other spellings of a name's part that the shown reviews use (`mikkelson` for `mikkelsen`): one
 * edit apart, starting alike, less used than the part, and no everyday English word. A part
 * shorter than six letters has none (`tony` is someone else than `tonny` as often as not). The
 * part's own longer forms (`mikkelsens`) are found by searching for it already.
 */
function closeSpellings(
  index: NonNullable<DatasetSession['searchIndex']>,
  part: string,
  used: (w: number) => number,
  partUsed: number,
): string[] {
  if (part.length < 6) return [];
  const [first, end] = wordsStarting(index, part.slice(0, 3));
  const found: string[] = [];
  for (let w = first; w < end; w += 1) {
    const word = wordAt(index, w);
    if (word.startsWith(part) || !oneEditApart(part, word)) continue;
    if (part.startsWith(word)) continue;
    const count = used(w);
    if (count > 0 && count < partUsed && (everydayCounts().get(word) ?? 0) === 0) found.push(word);
  }
  return found;
}

// In a script without spaces the index's keys are pieces of text at every letter (see
// search-index), not words: no mention is made of them. A word starting with a mark is no word.
const NOT_A_WORD = new RegExp(`^\\p{M}|[${UNSPACED_CHARS}]`, 'u');
// Two Hangul syllables make a word (영화, film), as two Latin letters seldom do.
const HANGUL = /^[\p{sc=Hangul}]+$/u;

/** Words of everyday English and how often they are said (see scripts/build-background.ts). */
let everyday: Map<string, number> | null = null;

function everydayCounts(): Map<string, number> {
  if (everyday) return everyday;
  const counts = background.counts;
  everyday = new Map(background.words.split(' ').map((word, i) => [word, counts[i] ?? 0]));
  return everyday;
}

/** How often everyday English says a word: at least once. */
const everydaySaid = (word: string) => Math.max(everydayCounts().get(word) ?? 0, 1);

/** The prior's weight, in words (Monroe, Colaresi and Quinn 2008, "Fightin' Words"). */
const PRIOR_WORDS = 1000;

/**
 * How much more the shown reviews use a word than everyday English does, as a z-score of the
 * log-odds with an informative Dirichlet prior (Monroe et al. 2008): `inShown` of the shown
 * reviews' `shownTotal` word uses against the word's count in the background. A word the
 * background lacks (a name, mostly) counts as said once there.
 */
export function distinctiveness(inShown: number, shownTotal: number, word: string): number {
  const said = everydaySaid(word);
  const total = background.total;
  const prior = (PRIOR_WORDS * said) / total;
  const here = Math.log((inShown + prior) / (shownTotal + PRIOR_WORDS - inShown - prior));
  const there = Math.log((said + prior) / (total + PRIOR_WORDS - said - prior));
  return (here - there) / Math.sqrt(1 / (inShown + prior) + 1 / (said + prior));
}

function wanted(word: string, left: ReadonlySet<string>): boolean {
  return (
    (word.length > 2 || (word.length === 2 && HANGUL.test(word))) &&
    !/^\d+$/.test(word) &&
    !STOP.has(word) &&
    !left.has(word) &&
    !NOT_A_WORD.test(word)
  );
}

/** The library's other films, for the mentions of this one. */
export interface FilmsContext {
  /** What the other films' reviews use; null when the library has too few of them. */
  background: FilmsBackground | null;
  /** Given this film's word counts when every review is shown, to keep in the library. */
  keep: ((words: FilmWords) => void) | null;
  /** The film's id in the library. */
  id: string;
}

/**
 * Works out the mentions of the shown reviews a little at a time: the generator yields between
 * steps, so a caller runs it in idle slices and the list never waits for it. Its result (the
 * generator's return value, null until the index is built) counts each word or phrase once per
 * review, by the same rules
 * search matches by, so choosing one shows exactly `count` reviews.
 */
export function* mentionsOf(
  session: DatasetSession,
  shown: Int32Array,
  search: string,
  /** A word is distinctive against these films as well as against everyday English. */
  films: FilmsContext | null = null,
): Generator<void, Mention[] | null> {
  const index = session.searchIndex;
  // Null: not yet, the index is still being built.
  if (index === null) return null;
  if (shown.length === 0) return [];
  const size = session.size;
  const clauses = parseSearch(search);
  // The film's own words and the words already searched for are no news.
  const left = new Set([
    ...foldedWords(session.dataset.film.title),
    ...clauses.flatMap((clause) => clause.words),
  ]);
  yield;

  // Every word: the shown reviews that have it, from the index's postings.
  const words = wordCount(index);
  const counts = session.spare('mention counts', words, Int32Array);
  const shownBits = reviewBits(size, shown);
  // The shown reviews in the dataset's order: what follows depends on which reviews are shown,
  // not on their order, so a new sort leaves the mentions as they are.
  const places = session.spare('mention places', shown.length, Int32Array);
  for (let i = 0, k = 0; i < size && k < places.length; i += 1) {
    if ((((shownBits[i >> 3] ?? 0) >> (i & 7)) & 1) === 1) {
      places[k] = i;
      k += 1;
    }
  }
  /** How many shown reviews are marked. */
  const inShown = (marks: Uint8Array) => {
    let count = 0;
    for (let k = 0; k < places.length; k += 1) count += marks[places[k] ?? 0] ?? 0;
    return count;
  };
  let counted = 0;
  let uses = 0;
  const counter = new ReviewCounter(shownBits);
  for (let w = 0; w < words; w += 1) {
    const count = counter.count(index, w);
    counts[w] = count;
    uses += count;
    if (count >= 2) counted += 1;
    if ((w & 2047) === 2047) yield;
  }
  // The words most shown reviews have, in the vocabulary's order among equals: only as many
  // words are read out of the vocabulary as it takes to find the wanted ones.
  const byCount = session.spare('mention order', counted, Int32Array);
  for (let w = 0, k = 0; w < words; w += 1) {
    if ((counts[w] ?? 0) >= 2) {
      byCount[k] = w;
      k += 1;
    }
  }
  byCount.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
  if (films?.keep && shown.length === size) {
    const kept: string[] = [];
    const keptCounts: number[] = [];
    for (let k = 0; k < byCount.length && kept.length < FILM_WORDS; k += 1) {
      const word = wordAt(index, byCount[k] ?? 0);
      if (/^\d+$/.test(word) || NOT_A_WORD.test(word)) continue;
      kept.push(word);
      keptCounts.push(counts[byCount[k] ?? 0] ?? 0);
    }
    const { title, year } = session.dataset.film;
    films.keep({
      id: films.id,
      film: { title, year },
      total: uses,
      words: kept.join(' '),
      counts: Int32Array.from(keptCounts),
    });
    yield;
  }
  const others = films?.background ?? null;
  // The words two-word phrases are made of, each with its place in this list; and how
  // distinctive each wanted word is against everyday English.
  const common = new Map<string, number>();
  const score = new Map<string, number>();
  for (let k = 0; k < byCount.length; k += 1) {
    const word = wordAt(index, byCount[k] ?? 0);
    if (!wanted(word, left)) continue;
    if (common.size < PHRASE_WORDS) common.set(word, common.size);
    const count = counts[byCount[k] ?? 0] ?? 0;
    const everyday = distinctiveness(count, uses, word);
    // Where the library holds other films, as distinctive as it is against the less telling.
    score.set(
      word,
      others
        ? Math.min(
            everyday,
            againstFilms(count, uses, word, everydaySaid(word) / background.total, others),
          )
        : everyday,
    );
    if ((k & 1023) === 1023) yield;
  }
  const best = [...score.keys()]
    .filter((word) => (score.get(word) ?? 0) > 0)
    .sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0))
    .slice(0, MENTIONS_SHOWN * 2);
  yield;

  // Search matches a word at the start of longer ones too: each candidate is counted as search
  // will find it, in the view.
  const found: Array<{ clause: SearchClause; count: number }> = [];
  const mark = session.spare('mention mark', size, Uint8Array);
  for (let b = 0; b < best.length; b += 1) {
    const word = best[b] ?? '';
    mark.fill(0);
    markWord(index, word, mark);
    found.push({ clause: { words: [word], exclude: false, key: word }, count: inShown(mark) });
    yield;
  }

  // Two-word phrases of common words: found in the first shown reviews (each counted once per
  // review, by the two words' places in `common`), then counted in all of them. A phrase is in
  // no more reviews than its rarer word, so phrases of rarer words could not be among the first.
  const phrases = common.size;
  const inSample = session.spare('phrase counts', phrases * phrases, Int32Array).fill(0);
  const lastSeen = session.spare('phrase last seen', phrases * phrases, Int32Array).fill(-1);
  const sample = Math.min(places.length, PHRASE_SAMPLE);
  for (let k = 0; k < sample; k += 1) {
    const review = session.dataset.reviews[places[k] ?? -1];
    if (!review) continue;
    // Indexed loops here and below: this runs too seldom for the engine to optimize it, and
    // unoptimized, each step of a for-of loop makes an object.
    const fields = searchFields(review);
    for (let f = 0; f < fields.length; f += 1) {
      let before = -1;
      const tokens = foldedWords(fields[f] ?? '');
      for (let t = 0; t < tokens.length; t += 1) {
        const place = common.get(tokens[t] ?? '') ?? -1;
        const pair = before * phrases + place;
        if (before >= 0 && place >= 0 && lastSeen[pair] !== k) {
          lastSeen[pair] = k;
          inSample[pair] = (inSample[pair] ?? 0) + 1;
        }
        before = place;
      }
    }
    if ((k & 31) === 31) yield;
  }
  const commonWords = [...common.keys()];
  const candidates: string[] = [];
  let seenTwice = 0;
  for (let pair = 0; pair < inSample.length; pair += 1)
    if ((inSample[pair] ?? 0) >= 2) seenTwice += 1;
  const pairsByCount = session.spare('phrase order', seenTwice, Int32Array);
  for (let pair = 0, k = 0; pair < inSample.length; pair += 1) {
    if ((inSample[pair] ?? 0) >= 2) {
      pairsByCount[k] = pair;
      k += 1;
    }
  }
  pairsByCount.sort((a, b) => (inSample[b] ?? 0) - (inSample[a] ?? 0) || a - b);
  for (const pair of pairsByCount.subarray(0, 8)) {
    candidates.push(
      `${commonWords[Math.floor(pair / phrases)] ?? ''} ${commonWords[pair % phrases] ?? ''}`,
    );
  }
  const holds = mark;
  const next = session.spare('phrase next word', candidates.length > 0 ? size : 0, Uint8Array);
  const { reviews } = session.dataset;
  for (const pair of candidates) {
    const clause: SearchClause = { words: pair.split(' '), exclude: false, key: pair };
    const matcher = clauseMatcher(clause);
    const [first = '', second = ''] = clause.words;
    holds.fill(0);
    markWord(index, first, holds, true);
    next.fill(0);
    markWord(index, second, next);
    let count = 0;
    for (let k = 0; k < places.length; k += 1) {
      const i = places[k] ?? 0;
      if (holds[i] === 1 && next[i] === 1) {
        const review = reviews[i];
        if (review && reviewMatches(matcher, review, session.bodyTest)) count += 1;
      }
      if ((k & 1023) === 1023) yield;
    }
    if (count >= 2) found.push({ clause, count });
    // Each phrase compiled its patterns: the next is a step of its own.
    yield;
  }

  // Most distinctive first: a phrase as distinctive as the less distinctive of its words, and
  // ahead of its words when as distinctive.
  const scoreOf = ({ clause }: { clause: SearchClause }) =>
    Math.min(...clause.words.map((word) => score.get(word) ?? 0));
  found.sort(
    (a, b) =>
      scoreOf(b) - scoreOf(a) || b.count - a.count || b.clause.words.length - a.clause.words.length,
  );
  const kept = found.filter((item) => item.count > 0 && scoreOf(item) > 0);
  // Names: phrases said in at least three reviews and written capitalised (`Winding Refn`).
  const labels = new Map<string, string>();
  const names: typeof kept = [];
  for (const item of kept) {
    if (item.clause.words.length < 2 || item.count < 3 || names.length >= MENTIONS_SHOWN) continue;
    yield;
    const label = labelOf(session, places, item.clause);
    labels.set(item.clause.key, label);
    if (label.split(' ').every((part) => /^\p{Lu}/u.test(part))) names.push(item);
  }
  // A name takes its parts, and the close spellings of them the shown reviews use, where the
  // name is in most of the part's reviews: `Mads Mikkelsen` is searched as `"Mads Mikkelsen" OR
  // Mads OR Mikkelsen OR Mikkelson`, one chip for every review that names him, counted as
  // search finds it. Names sharing a part are one person (`Nicolas Winding`, `Winding Refn`).
  const partMarks = names.length > 0 ? session.spare('name part', size, Uint8Array) : mark;
  interface Person {
    /** The names' keys, the first the most said. */
    keys: string[];
    /** The names as the reviews write them. */
    written: string[][];
    /** Folded word searched for, and as it is added to the box. */
    words: Map<string, string>;
  }
  const people: Person[] = [];
  for (const name of names) {
    yield;
    const label = labels.get(name.clause.key) ?? name.clause.words.join(' ');
    const written = label.split(' ');
    if (written.length !== name.clause.words.length || label.includes('"')) continue;
    const words = new Map<string, string>();
    name.clause.words.forEach((part, at) => {
      partMarks.fill(0);
      markWord(index, part, partMarks);
      const partUsed = inShown(partMarks);
      if (partUsed === 0 || name.count < NAME_SHARE * partUsed) return;
      const as = written[at] ?? part;
      words.set(part, as);
      const capital = /^\p{Lu}/u.test(as);
      for (const spelling of closeSpellings(index, part, (w) => counts[w] ?? 0, partUsed)) {
        // Written as the part is: capitalised when it is.
        words.set(
          spelling,
          capital ? `${spelling.charAt(0).toUpperCase()}${spelling.slice(1)}` : spelling,
        );
      }
    });
    if (words.size === 0) continue;
    const same = people.find((person) => [...words.keys()].some((word) => person.words.has(word)));
    if (same) {
      same.keys.push(name.clause.key);
      same.written.push(written);
      for (const [word, as] of words) if (!same.words.has(word)) same.words.set(word, as);
    } else people.push({ keys: [name.clause.key], written: [written], words });
  }
  const asName = new Map<string, { label: string; search: string; count: number }>();
  const taken = new Set<string>();
  const union = people.length > 0 ? session.spare('name reviews', size, Uint8Array) : mark;
  for (const { keys, written, words } of people) {
    yield;
    // Two names in a row make the whole one (`Nicolas Winding` and `Winding Refn`).
    let [whole = []] = written;
    for (const other of written.slice(1)) {
      if (other[0] === whole.at(-1)) whole = [...whole, ...other.slice(1)];
      else if (other.at(-1) === whole[0]) whole = [...other, ...whole.slice(1)];
    }
    const label = whole.join(' ');
    union.fill(0);
    for (const word of words.keys()) {
      partMarks.fill(0);
      markWord(index, word, partMarks);
      for (let i = 0; i < size; i += 1) union[i] = (union[i] ?? 0) | (partMarks[i] ?? 0);
      taken.add(word);
    }
    const [key = '', ...others] = keys;
    for (const other of others) taken.add(other);
    asName.set(key, {
      label,
      search: [`"${label}"`, ...words.values()].join(' OR '),
      count: inShown(union),
    });
  }
  const chosen = kept
    .filter(({ clause }) => {
      // A name that is one person with a name more said goes with it.
      if (taken.has(clause.key)) return false;
      if (clause.words.length > 1) return true;
      const [word = ''] = clause.words;
      // A plural whose singular is offered: search for the singular finds both.
      if (kept.some((other) => other.clause.key !== word && word === `${other.clause.key}s`)) {
        return false;
      }
      // A name's part, or another spelling of one, is offered with the name.
      return !taken.has(word);
    })
    .slice(0, MENTIONS_SHOWN)
    .map((item) => ({ ...item, count: asName.get(item.clause.key)?.count ?? item.count }))
    // Offered most said first.
    .sort((a, b) => b.count - a.count || b.clause.words.length - a.clause.words.length);
  const mentions: Mention[] = [];
  for (const { clause, count } of chosen) {
    // Each label compiles its clause's patterns: a step of its own.
    const name = asName.get(clause.key);
    if (name) {
      mentions.push({ label: name.label, search: name.search, count });
      continue;
    }
    const known = labels.get(clause.key);
    if (known === undefined) yield;
    const label = known ?? labelOf(session, places, clause);
    // Added to the box as the reviews write it (`Mikkelsen`), which search reads as the words.
    const written = foldedWords(label).join(' ') === clause.key && !label.includes('"');
    const text = written ? label : clause.words.join(' ');
    mentions.push({ label, search: clause.words.length > 1 ? `"${text}"` : text, count });
  }
  return mentions;
}

/**
 * The clause as the first shown review (in the dataset's order) that has it writes it
 * (`Mikkelsen`, `Mads Mikkelsen`).
 */
function labelOf(session: DatasetSession, shown: Int32Array, clause: SearchClause): string {
  const matcher = clauseMatcher(clause);
  for (let k = 0; k < Math.min(shown.length, 500); k += 1) {
    const i = shown[k] ?? -1;
    const review = session.dataset.reviews[i];
    // Its text is read (a body made a string) only where the clause is.
    if (!review || !reviewMatches(matcher, review, session.bodyTest)) continue;
    for (const field of searchFields(review)) {
      if (field === null) continue;
      const [range] = clauseRanges(field, clause);
      if (range) return field.slice(range[0], range[1]).replace(/\s+/g, ' ');
    }
  }
  return clause.words.join(' ');
}
