/** Where each kind of entity has its page, so every name in the client can be a link. */

/** The API's type names of the entities that have a page. */
export type EntityType = 'Actor' | 'Event' | 'Statement' | 'Place' | 'WeaponSystem' | 'Article';

const SEGMENTS: Record<EntityType, string> = {
  Actor: 'actor',
  Event: 'event',
  Statement: 'statement',
  Place: 'place',
  WeaponSystem: 'weapon-system',
  Article: 'article',
};

/** The page of an entity: `/evidence/<kind>/<slug>` (the evidence URLs people have shared). */
export function entityPath(type: EntityType, slug: string): string {
  return `/evidence/${SEGMENTS[type]}/${encodeURIComponent(slug)}`;
}


/** The article with the words from `start` to `end` highlighted and scrolled to. */
export function spanPath(articleSlug: string, { start, end }: { start: number; end: number }): string {
  return `${entityPath('Article', articleSlug)}?span=${start}-${end}`;
}
