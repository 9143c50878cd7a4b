/**
 * Facet counts shared by the event and statement connections. The field naming what is counted
 * (`ActorFacet.actor`) is added by the file of the type it returns.
 */
import type { Count } from '../data/facets.js';
import { builder } from '../builder.js';

export const DateFacetType = builder.objectRef<Count<string>>('DateFacet').implement({
  description: 'How many items of a filtered list fall in a year or a month.',
  fields: (t) => ({
    value: t.string({ description: 'The year (`2024`) or month (`2024-08`).', resolve: (c) => c.key }),
    count: t.exposeInt('count', { description: 'How many items fall in it.' }),
  }),
});

export const ActorFacetType = builder.objectRef<Count<string>>('ActorFacet').implement({
  description: 'How many items of a filtered list involve an actor.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'How many items involve it.' }),
  }),
});

export const WeaponSystemFacetType = builder.objectRef<Count<string>>('WeaponSystemFacet').implement({
  description: 'How many items of a filtered list involve a weapon system.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'How many items involve it.' }),
  }),
});

/** The rule the year and month facets follow, for their descriptions. */
export const CALENDAR_FACET_RULE =
  'An item counts once in each year its date overlaps, and in each month only when its date is precise to the month or day. An open end stops at the publication date of the newest article that mentions it; an open start counts from its first known bound. Undated items count in none. Sorted by count, then value.';
