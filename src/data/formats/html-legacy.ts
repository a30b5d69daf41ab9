import type { Document } from 'domhandler';
import type { Dataset } from '../review-schema';
import { splitTitleYear, skip } from './build-dataset';
import { readCount } from './count';
import {
  all,
  bodyOf,
  first,
  hasClass,
  reviewIdIn,
  textLines,
  textOf,
  type Element,
} from './html-dom';
import { filmFromPageTitle, outermost, statedCount, type PageRead } from './html-2024';
import { readDate } from './read-date';
import type { ReviewDraft, Skipped } from './reader';

const HELPFUL =
  /([\d,]+) out of ([\d,]+) (?:people )?found (?:this|the following review) (?:helpful|useful)/;
const SCORE = /^(10|[1-9])\s*\/\s*10$/;

function helpfulIn(text: string): { up: number; total: number } | null {
  const match = HELPFUL.exec(text);
  if (!match?.[1] || !match[2]) return null;
  const up = readCount(match[1]);
  const total = readCount(match[2]);
  return up === null || total === null || up > total ? null : { up, total };
}

/** `8` then `/10`, or `8/10`, in the card's rating. */
function scoreOf(element: Element | null): number | null {
  const match = /(10|[1-9])\s*\/\s*10/.exec(textOf(element));
  return match?.[1] ? Number(match[1]) : null;
}

function readListerCard(card: Element): ReviewDraft | 'no title or text' | 'bad votes' {
  const titleLink = first('a.title', card);
  const title = textOf(titleLink);
  const text = all('.text', card).find((element) => hasClass(element, 'show-more__control'));
  const body = bodyOf(text ?? null);
  if (title === '' && body === '') return 'no title or text';
  const actions = textOf(first('.actions', card)) || textOf(card);
  const helpful = helpfulIn(actions);
  if (helpful === null && /found this helpful/.test(actions)) return 'bad votes';
  const author = textOf(first('.display-name-link', card));
  const id =
    reviewIdIn(titleLink?.attribs.href) ??
    card.attribs['data-review-id'] ??
    first('[data-review-id]', card)?.attribs['data-review-id'] ??
    null;
  return {
    id,
    title: title === '' ? null : title,
    author: author === '' ? null : author,
    date: readDate(textOf(first('.review-date', card))),
    spoiler: first('.spoiler-warning', card) !== null,
    body,
    rating: scoreOf(first('.rating-other-user-rating', card)),
    helpful: helpful ?? { up: 0, total: 0 },
  };
}

/** The film's title and year in the older page's header (`.subpage_title_block`). */
function legacyFilm(doc: Document): Dataset['film'] | null {
  const block = first('.subpage_title_block', doc);
  const name = first('h3[itemprop="name"] a, .parent h3 a', block ?? doc);
  if (name) {
    const year = /(\d{4})/.exec(textOf(first('.nobr', block ?? doc)))?.[1];
    return { title: textOf(name), year: year ? Number(year) : null };
  }
  return null;
}

/** The older layout (2017 to 2024): `div.lister-item` cards. */
export function readLister(doc: Document, skipped: Skipped[]): PageRead | null {
  const cards = outermost(all('.lister-item, .review-container', doc));
  if (cards.length === 0) return null;
  const drafts: ReviewDraft[] = [];
  for (const card of cards) {
    const read = readListerCard(card);
    if (read === 'no title or text') skip(skipped, 'it has no title or text');
    else if (read === 'bad votes') skip(skipped, 'its votes could not be read');
    else drafts.push(read);
  }
  return {
    film: legacyFilm(doc) ?? filmFromPageTitle(doc),
    count: statedCount(doc),
    drafts,
  };
}

const SPOILER_NOTE = /^\*+ ?This review may contain spoilers ?\*+$/i;

/**
 * The page before 2017: each review a block holding its usefulness line, an `h2` title, the
 * score as an image (`alt="9/10"`), `Author:` and a place, and the date; its text the paragraph
 * after the block.
 */
export function readPre2017(doc: Document, skipped: Skipped[]): PageRead | null {
  const root = first('#tn15content', doc) ?? doc;
  const headings = all('h2', root).filter((h2) => {
    const block = h2.parent;
    return block !== null && /found the following review useful/.test(textOf(block as Element));
  });
  if (headings.length === 0) return null;
  const drafts: ReviewDraft[] = [];
  for (const heading of headings) {
    const block = heading.parent as Element;
    let next = block.next;
    while (next !== null && next.type !== 'tag') next = next.next;
    const paragraph = next !== null && next.type === 'tag' && next.name === 'p' ? next : null;
    const lines = textLines(paragraph);
    const spoiler = lines.some((line) => SPOILER_NOTE.test(line));
    const body = lines.filter((line) => !SPOILER_NOTE.test(line)).join('\n\n');
    const title = textOf(heading);
    if (title === '' && body === '') {
      skip(skipped, 'it has no title or text');
      continue;
    }
    const score = all('img[alt]', block)
      .map((img) => SCORE.exec(img.attribs.alt ?? '')?.[1])
      .find((found) => found !== undefined);
    const author = all('a[href*="/user/"]', block)
      .map((link) => textOf(link))
      .find((name) => name !== '');
    const date = all('small', block)
      .map((small) => readDate(textOf(small)))
      .find((found) => found !== null);
    const helpful = helpfulIn(textOf(block));
    drafts.push({
      id: null,
      title: title === '' ? null : title,
      author: author ?? null,
      date: date ?? null,
      spoiler,
      body,
      rating: score === undefined ? null : Number(score),
      helpful: helpful ?? { up: 0, total: 0 },
    });
  }
  const heading = first('h1', doc);
  const count = /(\d[\d,]*) reviews? in total/i.exec(textOf(root))?.[1];
  return {
    film: (heading ? splitTitleYear(textOf(heading)) : null) ?? filmFromPageTitle(doc),
    count: count ? readCount(count) : statedCount(doc),
    drafts,
  };
}
