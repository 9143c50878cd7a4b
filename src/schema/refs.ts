/**
 * The entity types' object refs, declared before any type is implemented: each type file
 * implements its own type and adds every field that returns it to the other types
 * (`builder.objectFields`), importing only these refs, so no type file imports another.
 */
import type { ModelOf } from '../data/entities.js';
import type { EntityTypename } from '../data/model.js';
import { builder } from '../builder.js';
import { loadBySlug } from './loaders.js';

/** A Node type loaded by slug in batches; its global id is its typename and slug. */
function nodeRef<T extends EntityTypename>(typename: T) {
  return builder.loadableNodeRef<ModelOf<T>, string, string>(typename, {
    id: { resolve: (entity) => entity.slug },
    load: loadBySlug(typename),
  });
}

export const Article = nodeRef('Article');
export const Actor = nodeRef('Actor');
export const Place = nodeRef('Place');
export const WeaponSystem = nodeRef('WeaponSystem');
export const Event = nodeRef('Event');
export const Statement = nodeRef('Statement');

/** Every entity type's ref, by typename. */
export const NODE_REFS = { Article, Actor, Place, WeaponSystem, Event, Statement } satisfies {
  [T in EntityTypename]: ReturnType<typeof nodeRef<T>>;
};

/** The check that tells a type's values from other entities' (graphql-jit and unions rely on it). */
export const isTypeOf =
  (typename: EntityTypename) =>
  (value: unknown): boolean =>
    (value as { typename?: string }).typename === typename;
