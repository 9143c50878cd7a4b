/** Batch load functions for the loadable node types: one dataset look-up per batch of slugs. */
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
