import type { AnyNode, Document } from 'domhandler';
import type { Dataset } from '../review-schema';
import { skip } from './build-dataset';
import { readCount } from './count';
import { all, bodyOf, first, reviewIdIn, textOf, type Element } from './html-dom';
import { readReviewData, type DataReview } from './imdb-review-data';
import { readDate } from './read-date';
import type { ReviewDraft, Skipped } from './reader';

const CARD = 'article.user-review-item, [data-testid="review-card-parent"]';

/** The outermost of nested matches, so that a card marked twice is read once. */
export function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => {
    for (let up = element.parent; up !== null; up = up.parent) {
      if (set.has(up as Element)) return false;
    }
    return true;
  });
}

/** The page's embedded data, read as JSON (never run); null when absent or not JSON. */
function nextData(doc: Document): unknown {
  const script = first('script#__NEXT_DATA__', doc);
  const json = script?.children.map((child) => ('data' in child ? child.data : '')).join('');
  if (!json) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

function votesOf(card: Element): { up: number; down: number } | null {
  const up = first('.ipc-voting__label__count--up', card);
  const down = first('.ipc-voting__label__count--down', card);
  if (up === null || down === null) return null;
  const upCount = readCount(textOf(up));
  const downCount = readCount(textOf(down));
  return upCount === null || downCount === null ? null : { up: upCount, down: downCount };
}

type CardRead = { draft: ReviewDraft; hasVotes: boolean } | 'no title or text' | 'bad votes';

/**
 * Where a card's author, date and votes are: in the card itself, or, where the page puts them
 * beside it (`[data-testid="reviews-author"]` next to `review-card-parent`), in the smallest
 * wrapper around the card that holds no other card.
 */
function footerOf(card: Element): Element {
  let scope = card;
  while (first('[data-testid="author-link"]', scope) === null) {
    const up = scope.parent;
    if (up === null || up.type !== 'tag' || all(CARD, up).length > 1) break;
    scope = up as Element;
  }
  return scope;
}

function readCard(card: Element): CardRead {
  const summary = first('[data-testid="review-summary"]', card);
  const title = textOf(summary);
  const spoilerContent = first('[data-testid="review-spoiler-content"]', card);
  const shown = first('[data-testid="review-overflow"] .ipc-html-content-inner-div', card);
  const hidden = spoilerContent
    ? (first('.ipc-html-content-inner-div', spoilerContent) ?? spoilerContent)
    : null;
  const body = bodyOf(shown ?? hidden);
  if (title === '' && body === '') return 'no title or text';
  const spoiler =
    spoilerContent !== null ||
    first('.review-spoiler-button', card) !== null ||
    all('button', card).some((button) => textOf(button) === 'Spoiler');
  // The star's wrapper and its number share the class: the wrapper reads `10/10`, the number `10`.
  const score = all('.ipc-rating-star--rating', card)
    .map((element) => /^(10|[1-9])(?:\s*\/\s*10)?$/.exec(textOf(element))?.[1])
    .find((found) => found !== undefined);
  const footer = footerOf(card);
  const author = textOf(first('[data-testid="author-link"]', footer));
  const date = readDate(textOf(first('li.review-date', footer)));
  const hasVoteLabels = first('.ipc-voting__label__count--up', footer) !== null;
  const votes = votesOf(footer);
  if (hasVoteLabels && votes === null) return 'bad votes';
  const link = all('a[href*="/review/rw"]', footer)[0];
  return {
    draft: {
      id: reviewIdIn(link?.attribs.href) ?? card.attribs['data-review-id'] ?? null,
      title: title === '' ? null : title,
      author: author === '' ? null : author,
      date,
      spoiler,
      body,
      rating: score === undefined ? null : Number(score),
      helpful: votes ? { up: votes.up, total: votes.up + votes.down } : { up: 0, total: 0 },
    },
    hasVotes: votes !== null,
  };
}

/** `Night Ferry (2019) - User reviews - IMDb`, in either order of its parts. */
export function filmFromPageTitle(doc: Document): Dataset['film'] | null {
  const text =
    textOf(first('title', doc)) || (first('meta[property="og:title"]', doc)?.attribs.content ?? '');
  for (const part of text.split(/ [-–|] /)) {
    const match = /^(.*\S)\s*\((?:[A-Za-z ]+ )?(\d{4})(?:[–-](?:\d{4})?\s*)?\)$/.exec(part.trim());
    if (match?.[1] && match[2]) return { title: match[1], year: Number(match[2]) };
  }
  return null;
}

/** The first text on the page, in document order, reading `2,561 reviews` (or `98 Reviews`). */
export function statedCount(doc: Document): number | null {
  const stack: AnyNode[] = [...doc.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'text') {
      const match = /^\s*(\S+)\s+reviews?\s*$/i.exec(node.data);
      const count = match?.[1] ? readCount(match[1]) : null;
      if (count !== null) return count;
    } else if (node.type === 'tag' && node.name !== 'script' && node.name !== 'style') {
      for (let i = node.children.length - 1; i >= 0; i -= 1) {
        const child = node.children[i];
        if (child) stack.push(child);
      }
    }
  }
  return null;
}

export interface PageRead {
  film: Dataset['film'] | null;
  count: number | null;
  drafts: ReviewDraft[];
}

/**
 * IMDb's user-reviews page as laid out since 2024, saved complete (cards with their votes) or as
 * HTML only (cards without votes, the reviews with them in the page's embedded data). What a
 * card shows wins over the data; the data gives what the cards lack.
 */
export function read2024(doc: Document, skipped: Skipped[]): PageRead | null {
  const cards = outermost(all(CARD, doc));
  const data = nextData(doc);
  const fromData = data === null ? null : readReviewData(data, skipped);
  if (cards.length === 0 && (fromData === null || fromData.reviews.length === 0)) return null;
  const byId = new Map<string, DataReview>();
  for (const review of fromData?.reviews ?? []) {
    if (review.draft.id !== null) byId.set(review.draft.id, review);
  }
  const drafts: ReviewDraft[] = [];
  const shownIds = new Set<string>();
  for (const card of cards) {
    const read = readCard(card);
    if (read === 'no title or text') {
      skip(skipped, 'it has no title or text');
      continue;
    }
    if (read === 'bad votes') {
      skip(skipped, 'its votes could not be read');
      continue;
    }
    const { draft } = read;
    const known = draft.id === null ? undefined : byId.get(draft.id);
    if (draft.id !== null) shownIds.add(draft.id);
    drafts.push(
      known
        ? {
            ...draft,
            title: draft.title ?? known.draft.title,
            author: draft.author ?? known.draft.author,
            date: draft.date ?? known.draft.date,
            body: draft.body === '' ? known.draft.body : draft.body,
            rating: draft.rating ?? known.draft.rating,
            spoiler: draft.spoiler || known.draft.spoiler,
            helpful: read.hasVotes || !known.hasVotes ? draft.helpful : known.draft.helpful,
          }
        : draft,
    );
  }
  for (const review of fromData?.reviews ?? []) {
    if (review.draft.id === null || !shownIds.has(review.draft.id)) drafts.push(review.draft);
  }
  return {
    film: filmFromPageTitle(doc) ?? fromData?.film ?? null,
    count: statedCount(doc) ?? fromData?.total ?? null,
    drafts,
  };
}
