/**
 * A snapshot of a loaded dataset: its entities (evidence spans as offsets, recut from the
 * article texts when read) and their default orders, its external facts, its word index and
 * its list sizes, in one file named by a key
 * made of the dataset's digest (the sha256 of every byte the loader read) and of the code that
 * builds datasets. Only a dataset that loaded and validated is written, so a snapshot found for
 * a digest is what a full load of byte-identical files would give.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Dataset } from './dataset.js';
import { emptyMaps, ENTITY_LIST, type EntityMaps } from './entities.js';
import { spanAt } from './evidence.js';
import { plainListSizes } from './list-sizes.js';
import type { Coordinates } from './external.js';
import type { InvertedIndexState } from './inverted-index.js';
import type { Entity, TextSpan } from './model.js';
import { SnapshotFile, writeSnapshotFile } from './snapshot-file.js';

const PREFIX = 'dataset-';
const SUFFIX = '.snapshot';
/**
 * Characters of JSON per section, about: small enough that each section's text is a young
 * object, which dies young, rather than a large one that only a full collection frees.
 */
const SECTION_CHARS = 64 * 1024;

/** A span as a snapshot keeps it: its article and offsets; the texts are cut again from the article. */
type StoredSpan = [articleSlug: string, start: number, end: number];

const DATA_LAYER_DIR = dirname(fileURLToPath(import.meta.url));

/** The data layer's own source, and the runtime that reads the integers back. */
function codeVersion(): string {
  const hash = createHash('sha256').update(`${process.version} ${process.arch}\n`);
  for (const file of readdirSync(DATA_LAYER_DIR).sort()) hash.update(`${file}\n`).update(readFileSync(join(DATA_LAYER_DIR, file)));
  return hash.digest('hex');
}

/** What a snapshot of the dataset with `digest` is filed under. */
function snapshotKey(digest: string): string {
  return createHash('sha256').update(`${digest}\n${codeVersion()}`).digest('hex');
}

const snapshotPath = (dir: string, key: string) => join(dir, `${PREFIX}${key}${SUFFIX}`);

/** True when `value` is a list of spans (the only lists of objects an entity keeps at its top level with `exact`). */
const isSpanList = (value: unknown): value is TextSpan[] =>
  Array.isArray(value) && value.length > 0 && typeof value[0] === 'object' && value[0] !== null && 'exact' in value[0];

/** An entity with its spans as offsets. */
function stored(entity: Entity): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...entity };
  for (const [key, value] of Object.entries(copy)) {
    if (isSpanList(value)) copy[key] = value.map((span): StoredSpan => [span.articleSlug, span.start, span.end]);
  }
  return copy;
}

/** An entity read back: each list of stored spans (in `spanFields`) cut again from its article's text. */
function restored(entity: Record<string, unknown>, spanFields: readonly string[], bodies: ReadonlyMap<string, string>): Entity {
  for (const field of spanFields) {
    const value = entity[field];
    if (Array.isArray(value) && value.length > 0) {
      entity[field] = (value as StoredSpan[]).map(([slug, start, end]) => spanAt(slug, bodies.get(slug)!, start, end));
    }
  }
  return entity as unknown as Entity;
}

/**
 * Writes a snapshot of `dataset` into `dir` (created when missing) and removes the snapshots of
 * other datasets or code there.
 */
export function writeDatasetSnapshot(dir: string, dataset: Dataset): void {
  mkdirSync(dir, { recursive: true });
  const key = snapshotKey(dataset.digest);
  const sections = new Map<string, string | Int32Array>();
  /** `Typename.field` of every list of spans written. */
  const spanFields = new Set<string>();
  for (const entry of ENTITY_LIST) {
    let chunk = 0;
    let pending: string[] = [];
    let chars = 0;
    const flush = () => {
      sections.set(`${entry.typename}:${chunk++}`, `[${pending.join(',')}]`);
      pending = [];
      chars = 0;
    };
    for (const entity of dataset.maps[entry.typename].values()) {
      for (const [field, value] of Object.entries(entity)) if (isSpanList(value)) spanFields.add(`${entry.typename}.${field}`);
      const json = JSON.stringify(stored(entity));
      if (chars > 0 && chars + json.length > SECTION_CHARS) flush();
      pending.push(json);
      chars += json.length;
    }
    if (pending.length > 0 || chunk === 0) flush();
  }
  sections.set('spanFields', JSON.stringify([...spanFields]));
  sections.set('external', JSON.stringify({ wikidata: [...dataset.external.wikidata], coordinates: [...dataset.external.coordinates] }));
  sections.set('listSizes', JSON.stringify([...plainListSizes(dataset).byField]));
  for (const entry of ENTITY_LIST) {
    const places = new Map([...dataset.maps[entry.typename].values()].map((entity, index) => [entity, index]));
    sections.set(`order:${entry.typename}`, Int32Array.from(dataset.listOf(entry.collection), (entity) => places.get(entity)!));
  }
  const { terms, documentCount, averageFieldLength, fieldLength, offsets, postingDocs, postingFrequencies } = dataset.search.state;
  sections.set('search', JSON.stringify({ terms, documentCount, averageFieldLength }));
  Object.entries({ fieldLength, offsets, postingDocs, postingFrequencies }).forEach(([name, ints]) => sections.set(`search:${name}`, ints));
  writeSnapshotFile(snapshotPath(dir, key), key, sections);
  for (const file of readdirSync(dir)) {
    if (file.startsWith(PREFIX) && file.endsWith(SUFFIX) && file !== `${PREFIX}${key}${SUFFIX}`) rmSync(join(dir, file), { force: true });
  }
}

/** The dataset a snapshot in `dir` holds for `digest`; undefined when there is none or it cannot be read. */
export function readDatasetSnapshot(dir: string, digest: string): Dataset | undefined {
  const key = snapshotKey(digest);
  const file = SnapshotFile.open(snapshotPath(dir, key), key);
  if (!file) return undefined;
  try {
    const maps: EntityMaps = emptyMaps();
    const bodies = new Map<string, string>();
    const spanFields = file.json<string[]>('spanFields');
    for (const entry of ENTITY_LIST) {
      const map = maps[entry.typename] as Map<string, Entity>;
      const fields = spanFields.filter((name) => name.startsWith(`${entry.typename}.`)).map((name) => name.slice(entry.typename.length + 1));
      for (let chunk = 0; ; chunk++) {
        const name = `${entry.typename}:${chunk}`;
        if (chunk > 0 && !file.has(name)) break;
        for (const record of file.json<Record<string, unknown>[]>(name)) {
          const entity = restored(record, fields, bodies);
          if (entity.typename === 'Article') bodies.set(entity.slug, entity.body);
          map.set(entity.slug, entity);
        }
      }
    }
    const external = file.json<{ wikidata: [string, string][]; coordinates: [string, Coordinates][] }>('external');
    const search = file.json<Pick<InvertedIndexState, 'terms' | 'documentCount' | 'averageFieldLength'>>('search');
    const searchState: InvertedIndexState = {
      ...search,
      fieldLength: file.ints('search:fieldLength'),
      offsets: file.ints('search:offsets'),
      postingDocs: file.ints('search:postingDocs'),
      postingFrequencies: file.ints('search:postingFrequencies'),
    };
    return new Dataset(maps, digest, { wikidata: new Map(external.wikidata), coordinates: new Map(external.coordinates) }, {
      searchState,
      listSizes: new Map(file.json<[string, number][]>('listSizes')),
      orders: Object.fromEntries(ENTITY_LIST.map((entry) => [entry.typename, file.ints(`order:${entry.typename}`)])),
    });
  } catch {
    return undefined;
  } finally {
    file.close();
  }
}
