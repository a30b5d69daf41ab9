import { lazy, memo, Suspense } from 'react';
import type { Mention } from '@/query/mentions';

// The buttons' code comes with the first mentions, which are counted after the reviews show.
const MentionList = lazy(() =>
  import('./mention-list').then((module) => ({ default: module.MentionList })),
);

interface MentionsProps {
  /** Null while they are being counted. */
  mentions: Mention[] | null;
}

const counting = <p className="mentions__note">Counting…</p>;

/** The words and phrases the shown reviews use most; choosing one adds it to the search. */
export const Mentions = memo(function Mentions({ mentions }: MentionsProps) {
  return (
    <section className="mentions" aria-label="Reviews mention" aria-busy={mentions === null}>
      <h2 className="mentions__title">Reviews mention</h2>
      {mentions === null ? (
        counting
      ) : (
        <Suspense fallback={counting}>
          <MentionList mentions={mentions} />
        </Suspense>
      )}
    </section>
  );
});
