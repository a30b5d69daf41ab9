/** A typed array whose items can be read and copied from another of its kind. */
type Grows = Int8Array | Uint8Array | Int32Array | Float32Array | Float64Array;

/**
 * `array` widened to `length` items, its items copied and the rest zero (the same array when it
 * is long enough already). Callers pass the length they grow to, doubling as they go.
 */
export function grown<T extends Grows>(array: T, length: number): T {
  if (length <= array.length) return array;
  const wider = new (array.constructor as new (length: number) => T)(length);
  wider.set(array as never);
  return wider;
}
