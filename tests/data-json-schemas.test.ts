/**
 * The JSON Schemas curators' editors use (schema/data/*.schema.json): generated from the zod
 * schemas, committed up to date, and named by every data file's "$schema".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataJsonSchemas } from '../src/data/json-schemas.js';

const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
const SCHEMA_DIR = fileURLToPath(new URL('../schema/data/', import.meta.url));
const generated = dataJsonSchemas();

/** Every JSON file under data/articles, as [path, parsed content]. */
function dataFiles(): [string, { $schema?: string }][] {
  const articles = join(DATA_DIR, 'articles');
  return readdirSync(articles).flatMap((folder) =>
    readdirSync(join(articles, folder))
      .filter((file) => file.endsWith('.json'))
      .map((file): [string, { $schema?: string }] => {
        const path = join(articles, folder, file);
        return [path, JSON.parse(readFileSync(path, 'utf8'))];
      }),
  );
}

describe('schema/data/*.schema.json', () => {
  it.each([...generated.keys()])('%s matches what src/data/records.ts generates (run `npm run data:schema` if not)', (file) => {
    const path = join(SCHEMA_DIR, file);
    expect(existsSync(path), `${path} is missing`).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(generated.get(file));
  });

  it('holds no schema the code no longer generates', () => {
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual([...generated.keys()].sort());
  });

  it('is named by every data file, each file by the schema of its own kind', () => {
    for (const [path, json] of dataFiles()) {
      const kind = path.endsWith('article.json') ? 'article' : path.split('/').pop()!.replace(/\.json$/, '');
      expect(json.$schema, path).toBeDefined();
      expect(resolve(dirname(path), json.$schema!), path).toBe(join(SCHEMA_DIR, `${kind}.schema.json`));
    }
  });

  it('lets a curator leave out what has a default (a quantity\'s low and high)', () => {
    const events = JSON.parse(generated.get('events.schema.json')!);
    expect(events.definitions.quantity.required).not.toContain('low');
    expect(events.definitions.quantity.additionalProperties).toBe(false);
  });
});
