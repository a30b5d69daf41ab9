import { memo, useId, useMemo } from 'react';
import { countOf, countText } from '@/components/format';
import type { DatasetSession } from '@/query/dataset-session';
import { TONE_KEYS, type ToneKey } from '@/query/tone';
import { toneAgreement, toneCounts } from '@/query/tone-counts';
import type { ViewQuery } from '@/query/view-query';
import { useToneFilter, useViewActions } from '@/store/view-store';

/** `Positive`, `Mixed`, `Negative`. */
const toneLabel = (tone: ToneKey): string => tone[0]?.toUpperCase() + tone.slice(1);

/** Below this many scored reviews, how far tone and score agree says little. */
export const TONE_CHECK_FROM = 10;

/**
 * How far the tone inferred from the text agrees with the reviewers' own scores on this film
 * (7-10 positive, 5-6 mixed, 1-4 negative), so a reader knows how far to trust it where no
 * score is given.
 */
export function toneAgreementText(rating: Uint8Array, tone: Uint8Array | null): string {
  if (tone === null) return 'Inferred from the text: working it out…';
  const { agree, scored } = toneAgreement(rating, tone);
  if (scored < TONE_CHECK_FROM) {
    return `Inferred from the text. With ${countOf(scored, 'scored review')}, too few to tell how far it agrees with the scores.`;
  }
  return `Inferred from the text. Tone agrees with the score in ${countText(agree)} of ${countOf(scored, 'scored review')}.`;
}

interface ToneFilterProps {
  session: DatasetSession;
  /** The view the list shows; the counts are of the reviews its other filters let through. */
  view: ViewQuery;
  /** The session's tones (null until worked out): the filter draws again when they come. */
  tone: Uint8Array | null;
}

/**
 * The inferred tone of a review's text, as a filter beside the rating: most reviews give no
 * score, and this is how a reader finds the critical ones among them. Always said to be inferred.
 */
export const ToneFilter = memo(function ToneFilter({ session, view, tone }: ToneFilterProps) {
  const chosen = useToneFilter();
  const { toggleTone } = useViewActions();
  const id = useId();
  const noteId = `${id}-note`;
  const counts = useMemo(
    () => (tone === null ? null : toneCounts(session, view)),
    [session, view, tone],
  );
  const note = useMemo(() => toneAgreementText(session.rating, tone), [session, tone]);
  return (
    <fieldset className="rating-filter tone-filter" aria-describedby={noteId}>
      <legend>Tone</legend>
      <p id={noteId} className="tone-filter__note">
        {note}
      </p>
      <div className="rating-filter__options">
        {TONE_KEYS.map((key) => {
          const count = counts?.[key] ?? null;
          const countId = `${id}-${key}`;
          return (
            <div key={key} className="rating-filter__option" data-empty={count === 0 || undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(key)}
                  onChange={() => toggleTone(key)}
                  aria-describedby={count === null ? undefined : countId}
                />
                {toneLabel(key)}
              </label>
              {count === null ? null : (
                <>
                  <span className="rating-filter__count" aria-hidden="true">
                    {countText(count)}
                  </span>
                  <span id={countId} className="visually-hidden">
                    {countOf(count, 'review')}
                  </span>
                </>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
});
