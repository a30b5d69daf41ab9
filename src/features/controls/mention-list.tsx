import { countOf, countText } from '@/components/format';
import type { Mention } from '@/query/mentions';
import { searchWith } from '@/query/search-with';
import { useSearch, useViewActions } from '@/store/view-store';

/** The mentions as buttons; choosing one adds it to the search. */
export function MentionList({ mentions }: { mentions: Mention[] }) {
  const search = useSearch();
  const { searchFor } = useViewActions();
  if (mentions.length === 0) {
    return <p className="mentions__note">No word stands out in these reviews.</p>;
  }
  return (
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
  );
}
