import type { DatasetSession } from './dataset-session';
import { runQuery } from './run-query';
import { TONE_CODE, TONE_OF_CODE, type ToneCounts } from './tone';
import type { ViewQuery } from './view-query';

/**
 * Reviews per inferred tone among those every other filter lets through (so choosing a tone never
 * hides the others' counts); null until the tones are worked out.
 */
export function toneCounts(session: DatasetSession, view: ViewQuery): ToneCounts | null {
  const { tone } = session;
  if (tone === null) return null;
  const { indices } = runQuery(session, { ...view, tones: [] });
  const tally = new Int32Array(TONE_OF_CODE.length);
  // Indexed, not for-of: each step of an array's iterator, until the engine compiles the loop,
  // made an object, 3 MB a count at 100,000 reviews and most of what the page allocated.
  for (let k = 0; k < indices.length; k += 1) {
    const t = tone[indices[k] ?? 0] ?? 0;
    tally[t] = (tally[t] ?? 0) + 1;
  }
  const counts: ToneCounts = { positive: 0, mixed: 0, negative: 0 };
  TONE_OF_CODE.forEach((key, code) => {
    if (key) counts[key] = tally[code] ?? 0;
  });
  return counts;
}

/** How far the inferred tone agrees with the reviewers' own scores (7-10, 5-6, 1-4). */
export function toneAgreement(
  rating: Uint8Array,
  tone: Uint8Array,
): { agree: number; scored: number } {
  let agree = 0;
  let scored = 0;
  for (let i = 0; i < rating.length; i += 1) {
    const r = rating[i] ?? 0;
    const t = tone[i] ?? 0;
    if (r === 0 || t === 0) continue;
    scored += 1;
    const expected = r >= 7 ? TONE_CODE.positive : r <= 4 ? TONE_CODE.negative : TONE_CODE.mixed;
    if (t === expected) agree += 1;
  }
  return { agree, scored };
}
