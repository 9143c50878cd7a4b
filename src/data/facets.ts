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

/** The value `valueOf` gives each of `items`, read through their known positions in `all` when the list carries them (no walk of a lazy list). */
function valuesOf<T, V>(items: readonly T[], all: readonly T[], valueOf: (item: T) => V): V[] {
  const known = knownPositions(items);
  return known ? Array.from(known, (position) => valueOf(all[position])) : items.map(valueOf);
}

/** Facet counts over a whole filtered list of events. */
export function eventFacets(dataset: Dataset, events: readonly Event[]): Facets<EventType> {
  const positions = positionsOf(dataset, events);
  return lazyFacets({
    types: () => tally(valuesOf(events, dataset.events, (e) => e.type)),
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
    types: () => tally(valuesOf(statements, dataset.statements, (s) => s.kind)),
    years: () => ranked(dataset.statementCalendar.count(positions(), 'years')),
    months: () => ranked(dataset.statementCalendar.count(positions(), 'months')),
    actors: () => tally(statements.map((s) => s.speakerSlug)),
    weaponSystems: () =>
      tally(statements.flatMap((s) => s.about.filter((r) => r.typename === 'WeaponSystem').map((r) => r.slug))),
  });
}
