/**
 * Lists whose items' positions in their type's default order are known where the list is made
 * (a date index finds positions first), so that counting over a list (facets) needs no look-up
 * per item. A list made any other way has none, and its positions are looked up.
 */
const known = new WeakMap<readonly unknown[], Int32Array>();

/** Notes that `items[i]` sits at `positions[i]` in its type's default order; returns `items`. */
export function withPositions<T>(items: T[], positions: Int32Array): T[] {
  known.set(items, positions);
  return items;
}

/** The positions noted for `items`, if any. */
export function knownPositions(items: readonly unknown[]): Int32Array | undefined {
  return known.get(items);
}
