import { ImportError } from '../import-error';
import type { Dataset } from '../review-schema';
import { buildDataset, skip, splitTitleYear } from './build-dataset';
import { readCount } from './count';
import { MONTH_FIRST_DATE_SOURCE, readDate } from './read-date';
import type { FormatReader, ReviewDraft, Skipped } from './reader';

/** The last line of a card: the author, the date and `Permalink` glued together. */
const CARD_END = new RegExp(`^(.*?)(${MONTH_FIRST_DATE_SOURCE})Permalink$`);
const SCORE = /^(10|[1-9])$/;
const DECLARED = /^(\S+) reviews?$/i;
const YEAR = /^(\d{4})(?:[–-](?:\d{4})?)?$/;

/** The page's own lines around the cards: menus, the header, sort and filter chips, the footer. */
const CHROME = new Set(
  [
    'Skip to main content',
    'Menu',
    'All',
    'Search IMDb',
    'IMDbPro',
    'Watchlist',
    'Sign in',
    'Sign In',
    'EN',
    'Use app',
    'Back',
    'User reviews',
    'Review this title',
    'Review',
    'Hide spoilers',
    'Hide Spoilers',
    'Sort by',
    'Featured',
    'Review date',
    'Total votes',
    'Prolific reviewer',
    'Review rating',
    'Ascending',
    'Descending',
    'Filter by rating',
    'Filter by Rating',
    'Filter',
    'All ratings',
    'Reviews',
    'Load more',
    'See all',
    'Back to top',
    'Recently viewed',
    'Clear all',
    'Get the IMDb App',
    'Sign in for more access',
    'Help',
    'Site Index',
    'Box Office Mojo',
    'License IMDb Data',
    'Press Room',
    'Advertising',
    'Jobs',
    'Conditions of Use',
    'Privacy Policy',
    'Your Ads Privacy Choices',
    'IMDb, an Amazon company',
    'Contribute to this page',
    'Edit page',
    'More from this title',
    'More to explore',
  ].map((line) => line.toLowerCase()),
);

function isChrome(line: string): boolean {
  return (
    CHROME.has(line.toLowerCase()) ||
    /^\d[\d,.]*[KM]? more$/i.test(line) ||
    /^©/.test(line) ||
    (DECLARED.test(line) && readCount(DECLARED.exec(line)?.[1] ?? '') !== null)
  );
}

interface Votes {
  up: number;
  down: number;
  /** Where the card's `Helpful` line is. */
  at: number;
}

/** Reads `Helpful`, `•`, up, down upwards from `end`; null when the card's votes are not so. */
function readVotes(lines: readonly string[], end: number): Votes | null {
  const filled: number[] = [];
  for (let i = end - 1; i >= 0 && filled.length < 4; i -= 1) {
    if (lines[i] !== '') filled.push(i);
  }
  const [downAt, upAt, dotAt, helpfulAt] = filled;
  if (downAt === undefined || upAt === undefined || dotAt === undefined || helpfulAt === undefined)
    return null;
  if (lines[helpfulAt] !== 'Helpful' || lines[dotAt] !== '•') return null;
  const up = readCount(lines[upAt] ?? '');
  const down = readCount(lines[downAt] ?? '');
  return up === null || down === null ? null : { up, down, at: helpfulAt };
}

/** Where the first card starts among the lines above it, or -1 when the copy starts inside it. */
function firstCardStart(filled: readonly string[]): number {
  for (let i = filled.length - 2; i >= 0; i -= 1) {
    if (SCORE.test(filled[i] ?? '') && filled[i + 1] === '/10') return i;
  }
  for (let i = filled.length - 1; i >= 0; i -= 1) {
    if (isChrome(filled[i] ?? '')) return i + 1;
  }
  return -1;
}

/** A card's lines above its votes: [score, `/10`] title [`Spoiler`] paragraphs. */
function readCard(filled: readonly string[]): Omit<ReviewDraft, 'author' | 'date' | 'helpful'> {
  let i = 0;
  let rating: number | null = null;
  if (SCORE.test(filled[0] ?? '') && filled[1] === '/10') {
    rating = Number(filled[0]);
    i = 2;
  }
  let spoiler = false;
  if (filled[i] === 'Spoiler') {
    spoiler = true;
    i += 1;
  }
  const title = filled[i] ?? null;
  i += 1;
  if (filled[i] === 'Spoiler') {
    spoiler = true;
    i += 1;
  }
  return { id: null, title, spoiler, rating, body: filled.slice(i).join('\n\n') };
}

/** The film's title and year and the stated count, from the header above the cards. */
function readHeader(lines: readonly string[]): {
  film: Dataset['film'] | null;
  count: number | null;
} {
  let count: number | null = null;
  for (const line of lines) {
    const declared = DECLARED.exec(line);
    if (declared?.[1] !== undefined) {
      count = readCount(declared[1]);
      if (count !== null) break;
    }
  }
  const at = lines.findIndex((line) => line.toLowerCase() === 'user reviews');
  let film: Dataset['film'] | null = null;
  for (let i = at - 1; i >= 0 && film === null; i -= 1) {
    const line = lines[i] ?? '';
    if (line === '' || isChrome(line)) continue;
    if (YEAR.test(line)) {
      const above = lines.slice(0, i).findLast((text) => text !== '' && !isChrome(text));
      if (above !== undefined) film = { title: above, year: Number(line.slice(0, 4)) };
      break;
    }
    film = splitTitleYear(line);
  }
  return { film, count };
}

/** Whether the lines after the last whole card begin another card rather than the footer. */
function endsInsideCard(tail: readonly string[]): boolean {
  if (tail.includes('Helpful')) return true;
  if (tail.some((line, at) => SCORE.test(line) && tail[at + 1] === '/10')) return true;
  const footer = tail.findIndex(isChrome);
  return (footer < 0 ? tail.length : footer) > 0;
}

const normalize = (text: string): string[] =>
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\u00a0/g, ' ').trim());

/**
 * The copied text of IMDb's user-reviews page as laid out since 2024: each card ends with its
 * votes (`Helpful`, `•`, up, down) and a line gluing the author, the date and `Permalink`.
 */
export const pageText2024Reader: FormatReader = {
  detect: (head) =>
    head.split(/\r\n|\r|\n/).some((line) => CARD_END.test(line.trim())) ||
    /^\s*Helpful\s*$/m.test(head),
  read(text, fileName) {
    const lines = normalize(text);
    const ends: number[] = [];
    lines.forEach((line, at) => {
      if (CARD_END.test(line)) ends.push(at);
    });
    const skipped: Skipped[] = [];
    const drafts: ReviewDraft[] = [];
    let from = 0;
    let header: string[] = [];
    ends.forEach((end, index) => {
      const region = lines.slice(from, end);
      from = end + 1;
      const votes = readVotes(region, region.length);
      if (votes === null) {
        skip(skipped, 'its votes could not be read');
        return;
      }
      let filled = region.slice(0, votes.at).filter((line) => line !== '');
      if (index === 0) {
        const start = firstCardStart(filled);
        header = filled.slice(0, Math.max(0, start));
        if (start < 0) {
          skip(skipped, 'the copy starts inside a review');
          return;
        }
        filled = filled.slice(start);
      }
      const [, author = '', date = ''] = CARD_END.exec(lines[end] ?? '') ?? [];
      const card = readCard(filled);
      if (card.title === null) {
        skip(skipped, 'it has no title or text');
        return;
      }
      drafts.push({
        ...card,
        author: author.trim() === '' ? null : author.trim(),
        date: readDate(date),
        helpful: { up: votes.up, total: votes.up + votes.down },
      });
    });
    if (ends.length > 0 && endsInsideCard(lines.slice(from).filter((line) => line !== ''))) {
      skip(skipped, 'the copy ends inside a review');
    }
    if (drafts.length === 0) {
      const what = fileName === null ? 'The pasted text' : `"${fileName}"`;
      throw new ImportError(
        ends.length === 0
          ? `${what} has no review cards: each ends with the reviewer's name, the date and "Permalink".`
          : `${what} has no complete review: ${skipped.map((s) => s.reason).join('; ')}.`,
      );
    }
    const { film, count } = readHeader(header);
    return {
      kind: 'dataset',
      format: 'IMDb page text (2024 layout)',
      dataset: buildDataset(film, count, drafts, skipped),
      skipped,
    };
  },
};
