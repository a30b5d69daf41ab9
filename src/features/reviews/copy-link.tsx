import { useId, useState } from 'react';
import { reviewPageLink } from '@/data/dataset-key';

type State = { kind: 'idle' } | { kind: 'copied' } | { kind: 'refused'; link: string };

/** Copies the address of one review (its own page); where the clipboard is refused, shows it to copy by hand. */
export function CopyLink({ reviewId }: { reviewId: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const fieldId = useId();
  const copy = async () => {
    // The dataset and the review: never the sharer's search, filters or order.
    const link = reviewPageLink(reviewId, window.location.href);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'refused', link });
    }
  };
  return (
    <div className="copy-link">
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => void copy()}
      >
        Copy link
      </button>
      <span className="copy-link__status" aria-live="polite">
        {state.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {state.kind === 'refused' ? (
        <span className="copy-link__fallback">
          <label htmlFor={fieldId}>The browser would not copy it; copy this link:</label>
          <input
            id={fieldId}
            readOnly
            value={state.link}
            onFocus={(event) => event.target.select()}
            // eslint-disable-next-line jsx-a11y/no-autofocus -- the link is what the reader asked for
            autoFocus
          />
        </span>
      ) : null}
    </div>
  );
}
