import { useMemo, type MouseEvent } from 'react';
import { countOf, countText } from '@/components/format';
import { reviewPageLink } from '@/data/dataset-key';
import type { Review } from '@/data/review-schema';
import { afterPaints } from '@/lib/schedule';
import type { Marker } from '@/query/dataset-session';
import { bodySnippets, type Snippet } from '@/query/snippets';
import { TONE_CODE, TONE_OF_CODE } from '@/query/tone';
import { toneOfText } from '@/query/tone-tally';
import { preferencesStoreApi } from '@/store/preferences-store';
import { spotlightReview } from '@/store/spotlight';
import { useViewActions } from '@/store/view-store';
import { Highlight } from './highlight';

/** Quotes gathered at most: a search found in every review of a large film would give thousands. */
export const QUOTES_UP_TO = 500;

interface Quote {
  snippet: Snippet;
  review: Review;
  /** The whole review's inferred tone, where it gives no score. */
  reviewTone: string | null;
}

interface QuoteGroups {
  praise: Quote[];
  complaints: Quote[];
  rest: Quote[];
  /** Quotes left out past QUOTES_UP_TO. */
  more: boolean;
  /** Shown reviews whose matches are in spoiler text not revealed. */
  spoilers: number;
}

/**
 * The sentences of the shown reviews, in their order, that hold what the search asks for, each
 * sorted by its own tone: praise, complaints, the rest. A spoiler's text stays out until revealed.
 */
export function gatherQuotes(
  reviews: readonly Review[],
  order: Int32Array,
  marks: Marker,
  isRevealed: (review: Review) => boolean,
  reviewTone: (index: number) => string | null,
): QuoteGroups {
  const groups: QuoteGroups = { praise: [], complaints: [], rest: [], more: false, spoilers: 0 };
  let count = 0;
  for (const index of order) {
    const review = reviews[index];
    if (!review) continue;
    const ranges = marks(review.body);
    if (ranges.length === 0) continue;
    if (review.spoiler && !isRevealed(review)) {
      groups.spoilers += 1;
      continue;
    }
    for (const snippet of bodySnippets(review.body, ranges, Infinity).shown) {
      if (count === QUOTES_UP_TO) {
        groups.more = true;
        return groups;
      }
      count += 1;
      const tone = toneOfText(snippet.text);
      const quote = { snippet, review, reviewTone: reviewTone(index) };
      if (tone === TONE_CODE.positive) groups.praise.push(quote);
      else if (tone === TONE_CODE.negative) groups.complaints.push(quote);
      else groups.rest.push(quote);
    }
  }
  return groups;
}

interface QuotesViewProps {
  reviews: readonly Review[];
  order: Int32Array;
  datasetKey: string;
  /** Where the search marks a text; null when nothing is searched. */
  marks: Marker | null;
  /** Each review's inferred tone (query/tone), null until worked out. */
  tone: Uint8Array | null;
}

/** Quotes: every sentence of the shown reviews that says what the reader searched for. */
export function QuotesView({ reviews, order, datasetKey, marks, tone }: QuotesViewProps) {
  const { showAs } = useViewActions();
  const groups = useMemo(() => {
    if (marks === null) return null;
    const { revealed } = preferencesStoreApi.getState();
    return gatherQuotes(
      reviews,
      order,
      marks,
      (review) => revealed.get(datasetKey)?.get(review.id) === true,
      (index) => TONE_OF_CODE[tone?.[index] ?? 0] ?? null,
    );
  }, [reviews, order, marks, datasetKey, tone]);

  if (groups === null) {
    return (
      <p className="quotes__note">
        Quotes are the sentences that hold what you search for. Type in Search reviews, or choose
        what reviews mention.
      </p>
    );
  }

  // The review, in the list of reviews: the link's own address still opens it in a new tab.
  const read = (event: MouseEvent, id: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    showAs('reviews');
    afterPaints(2, () => spotlightReview(id, true));
  };

  const total = groups.praise.length + groups.complaints.length + groups.rest.length;
  const sections = [
    ['Praise', groups.praise],
    ['Complaints', groups.complaints],
    ['The rest', groups.rest],
  ] as const;
  return (
    <div className="quotes">
      <p className="quotes__note">
        {total === 0
          ? 'No sentence of the shown reviews’ text holds the search.'
          : `${countOf(total, 'sentence')} that hold the search${groups.more ? `, the first ${countText(QUOTES_UP_TO)}` : ''}, by the tone of each sentence (inferred).`}
        {groups.spoilers > 0
          ? ` ${countOf(groups.spoilers, 'spoiler review')} also match; their text stays hidden until shown.`
          : ''}
      </p>
      {sections.map(([name, quotes]) =>
        quotes.length === 0 ? null : (
          <section key={name} className="quotes__group" aria-label={name}>
            <h3 className="quotes__heading">
              {name} <span className="quotes__count">{countText(quotes.length)}</span>
            </h3>
            <ul className="quotes__list">
              {quotes.map(({ snippet, review, reviewTone }, i) => (
                <li key={`${review.id}-${i}`} className="quote">
                  <blockquote className="quote__text" dir="auto">
                    <Highlight text={snippet.text} marks={() => snippet.marks} />
                  </blockquote>
                  <p className="quote__source">
                    <bdi>{review.author ?? 'Anonymous'}</bdi>
                    {' · '}
                    {review.rating !== null
                      ? `${review.rating}/10`
                      : reviewTone === null
                        ? 'no score'
                        : `${reviewTone} tone (inferred)`}
                    {' · '}
                    <a
                      href={reviewPageLink(review.id, window.location.href)}
                      onClick={(event) => read(event, review.id)}
                    >
                      Read the review
                    </a>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </div>
  );
}

// Loaded with this chunk: see dataset-view.
export { ReviewPage } from './review-page';
