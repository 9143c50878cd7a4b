/**
 * The time axis: days as numbers, the window drawn, where each fuzzy date goes on it, and ticks.
 * Positions are percentages of the axis width, so the chart is fluid.
 */

const MS_PER_DAY = 86_400_000;
/** Margin around the items' own extent when no window is set, in days. */
const PADDING_DAYS = 20;

/** Days since 1970-01-01 of an ISO day. */
export function dayOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
}

/** The days drawn: from `start` (included) to `end` (excluded). */
export interface Axis {
  start: number;
  end: number;
}

interface Bounds {
  start: string | null;
  end: string | null;
}

/** The window asked for, or the items' extent with a margin; at least a month wide. */
export function axisFor(dates: Bounds[], window: { from?: string; to?: string }): Axis {
  const known = dates.flatMap(({ start, end }) => [start, end]).filter((day): day is string => day !== null).map(dayOf);
  const first = window.from ? dayOf(window.from) : known.length ? Math.min(...known) - PADDING_DAYS : dayOf('2024-01-01');
  const last = window.to ? dayOf(window.to) + 1 : known.length ? Math.max(...known) + 1 + PADDING_DAYS : first + 365;
  return { start: first, end: Math.max(last, first + 30) };
}

/** Where a day lies on the axis, in percent, clamped to it. */
export function percentOf(axis: Axis, day: number): number {
  const ratio = (day - axis.start) / (axis.end - axis.start);
  return Math.min(100, Math.max(0, ratio * 100));
}

/**
 * A date as it is drawn: a known day is a point; a range (a month, a year, "August to March") is
 * a band over every day it can mean; a side the source leaves open fades out to the axis edge,
 * and the known end of a half-open date keeps its point when it is a day.
 */
export type Mark =
  | { kind: 'point'; at: number }
  | { kind: 'band'; left: number; width: number; openStart: boolean; openEnd: boolean; capAt?: number };

export function markFor(axis: Axis, { start, end, precision }: Bounds & { precision: string }): Mark {
  if (start && end && start === end) return { kind: 'point', at: percentOf(axis, dayOf(start) + 0.5) };
  const from = start ? dayOf(start) : axis.start;
  const to = end ? dayOf(end) + 1 : axis.end;
  const left = percentOf(axis, from);
  const width = Math.max(percentOf(axis, to) - left, 0.4);
  const cap = precision === 'DAY' && (start === null) !== (end === null) ? dayOf((start ?? end)!) + 0.5 : undefined;
  return { kind: 'band', left, width, openStart: start === null, openEnd: end === null, capAt: cap === undefined ? undefined : percentOf(axis, cap) };
}

export interface Tick {
  at: number;
  label: string;
  /** A year's first tick, drawn stronger. */
  major: boolean;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month ticks, thinned to at most a dozen; January is labelled with its year. */
export function ticksFor(axis: Axis): Tick[] {
  const first = new Date(axis.start * MS_PER_DAY);
  const months = Math.ceil((axis.end - axis.start) / 30.4);
  const step = [1, 2, 3, 6, 12, 24, 60, 120, 600].find((size) => months / size <= 12) ?? 1200;
  const ticks: Tick[] = [];
  for (let index = 1; ; index += 1) {
    const month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + index, 1));
    const day = month.getTime() / MS_PER_DAY;
    if (day >= axis.end) break;
    const monthIndex = month.getUTCMonth();
    if ((month.getUTCFullYear() * 12 + monthIndex) % step !== 0) continue;
    ticks.push({
      at: percentOf(axis, day),
      label: monthIndex === 0 ? String(month.getUTCFullYear()) : MONTH_NAMES[monthIndex],
      major: monthIndex === 0,
    });
  }
  return ticks;
}
