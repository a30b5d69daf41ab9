// A review's tone, inferred from its words: positive, mixed or negative. It is a guess from the
// text (always shown as inferred), kept apart from the reviewer's own score.

export const TONE_KEYS = ['positive', 'mixed', 'negative'] as const;
export type ToneKey = (typeof TONE_KEYS)[number];
export type ToneCounts = Record<ToneKey, number>;

/** A tone as the tone column holds it: 0 while not yet worked out. */
export const TONE_CODE: Record<ToneKey, number> = { positive: 1, mixed: 2, negative: 3 };
export const TONE_OF_CODE: ReadonlyArray<ToneKey | null> = [null, ...TONE_KEYS];

/** Each review's tone (TONE_CODE) and its score from -1 (all negative) to 1, NaN without one. */
export interface ToneColumns {
  readonly tone: Uint8Array;
  readonly toneScore: Float32Array;
}
