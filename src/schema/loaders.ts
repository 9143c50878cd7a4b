/** How fields reach the entities they name: batch load functions for ids, and the entities themselves for slugs at hand. */
import type { EntityTypename } from '../data/model.js';
import type { ModelOf } from '../data/entities.js';
import type { Context } from '../context.js';

/**
 * A DataLoader batch function that resolves slugs of one entity type. An unknown slug loads as
 * null (typed away: only nullable fields such as `node` ever receive one, and answer null).
 */
export function loadBySlug<T extends EntityTypename>(typename: T) {
  return async (slugs: readonly string[], context: Context): Promise<ModelOf<T>[]> => {
    context.stats.batches += 1;
    const map = context.dataset.maps[typename] as Map<string, ModelOf<T>>;
    return slugs.map((slug) => map.get(slug) ?? (null as unknown as ModelOf<T>));
  };
}

/**
 * What a field naming another entity by slug returns: the entity itself, from the dataset in
 * memory, which the dataloader plugin passes through as it is (no promise, no batch: a compiled
 * query over such fields runs synchronously). Ids still load in batches through `loadBySlug`
 * (`node`, `nodes`): the seam where a store that must do I/O would batch every look-up.
 */
export function entity<T extends EntityTypename>(typename: T, slug: string, context: Context): ModelOf<T>;
export function entity<T extends EntityTypename>(typename: T, slug: string | null, context: Context): ModelOf<T> | null;
export function entity<T extends EntityTypename>(typename: T, slug: string | null, { dataset }: Context): ModelOf<T> | null {
  return slug === null ? null : ((dataset.maps[typename] as Map<string, ModelOf<T>>).get(slug) ?? null);
}

/** The entities a field names by slug, in order (see `entity`). */
export function entities<T extends EntityTypename>(typename: T, slugs: readonly string[], context: Context): ModelOf<T>[] {
  return slugs.map((slug) => entity(typename, slug, context));
}
