/**
 * Lists whose items' positions in their type's default order are known where the list is made
 * (a date index finds positions first), so that counting over a list (facets) needs neither a
 * look-up per item nor a walk of the list. A list made any other way has none, and its
 * positions are looked up.
 */
const known = new WeakMap<readonly unknown[], Int32Array>();

/** Notes the positions of `items` in their type's default order (in any order); returns `items`. */
export function withPositions<L extends readonly unknown[]>(items: L, positions: Int32Array): L {
  known.set(items, positions);
  return items;
}

/** The positions noted for `items`, if any. */
export function knownPositions(items: readonly unknown[]): Int32Array | undefined {
  return known.get(items);
}
