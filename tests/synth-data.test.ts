/**
 * The synthetic data behind the growth benchmark: N copies of the seed, each its own story, that
 * the real loader accepts, written the same way every time.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/load.js';
import { isSynthesized, synthesize } from '../scripts/synth-data.js';
import { DATA_DIR, dataset as seed } from './helpers.js';

const out = join(tmpdir(), `synth-${process.pid}`);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run data:synth', () => {
  it('writes N times the seed, which the loader accepts', () => {
    synthesize({ scale: 3, out, seedDir: DATA_DIR });
    const synthetic = loadDataset(out);
    for (const key of ['articles', 'actors', 'places', 'weaponSystems', 'events', 'statements'] as const) {
      expect(synthetic[key].length).toBe(3 * seed[key].length);
    }
    expect(isSynthesized({ scale: 3, out, seedDir: DATA_DIR })).toBe(true);
  });

  it('keeps the seed as copy 0 and gives the other copies their own names, slugs and dates', () => {
    const synthetic = loadDataset(out);
    const kim = synthetic.maps.Actor.get('kim-jong-un')!;
    const copy = synthetic.maps.Actor.get('kim-jong-un-s1')!;
    expect(kim.name).toBe('Kim Jong Un');
    expect(copy.name).not.toContain('Kim');
    expect(copy.affiliationSlug).toBe('north-korea-s1');
    expect(synthetic.maps.Article.get('kim-real-war-2025-07-s1')!.publishedOn).toBe('2021-07-29');
  });

  it('writes the same bytes every time', () => {
    const file = join(out, 'articles/kim-real-war-2025-07-s2/statements.json');
    const before = readFileSync(file, 'utf8');
    synthesize({ scale: 3, out, seedDir: DATA_DIR });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
