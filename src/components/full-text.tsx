import { useId, useState, type ReactNode } from 'react';

interface FullTextProps {
  /** What the text is, for the button: `title` gives `Show full title` / `Hide full title`. */
  what: string;
  /** The whole text; put in the page only once asked for. */
  children: ReactNode;
}

/**
 * The whole of a text that is displayed shortened, behind a button. Until then it is not in the
 * page at all: a title of megabytes would otherwise be laid out with every card.
 */
export function FullText({ what, children }: FullTextProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className="full-text">
      <button
        type="button"
        className="link-button full-text__toggle"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? `Hide full ${what}` : `Show full ${what}`}
      </button>
      {open ? (
        <p id={id} className="full-text__text" dir="auto">
          {children}
        </p>
      ) : null}
    </div>
  );
}
