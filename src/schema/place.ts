/** Places: countries, provinces, cities, regions and facilities, and every field that returns one. */
import { selectPlaces } from '../data/criteria.js';
import { PLACE_KINDS } from '../data/records.js';
import { builder } from '../builder.js';
import { AT_MOST_IDS, slugsFrom, textFilter, textFrom } from './inputs.js';
import { listArgs, listField, listPage, orderInput } from './lists.js';
import { Event, Place, isTypeOf } from './refs.js';
import { entityRoots } from './roots.js';
import { TextSpanType } from './values.js';
import { entity } from './loaders.js';

export const PlaceKindEnum = builder.enumType('PlaceKind', {
  description: 'What sort of place it is.',
  values: {
    COUNTRY: { description: 'A sovereign country.' },
    PROVINCE: { description: 'A province, oblast or similar first-level region of a country.' },
    CITY: { description: 'A city or town.' },
    REGION: { description: 'A geographic region that is not an administrative unit (a peninsula, a sea).' },
    FACILITY: { description: 'A site or installation (a factory, a base).' },
  } satisfies Record<(typeof PLACE_KINDS)[number], { description: string }>,
});

Place.implement({
  description: 'A place where events happen or that the source names.',
  isTypeOf: isTypeOf('Place'),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key of this place.' }),
    name: t.exposeString('name', { description: 'The place\'s name.' }),
    kind: t.expose('kind', { type: PlaceKindEnum, description: 'What sort of place it is.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names the sources use for it.' }),
    country: t.field({
      type: Place,
      nullable: true,
      description: 'The country it lies in, when the source says so; null for countries.',
      resolve: (place, _args, context) => entity('Place', place.countrySlug, context),
    }),
    mentions: t.field({
      type: [TextSpanType],
      description: 'Where the articles name this place.',
      resolve: (place) => place.mentions,
    }),
  }),
});

export const PlaceFilter = builder.inputType('PlaceFilter', {
  description: 'Criteria for places. Fields combine with AND; the values inside one list combine with OR.',
  fields: (t) => ({
    kinds: t.field({ type: [PlaceKindEnum], description: 'Places of any of these kinds.' }),
    countryIds: t.idList({ description: `Places inside any of these countries (${AT_MOST_IDS}).` }),
    text: textFilter(t, 'the name or aliases'),
  }),
});

const PlaceOrder = orderInput(
  'Place',
  'places',
  {
    NAME: 'The name, alphabetically (case- and accent-insensitive).',
    EVENT_COUNT: 'How many events are located there.',
  },
  'Ties are broken by name, then slug, so paging is stable.',
);

/** The `filter` and `orderBy` arguments of every place connection. */
const placeListArgs = listArgs(PlaceFilter, PlaceOrder, 'places', 'NAME ascending');

/** One page of places: filtered, ordered and cut, optionally only among `within`. */
export const placePage = listPage(
  selectPlaces,
  (filter: Partial<typeof PlaceFilter.$inferInput>) => ({
    kinds: filter.kinds ?? undefined,
    countrySlugs: slugsFrom('filter.countryIds', filter.countryIds, 'Place'),
    text: textFrom(filter.text),
  }),
  { field: 'NAME', direction: 'ASC' },
);

const PlaceConnection = builder.connectionObject(
  { type: Place, name: 'PlaceConnection', description: 'A page of places.' },
  { name: 'PlaceEdge', description: 'A place in a page, with its cursor.' },
);

/** Everything a list of places needs. */
const places = { type: Place, connection: PlaceConnection, args: placeListArgs, page: placePage };

entityRoots('Place', places, { example: 'kursk-province', order: 'by name' });

listField(places, Place, 'places', 'Places inside this one (for a country: its provinces, cities and sites), by name.', (place, d) => d.placesByCountry.get(place.slug));

builder.objectFields(Event, (t) => ({
  location: t.field({
    type: Place,
    nullable: true,
    description: 'Where it happened; null when the source does not say (or says it was not disclosed).',
    resolve: (event, _args, context) => entity('Place', event.locationSlug, context),
  }),
}));
