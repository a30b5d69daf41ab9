import { useMemo } from 'react';
import { countOf } from '@/components/format';
import type { Marker } from '@/query/dataset-session';
import { Highlight } from './highlight';

/**
 * A body this short shows whole in a collapsed card at any width (eight lines of a phone's column
 * hold more), its marks in sight: its sentences are not repeated above it.
 */
export const SHOWN_WHOLE = 200;

interface MatchingSentencesProps {
  body: string;
  marks: Marker;
  /** The body is a spoiler not revealed: say that it matches, quote nothing of it. */
  hidden: boolean;
}

/**
 * The sentences of a review that hold what the search asks for, above its text: a match deep in a
 * long review, or past the clamped lines, shows without opening it. A spoiler not revealed says
 * only that it matches. Loaded with the first search (the card is on the first paint, this is not).
 */
export function MatchingSentences({ body, marks, hidden }: MatchingSentencesProps) {
  const found = useMemo(
    () => (hidden || body.length > SHOWN_WHOLE ? marks.snippets(body) : null),
    [body, marks, hidden],
  );
  if (found === null || found.shown.length === 0) return null;
  if (hidden) return <p className="review__matches-note">Matches in the spoiler text</p>;
  const { shown, sentences, matches } = found;
  return (
    <div className="review__matches">
      <ul className="review__snippets" aria-label="Matching sentences">
        {shown.map((snippet, i) => (
          <li key={i} dir="auto">
            <Highlight text={snippet.text} marks={() => snippet.marks} />
          </li>
        ))}
      </ul>
      {sentences > shown.length ? (
        <p className="review__matches-note">{countOf(matches, 'match', 'matches')}</p>
      ) : null}
    </div>
  );
}
