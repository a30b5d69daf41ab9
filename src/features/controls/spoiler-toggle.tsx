import { memo } from 'react';
import { useHideSpoilers, useViewActions } from '@/store/view-store';

export const SpoilerToggle = memo(function SpoilerToggle() {
  const hide = useHideSpoilers();
  const { setHideSpoilers } = useViewActions();
  return (
    <label className="control control--check">
      <input
        type="checkbox"
        checked={hide}
        onChange={(event) => setHideSpoilers(event.target.checked)}
      />
      Hide spoilers
    </label>
  );
});
