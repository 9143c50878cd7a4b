/**
 * The Pothos schema builder: plugins, scalar types and context, and the guarantees the type
 * checker enforces for every type built with it (non-null edges and nodes, `totalCount` on
 * every connection). It defines no types itself.
 */
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';
import { decodeId, encodeId, lookUpNode } from './global-id.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './security/limits.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: Date; Output: string | Date };
    URL: { Input: URL; Output: string | URL };
  };
  // Every connection carries its whole filtered list, for connection-wide fields such as facets.
  Connection: { totalCount: number; items: readonly unknown[] };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    encodeGlobalID: encodeId,
    decodeGlobalID: decodeId,
    edgesFieldOptions: { nullable: false, description: 'The items of this page, each with its cursor.' },
    nodeFieldOptions: { nullable: false, description: 'The item at the end of the edge.' },
    cursorFieldOptions: { description: 'An opaque cursor for this item, to pass as `after` or `before`.' },
    pageInfoFieldOptions: { description: 'Where this page lies in the whole list.' },
    pageInfoTypeOptions: { description: 'Relay page information: whether there are more items and the cursors of this page\'s ends.' },
    hasNextPageFieldOptions: { description: 'True when more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'True when more items precede this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page; null when the page is empty.' },
    firstArgOptions: { description: `Return the first N items (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` },
    lastArgOptions: { description: `Return the last N items (at most ${MAX_PAGE_SIZE}).` },
    afterArgOptions: { description: 'Return items after this cursor.' },
    beforeArgOptions: { description: 'Return items before this cursor.' },
    nodeTypeOptions: { description: 'An entity with a global id that `node` and `nodes` resolve.' },
    idFieldOptions: { description: 'The opaque global id of this entity: pass it to `node` or to filters.' },
    // Ids are looked up here rather than through Pothos's default, which fails on ids it cannot place.
    nodeQueryOptions: {
      description: 'Any entity by its global id; null when the id is unknown, malformed or of another API.',
      args: { id: { description: 'A global id, as returned by an `id` field.' } } as never,
      resolve: (_root, { id }, { dataset }) => lookUpNode(dataset, id),
    },
    nodesQueryOptions: {
      description: 'Entities by their global ids, in the order asked; null for each unknown or malformed id.',
      args: { ids: { description: 'Global ids, as returned by `id` fields.' } } as never,
      resolve: (_root, { ids }, { dataset }) => ids.map((id) => lookUpNode(dataset, id)),
    },
  },
});
