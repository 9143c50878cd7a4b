/**
 * Finds the items whose fuzzy date matches a window (see matchesWindow) with binary searches
 * instead of a scan. Items are split by the shape of their date: closed ranges (kept in classes
 * of similar length, sorted by start, so "started before the window and still going" is a
 * short run just before it), ranges open at one end (sorted by their known bound) and dates
 * with no bound at all. Every candidate is still checked with matchesWindow, so the answer is
 * the scan's answer.
 */
import { matchesWindow, type DateWindow } from './dates.js';
import { IntList } from './growable.js';

type Dated = { start: string | null; end: string | null } | null;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date, or NaN when it is not one. */
function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return NaN;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getTime() / DAY_MS;
}

/** The ISO date `days` days before `iso`; null (no bound) when that is not a four-digit year. */
function daysBefore(iso: string, days: number): string | null {
  const day = dayNumber(iso);
  if (Number.isNaN(day)) return null;
  const text = new Date((day - days) * DAY_MS).toISOString().slice(0, 10);
  return /^\d{4}-/.test(text) ? text : null;
}

/** Positions sorted by one bound of their dates, with the largest length among them. */
class SortedRun {
  readonly keys: string[] = [];
  readonly positions: number[] = [];
  longest = 0;
  /** True when the positions ascend too (the list is in date order): matches come out in list order. */
  ascending = true;

  /** The first index whose key is at least `key` (0 for null). */
  from(key: string | null): number {
    return key === null ? 0 : this.search((k) => k < key);
  }

  /** The index after the last key at most `key` (the end for null). */
  to(key: string | null): number {
    return key === null ? this.keys.length : this.search((k) => k <= key);
  }

  /** The first index at which `before` stops holding (it holds for a prefix of the keys). */
  private search(before: (key: string) => boolean): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(this.keys[middle])) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Builds a run from (key, position, length) entries. */
function runOf(entries: [string, number, number][]): SortedRun {
  const run = new SortedRun();
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  for (const [key, position, length] of entries) {
    if (run.positions.length > 0 && position < run.positions[run.positions.length - 1]) run.ascending = false;
    run.keys.push(key);
    run.positions.push(position);
    run.longest = Math.max(run.longest, length);
  }
  return run;
}

/** The runs of one group of items. */
class Runs {
  /** Dates with neither bound: they overlap every window. */
  readonly unbounded: SortedRun;
  /** "On or before": sorted by end. */
  readonly openStart: SortedRun;
  /** "From … on": sorted by start. */
  readonly openEnd: SortedRun;
  /** Closed ranges by length class (up to 2^c days), each sorted by start. */
  readonly closed: SortedRun[];

  constructor(dates: readonly Dated[], positions: readonly number[]) {
    const unbounded: [string, number, number][] = [];
    const openStart: [string, number, number][] = [];
    const openEnd: [string, number, number][] = [];
    const closed: [string, number, number][][] = [];
    for (const position of positions) {
      const date = dates[position];
      if (!date) continue;
      if (date.start === null && date.end === null) unbounded.push(['', position, 0]);
      else if (date.start === null) openStart.push([date.end!, position, 0]);
      else if (date.end === null) openEnd.push([date.start, position, 0]);
      else {
        const length = Math.max(0, dayNumber(date.end) - dayNumber(date.start)) || 0;
        const lengthClass = length === 0 ? 0 : Math.floor(Math.log2(length)) + 1;
        (closed[lengthClass] ??= []).push([date.start, position, length]);
      }
    }
    this.unbounded = runOf(unbounded);
    this.openStart = runOf(openStart);
    this.openEnd = runOf(openEnd);
    this.closed = closed.filter(Boolean).map(runOf);
  }

  /** The index ranges of each run that can hold matches. */
  candidates({ from, to, match }: DateWindow): [SortedRun, number, number][] {
    const all = (run: SortedRun): [SortedRun, number, number] => [run, 0, run.keys.length];
    const none = (run: SortedRun): [SortedRun, number, number] => [run, 0, 0];
    if (match === 'WITHIN') {
      return [
        from === null && to === null ? all(this.unbounded) : none(this.unbounded),
        from === null ? [this.openStart, 0, this.openStart.to(to)] : none(this.openStart),
        to === null ? [this.openEnd, this.openEnd.from(from), this.openEnd.keys.length] : none(this.openEnd),
        ...this.closed.map((run): [SortedRun, number, number] => [run, run.from(from), run.to(to)]),
      ];
    }
    return [
      all(this.unbounded),
      [this.openStart, this.openStart.from(from), this.openStart.keys.length],
      [this.openEnd, 0, this.openEnd.to(to)],
      // A range that ends in the window starts at most its length before the window's start.
      ...this.closed.map((run): [SortedRun, number, number] => [
        run,
        from === null ? 0 : run.from(daysBefore(from, run.longest)),
        run.to(to),
      ]),
    ];
  }
}

/** Stands for a missing start: before every day. */
const NO_START = -1;
/** Stands for a missing end: after every day. */
const NO_END = 100_000_000;

/** An ISO day as the number YYYYMMDD, which orders as the text does; null when it is not YYYY-MM-DD. */
function dayKey(iso: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Number(iso.slice(0, 4)) * 10_000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10)) : null;
}

/** Every item's first and last day as numbers, or null when some date is not YYYY-MM-DD. */
function dayNumbers(dates: readonly Dated[]): { starts: Int32Array; ends: Int32Array } | null {
  const starts = new Int32Array(dates.length);
  const ends = new Int32Array(dates.length);
  for (let position = 0; position < dates.length; position++) {
    const date = dates[position];
    const start = date?.start == null ? NO_START : dayKey(date.start);
    const end = date?.end == null ? NO_END : dayKey(date.end);
    if (start === null || end === null) return null;
    starts[position] = start;
    ends[position] = end;
  }
  return { starts, ends };
}

/** What a window matches in a date index (see DateIndex.matches). */
export interface WindowMatches {
  count: number;
  /** The positions of the matches, in no particular order. */
  positions: Int32Array;
  /** The position of the match at `index` (from 0) in ascending order. */
  positionAt(index: number): number;
}

export class DateIndex {
  private readonly groups = new Map<string, Runs>();
  /**
   * Each item's first and last day as numbers (missing sides as NO_START and NO_END), so the
   * check of a candidate compares two integers; null when some date is not YYYY-MM-DD.
   */
  private readonly days: { starts: Int32Array; ends: Int32Array } | null;

  /**
   * @param dates each item's date by position (its place in the list's default order).
   * @param groupOf the group of the item at a position (an event's type, say), when windows
   *   are to be asked within groups; by default all items are one group.
   */
  constructor(
    private readonly dates: readonly Dated[],
    groupOf: (position: number) => string = () => '',
  ) {
    const members = new Map<string, number[]>();
    dates.forEach((_, position) => {
      const group = groupOf(position);
      const list = members.get(group);
      if (list) list.push(position);
      else members.set(group, [position]);
    });
    for (const [group, positions] of members) this.groups.set(group, new Runs(dates, positions));
    this.days = dayNumbers(dates);
  }

  /** Positions of the items (of `groups`, or of all) whose date matches `window`, ascending. */
  matching(window: DateWindow, groups?: readonly string[]): Int32Array {
    return this.find(window, groups).found.sort();
  }

  /**
   * The items (of `groups`, or of all) whose date matches `window`: how many, their positions
   * in no order, and the one at each place in ascending order, worked out only as far as read
   * when the list is in date order (each run's matches then ascend, and are merged lazily).
   */
  matches(window: DateWindow, groups?: readonly string[]): WindowMatches {
    const { found: positions, segments } = this.find(window, groups);
    if (!segments.every((segment) => segment.ascending)) {
      const sorted = positions.slice().sort();
      return { count: positions.length, positions, positionAt: (index) => sorted[index] };
    }
    const merged = new IntList(32);
    const heads = segments.map((segment) => segment.from);
    return {
      count: positions.length,
      positions,
      positionAt: (index) => {
        while (merged.length <= index) {
          let best = -1;
          for (let s = 0; s < segments.length; s++) {
            if (heads[s] < segments[s].to && (best < 0 || positions[heads[s]] < positions[heads[best]])) best = s;
          }
          merged.push(positions[heads[best]++]);
        }
        return merged.at(index);
      },
    };
  }

  /** Every match, run after run, and where each run's matches lie in the list. */
  private find(window: DateWindow, groups?: readonly string[]): { found: Int32Array; segments: { from: number; to: number; ascending: boolean }[] } {
    const candidates = this.candidates(window, groups);
    // Room for every candidate, so the scan only writes.
    const found = new Int32Array(candidates.reduce((sum, [, first, last]) => sum + last - first, 0));
    let count = 0;
    const segments: { from: number; to: number; ascending: boolean }[] = [];
    const from = window.from === null ? NO_START : dayKey(window.from);
    const to = window.to === null ? NO_END : dayKey(window.to);
    const days = from !== null && to !== null ? this.days : null;
    for (const [run, first, last] of candidates) {
      const start = count;
      for (let i = first; i < last; i++) {
        const position = run.positions[i];
        // As matchesWindow, on numbers: a missing side of the window holds for every date.
        const matches = !days
          ? matchesWindow(this.dates[position], window)
          : window.match === 'WITHIN'
            ? (window.from === null || days.starts[position] >= from!) && (window.to === null || days.ends[position] <= to!)
            : days.ends[position] >= from! && days.starts[position] <= to!;
        if (matches) found[count++] = position;
      }
      if (count > start) segments.push({ from: start, to: count, ascending: run.ascending });
    }
    return { found: found.subarray(0, count), segments };
  }

  /** At least as many as `matching` finds, from binary searches alone. */
  bound(window: DateWindow, groups?: readonly string[]): number {
    return this.candidates(window, groups).reduce((sum, [, from, to]) => sum + to - from, 0);
  }

  private candidates(window: DateWindow, groups?: readonly string[]): [SortedRun, number, number][] {
    const runs = groups ? [...new Set(groups)].flatMap((group) => this.groups.get(group) ?? []) : [...this.groups.values()];
    return runs.flatMap((group) => group.candidates(window));
  }
}
