/**
 * Facet counts shared by the event and statement connections. The field naming what is counted
 * (`ActorFacet.actor`) is added by the file of the type it returns.
 */
import type { EnumRef, ObjectRef } from '@pothos/core';
import type { Dataset } from '../data/dataset.js';
import type { Count, Facets } from '../data/facets.js';
import { builder } from '../builder.js';

type Types = typeof builder.$inferSchemaTypes;

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

/** How a list's facets are described: "Events per participating actor", "Statements per year said". */
interface FacetWords<K extends string> {
  /** The enum the items are counted by, its name (`EventType`), the field (`types`) and what one value is called (`type`). */
  kinds: { type: EnumRef<Types, K>; name: string; field: string; noun: string };
  /** What each year and month counts: '' (when it happened) or ' said'. */
  dated: string;
  /** Who the actor counts are of: 'actor', 'speaker'; and what each is: 'participating actor', 'speaker'. */
  actors: string;
  actor: string;
  /** How each weapon system counts: 'involved', 'they are about'. */
  weaponSystem: string;
}

/**
 * `<Type>Connection` with its `facets`: `<Type>Facets` and `<Kinds>Facet`, the counts over the
 * whole filtered list of `typename` (`Event`) that `facetsOf` makes.
 */
export function facetedConnection<T, K extends string>(
  typename: string,
  type: ObjectRef<Types, unknown, T>,
  words: FacetWords<K>,
  facetsOf: (dataset: Dataset, items: readonly T[]) => Facets<K>,
) {
  const singular = typename.toLowerCase();
  const plural = `${singular}s`;
  const Plural = `${typename}s`;
  const { kinds } = words;
  const KindFacet = builder.objectRef<Count<K>>(`${kinds.name}Facet`).implement({
    description: `How many ${plural} of a filtered list are of a ${kinds.noun}.`,
    fields: (t) => ({
      value: t.field({ type: kinds.type, description: `The ${singular} ${kinds.noun}.`, resolve: (c) => c.key as never }),
      count: t.exposeInt('count', { description: `How many ${plural} are of it.` }),
    }),
  });
  const FacetsType = builder.objectRef<Facets<K>>(`${typename}Facets`).implement({
    description: `Counts over the whole filtered list of ${plural} (not just the page), each sorted by count.`,
    fields: (t) => ({
      [kinds.field]: t.field({
        type: [KindFacet],
        description: `${Plural} per ${kinds.noun}; these counts sum to \`totalCount\`.`,
        resolve: (f) => f.types,
      }),
      years: t.field({ type: [DateFacetType], description: `${Plural} per year${words.dated}. ${CALENDAR_FACET_RULE}`, resolve: (f) => f.years }),
      months: t.field({ type: [DateFacetType], description: `${Plural} per month${words.dated}. ${CALENDAR_FACET_RULE}`, resolve: (f) => f.months }),
      actors: t.field({ type: [ActorFacetType], description: `${Plural} per ${words.actor}.`, resolve: (f) => f.actors }),
      weaponSystems: t.field({
        type: [WeaponSystemFacetType],
        description: `${Plural} per weapon system ${words.weaponSystem}.`,
        resolve: (f) => f.weaponSystems,
      }),
    }),
  });
  const article = /^[AEIOU]/.test(typename) ? 'An' : 'A';
  return builder.connectionObject(
    {
      type,
      name: `${typename}Connection`,
      description: `A page of ${plural}, with facet counts over the whole filtered list.`,
      fields: (t) => ({
        facets: t.field({
          type: FacetsType,
          description: `Counts by ${kinds.noun}, year, month, ${words.actors} and weapon system over every matching ${singular}.`,
          resolve: (connection, _args, { dataset }) => facetsOf(dataset, connection.items as readonly T[]),
        }),
      }),
    },
    { name: `${typename}Edge`, description: `${article} ${singular} in a page, with its cursor.` },
  );
}
