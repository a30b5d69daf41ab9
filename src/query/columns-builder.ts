import type { Dataset } from '@/data/review-schema';
import { dayNumber, type Columns } from './columns';
import { wilsonLowerBound } from './wilson';

type Review = Dataset['reviews'][number];

/**
 * Builds the columns review by review, for a loader that hands reviews on as it reads them and
 * does not know how many will come; the arrays grow as needed and are cut to size at the end.
 */
export class ColumnsBuilder {
  private capacity: number;
  private size = 0;
  private wilson: Float64Array;
  private votes: Float64Array;
  private day: Float64Array;
  private month: Int32Array;
  private rating: Uint8Array;
  private length: Float64Array;
  private spoiler: Uint8Array;
  private firstMonth = -1;
  private lastMonth = -1;

  constructor(expected = 1024) {
    this.capacity = Math.max(1, expected);
    this.wilson = new Float64Array(this.capacity);
    this.votes = new Float64Array(this.capacity);
    this.day = new Float64Array(this.capacity);
    this.month = new Int32Array(this.capacity);
    this.rating = new Uint8Array(this.capacity);
    this.length = new Float64Array(this.capacity);
    this.spoiler = new Uint8Array(this.capacity);
  }

  private grow(): void {
    this.capacity *= 2;
    const wider = <T extends Float64Array | Int32Array | Uint8Array>(
      array: T,
      make: new (n: number) => T,
    ) => {
      const next = new make(this.capacity);
      next.set(array);
      return next;
    };
    this.wilson = wider(this.wilson, Float64Array);
    this.votes = wider(this.votes, Float64Array);
    this.day = wider(this.day, Float64Array);
    this.month = wider(this.month, Int32Array);
    this.rating = wider(this.rating, Uint8Array);
    this.length = wider(this.length, Float64Array);
    this.spoiler = wider(this.spoiler, Uint8Array);
  }

  add(review: Review): void {
    if (this.size === this.capacity) this.grow();
    const i = this.size;
    this.size += 1;
    this.wilson[i] = wilsonLowerBound(review.helpful.up, review.helpful.total);
    this.votes[i] = review.helpful.total;
    this.day[i] = dayNumber(review.date);
    const key =
      review.date === null
        ? -1
        : Number(review.date.slice(0, 4)) * 12 + Number(review.date.slice(5, 7)) - 1;
    this.month[i] = key;
    if (key >= 0) {
      if (this.firstMonth === -1 || key < this.firstMonth) this.firstMonth = key;
      if (key > this.lastMonth) this.lastMonth = key;
    }
    this.rating[i] = review.rating ?? 0;
    this.length[i] = review.body.length;
    this.spoiler[i] = review.spoiler ? 1 : 0;
  }

  /** The columns of the reviews added, each array exactly as long as their count. */
  finish(): Columns {
    const n = this.size;
    const cut = <T extends Float64Array | Int32Array | Uint8Array>(array: T): T =>
      array.length === n ? array : (array.slice(0, n) as T);
    return {
      wilson: cut(this.wilson),
      votes: cut(this.votes),
      day: cut(this.day),
      month: cut(this.month),
      monthRange: [this.firstMonth, this.lastMonth],
      rating: cut(this.rating),
      length: cut(this.length),
      spoiler: cut(this.spoiler),
    };
  }
}

export function computeColumns(dataset: Dataset): Columns {
  const builder = new ColumnsBuilder(dataset.reviews.length);
  for (const review of dataset.reviews) builder.add(review);
  return builder.finish();
}
