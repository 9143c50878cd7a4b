/** Places: countries, provinces, cities, regions and facilities, with their root look-ups. */
import type { Place as PlaceModel } from '../data/model.js';
import { PLACE_KINDS } from '../data/records.js';
import { builder } from '../builder.js';
import { paginate } from './connection.js';
import { loadBySlug } from './loaders.js';
import { TextSpanType } from './values.js';

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

export const Place = builder.loadableNodeRef<PlaceModel>('Place', {
  id: { resolve: (place) => place.slug },
  load: loadBySlug('Place'),
});

Place.implement({
  description: 'A place where events happen or that the source names.',
  isTypeOf: (value) => (value as PlaceModel).typename === 'Place',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key of this place.' }),
    name: t.exposeString('name', { description: 'The place\'s name.' }),
    kind: t.expose('kind', { type: PlaceKindEnum, description: 'What sort of place it is.' }),
    aliases: t.exposeStringList('aliases', { description: 'Other names the sources use for it.' }),
    country: t.field({
      type: Place,
      nullable: true,
      description: 'The country it lies in, when the source says so; null for countries.',
      resolve: (place) => place.countrySlug,
    }),
    mentions: t.field({
      type: [TextSpanType],
      description: 'Where the articles name this place.',
      resolve: (place) => place.mentions,
    }),
  }),
});

export const PlaceConnection = builder.connectionObject(
  { type: Place, name: 'PlaceConnection', description: 'A page of places.' },
  { name: 'PlaceEdge', description: 'A place in a page, with its cursor.' },
);

builder.queryFields((t) => ({
  place: t.field({
    type: Place,
    nullable: true,
    description: 'A place by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The place\'s slug, e.g. `kursk-province`.' }) },
    resolve: (_root, { slug }) => slug,
  }),
  places: t.connection(
    {
      type: Place,
      description: 'All places, by name.',
      resolve: (_root, args, { dataset }) => paginate(dataset.places, args, (place) => place.slug),
    },
    PlaceConnection,
  ),
}));
