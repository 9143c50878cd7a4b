/**
 * Facts from outside the articles — Wikidata item ids and WGS84 coordinates — read from
 * `data/external/identifiers.json`, where each fact names the entity it is about and where it was
 * checked. They are kept apart from the article's facts and carry no evidence spans.
 */
import { z } from 'zod';
import type { EntityTypename } from './model.js';
import { entityRef } from './records.js';

export const EXTERNAL_FILE = 'external/identifiers.json';

/** A point on the WGS84 ellipsoid, in decimal degrees. */
export interface Coordinates {
  latitude: number;
  longitude: number;
}

const coordinates = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

/** One fact: either the Wikidata item of an entity or the coordinates of a place. */
const fact = z
  .strictObject({
    entity: entityRef,
    wikidata: z.string().regex(/^Q[1-9][0-9]*$/, 'must be a Wikidata item id such as Q423').optional(),
    coordinates: coordinates.optional(),
    source: z.string().min(10, 'say where the fact was checked'),
  })
  .refine((f) => (f.wikidata === undefined) !== (f.coordinates === undefined), {
    message: 'a fact gives exactly one of `wikidata` and `coordinates`',
  });

export const externalFile = z.strictObject({ about: z.string().optional(), facts: z.array(fact) });

/** The types that may carry a Wikidata id, by the prefix of their references. */
const WIKIDATA_TYPES: Record<string, EntityTypename> = { actor: 'Actor', place: 'Place', 'weapon-system': 'WeaponSystem' };

export interface ExternalFacts {
  /** Keyed `Typename:slug`. */
  wikidata: ReadonlyMap<string, string>;
  /** Keyed by place slug. */
  coordinates: ReadonlyMap<string, Coordinates>;
}

export const NO_EXTERNAL_FACTS: ExternalFacts = { wikidata: new Map(), coordinates: new Map() };

/**
 * Turns the validated file into look-ups, reporting (as `path: reason`) facts about unknown
 * entities, of the wrong type, or given twice.
 */
export function externalFacts(
  file: z.infer<typeof externalFile>,
  exists: (typename: EntityTypename, slug: string) => boolean,
  problem: (path: string, reason: string) => void,
): ExternalFacts {
  const wikidata = new Map<string, string>();
  const places = new Map<string, Coordinates>();
  file.facts.forEach((f, index) => {
    const path = `$.facts[${index}]`;
    const [prefix, slug] = f.entity.split(':') as [string, string];
    const typename = WIKIDATA_TYPES[prefix];
    if (!typename) return problem(`${path}.entity`, `only actors, places and weapon systems carry external facts, not "${prefix}"`);
    if (!exists(typename, slug)) return problem(`${path}.entity`, `unknown ${prefix.replace('-', ' ')} "${slug}"`);
    if (f.wikidata !== undefined) {
      const key = `${typename}:${slug}`;
      if (wikidata.has(key)) return problem(`${path}.wikidata`, `a second Wikidata id for ${f.entity}`);
      wikidata.set(key, f.wikidata);
    }
    if (f.coordinates !== undefined) {
      if (typename !== 'Place') return problem(`${path}.coordinates`, 'only places have coordinates');
      if (places.has(slug)) return problem(`${path}.coordinates`, `second coordinates for ${f.entity}`);
      places.set(slug, f.coordinates);
    }
  });
  return { wikidata, coordinates: places };
}
