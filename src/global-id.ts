/**
 * Global ids: opaque base64url of `Typename:slug`. Decoding never throws: anything that is not
 * one of ours decodes to a typename no node has, so `node` answers null instead of failing.
 */
import type { Dataset } from './data/dataset.js';
import { ENTITY_TYPENAMES } from './data/entities.js';
import type { Entity, EntityTypename } from './data/model.js';
import { MAX_ID_LENGTH } from './security/limits.js';

/** Every entity type implements Node. */
const NODE_TYPENAMES = new Set<string>(ENTITY_TYPENAMES);

/** The typename given to ids that are malformed or foreign. */
export const INVALID_TYPENAME = '';

/** True when `typename` is one of the entity types that implement Node. */
export function isNodeTypename(typename: string): typename is EntityTypename {
  return NODE_TYPENAMES.has(typename);
}

/** Encodes an entity's typename and slug as an opaque global id. */
export function encodeId(typename: string, slug: string | number | bigint): string {
  return Buffer.from(`${typename}:${slug}`, 'utf8').toString('base64url');
}

/** Decodes a global id; malformed or foreign ids get the typename INVALID_TYPENAME. */
export function decodeId(globalId: string): { typename: string; id: string } {
  if (globalId.length > MAX_ID_LENGTH || !/^[A-Za-z0-9_-]+={0,2}$/.test(globalId)) {
    return { typename: INVALID_TYPENAME, id: '' };
  }
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = /^([A-Za-z]+):([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(decoded);
  if (!match || !isNodeTypename(match[1])) return { typename: INVALID_TYPENAME, id: '' };
  return { typename: match[1], id: match[2] };
}

/** The entity a decoded global id names, or null. */
export function lookUpNode(dataset: Dataset, id: { typename: string; id: string }): Entity | null {
  return isNodeTypename(id.typename) ? (dataset.entity(id.typename, id.id) ?? null) : null;
}
