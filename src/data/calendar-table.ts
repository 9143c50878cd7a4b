/**
 * The years and months each dated item counts in for facets (see calendarBuckets), worked out
 * once at load and kept as small integers, so a facet over thousands of items only counts.
 */
import { calendarBuckets } from './dates.js';
import type { DatePrecision } from './records.js';

type Dated = { start: string | null; end: string | null; precision: DatePrecision } | null;

/** One calendar part (years or months): every item's bucket ids, one list after another. */
class BucketLists {
  readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  readonly offsets: number[] = [0];
  readonly buckets: number[] = [];

  /** Appends the next item's buckets. */
  add(keys: string[]): void {
    for (const key of keys) {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.keys.length;
        this.ids.set(key, id);
        this.keys.push(key);
      }
      this.buckets.push(id);
    }
    this.offsets.push(this.buckets.length);
  }
}

export class CalendarTable {
  private readonly years = new BucketLists();
  private readonly months = new BucketLists();

  /**
   * @param items each item's date by position, and the day its open end stops at for facets.
   */
  constructor(items: readonly { date: Dated; openEnd: string }[]) {
    for (const { date, openEnd } of items) {
      const buckets = date ? calendarBuckets(date, openEnd) : { years: [], months: [] };
      // An item counts once per bucket.
      this.years.add([...new Set(buckets.years)]);
      this.months.add([...new Set(buckets.months)]);
    }
  }

  /** How many of the items at `positions` count in each year or month. */
  count(positions: ArrayLike<number>, part: 'years' | 'months'): Map<string, number> {
    const lists = this[part];
    const counts = new Int32Array(lists.keys.length);
    for (let at = 0; at < positions.length; at++) {
      const position = positions[at];
      for (let i = lists.offsets[position]; i < lists.offsets[position + 1]; i++) counts[lists.buckets[i]]++;
    }
    const found = new Map<string, number>();
    counts.forEach((count, id) => count && found.set(lists.keys[id], count));
    return found;
  }
}
