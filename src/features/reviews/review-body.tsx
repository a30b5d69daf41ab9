import { afterPaints } from '@/lib/schedule';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { graphemeStartAtOrBefore } from '@/lib/grapheme-start';
import { Highlight } from './highlight';
import type { Marker } from '@/query/dataset-session';

/**
 * While a review is clamped, the text after about this many characters is kept in the page but not
 * displayed: more than the eight clamped lines hold at any width, since the text's column is at
 * most 58 digit widths (about 77 characters a line in DejaVu Sans, 85 at the very most in the
 * fonts tried: 680 for eight lines). Every displayed character is laid out, seen or not: laying
 * out the whole of a 20,000-character review took 30 ms each time it came into view, and at
 * 1,400 characters each card laid out about twice the lines it shows, work and memory spent
 * again for every card a new list brings.
 */
export const CLAMPED_CHARACTERS = 900;

/** A space this far past the limit still ends the displayed text at a word boundary. */
export const CLAMP_WORD_REACH = 100;

/**
 * Where the clamped view stops displaying `body`: the first space after `limit` characters, or,
 * inside a longer word, the limit itself (a character boundary), so that one word of any length
 * is not laid out whole while the review is clamped.
 */
export function clampCut(body: string, limit = CLAMPED_CHARACTERS): number {
  if (body.length <= limit) return body.length;
  const space = body.indexOf(' ', limit);
  const wordEnd = space === -1 ? body.length : space;
  return wordEnd <= limit + CLAMP_WORD_REACH ? wordEnd : graphemeStartAtOrBefore(body, limit);
}

interface Piece {
  shown: string;
  /** The rest of the paragraph, not displayed while clamped (empty when all of it shows). */
  rest: string;
}

/** The paragraphs of `body`, each split where the clamped view stops displaying text. */
function paragraphsUpTo(body: string, cut: number): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const text of body.split('\n\n')) {
    const at = Math.min(Math.max(cut - start, 0), text.length);
    pieces.push({ shown: text.slice(0, at), rest: text.slice(at) });
    start += text.length + 2;
  }
  return pieces;
}

interface ReviewBodyProps {
  body: string;
  /** Where to mark what the search asks for; null when nothing is searched. */
  marks: Marker | null;
  bodyId: string;
  /** The whole text, with no Read more (a review on its own page). */
  whole?: boolean;
}

/** Paragraphs, clamped to about eight lines with Read more / Show less when they overflow. */
export function ReviewBody({ body, marks, bodyId, whole = false }: ReviewBodyProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [opened, setExpanded] = useState(false);
  const expanded = opened || whole;
  const [overflows, setOverflows] = useState(false);
  // Closed from Show less at the end of a long text: where the button was on screen, so that
  // Read more is put back under the reader's hand rather than pages above it.
  const closedAt = useRef<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const top = closedAt.current;
    closedAt.current = null;
    if (expanded || top === null || !button.current) return;
    window.scrollBy(0, button.current.getBoundingClientRect().top - top);
  }, [expanded]);

  // Measured from a ResizeObserver, which reports after layout: reading scrollHeight while
  // mounting would force a synchronous layout of the whole page for every card.
  // Opened during a search, the review shows its first match: focus goes to the paragraph holding
  // it (a screen reader reads on from there), and the match is scrolled to two frames on, once
  // the opened text is laid out and the list has kept its place for the card's new height (a
  // scroll made sooner was undone by that). Only opening moves focus: a search typed meanwhile
  // leaves it in the box.
  useEffect(() => {
    const element = ref.current;
    if (expanded) {
      const mark = element?.querySelector('mark');
      if (!mark) return undefined;
      mark.closest('p')?.focus({ preventScroll: true });
      return afterPaints(2, () => mark.scrollIntoView({ block: 'center' }));
    }
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() =>
      setOverflows(element.scrollHeight > element.clientHeight + 1),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [body, expanded]);

  const cut = expanded ? body.length : clampCut(body);
  // Search terms hold no spaces and the cut is at a space, so marking each part on its own marks
  // the same matches as marking the whole paragraph; a cut inside a long word lies past the
  // clamped lines, where a mark it splits is not displayed.
  const paragraphs = paragraphsUpTo(body, cut);
  return (
    <>
      <div
        ref={ref}
        id={bodyId}
        className={expanded ? 'review__body' : 'review__body review__body--clamped'}
      >
        {paragraphs.map((piece, i) =>
          piece.rest === '' ? (
            <p key={i} dir="auto" tabIndex={-1}>
              <Highlight text={piece.shown} marks={marks} />
            </p>
          ) : (
            <p key={i} dir="auto" tabIndex={-1} hidden={piece.shown === ''}>
              <Highlight text={piece.shown} marks={marks} />
              <span hidden>
                <Highlight text={piece.rest} marks={marks} />
              </span>
            </p>
          ),
        )}
      </div>
      {!whole && (overflows || expanded || cut < body.length) ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={bodyId}
          ref={button}
          onClick={(event) => {
            if (expanded) closedAt.current = event.currentTarget.getBoundingClientRect().top;
            setExpanded((value) => !value);
          }}
        >
          {expanded ? 'Show less' : 'Read more'}
        </button>
      ) : null}
    </>
  );
}
