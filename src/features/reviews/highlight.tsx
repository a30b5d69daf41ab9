import { Fragment, useMemo } from 'react';
import { highlightRanges } from '@/query/highlight';

/** Text with the search words marked. Always rendered as text nodes, never as markup. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const parts = useMemo(() => {
    if (query.trim() === '') return [text];
    const out: Array<string | { mark: string }> = [];
    let at = 0;
    for (const [start, end] of highlightRanges(text, query)) {
      if (start > at) out.push(text.slice(at, start));
      out.push({ mark: text.slice(start, end) });
      at = end;
    }
    if (at < text.length) out.push(text.slice(at));
    return out;
  }, [text, query]);
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <mark key={i}>{part.mark}</mark>
        ),
      )}
    </>
  );
}
