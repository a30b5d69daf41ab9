import { useId } from 'react';
import { useShow, useViewActions } from '@/store/view-store';

/** Reviews (the cards) or Quotes (the sentences of the shown reviews that match). */
export function ViewSwitch() {
  const show = useShow();
  const { showAs } = useViewActions();
  const id = useId();
  return (
    <div className="view-switch" role="radiogroup" aria-labelledby={id}>
      <span id={id} className="view-switch__label">
        View
      </span>
      {(['reviews', 'quotes'] as const).map((key) => (
        <label key={key}>
          <input type="radio" name={id} checked={show === key} onChange={() => showAs(key)} />
          {key === 'reviews' ? 'Reviews' : 'Quotes'}
        </label>
      ))}
    </div>
  );
}
