/** Batch load functions for the loadable node types: one dataset look-up per batch of slugs. */
import type { EntityMaps } from '../data/dataset.js';
import type { Context } from '../context.js';

type Loaded<T extends keyof EntityMaps> = EntityMaps[T] extends Map<string, infer E> ? E : never;

/**
 * A DataLoader batch function that resolves slugs of one entity type. An unknown slug loads as
 * null (typed away: only nullable fields such as `node` ever receive one, and answer null).
 */
export function loadBySlug<T extends keyof EntityMaps>(typename: T) {
  return async (slugs: readonly string[], context: Context): Promise<Loaded<T>[]> => {
    context.stats.batches += 1;
    const map = context.dataset.maps[typename] as Map<string, Loaded<T>>;
    return slugs.map((slug) => map.get(slug) ?? (null as unknown as Loaded<T>));
  };
}
