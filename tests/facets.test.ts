/**
 * `facets` on EventConnection and StatementConnection: counts over the whole filtered list (not
 * the page), type and kind counts that sum to totalCount, the year and month rule of the field
 * descriptions, actor and weapon system counts, and their order. Expectations come from the seed
 * article's JSON, with the rule written out here.
 */
import { describe, expect, it } from 'vitest';
import { query } from './helpers.js';
import { ARTICLE, idsOf, PUBLISHED_ON, raw, type RawDate, type RawEvent, type RawStatement } from './seed.js';

const EVENT_FACETS = `facets {
  types { value count }
  years { value count }
  months { value count }
  actors { actor { slug } count }
  weaponSystems { weaponSystem { slug } count }
}`;
const STATEMENT_FACETS = EVENT_FACETS.replace('types {', 'kinds {');

interface Count {
  value: string;
  count: number;
}

interface Facets {
  types?: Count[];
  kinds?: Count[];
  years: Count[];
  months: Count[];
  actors: { actor: { slug: string }; count: number }[];
  weaponSystems: { weaponSystem: { slug: string }; count: number }[];
}

/** The month after `YYYY-MM`. */
function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The rule of the descriptions: a date counts in each year it overlaps, and in each month only at
 * MONTH or DAY precision; an open end stops at the newest publication date that mentions it; an
 * open start counts from its first known bound; undated items count in none.
 */
function calendar(date: RawDate | null, openEnd = PUBLISHED_ON): { years: string[]; months: string[] } {
  if (!date) return { years: [], months: [] };
  const end = date.end ?? openEnd;
  const start = date.start ?? end;
  const years: string[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) years.push(String(y));
  const months: string[] = [];
  if (date.precision === 'MONTH' || date.precision === 'DAY') {
    for (let m = start.slice(0, 7); m <= end.slice(0, 7); m = nextMonth(m)) months.push(m);
  }
  return { years, months };
}

/** Counts of each value, most frequent first, then by value. */
function tally(values: string[]): Count[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** A facet list keyed by slug, sorted by slug, for comparing counts whatever the tie order. */
const bySlug = (list: Count[]) => [...list].sort((a, b) => (a.value < b.value ? -1 : 1));

/** The facets expected for a list of raw events. */
function expectedEventFacets(events: RawEvent[]) {
  return {
    types: tally(events.map((e) => e.type)),
    years: tally(events.flatMap((e) => calendar(e.date).years)),
    months: tally(events.flatMap((e) => calendar(e.date).months)),
    actors: bySlug(tally(events.flatMap((e) => [...new Set(e.participants.map((p) => p.actor))]))),
    weaponSystems: bySlug(tally(events.flatMap((e) => e.weaponSystems))),
  };
}

/** The facets expected for a list of raw statements. */
function expectedStatementFacets(statements: RawStatement[]) {
  return {
    kinds: tally(statements.map((s) => s.kind)),
    years: tally(statements.flatMap((s) => calendar(s.saidOn).years)),
    months: tally(statements.flatMap((s) => calendar(s.saidOn).months)),
    actors: bySlug(tally(statements.map((s) => s.speaker))),
    weaponSystems: bySlug(
      tally(statements.flatMap((s) => s.about.filter((r) => r.startsWith('weapon-system:')).map((r) => r.slice('weapon-system:'.length)))),
    ),
  };
}

/** The facets in the same shape as the expectations (actor and weapon system counts by slug). */
function normalise(f: Facets) {
  return {
    ...(f.types ? { types: f.types } : { kinds: f.kinds }),
    years: f.years,
    months: f.months,
    actors: bySlug(f.actors.map((a) => ({ value: a.actor.slug, count: a.count }))),
    weaponSystems: bySlug(f.weaponSystems.map((w) => ({ value: w.weaponSystem.slug, count: w.count }))),
  };
}

/** Asserts each facet list is sorted by count, descending. */
function expectSortedByCount(f: Facets) {
  for (const list of [f.types ?? f.kinds!, f.years, f.months, f.actors, f.weaponSystems] as { count: number }[][]) {
    for (let i = 1; i < list.length; i++) expect(list[i].count).toBeLessThanOrEqual(list[i - 1].count);
  }
}

/** Root events with `filter` and `first`, with their facets. */
async function eventFacets(filter: Record<string, unknown> = {}, first = 100) {
  const data = await query(`query ($filter: EventFilter, $first: Int) { events(filter: $filter, first: $first) { totalCount edges { node { slug } } ${EVENT_FACETS} } }`, {
    filter,
    first,
  });
  return data.events as { totalCount: number; edges: unknown[]; facets: Facets };
}

/** Root statements with `filter` and `first`, with their facets. */
async function statementFacets(filter: Record<string, unknown> = {}, first = 100) {
  const data = await query(
    `query ($filter: StatementFilter, $first: Int) { statements(filter: $filter, first: $first) { totalCount edges { node { slug } } ${STATEMENT_FACETS} } }`,
    { filter, first },
  );
  return data.statements as { totalCount: number; edges: unknown[]; facets: Facets };
}

/** The total of a facet's counts. */
const sum = (list: Count[]) => list.reduce((total, c) => total + c.count, 0);

describe('EventConnection.facets', () => {
  it('counts every event by type, year, month, actor and weapon system, by the rule of the descriptions', async () => {
    const { facets, totalCount } = await eventFacets();
    expect(normalise(facets)).toEqual(expectedEventFacets(raw.events));
    expect(sum(facets.types!)).toBe(totalCount);
    expectSortedByCount(facets);
  });

  it('counts the whole filtered list, not the page: `first: 1` and `first: 0` give the same counts', async () => {
    const whole = await eventFacets();
    for (const first of [1, 0]) {
      const small = await eventFacets({}, first);
      expect(small.edges).toHaveLength(first);
      expect(small.facets).toEqual(whole.facets);
      expect(sum(small.facets.types!)).toBe(small.totalCount);
    }
  });

  it('counts only what the filter keeps', async () => {
    const [russia] = await idsOf('Place', 'russia');
    const filters: [Record<string, unknown>, RawEvent[]][] = [
      [{ types: ['TERRITORIAL_CHANGE'] }, raw.events.filter((e) => e.type === 'TERRITORIAL_CHANGE')],
      [{ placeIds: [russia] }, raw.events.filter((e) => e.location === 'kursk-province')],
      [{ from: '2025-01-01' }, raw.events.filter((e) => e.date.end === null || e.date.end >= '2025-01-01')],
    ];
    for (const [filter, events] of filters) {
      const { facets, totalCount } = await eventFacets(filter, 1);
      expect(totalCount).toBe(events.length);
      expect(normalise(facets)).toEqual(expectedEventFacets(events));
      expect(sum(facets.types!)).toBe(totalCount);
    }
  });

  it('years and months: a year-dated event counts in its year but in no month', async () => {
    const { facets } = await eventFacets({ types: ['WEAPONS_TEST'] });
    // Two tests "last year" (2024), one on January 25, 2025.
    expect(facets.years).toEqual([
      { value: '2024', count: 2 },
      { value: '2025', count: 1 },
    ]);
    expect(facets.months).toEqual([{ value: '2025-01', count: 1 }]);
  });

  it('years and months: a range counts in every year and month it spans', async () => {
    const { facets } = await eventFacets({ types: ['TERRITORIAL_CHANGE'] });
    // Incursion 2024-08; hold 2024-08 to 2025-03; re-entry 2025-05.
    expect(facets.years).toEqual([
      { value: '2024', count: 2 },
      { value: '2025', count: 2 },
    ]);
    expect(facets.months).toEqual([
      { value: '2024-08', count: 2 },
      ...['2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-05'].map((value) => ({ value, count: 1 })),
    ]);
  });

  it('an open start counts from the first known bound: the contest "../2025-07-24" counts in 2025 and July 2025 only', async () => {
    const { facets } = await eventFacets({ types: ['MILITARY_EXERCISE'] });
    expect(facets.years).toEqual([{ value: '2025', count: 1 }]);
    expect(facets.months).toEqual([{ value: '2025-07', count: 1 }]);
  });

  it('an open end stops at the newest article\'s publication date: the ongoing war counts in 2025, in no later year and no month', async () => {
    const { facets } = await eventFacets({ types: ['ARMED_CONFLICT'] });
    // The war ("../..") and the losses since August 2024 (to the article's day).
    expect(facets.years).toEqual([
      { value: '2025', count: 2 },
      { value: '2024', count: 1 },
    ]);
    expect(facets.months.map((m) => m.value)).toEqual(calendar(raw.events.find((e) => e.slug === 'north-korean-combat-losses-in-kursk')!.date).months);
    expect(facets.months.every((m) => m.count === 1)).toBe(true);
    expect(facets.months.at(-1)!.value).toBe(PUBLISHED_ON.slice(0, 7));
  });

  it('years and months tie by value; the whole list\'s years and months', async () => {
    const { facets } = await eventFacets();
    const years = tally(raw.events.flatMap((e) => calendar(e.date).years));
    expect(facets.years).toEqual(years);
    expect(facets.years.map((y) => y.value)).toEqual(['2024', '2025']);
  });

  it('actors count each event once, however many roles the actor had (Kim organised and observed the contest)', async () => {
    const { facets } = await eventFacets({ types: ['MILITARY_EXERCISE'] });
    expect(facets.actors.find((a) => a.actor.slug === 'kim-jong-un')!.count).toBe(1);
    const all = await eventFacets();
    expect(all.facets.actors[0]).toEqual({ actor: { slug: 'north-korea' }, count: 8 });
  });

  it('work on nested connections: the article\'s events, North Korea\'s events', async () => {
    const data = await query(`{
      article(slug: "${ARTICLE}") { events(first: 1) { totalCount ${EVENT_FACETS} } }
      actor(slug: "north-korea") { events(first: 1, filter: { types: [WEAPONS_TEST, ARMS_TRANSFER] }) { totalCount ${EVENT_FACETS} } }
    }`);
    expect(normalise(data.article.events.facets)).toEqual(expectedEventFacets(raw.events));
    const northKorea = raw.events.filter(
      (e) => e.participants.some((p) => p.actor === 'north-korea') && ['WEAPONS_TEST', 'ARMS_TRANSFER'].includes(e.type),
    );
    expect(normalise(data.actor.events.facets)).toEqual(expectedEventFacets(northKorea));
    expect(sum(data.actor.events.facets.types)).toBe(data.actor.events.totalCount);
  });
});

describe('StatementConnection.facets', () => {
  it('counts every statement by kind, year, month, speaker and weapon system; undated statements count in no year', async () => {
    const { facets, totalCount } = await statementFacets();
    expect(normalise(facets)).toEqual(expectedStatementFacets(raw.statements));
    expect(sum(facets.kinds!)).toBe(totalCount);
    const dated = raw.statements.filter((s) => s.saidOn !== null).length;
    expect(dated).toBeLessThan(totalCount);
    expect(sum(facets.years)).toBe(dated);
    expectSortedByCount(facets);
  });

  it('counts the whole filtered list, not the page', async () => {
    const [kim] = await idsOf('Actor', 'kim-jong-un');
    const whole = await statementFacets({ speakerIds: [kim] });
    const small = await statementFacets({ speakerIds: [kim] }, 1);
    expect(small.edges).toHaveLength(1);
    expect(small.facets).toEqual(whole.facets);
    expect(normalise(small.facets)).toEqual(expectedStatementFacets(raw.statements.filter((s) => s.speaker === 'kim-jong-un')));
  });

  it('what KCNA reported: kinds, months and the nuclear forces they are about', async () => {
    const [kcna] = await idsOf('Actor', 'kcna');
    const { facets, totalCount } = await statementFacets({ reportedByIds: [kcna] }, 1);
    expect(totalCount).toBe(4);
    expect(facets.kinds).toEqual(tally(raw.statements.filter((s) => s.reportedBy.includes('kcna')).map((s) => s.kind)));
    // Two said at the contest (on or before July 24, 2025), two in January 2025.
    expect(facets.months).toEqual([
      { value: '2025-01', count: 2 },
      { value: '2025-07', count: 2 },
    ]);
    expect(facets.years).toEqual([{ value: '2025', count: 4 }]);
    expect(facets.actors).toEqual([{ actor: { slug: 'kim-jong-un' }, count: 4 }]);
    expect(facets.weaponSystems).toEqual([{ weaponSystem: { slug: 'nuclear-weapons' }, count: 2 }]);
  });

  it('work on nested connections: Kim\'s statements and those about the nuclear forces', async () => {
    const data = await query(`{
      actor(slug: "kim-jong-un") { statements(first: 1) { totalCount ${STATEMENT_FACETS} } }
      weaponSystem(slug: "nuclear-weapons") { statements(first: 1) { totalCount ${STATEMENT_FACETS} } }
    }`);
    expect(normalise(data.actor.statements.facets)).toEqual(expectedStatementFacets(raw.statements.filter((s) => s.speaker === 'kim-jong-un')));
    expect(normalise(data.weaponSystem.statements.facets)).toEqual(
      expectedStatementFacets(raw.statements.filter((s) => s.about.includes('weapon-system:nuclear-weapons'))),
    );
  });

  it('an empty list has empty facets', async () => {
    const { facets, totalCount } = await statementFacets({ text: 'no statement says this' });
    expect(totalCount).toBe(0);
    expect(facets).toEqual({ kinds: [], years: [], months: [], actors: [], weaponSystems: [] });
  });
});
