import { useViewActions } from '@/store/view-store';

export function ClearFilters() {
  const { clearFilters } = useViewActions();
  return (
    <button type="button" className="button" onClick={clearFilters}>
      Clear filters
    </button>
  );
}
