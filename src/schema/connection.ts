/**
 * Relay pagination over in-memory, already ordered lists. Cursors carry the item's position and
 * key: the position makes a page an O(1) slice, the key proves the cursor belongs to this list.
 */
import { builder } from '../builder.js';
import { DEFAULT_PAGE_SIZE, MAX_CURSOR_LENGTH } from '../security/limits.js';
import { badUserInput } from '../security/rejection.js';

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items the whole list holds (with any filter applied), not just this page.',
    resolve: (connection) => connection.totalCount,
  }),
);

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
  /** The whole ordered list the page was cut from, for connection-wide fields such as facets. */
  items: readonly T[];
}

/** Encodes a cursor for the item with `key` at `offset`. */
export function encodeCursor(offset: number, key: string): string {
  return Buffer.from(`${offset}:${key}`, 'utf8').toString('base64url');
}

/** The position a cursor names in `items`, or an error when it is not a cursor of this list. */
function cursorPosition<T>(name: 'after' | 'before', cursor: string, items: readonly T[], keyOf: (item: T) => string): number {
  const decoded = cursor.length <= MAX_CURSOR_LENGTH ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^(\d{1,9}):(.+)$/.exec(decoded);
  if (match) {
    const offset = Number(match[1]);
    if (offset < items.length && keyOf(items[offset]) === match[2]) return offset;
  }
  throw badUserInput(`\`${name}\` is not a cursor of this list; use a cursor returned by this same field with the same arguments.`, name);
}

/** Cuts one Relay page out of an ordered list (page sizes are checked before execution, in security/operation-limits.ts). */
export function paginate<T>(items: readonly T[], args: PageArgs, keyOf: (item: T) => string): Page<T> {
  let from = 0;
  let to = items.length;
  if (args.after) from = cursorPosition('after', args.after, items, keyOf) + 1;
  if (args.before) to = Math.max(from, cursorPosition('before', args.before, items, keyOf));
  const first = args.first ?? (args.last === null || args.last === undefined ? DEFAULT_PAGE_SIZE : null);
  if (first !== null) to = Math.min(to, from + first);
  if (args.last !== null && args.last !== undefined) from = Math.max(from, to - args.last);
  const edges = [];
  for (let i = from; i < to; i++) edges.push({ cursor: encodeCursor(i, keyOf(items[i])), node: items[i] });
  return {
    edges,
    pageInfo: {
      hasNextPage: to < items.length,
      hasPreviousPage: from > 0,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    totalCount: items.length,
    items,
  };
}
