import { graphemeStartAtOrBefore } from './grapheme-start';

/** How much of a review's title is displayed before "Show full title": its four lines and more. */
export const TITLE_LIMIT = 300;
/** How much of a reviewer's name is displayed before "Show full name". */
export const NAME_LIMIT = 100;
/** How much of a film's title is displayed in the heading and the dataset list. */
export const FILM_LIMIT = 200;

/**
 * A word boundary this close to the limit is cut at; past it, the text is cut inside its word,
 * since one word can be any length.
 */
const WORD_REACH = 0.75;

export interface ShortText {
  /** What is displayed: the text itself, or its start followed by `…`. */
  shown: string;
  shortened: boolean;
}

/**
 * `text` as displayed where space is short: whole up to `limit` characters, otherwise cut at a
 * word boundary near the limit (inside the word when there is none) and ended with `…`. Layout
 * of the page then costs the same whatever a dataset holds.
 */
export function shortenText(text: string, limit: number): ShortText {
  if (text.length <= limit) return { shown: text, shortened: false };
  let cut = -1;
  for (let i = limit; i >= Math.floor(limit * WORD_REACH); i -= 1) {
    if (/\s/.test(text.charAt(i))) {
      cut = i;
      break;
    }
  }
  if (cut === -1) cut = graphemeStartAtOrBefore(text, limit);
  return { shown: `${text.slice(0, cut).trimEnd()}…`, shortened: true };
}
