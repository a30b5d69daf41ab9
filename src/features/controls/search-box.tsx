import { useId, type RefObject } from 'react';
import { useSearch, useViewActions } from '@/store/view-store';

export function SearchBox({ inputRef }: { inputRef?: RefObject<HTMLInputElement | null> }) {
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
        placeholder="Words in title, text or author"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => searchFor(event.target.value)}
      />
    </div>
  );
}
