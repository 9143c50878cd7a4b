/**
 * Identifiers and coordinates from outside the articles (Wikidata), on actors, places and weapon
 * systems. They come from `data/external/`, each fact with its own source, never from the text.
 */
import type { EntityTypename } from '../data/model.js';
import type { Coordinates as CoordinatesModel } from '../data/external.js';
import { builder } from '../builder.js';
import { Actor, Place, WeaponSystem } from './refs.js';

/** What `externalIds` resolves from: the entity's type and slug. */
interface Identified {
  typename: EntityTypename;
  slug: string;
}

export const ExternalIdsType = builder.objectRef<Identified>('ExternalIds').implement({
  description:
    'Identifiers that other datasets share, for joining this one with them. They come from outside the articles (checked against Wikidata and gazetteers; each fact\'s source is kept in the dataset), not from the article text.',
  fields: (t) => ({
    wikidata: t.string({
      nullable: true,
      description: 'The Wikidata item id ("Q423" for North Korea); null where no item fits or none was verified.',
      resolve: (entity, _args, { dataset }) => dataset.external.wikidata.get(`${entity.typename}:${entity.slug}`) ?? null,
    }),
  }),
});

export const CoordinatesType = builder.objectRef<CoordinatesModel>('Coordinates').implement({
  description:
    'A point in WGS84 decimal degrees (as GPS and GeoJSON use), from outside the articles: a gazetteer or Wikidata, never the text.',
  fields: (t) => ({
    latitude: t.exposeFloat('latitude', { description: 'Degrees north of the equator (negative: south), -90 to 90.' }),
    longitude: t.exposeFloat('longitude', { description: 'Degrees east of Greenwich (negative: west), -180 to 180.' }),
  }),
});

const externalIds = (what: string) => ({
  type: ExternalIdsType,
  description: `Identifiers of this ${what} in other datasets (Wikidata), from outside the articles.`,
  resolve: (entity: Identified) => entity,
});

builder.objectField(Actor, 'externalIds', (t) => t.field(externalIds('actor')));
builder.objectField(WeaponSystem, 'externalIds', (t) => t.field(externalIds('weapon system')));
builder.objectFields(Place, (t) => ({
  externalIds: t.field(externalIds('place')),
  coordinates: t.field({
    type: CoordinatesType,
    nullable: true,
    description:
      'A representative point of the place (WGS84), from a gazetteer or Wikidata rather than the articles; null where it is undisclosed (the nuclear-material facility) or not verified.',
    resolve: (place, _args, { dataset }) => dataset.external.coordinates.get(place.slug) ?? null,
  }),
}));
