/**
 * The heights of a long list's rows, with where each row starts and which row covers an offset,
 * both in O(log n) (a Fenwick tree over typed arrays: no per-row objects, nothing to rebuild
 * when one row is measured).
 */
export class SizeIndex {
  readonly count: number;
  private readonly sizes: Float64Array;
  /** 1-based: tree[k] sums the sizes of rows (k - lowbit(k), k]. */
  private readonly tree: Float64Array;
  private readonly topStep: number;

  constructor(count: number, estimate: number) {
    this.count = count;
    this.sizes = new Float64Array(count).fill(estimate);
    // With every row the same size, node k covers lowbit(k) rows.
    const tree = new Float64Array(count + 1);
    for (let k = 1; k <= count; k += 1) tree[k] = estimate * (k & -k);
    this.tree = tree;
    let step = 1;
    while (step * 2 <= count) step *= 2;
    this.topStep = step;
  }

  size(index: number): number {
    return this.sizes[index] ?? 0;
  }

  /** Sets one row's size; returns how much it changed. */
  set(index: number, size: number): number {
    if (index < 0 || index >= this.count) return 0;
    const delta = size - (this.sizes[index] ?? 0);
    if (delta === 0) return 0;
    this.sizes[index] = size;
    for (let k = index + 1; k <= this.count; k += k & -k)
      this.tree[k] = (this.tree[k] ?? 0) + delta;
    return delta;
  }

  /** Where row `index` starts: the sum of the rows before it (`count` gives the total). */
  start(index: number): number {
    let sum = 0;
    for (let k = Math.min(Math.max(index, 0), this.count); k > 0; k -= k & -k) {
      sum += this.tree[k] ?? 0;
    }
    return sum;
  }

  total(): number {
    return this.start(this.count);
  }

  /** The row covering `offset` from the list's top, clamped to the list; -1 when it is empty. */
  indexAt(offset: number): number {
    if (this.count === 0) return -1;
    let position = 0;
    let rest = offset;
    for (let step = this.topStep; step > 0; step >>= 1) {
      const next = position + step;
      const span = this.tree[next] ?? 0;
      if (next <= this.count && span <= rest) {
        position = next;
        rest -= span;
      }
    }
    return Math.min(position, this.count - 1);
  }
}
