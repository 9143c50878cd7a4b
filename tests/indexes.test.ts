/**
 * The data layer's indexes answer as a scan would: the date index against matchesWindow over
 * random windows (on the seed and on made-up dates of every shape), the lazy ranking against a
 * stable sort, and the lazy list against a plain array.
 */
import { describe, expect, it } from 'vitest';
import { DateIndex } from '../src/data/date-index.js';
import { matchesWindow, type DateWindow } from '../src/data/dates.js';
import { lazyList } from '../src/data/lazy-list.js';
import { Ranking } from '../src/data/ranking.js';
import { dataset } from './helpers.js';

/** A deterministic pseudo-random generator, so failures replay. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** A random ISO day from 1995 to 2030. */
const dayFrom = (next: () => number) =>
  new Date(Date.UTC(1995, 0, 1) + Math.floor(next() * 35 * 365) * 86_400_000).toISOString().slice(0, 10);

/** A random window: either side may be open, OVERLAPS or WITHIN. */
function windowFrom(next: () => number): DateWindow {
  let from = next() < 0.2 ? null : dayFrom(next);
  let to = next() < 0.2 ? null : dayFrom(next);
  if (from && to && from > to) [from, to] = [to, from];
  return { from, to, match: next() < 0.5 ? 'OVERLAPS' : 'WITHIN' };
}

/** What a scan finds: positions whose date matches, ascending. */
const scan = (dates: readonly ({ start: string | null; end: string | null } | null)[], window: DateWindow) =>
  dates.flatMap((date, position) => (matchesWindow(date, window) ? [position] : []));

describe('DateIndex', () => {
  it('finds what a scan finds over the seed events and statements, in random windows', () => {
    const next = random(7);
    const sets = [dataset.events.map((e) => e.date), dataset.statements.map((s) => s.saidOn)];
    for (let i = 0; i < 500; i++) {
      const window = windowFrom(next);
      for (const dates of sets) expect([...new DateIndex(dates).matching(window)], JSON.stringify(window)).toEqual(scan(dates, window));
    }
  });

  it('finds what a scan finds over dates of every shape, within groups too', () => {
    const next = random(11);
    const dates = Array.from({ length: 2000 }, () => {
      const shape = next();
      if (shape < 0.05) return null;
      if (shape < 0.1) return { start: null, end: null };
      const start = dayFrom(next);
      // Lengths from a day to decades, so every length class has members.
      const end = new Date(Date.parse(start) + Math.floor(next() ** 4 * 12_000) * 86_400_000).toISOString().slice(0, 10);
      if (shape < 0.25) return { start: null, end };
      if (shape < 0.4) return { start, end: null };
      return { start, end };
    });
    const groupOf = (position: number) => ['a', 'b', 'c'][position % 3];
    const index = new DateIndex(dates, groupOf);
    for (let i = 0; i < 500; i++) {
      const window = windowFrom(next);
      expect([...index.matching(window)], JSON.stringify(window)).toEqual(scan(dates, window));
      expect(index.bound(window)).toBeGreaterThanOrEqual(index.matching(window).length);
      expect([...index.matching(window, ['b', 'c'])]).toEqual(scan(dates, window).filter((p) => groupOf(p) !== 'a'));
    }
  });
});

describe('Ranking', () => {
  it('orders as a stable sort by descending score, however far it is read', () => {
    const next = random(3);
    for (const size of [0, 1, 5, 40, 1000]) {
      // Few distinct scores, so ties are common.
      const scores = Float64Array.from({ length: size }, () => Math.floor(next() * 7));
      const expected = [...scores.keys()].sort((a, b) => scores[b] - scores[a]);
      const ranking = new Ranking(scores);
      expect(ranking.length).toBe(size);
      // Read the first few, then jump far ahead, then everything.
      const read = [0, 1, 2, Math.floor(size / 2), size - 1].filter((rank) => rank >= 0 && rank < size);
      for (const rank of read) expect(ranking.candidateAt(rank)).toBe(expected[rank]);
      expect(expected.map((_, rank) => ranking.candidateAt(rank))).toEqual(expected);
    }
  });
});

describe('lazyList', () => {
  it('reads as a plain array and makes each item once', () => {
    const made: number[] = [];
    const list = lazyList(5, (index) => {
      made.push(index);
      return { index };
    });
    expect(list.length).toBe(5);
    expect(list[3]).toBe(list[3]);
    expect(list.slice(0, 2)).toEqual([{ index: 0 }, { index: 1 }]);
    expect(list).toEqual([0, 1, 2, 3, 4].map((index) => ({ index })));
    expect(JSON.stringify(list)).toBe(JSON.stringify([0, 1, 2, 3, 4].map((index) => ({ index }))));
    expect(list[5]).toBeUndefined();
    expect(made.sort()).toEqual([0, 1, 2, 3, 4]);
  });
});
