import { memo } from 'react';
import { countOf, countText } from '@/components/format';
import type { Mention } from '@/query/mentions';
import { searchWith } from '@/query/search-with';
import { useSearch, useViewActions } from '@/store/view-store';

interface MentionsProps {
  /** Null while they are being counted. */
  mentions: Mention[] | null;
}

/** The words and phrases the shown reviews use most; choosing one adds it to the search. */
export const Mentions = memo(function Mentions({ mentions }: MentionsProps) {
  const search = useSearch();
  const { searchFor } = useViewActions();
  return (
    <section className="mentions" aria-label="Reviews mention" aria-busy={mentions === null}>
      <h2 className="mentions__title">Reviews mention</h2>
      {mentions === null ? (
        <p className="mentions__note">Counting…</p>
      ) : mentions.length === 0 ? (
        <p className="mentions__note">No word stands out in these reviews.</p>
      ) : (
        <ul className="mentions__list">
          {mentions.map((mention) => (
            <li key={mention.search}>
              {/* The name starts with what the button shows: `Tonny 14 reviews`. */}
              <button
                type="button"
                className="mention"
                aria-label={`${mention.label} ${countOf(mention.count, 'review')}`}
                onClick={() => searchFor(searchWith(search, mention.search))}
              >
                <bdi className="mention__label">{mention.label}</bdi>{' '}
                <span className="mention__count" aria-hidden="true">
                  {countText(mention.count)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
