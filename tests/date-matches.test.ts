/**
 * A date index's lazy matches (DateIndex.matches) list exactly what `matching` lists, in the
 * same ascending order, however far they are read, on lists in date order (events, the
 * timeline: merged lazily) and not (statements: sorted).
 */
import { describe, expect, it } from 'vitest';
import type { DateIndex } from '../src/data/date-index.js';
import type { DateWindow } from '../src/data/dates.js';
import { dataset } from './helpers.js';

const WINDOWS: DateWindow[] = [
  { from: '2024-01-01', to: '2025-12-31', match: 'OVERLAPS' },
  { from: '2025-07-01', to: null, match: 'OVERLAPS' },
  { from: null, to: '2024-06-30', match: 'OVERLAPS' },
  { from: '2024-01-01', to: '2025-12-31', match: 'WITHIN' },
  { from: '2025-07-24', to: '2025-07-24', match: 'WITHIN' },
];

const INDEXES: [string, () => DateIndex, string[] | undefined][] = [
  ['the timeline', () => dataset.timelineDates, undefined],
  ['events', () => dataset.eventDates, undefined],
  ['events of some types', () => dataset.eventDates, ['MILITARY_EXERCISE', 'WEAPONS_TEST', 'ARMS_TRANSFER']],
  ['statements', () => dataset.statementDates, undefined],
];

describe.each(INDEXES)('the matches of a window in %s', (_name, index, groups) => {
  it.each(WINDOWS)('are what `matching` finds, in its order: %o', (window) => {
    const expected = Array.from(index().matching(window, groups));
    const found = index().matches(window, groups);
    expect(found.count).toBe(expected.length);
    expect(Array.from(found.positions).sort((a, b) => a - b)).toEqual(expected);
    expect(Array.from({ length: found.count }, (_, i) => found.positionAt(i))).toEqual(expected);
  });
});

describe('a window with some matches', () => {
  it('finds something in each index above (the comparisons are not all empty)', () => {
    for (const [name, index, groups] of INDEXES) expect(index().matching(WINDOWS[0], groups).length, name).toBeGreaterThan(0);
  });
});
