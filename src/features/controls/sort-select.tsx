import { memo, useId } from 'react';
import { SORT_KEYS, SORT_LABELS, type SortKey } from '@/query/view-query';
import { useSort, useViewActions } from '@/store/view-store';

export const SortSelect = memo(function SortSelect() {
  const sort = useSort();
  const { sortBy } = useViewActions();
  const id = useId();
  return (
    <div className="control">
      <label htmlFor={id}>Sort by</label>
      <select id={id} value={sort} onChange={(event) => sortBy(event.target.value as SortKey)}>
        {SORT_KEYS.map((key) => (
          <option key={key} value={key}>
            {SORT_LABELS[key]}
          </option>
        ))}
      </select>
    </div>
  );
});
