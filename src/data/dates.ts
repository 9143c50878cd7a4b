/**
 * Fuzzy dates: the EDTF subset we use (YYYY, YYYY-MM, YYYY-MM-DD, and intervals of them with
 * `..` for an open side) and the checks that keep start/end/precision/text consistent with it.
 */
import type { FuzzyDate } from './model.js';
import type { DatePrecision } from './records.js';

/**
 * Where a fuzzy date sorts on a time line: its first possible day, or its last when only that
 * is known ("on or before July 24"); null when neither bound is known.
 */
export function chronologicalKey(date: FuzzyDate | null): string | null {
  return date?.start ?? date?.end ?? null;
}

const PRECISION_RANK: Record<DatePrecision, number> = { DAY: 0, MONTH: 1, YEAR: 2, UNKNOWN: 3 };

interface EdtfBound {
  first: string;
  last: string;
  precision: Exclude<DatePrecision, 'UNKNOWN'>;
}

/** Last day of a month, for `YYYY-MM` bounds. */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseBound(text: string): EdtfBound | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  if (d !== undefined) {
    const day = Number(d);
    const month = Number(m);
    if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
    return { first: text, last: text, precision: 'DAY' };
  }
  if (m !== undefined) {
    const month = Number(m);
    if (month < 1 || month > 12) return null;
    const last = String(lastDayOfMonth(year, month)).padStart(2, '0');
    return { first: `${text}-01`, last: `${text}-${last}`, precision: 'MONTH' };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31`, precision: 'YEAR' };
}

export interface ExpectedDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
}

/**
 * What an EDTF string means: its first and last possible day and its precision (the coarsest
 * of its closed bounds; UNKNOWN when both sides are open). Null when it is not EDTF we accept.
 */
export function interpretEdtf(edtf: string): ExpectedDate | null {
  const parts = edtf.split('/');
  if (parts.length === 1) {
    const bound = parseBound(edtf);
    return bound && { start: bound.first, end: bound.last, precision: bound.precision };
  }
  if (parts.length !== 2) return null;
  const [left, right] = parts.map((side) => (side === '..' ? 'open' : parseBound(side)));
  if (left === null || right === null) return null;
  const closed = [left, right].filter((side): side is EdtfBound => side !== 'open');
  const precision = closed.reduce<DatePrecision>(
    (coarsest, side) => (PRECISION_RANK[side.precision] > PRECISION_RANK[coarsest] ? side.precision : coarsest),
    closed.length ? 'DAY' : 'UNKNOWN',
  );
  return {
    start: left === 'open' ? null : left.first,
    end: right === 'open' ? null : right.last,
    precision,
  };
}

const MONTH_WORDS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|month)\b/i;
const DAY_WORDS = /(?<![\d,.])\b\d{1,2}(st|nd|rd|th)?\b(?![,.]\d)|\b(yesterday|today|tomorrow|day)\b/i;

/**
 * The finest precision a source phrase can carry: "January 25" can be a day, "last August" a
 * month, "last year" only a year. Used to refuse dates more precise than their words.
 */
export function finestPrecisionOfPhrase(text: string): DatePrecision {
  if (DAY_WORDS.test(text)) return 'DAY';
  if (MONTH_WORDS.test(text)) return 'MONTH';
  return 'YEAR';
}

/** Problems with a fuzzy date, as human-readable reasons (empty when it is consistent). */
export function checkFuzzyDate(date: {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  edtf: string;
  text: string | null;
}): string[] {
  const problems: string[] = [];
  if (date.start && date.end && date.start > date.end) {
    problems.push(`start ${date.start} is after end ${date.end}`);
  }
  const expected = interpretEdtf(date.edtf);
  if (!expected) {
    problems.push(`edtf "${date.edtf}" is not a date, month, year or interval of them`);
    return problems;
  }
  for (const key of ['start', 'end', 'precision'] as const) {
    if (expected[key] !== date[key]) {
      problems.push(`edtf "${date.edtf}" means ${key} ${expected[key] ?? 'null'}, but ${key} is ${date[key] ?? 'null'}`);
    }
  }
  // A single date's precision comes from its phrase; an interval's bounds may come from context.
  if (date.text && !date.edtf.includes('/')) {
    const finest = finestPrecisionOfPhrase(date.text);
    if (PRECISION_RANK[date.precision] < PRECISION_RANK[finest]) {
      problems.push(`precision ${date.precision} is finer than the phrase "${date.text}" can give (${finest} at most)`);
    }
  }
  return problems;
}

export type DateMatch = 'OVERLAPS' | 'WITHIN';

/** A date window from a query; a null side is open. */
export interface DateWindow {
  from: string | null;
  to: string | null;
  match: DateMatch;
}

/**
 * Whether a fuzzy date matches a window. OVERLAPS: some day it can mean lies in the window (open
 * sides reach forever, so an ongoing war overlaps every later window). WITHIN: every day it can
 * mean lies in the window (an open side never does). Undated items never match.
 */
export function matchesWindow(date: { start: string | null; end: string | null } | null, window: DateWindow): boolean {
  if (!date) return false;
  if (window.match === 'WITHIN') {
    return (
      (window.from === null || (date.start !== null && date.start >= window.from)) &&
      (window.to === null || (date.end !== null && date.end <= window.to))
    );
  }
  return (
    (window.from === null || date.end === null || date.end >= window.from) &&
    (window.to === null || date.start === null || date.start <= window.to)
  );
}

/**
 * The years and months a date counts in for facets. A closed range counts in every year it
 * overlaps, and in months only at MONTH precision or finer. An open end stops at `openEnd` (the
 * newest publication that mentions it); an open start counts from the first known bound.
 */
export function calendarBuckets(
  date: { start: string | null; end: string | null; precision: DatePrecision },
  openEnd: string,
): { years: string[]; months: string[] } {
  const end = date.end ?? openEnd;
  const start = date.start ?? (date.end ?? openEnd);
  const years: string[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) years.push(String(y));
  const months: string[] = [];
  if (date.precision === 'DAY' || date.precision === 'MONTH') {
    for (let m = start.slice(0, 7); m <= end.slice(0, 7); m = nextMonth(m)) months.push(m);
  }
  return { years, months };
}

/** The month after `YYYY-MM`. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
