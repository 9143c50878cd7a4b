/**
 * The selection engine behind every list: each criterion is an index that lists candidates or a
 * test of one item; the narrowest index lists, every other criterion tests, and the result is
 * ordered. Criteria are plain data (slugs, enum values, ISO dates); nothing here knows GraphQL.
 * A text criterion on its own still walks the candidate list (it matches substrings, which the
 * word index cannot answer).
 */
import type { DateIndex } from './date-index.js';
import { matchesWindow, type DateWindow } from './dates.js';
import type { Dataset } from './dataset.js';
import { IntList } from './growable.js';
import { lazyList } from './lazy-list.js';
import { knownPositions, withPositions } from './list-positions.js';
import type { Entity } from './model.js';
import { fold } from './text.js';

export type Direction = 'ASC' | 'DESC';

export interface Order<F extends string> {
  field: F;
  direction: Direction;
}

export type Predicate<T> = (item: T) => boolean;
export type SortKey<T> = (item: T) => string | number | null;

/** The empty list, shared: what an index answers for a key it does not hold. */
export const EMPTY: readonly never[] = [];

/** True when a criterion list is given (an empty list is treated as not given). */
export const given = <T>(list: readonly T[] | undefined): list is T[] => list !== undefined && list.length > 0;

/**
 * What one criterion keeps, as an index serves it: at most `size` items, which `items` lists in
 * default order (only asked of the narrowest criterion), and a test of one item for the others.
 */
export interface Candidates<T> {
  size: number;
  items: () => readonly T[];
  test: Predicate<T>;
  /** The items as a list made only as far as it is read, for when no other criterion tests them. */
  lazyItems?: () => readonly T[];
}

/** A criterion: candidates from an index, or a test of each item. */
export type Criterion<T> = Candidates<T> | Predicate<T>;

/**
 * The union of index lists for `keys`, in default order. With one key it is the index list
 * itself, so the common case allocates nothing.
 */
function unionOf<T extends Entity>(dataset: Dataset, index: Map<string, T[]>, keys: string[]): readonly T[] {
  if (keys.length === 1) return index.get(keys[0]) ?? EMPTY;
  const merged = new Set<T>();
  for (const key of keys) for (const item of index.get(key) ?? EMPTY) merged.add(item);
  return [...merged].sort((a, b) => dataset.position.get(a)! - dataset.position.get(b)!);
}

/**
 * Candidates from an index keyed by slug or value: the union of the lists for `keys`. `test`
 * tells whether one item belongs, given the keys as a set.
 */
export function indexed<T extends Entity>(
  dataset: Dataset,
  index: Map<string, T[]>,
  keys: string[],
  test: (item: T, wanted: ReadonlySet<string>) => boolean,
): Candidates<T> {
  const wanted = new Set(keys);
  return {
    size: keys.reduce((sum, key) => sum + (index.get(key)?.length ?? 0), 0),
    items: () => unionOf(dataset, index, keys),
    test: (item) => test(item, wanted),
  };
}

/** Candidates related to one of `slugs`: `index` lists them by slug, `relatedOf` gives each its related entities. */
export function related<T extends Entity>(
  dataset: Dataset,
  index: Map<string, T[]>,
  relatedOf: Map<string, readonly Entity[]>,
  slugs: string[],
): Candidates<T> {
  return indexed(dataset, index, slugs, (item, wanted) => (relatedOf.get(item.slug) ?? EMPTY).some((other) => wanted.has(other.slug)));
}

/**
 * Candidates whose date (per `dateOf`) matches `window`, found in `dates`, the index of `all`;
 * with `groups`, only those whose group (per `groups.of`) is one of `groups.names`.
 */
export function dated<T>(
  dates: DateIndex,
  all: readonly T[],
  window: DateWindow,
  dateOf: (item: T) => { start: string | null; end: string | null } | null,
  groups?: { names: readonly string[]; of: (item: T) => string },
): Candidates<T> {
  const names = groups?.names;
  const inGroups = groups && new Set(groups.names);
  return {
    size: dates.bound(window, names),
    items: () => {
      const positions = dates.matching(window, names);
      return withPositions(Array.from(positions, (position) => all[position]), positions);
    },
    lazyItems: () => {
      const found = dates.matches(window, names);
      return withPositions(lazyList(found.count, (index) => all[found.positionAt(index)]), found.positions);
    },
    test: (item) => matchesWindow(dateOf(item), window) && (!inGroups || inGroups.has(groups.of(item))),
  };
}

/** A test that the item's value (per `valueOf`) is one of `values`; null never matches. */
export function oneOf<T, V>(values: readonly V[], valueOf: (item: T) => V | null): Predicate<T> {
  const wanted = new Set(values);
  return (item) => {
    const value = valueOf(item);
    return value !== null && wanted.has(value);
  };
}

/** A test matching folded `needle` as a substring of any of the item's texts. */
export function textMatch<T>(needle: string, texts: (item: T) => (string | null)[]): Predicate<T> {
  const folded = fold(needle.trim());
  return (item) => texts(item).some((text) => text !== null && fold(text).includes(folded));
}

/** Candidates limited to `within`, a list in default order. */
function among<T>(within: readonly T[]): Candidates<T> {
  let members: Set<T> | undefined;
  return { size: within.length, items: () => within, test: (item) => (members ??= new Set(within)).has(item) };
}

/**
 * The items that every criterion keeps, in default order: the narrowest index lists its items,
 * every other criterion tests each of them. With no index, `all`.
 */
function select<T>(all: readonly T[], criteria: Criterion<T>[]): readonly T[] {
  let base: Candidates<T> | null = null;
  for (const c of criteria) if (typeof c !== 'function' && (!base || c.size < base.size)) base = c;
  const checks = criteria.filter((c) => c !== base).map((c) => (typeof c === 'function' ? c : c.test));
  if (!checks.length) return base ? (base.lazyItems ?? base.items)() : all;
  const items = base ? base.items() : all;
  const positions = knownPositions(items);
  if (!positions) return items.filter((item) => checks.every((check) => check(item)));
  // The positions the index found are kept for the items that pass.
  const kept: T[] = [];
  const keptPositions = new IntList();
  items.forEach((item, i) => {
    if (!checks.every((check) => check(item))) return;
    kept.push(item);
    keptPositions.push(positions[i]);
  });
  return withPositions(kept, keptPositions.toArray());
}

/**
 * Sorts by `key` in `direction` (missing keys last), ties in default order. Every list handed in
 * is already in default order (indexes are built in it), so a null key means "default order".
 */
function orderBy<T extends Entity>(dataset: Dataset, items: readonly T[], key: SortKey<T> | null, direction: Direction): readonly T[] {
  if (!key) return direction === 'ASC' ? items : [...items].reverse();
  const sign = direction === 'ASC' ? 1 : -1;
  const keyed = items.map((item) => ({ item, key: key(item), rank: dataset.position.get(item)! }));
  keyed.sort((a, b) => {
    if (a.key === b.key) return a.rank - b.rank;
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return (a.key < b.key ? -1 : 1) * sign;
  });
  return keyed.map(({ item }) => item);
}

/**
 * One criterion per filter: given the dataset, the filter's value and all the criteria, what it
 * keeps; null when another filter's criterion already keeps only what it would.
 */
export type FilterTable<T, C> = {
  [K in keyof C]-?: (dataset: Dataset, value: NonNullable<C[K]>, criteria: C) => Criterion<T> | null;
};

/** The sort key of each order field (null: the default order); `reversed` when ASC is the default order reversed. */
export type OrderTable<T, F extends string> = Record<F, { key: ((dataset: Dataset) => SortKey<T>) | null; reversed?: boolean }>;

/** A list's selector: the items of `all` that match the criteria, optionally only among `within`, in the requested order. */
export function selector<T extends Entity, C extends object, F extends string>(
  all: (dataset: Dataset) => readonly T[],
  filters: FilterTable<T, C>,
  orders: OrderTable<T, F>,
) {
  return (dataset: Dataset, criteria: C, order: Order<F>, within?: readonly T[]): readonly T[] => {
    const chosen: Criterion<T>[] = within ? [among(within)] : [];
    for (const name of Object.keys(filters) as (keyof C)[]) {
      const value = criteria[name];
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      const criterion = filters[name](dataset, value as NonNullable<C[keyof C]>, criteria);
      if (criterion) chosen.push(criterion);
    }
    const { key, reversed } = orders[order.field];
    const direction = reversed ? (order.direction === 'ASC' ? 'DESC' : 'ASC') : order.direction;
    return orderBy(dataset, select(all(dataset), chosen), key && key(dataset), direction);
  };
}
