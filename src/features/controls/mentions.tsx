import { lazy, memo, Suspense } from 'react';
import type { Mention } from '@/query/mentions';
import { useSearch } from '@/store/view-store';

// The buttons' code loads with the page's first render, beside the reviews, not in front of them.
const MentionList = lazy(() =>
  import('./mention-list').then((module) => ({ default: module.MentionList })),
);
const SearchChips = lazy(() =>
  import('./mention-list').then((module) => ({ default: module.SearchChips })),
);

interface MentionsProps {
  /** Null while they are being counted. */
  mentions: Mention[] | null;
}

const counting = <p className="mentions__note">Counting…</p>;

/** The words and phrases the shown reviews use most; choosing one adds it to the search. */
export const Mentions = memo(function Mentions({ mentions }: MentionsProps) {
  const searched = useSearch().trim() !== '';
  return (
    <>
      {searched ? (
        <Suspense fallback={null}>
          <SearchChips />
        </Suspense>
      ) : null}
      <section className="mentions" aria-label="Reviews mention" aria-busy={mentions === null}>
        <h2 className="mentions__title">Reviews mention</h2>
        {/* Rendered while they are counted too, so that their code has come when they have. */}
        <Suspense fallback={counting}>
          <MentionList mentions={mentions} />
        </Suspense>
      </section>
    </>
  );
});
