import { useEffect, useId, useRef, useState } from 'react';
import { countOf, countText } from '@/components/format';
import { focusLater, focusLost, focusTaken, focusWanted } from '@/lib/focus-later';
import type { Mention } from '@/query/mentions';
import { searchTerms, searchWithout } from '@/query/search-syntax';
import { searchWith } from '@/query/search-with';
import { useSearch, useViewActions } from '@/store/view-store';

/**
 * Below two columns, how many mentions show before More, so the first review stays in sight:
 * six, and three on a phone (theme.css hides the rest).
 */
const FIRST_FEW = 6;
const PHONE_FEW = 3;

/** The mentions as buttons; choosing one adds it to the search. They wrap, never scroll sideways. */
export function MentionList({ mentions }: { mentions: Mention[] | null }) {
  const search = useSearch();
  const { searchFor } = useViewActions();
  const [all, setAll] = useState(false);
  const listId = useId();
  if (mentions === null) return <p className="mentions__note">Counting…</p>;
  if (mentions.length === 0) {
    return <p className="mentions__note">No word stands out in these reviews.</p>;
  }
  return (
    <>
      <ul id={listId} className="mentions__list" data-all={all || undefined}>
        {mentions.map((mention) => (
          <li key={mention.search}>
            {/* The name starts with what the button shows: `Tonny 14 reviews`. */}
            <button
              type="button"
              className="mention"
              aria-label={`${mention.label} ${countOf(mention.count, 'review')}`}
              onClick={() => {
                // Its button goes (it is searched now): the chip standing for it, the last in the
                // search's row, takes the focus once drawn.
                focusLater('chips', 'last');
                searchFor(searchWith(search, mention.search));
              }}
            >
              <bdi className="mention__label">{mention.label}</bdi>{' '}
              <span className="mention__count" aria-hidden="true">
                {countText(mention.count)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {mentions.length > PHONE_FEW ? (
        <button
          type="button"
          className="link-button mentions__more"
          data-beyond-six={mentions.length > FIRST_FEW || undefined}
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll((value) => !value)}
        >
          {all ? 'Fewer mentions' : `All ${countText(mentions.length)} mentions`}
        </button>
      ) : null}
    </>
  );
}

/**
 * What is searched for, one chip per word, phrase or words joined by `OR` (a chosen mention
 * among them), each with a button that takes it out of the search. Focus stays in the chips' row when one goes.
 */
export function SearchChips() {
  const search = useSearch();
  const { searchFor } = useViewActions();
  const terms = searchTerms(search);
  const rowRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusWanted('chips') === null) return;
    const buttons = rowRef.current?.querySelectorAll<HTMLButtonElement>('button');
    const last = buttons?.[buttons.length - 1];
    if (!last) return;
    focusTaken('chips');
    // Never taken from where the reader has gone meanwhile.
    if (focusLost()) last.focus();
  });
  if (terms.length === 0) return null;
  return (
    <ul ref={rowRef} className="search-chips" aria-label="Searching for">
      {terms.map(({ key, text, alternatives }, i) => (
        <li key={key} className="search-chip">
          <bdi>{text}</bdi>
          {alternatives.length > 0 ? (
            // What else the chip finds (`OR`): its spellings and parts, in a word and in full.
            <span className="search-chip__or" title={`or ${alternatives.join(', or ')}`}>
              {' '}
              or {countText(alternatives.length)} more
            </span>
          ) : null}
          <button
            type="button"
            className="search-chip__remove"
            aria-label={`Remove ${text}`}
            onClick={(event) => {
              // The next chip (or the one before) takes the focus the removed one had.
              const row = event.currentTarget.closest('ul');
              searchFor(searchWithout(search, key));
              requestAnimationFrame(() => {
                const buttons = row?.querySelectorAll<HTMLButtonElement>('button');
                const next = buttons?.[Math.min(i, (buttons?.length ?? 1) - 1)];
                (next ?? document.querySelector<HTMLElement>('input[type="search"]'))?.focus();
              });
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
