import { describe, expect, it } from 'vitest';
import { grown } from '@/lib/grown';

describe('grown', () => {
  it('widens a typed array of any kind, keeping its items and zeroing the rest', () => {
    const ints = Int32Array.from([5, -7, 9]);
    const wider = grown(ints, 5);
    expect(wider).toBeInstanceOf(Int32Array);
    expect([...wider]).toEqual([5, -7, 9, 0, 0]);
    const floats = grown(Float32Array.from([0.5]), 2);
    expect(floats).toBeInstanceOf(Float32Array);
    expect([...floats]).toEqual([0.5, 0]);
  });

  it('gives back the same array when it is long enough', () => {
    const bytes = new Uint8Array(4);
    expect(grown(bytes, 4)).toBe(bytes);
    expect(grown(bytes, 2)).toBe(bytes);
  });
});
