import { Fragment, useMemo } from 'react';

/** Where to mark a text: [start, end) ranges of it, in order and apart. */
type Marks = (text: string) => ReadonlyArray<readonly [number, number]>;

/**
 * Text with what the search asks for marked (`marks`: where, from the open dataset's search
 * marker; null when nothing is searched). Always rendered as text nodes, never as markup.
 */
export function Highlight({ text, marks }: { text: string; marks: Marks | null }) {
  const parts = useMemo(() => {
    if (marks === null) return [text];
    const out: Array<string | { mark: string }> = [];
    let at = 0;
    for (const [start, end] of marks(text)) {
      if (start > at) out.push(text.slice(at, start));
      out.push({ mark: text.slice(start, end) });
      at = end;
    }
    if (at < text.length) out.push(text.slice(at));
    return out;
  }, [text, marks]);
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
