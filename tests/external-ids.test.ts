/**
 * Facts from outside the article — Wikidata ids and WGS84 coordinates — come from
 * data/external/identifiers.json, each with a source, over a real listener; a broken file is
 * refused with the file, the JSON path and the reason, like any data file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DataLoadError, loadDataset, type DataProblem } from '../src/data/load.js';
import { serve } from './helpers.js';
import { post, type Fetch } from './security-helpers.js';
import { raw } from './seed.js';

const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
const FILE = 'external/identifiers.json';
const facts = JSON.parse(readFileSync(join(DATA_DIR, FILE), 'utf8')).facts as {
  entity: string;
  wikidata?: string;
  coordinates?: { latitude: number; longitude: number };
  source: string;
}[];

const served = serve({ explorer: false });
const via: Fetch = served.fetch;
afterAll(() => served.close());

const graphql = async (query: string) => (await post({ query }, {}, via)).body.data;

describe('externalIds and coordinates', () => {
  it('every fact names its source', () => {
    for (const fact of facts) expect(fact.source.length).toBeGreaterThan(20);
  });

  it('Actor, Place and WeaponSystem carry exactly the Wikidata ids of the file, null elsewhere', async () => {
    const data = await graphql(`{
      actors(first: 100) { edges { node { slug externalIds { wikidata } } } }
      places(first: 100) { edges { node { slug externalIds { wikidata } } } }
      weaponSystems(first: 100) { edges { node { slug externalIds { wikidata } } } }
    }`);
    for (const [field, prefix] of [['actors', 'actor'], ['places', 'place'], ['weaponSystems', 'weapon-system']]) {
      for (const { node } of data[field].edges) {
        const fact = facts.find((f) => f.entity === `${prefix}:${node.slug}` && f.wikidata);
        expect(node.externalIds.wikidata, `${prefix}:${node.slug}`).toBe(fact?.wikidata ?? null);
      }
    }
    const byActor = Object.fromEntries(data.actors.edges.map((e: any) => [e.node.slug, e.node.externalIds.wikidata]));
    expect(byActor['north-korea']).toBe('Q423');
    expect(byActor['russia']).toBe('Q159');
  });

  it('places have WGS84 coordinates from the file; the undisclosed facility has none', async () => {
    const data = await graphql(`{ places(first: 100) { edges { node { slug coordinates { latitude longitude } } } } }`);
    for (const { node } of data.places.edges) {
      const fact = facts.find((f) => f.entity === `place:${node.slug}` && f.coordinates);
      expect(node.coordinates, node.slug).toEqual(fact?.coordinates ?? null);
    }
    const pyongyang = data.places.edges.find((e: any) => e.node.slug === 'pyongyang').node.coordinates;
    expect(pyongyang.latitude).toBeCloseTo(39.03, 1);
    expect(pyongyang.longitude).toBeCloseTo(125.75, 1);
    expect(data.places.edges.find((e: any) => e.node.slug === 'nuclear-material-production-facility').node.coordinates).toBeNull();
    expect(raw.places.map((p) => p.slug)).toContain('nuclear-material-production-facility');
  });
});

describe('a broken identifiers file is refused with file, JSON path and reason', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** The problems of a copy of data/ whose identifiers file has gone through `edit`. */
  function problemsWith(edit: (json: { facts: Record<string, unknown>[] }) => void): DataProblem[] {
    const dir = mkdtempSync(join(tmpdir(), 'external-ids-'));
    dirs.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true });
    const json = JSON.parse(readFileSync(join(dir, FILE), 'utf8'));
    edit(json);
    writeFileSync(join(dir, FILE), JSON.stringify(json));
    try {
      loadDataset(dir);
    } catch (error) {
      if (error instanceof DataLoadError) return error.problems;
      throw error;
    }
    throw new Error('expected the dataset to be refused');
  }

  it.each([
    ['a Wikidata id that is not one', (j: any) => (j.facts[0].wikidata = '423'), '$.facts[0].wikidata', /Wikidata item id/],
    ['a latitude off the globe', (j: any) => (j.facts[2].coordinates.latitude = 123), '$.facts[2].coordinates.latitude', /90/],
    ['a fact without a source', (j: any) => delete j.facts[0].source, '$.facts[0].source', /.+/],
    ['a fact with both an id and coordinates', (j: any) => (j.facts[2].wikidata = 'Q1'), '$.facts[2]', /exactly one/],
    ['an unknown entity', (j: any) => (j.facts[0].entity = 'actor:nobody'), '$.facts[0].entity', /unknown actor "nobody"/],
    ['coordinates on an actor', (j: any) => j.facts.push({ entity: 'actor:russia', coordinates: { latitude: 1, longitude: 1 }, source: 'a gazetteer, checked by hand' }), /^\$\.facts\[\d+\]\.coordinates$/, /only places/],
    ['a second id for the same entity', (j: any) => j.facts.push({ ...j.facts[0], wikidata: 'Q1' }), /^\$\.facts\[\d+\]\.wikidata$/, /second Wikidata id/],
  ])('%s', (_name, edit, path, reason) => {
    const problems = problemsWith(edit);
    expect(problems).toContainEqual({ file: FILE, path: typeof path === 'string' ? path : expect.stringMatching(path), reason: expect.stringMatching(reason) });
  });
});
