/** Facet counts over a whole filtered list of events or statements: by type, year, month, actor and weapon system. */
import type { Dataset } from './dataset.js';
import { knownPositions } from './list-positions.js';
import type { Entity, Event, Statement } from './model.js';
import type { EventType, StatementKind } from './records.js';

export interface Count<K> {
  key: K;
  count: number;
}

/** Counts as a list, most frequent first, ties by key. */
function ranked<K extends string>(counts: Map<K, number>): Count<K>[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Counts keys, most frequent first, ties by key. */
function tally<K extends string>(keys: Iterable<K>): Count<K>[] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return ranked(counts);
}

export interface Facets<K extends string> {
  types: Count<K>[];
  years: Count<string>[];
  months: Count<string>[];
  actors: Count<string>[];
  weaponSystems: Count<string>[];
}

/** Facets whose counts are each made when first read: a query usually reads only some of them. */
function lazyFacets<K extends string>(makers: { [F in keyof Facets<K>]: () => Facets<K>[F] }): Facets<K> {
  const facets = {} as Facets<K>;
  for (const name of Object.keys(makers) as (keyof Facets<K>)[]) {
    let counts: Count<string>[] | undefined;
    Object.defineProperty(facets, name, { enumerable: true, get: () => (counts ??= makers[name]()) });
  }
  return facets;
}

/** The positions of `items` in their type's default order, looked up once and only when the list does not carry them. */
function positionsOf(dataset: Dataset, items: readonly Entity[]): () => ArrayLike<number> {
  let positions: ArrayLike<number> | undefined;
  return () => (positions ??= knownPositions(items) ?? items.map((item) => dataset.position.get(item)!));
}

/** Each item's value of one enum field, as small numbers by position: counting them touches no item. */
interface Codes {
  names: string[];
  byPosition: Int32Array;
}

const codeTables = new WeakMap<readonly unknown[], Codes>();

/** The codes of `valueOf` over `all` (a type's default-order list), made once per list. */
function codesOf<T>(all: readonly T[], valueOf: (item: T) => string): Codes {
  let codes = codeTables.get(all);
  if (!codes) {
    const ids = new Map<string, number>();
    const byPosition = Int32Array.from(all, (item) => {
      const value = valueOf(item);
      let id = ids.get(value);
      if (id === undefined) ids.set(value, (id = ids.size));
      return id;
    });
    codeTables.set(all, (codes = { names: [...ids.keys()], byPosition }));
  }
  return codes;
}

/**
 * Counts of `valueOf` (an enum field) over `items`: through their known positions in `all` and
 * the field's codes when the list carries positions (no walk of a lazy list), else item by item.
 */
function tallyOf<T, K extends string>(items: readonly T[], all: readonly T[], valueOf: (item: T) => K): Count<K>[] {
  const known = knownPositions(items);
  if (!known) return tally(items.map(valueOf));
  const { names, byPosition } = codesOf(all, valueOf);
  const counts = new Int32Array(names.length);
  for (let at = 0; at < known.length; at++) counts[byPosition[known[at]]]++;
  const found = new Map<K, number>();
  counts.forEach((count, id) => count && found.set(names[id] as K, count));
  return ranked(found);
}

/** Facet counts over a whole filtered list of events. */
export function eventFacets(dataset: Dataset, events: readonly Event[]): Facets<EventType> {
  const positions = positionsOf(dataset, events);
  return lazyFacets({
    types: () => tallyOf(events, dataset.events, (e) => e.type),
    years: () => ranked(dataset.eventCalendar.count(positions(), 'years')),
    months: () => ranked(dataset.eventCalendar.count(positions(), 'months')),
    actors: () => tally(events.flatMap((e) => [...new Set(e.participants.map((p) => p.actorSlug))])),
    weaponSystems: () => tally(events.flatMap((e) => e.weaponSystemSlugs)),
  });
}

/** Facet counts over a whole filtered list of statements (actors are speakers). */
export function statementFacets(dataset: Dataset, statements: readonly Statement[]): Facets<StatementKind> {
  const positions = positionsOf(dataset, statements);
  return lazyFacets({
    types: () => tallyOf(statements, dataset.statements, (s) => s.kind),
    years: () => ranked(dataset.statementCalendar.count(positions(), 'years')),
    months: () => ranked(dataset.statementCalendar.count(positions(), 'months')),
    actors: () => tally(statements.map((s) => s.speakerSlug)),
    weaponSystems: () =>
      tally(statements.flatMap((s) => s.about.filter((r) => r.typename === 'WeaponSystem').map((r) => r.slug))),
  });
}
