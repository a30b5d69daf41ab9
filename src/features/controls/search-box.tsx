import { memo, useId, type RefObject } from 'react';
import { useSearch, useViewActions } from '@/store/view-store';

// Memoized, as the other controls: they follow the store themselves, and the page around them
// re-renders on every change of the view (see docs/performance.md, item 27).
export const SearchBox = memo(function SearchBox({
  inputRef,
}: {
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const search = useSearch();
  const { searchFor } = useViewActions();
  const id = useId();
  return (
    <div className="control control--search">
      <label htmlFor={id}>Search reviews</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={search}
        placeholder='Words, "a phrase", -leave out'
        title='Each word finds the words it starts; "two words" finds a phrase; -word leaves out reviews that have it. Press ? for more.'
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => searchFor(event.target.value)}
      />
    </div>
  );
});
