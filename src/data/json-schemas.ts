/**
 * JSON Schemas for the files curators write, generated from the zod schemas in `records.ts`.
 * Every data file names its schema in `"$schema"`, so editors validate and autocomplete as they
 * type; `npm run data:schema` writes them to schema/data/, and a test fails when they drift.
 */
import { z } from 'zod';
import { ENTITY_LIST } from './entities.js';
import {
  collectionFile,
  entityRef,
  fuzzyDateRecord,
  isoDate,
  participationRecord,
  quantityRecord,
  selectorRecord,
  slug,
} from './records.js';

/** Names and explanations for the shapes used in many places, so the schemas read well and editors explain them. */
const SHARED = z.registry<{ id: string; description: string }>();
SHARED.add(slug, { id: 'slug', description: 'A stable kebab-case key (kim-jong-un); references use it.' });
SHARED.add(isoDate, { id: 'date', description: 'An ISO 8601 calendar date, YYYY-MM-DD.' });
SHARED.add(selectorRecord, {
  id: 'selector',
  description:
    'The exact words of body.txt that support this record, with prefix/suffix only when the words occur more than once: `npm run locate -- <article-slug> "<words>"` prints it.',
});
SHARED.add(fuzzyDateRecord, {
  id: 'fuzzyDate',
  description: 'A date as precisely as the source gives it, resolved against the publication date, with the source phrase.',
});
SHARED.add(quantityRecord, { id: 'quantity', description: 'A number the source gives, with its hedge and its exact words.' });
SHARED.add(participationRecord, { id: 'participation', description: 'An actor (by slug) and its one role in the event.' });
SHARED.add(entityRef, { id: 'entityRef', description: 'A typed reference to any record, written kind:slug (actor:kim-jong-un).' });

/** The generated JSON Schemas as file name → file text (draft-07, which every editor understands). */
export function dataJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  for (const { file, single, collection, record, title } of ENTITY_LIST) {
    const schema = single ? record : collectionFile(collection, record);
    // `input`: what a curator may write, so fields with a default (a quantity's low/high) are optional.
    const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', metadata: SHARED });
    const { $schema, ...rest } = json;
    files.set(file.replace(/\.json$/, '.schema.json'), `${JSON.stringify({ $schema, title, ...rest }, null, 2)}\n`);
  }
  return files;
}
