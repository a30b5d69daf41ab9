import {
  isAfterReviewLine,
  isBrokenHelpfulLine,
  isChromeLine,
  isSpoilerLine,
  readAuthorDateLine,
  readDeclaredCount,
  readHelpfulLine,
  readPermalinkId,
  readPosterLine,
  readRatingLine,
  statedRating,
  type HelpfulLine,
} from './page-lines';
import type { Dataset, Review } from './review-schema';
import { reviewContentId } from './review-id';
import { UNKNOWN_FILM_TITLE } from './unknown-film';

/** The page text cannot be read as a review page; `message` is one line a person understands. */
export class ParseError extends Error {
  override readonly name = 'ParseError';
}

export interface ParseOutcome {
  dataset: Dataset;
  /** Review blocks that were found but could not be read (cut-off helpfulness line, no text). */
  skippedBlocks: number;
}

export { UNKNOWN_FILM_TITLE };

const BARE_TITLE_YEAR = /^(.*\S) \((\d{4})\)$/s;
// Control characters other than tab, line breaks and form feed, and replacement characters (bytes
// that were not UTF-8), are rare in copied text and common in a binary file read as text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHAR = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROL_CHAR)?.length ?? 0;
  return controls > 8 && controls / text.length > 0.02;
}

/**
 * A page with no readable review. Binary-looking text only picks the message: text that holds
 * reviews is read whatever characters it carries, so a dataset with control characters in its text
 * reads back from the page text it was written to.
 */
function notAReviewPage(text: string, reason: string): ParseError {
  return new ParseError(
    looksBinary(text)
      ? 'This looks like binary data, not the text of a user-reviews page.'
      : reason,
  );
}

interface Block {
  lines: string[];
  helpful: HelpfulLine | null;
  permalinkId: string | null;
}

/** Splits the page at its helpfulness lines: each review ends with one. */
function splitBlocks(lines: readonly string[]): { blocks: Block[]; before: string[] } {
  const blocks: Block[] = [];
  let current: string[] = [];
  let before: string[] | null = null;
  let afterReview = false;
  for (const line of lines) {
    const helpful = readHelpfulLine(line);
    if (helpful || isBrokenHelpfulLine(line)) {
      before ??= current.slice();
      blocks.push({ lines: current, helpful, permalinkId: null });
      current = [];
      afterReview = true;
      continue;
    }
    if (afterReview) {
      if (line === '') continue;
      if (isAfterReviewLine(line)) {
        const last = blocks.at(-1);
        const id = readPermalinkId(line);
        if (last && id !== null && last.permalinkId === null) last.permalinkId = id;
        continue;
      }
      afterReview = false;
    }
    current.push(line);
  }
  return { blocks, before: before ?? current };
}

function readFilm(before: readonly string[]): Dataset['film'] {
  for (const line of before) {
    const poster = readPosterLine(line);
    if (poster) return poster;
  }
  const first = before.find((line) => line !== '');
  const bare = first === undefined ? null : BARE_TITLE_YEAR.exec(first);
  if (bare?.[1] && bare[2]) return { title: bare[1], year: Number(bare[2]) };
  return { title: UNKNOWN_FILM_TITLE, year: null };
}

function readDeclared(before: readonly string[]): number | null {
  for (const line of before) {
    const count = readDeclaredCount(line);
    if (count !== null) return count;
  }
  return null;
}

function nextFilled(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i] === '') i += 1;
  return i;
}

function previousFilled(lines: readonly string[], from: number): number {
  let i = from;
  while (i >= 0 && lines[i] === '') i -= 1;
  return i;
}

/** Where the body starts after a header ending just before `from`: past a spoiler line, if any. */
function bodyStart(lines: readonly string[], from: number): number {
  const at = nextFilled(lines, from);
  return isSpoilerLine(lines[at] ?? '') ? nextFilled(lines, at + 1) : at;
}

/**
 * Whether the line at `at`, which reads as an author/date line, is rather a title ending in a date:
 * the next line reads as one too and text follows it. Of two such lines in a row the first is the
 * title, unless that reading would leave the review with no text.
 */
function isTitleAboveAuthor(lines: readonly string[], at: number): boolean {
  const after = nextFilled(lines, at + 1);
  return (
    readAuthorDateLine(lines[after] ?? '') !== null && bodyStart(lines, after + 1) < lines.length
  );
}

/**
 * Whether an author/date line at `at` can open the first review: review text must follow it, not
 * more page chrome (a chrome line that happens to end in a date is no author).
 */
function opensReview(lines: readonly string[], at: number): boolean {
  const next = lines[bodyStart(lines, at + 1)];
  return next !== undefined && !isChromeLine(next) && readRatingLine(next) === null;
}

/** Where the first review starts, past the page chrome above it. */
function firstReviewStart(lines: readonly string[]): number {
  const authorAt = lines.findIndex(
    (line, at) => readAuthorDateLine(line) !== null && opensReview(lines, at),
  );
  if (authorAt >= 0) {
    let start = authorAt;
    if (!isTitleAboveAuthor(lines, authorAt)) {
      const titleAt = previousFilled(lines, authorAt - 1);
      const titleLine = lines[titleAt];
      if (
        titleLine !== undefined &&
        !isChromeLine(titleLine) &&
        readRatingLine(titleLine) === null
      ) {
        start = titleAt;
      }
    }
    const ratingAt = previousFilled(lines, start - 1);
    const ratingLine = lines[ratingAt];
    if (ratingLine !== undefined && readRatingLine(ratingLine) !== null) start = ratingAt;
    return start;
  }
  let i = 0;
  while (i < lines.length && (lines[i] === '' || isChromeLine(lines[i] ?? ''))) i += 1;
  return i;
}

type ReadReview = Omit<Review, 'id'>;

/**
 * Header: [N/10] [title] [author+date] [Warning: Spoilers], fields on consecutive lines or apart.
 * A title may itself read as an author/date line (`Seen it on 12 May 2003`); the line below it
 * then settles which one it is. With no author/date line, a title is only recognised when the text
 * follows it on the next line, since a lone first paragraph is indistinguishable from a title
 * otherwise.
 */
function readBlock(lines: readonly string[], helpful: HelpfulLine): ReadReview | null {
  if (helpful.up > helpful.total) return null;
  let i = nextFilled(lines, 0);
  let ratingLine: number | null = null;
  let spoiler = false;
  let title: string | null = null;
  let author: string | null = null;
  let date: string | null = null;

  ratingLine = readRatingLine(lines[i] ?? '');
  if (ratingLine !== null) i = nextFilled(lines, i + 1);
  if (isSpoilerLine(lines[i] ?? '')) {
    spoiler = true;
    i = nextFilled(lines, i + 1);
  }
  const here = lines[i];
  if (here !== undefined) {
    const authorDate = readAuthorDateLine(here);
    const after = nextFilled(lines, i + 1);
    const authorDateAfter = readAuthorDateLine(lines[after] ?? '');
    if (authorDateAfter && (!authorDate || isTitleAboveAuthor(lines, i))) {
      title = here;
      ({ author, date } = authorDateAfter);
      i = nextFilled(lines, after + 1);
    } else if (authorDate) {
      ({ author, date } = authorDate);
      i = after;
    } else if ((lines[i + 1] ?? '') !== '') {
      title = here;
      i += 1;
    }
  }
  if (isSpoilerLine(lines[i] ?? '')) {
    spoiler = true;
    i = nextFilled(lines, i + 1);
  }
  const body = lines
    .slice(i)
    .filter((line) => line !== '')
    .join('\n\n');
  if (body === '') return null;
  const rating = ratingLine ?? statedRating(body) ?? (title === null ? null : statedRating(title));
  return { title, author, date, spoiler, body, rating, helpful: { ...helpful } };
}

function normalizeLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim());
}

/** Reads a copied user-reviews page, reporting blocks it had to skip. Throws ParseError. */
export function parseReviewPageDetailed(text: string): ParseOutcome {
  if (text.trim() === '') {
    throw new ParseError('The text is empty: paste or choose the text of a user-reviews page.');
  }
  const { blocks, before } = splitBlocks(normalizeLines(text));
  if (blocks.length === 0) {
    throw notAReviewPage(
      text,
      'No reviews found: a user-reviews page has a line like "28 out of 33 found this helpful" after each review.',
    );
  }
  const reviews: Review[] = [];
  const usedIds = new Set<string>();
  let skippedBlocks = 0;
  blocks.forEach((block, index) => {
    const lines = index === 0 ? block.lines.slice(firstReviewStart(block.lines)) : block.lines;
    const read = block.helpful ? readBlock(lines, block.helpful) : null;
    if (!read) {
      skippedBlocks += 1;
      return;
    }
    const baseId = block.permalinkId ?? reviewContentId(read);
    let id = baseId;
    for (let n = 2; usedIds.has(id); n += 1) id = `${baseId}-${n}`;
    usedIds.add(id);
    reviews.push({ id, ...read });
  });
  if (reviews.length === 0) {
    throw notAReviewPage(
      text,
      `No readable reviews found: ${skippedBlocks} review ${skippedBlocks === 1 ? 'block was' : 'blocks were'} cut off or empty.`,
    );
  }
  return {
    dataset: {
      schemaVersion: 1,
      film: readFilm(before),
      declaredReviewCount: readDeclared(before),
      reviews,
    },
    skippedBlocks,
  };
}

/** Copied page text -> Dataset. Pure and browser-safe. Throws ParseError for text with no review. */
export function parseReviewPage(text: string): Dataset {
  return parseReviewPageDetailed(text).dataset;
}
