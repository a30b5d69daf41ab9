import { useEffect, useRef, useState } from 'react';
import { Highlight } from './highlight';

interface ReviewBodyProps {
  body: string;
  query: string;
  bodyId: string;
}

/** Paragraphs, clamped to about eight lines with Read more / Show less when they overflow. */
export function ReviewBody({ body, query, bodyId }: ReviewBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);

  // Measured from a ResizeObserver, which reports after layout: reading scrollHeight while
  // mounting would force a synchronous layout of the whole page for every card.
  useEffect(() => {
    const element = ref.current;
    if (!element || expanded || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      setOverflows(element.scrollHeight > element.clientHeight + 1);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [body, expanded]);

  const paragraphs = body.split('\n\n');
  return (
    <>
      <div
        ref={ref}
        id={bodyId}
        className={expanded ? 'review__body' : 'review__body review__body--clamped'}
      >
        {paragraphs.map((paragraph, i) => (
          <p key={i}>
            <Highlight text={paragraph} query={query} />
          </p>
        ))}
      </div>
      {overflows || expanded ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? 'Show less' : 'Read more'}
        </button>
      ) : null}
    </>
  );
}
