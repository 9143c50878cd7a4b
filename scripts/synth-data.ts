/**
 * Writes a deterministic synthetic dataset N times the size of the seed in `data/`:
 * `npm run data:synth -- --scale N --out <dir> [--seed <dir>]`.
 *
 * Copy 0 of every seed article is the article itself, byte for byte, so the seed's slugs and ids
 * exist at every scale. Copy k > 0 is the same story with its own cast: every slug gets a `-s<k>`
 * suffix, every proper name (a capitalised word of an actor, place or weapon system name that the
 * seed never writes in lower case) becomes a made-up word unique to (name, k) in the body and in
 * every record, and every date moves back 4 × (k mod 25) years (whole leap cycles, so month ends
 * and 29 February stay valid). Records keep their shape, references, evidence and counts, so the
 * result has N times the articles, actors, places, weapon systems, events and statements, and
 * the real loader accepts it. Generated data is for measurements: write it under .cache/.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ZodObject } from 'zod';
import { ENTITY_LIST } from '../src/data/entities.js';
import { resolveSelector } from '../src/data/evidence.js';

/** Where the generator records what it wrote, so callers can reuse a dataset of the right scale. */
const MARKER_FILE = 'synth.json';

/** The record files beside article.json. */
const COLLECTION_FILES = ENTITY_LIST.filter((entry) => !entry.single).map((entry) => entry.file);
/** The record files whose records have names (proper names come from them), with their collection key. */
const NAMED_COLLECTIONS = Object.fromEntries(
  ENTITY_LIST.filter((entry) => !entry.single && 'name' in (entry.record as unknown as ZodObject).shape).map((entry) => [entry.file, entry.collection]),
);

/** Fields whose strings are slugs (or lists of slugs) of records. */
const SLUG_FIELDS = new Set([
  'slug', 'authors', 'affiliation', 'country', 'operators', 'location', 'partOf', 'related', 'actor',
  'weaponSystems', 'speaker', 'reportedBy', 'occasion', 'asserts', 'article',
]);
/** Fields whose strings are enum values, kept as they are. */
const ENUM_FIELDS = new Set(['kind', 'type', 'category', 'propellant', 'precision', 'qualifier']);
/** Fields kept as they are. */
const KEPT_FIELDS = new Set(['$schema', 'url']);

/** Consonant-vowel syllables for made-up names; fixed-length codes make the names unique. */
const SYLLABLES = [...'bdfgklmnprstvz'].flatMap((c) => [...'aeiou'].map((v) => c + v));

/** A made-up word for name number `index` in copy `copy`: two syllables for the name, three for the copy. */
function madeUpName(index: number, copy: number, original: string): string {
  const digits = [index % 70, Math.floor(index / 70) % 70, copy % 70, Math.floor(copy / 70) % 70, Math.floor(copy / 4900) % 70];
  const word = digits.map((d) => SYLLABLES[d]).join('');
  return original === original.toUpperCase() ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1);
}

interface SeedArticle {
  folder: string;
  body: string;
  /** Every JSON file of the folder, parsed, by file name. */
  files: Map<string, Record<string, unknown>>;
}

/** Reads every article folder of the seed dataset. */
function readSeed(dir: string): SeedArticle[] {
  const articlesDir = join(dir, 'articles');
  return readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((folder) => {
      const files = new Map<string, Record<string, unknown>>();
      for (const name of ['article.json', ...COLLECTION_FILES]) {
        const path = join(articlesDir, folder, name);
        if (existsSync(path)) files.set(name, JSON.parse(readFileSync(path, 'utf8')));
      }
      return { folder, body: readFileSync(join(articlesDir, folder, 'body.txt'), 'utf8'), files };
    });
}

/** Every prose string in a JSON value (not slugs, references, enum values, dates or URLs). */
function* proseOf(value: unknown, field = ''): Iterable<string> {
  if (Array.isArray(value)) for (const item of value) yield* proseOf(item, field);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* proseOf(item, key);
  else if (typeof value === 'string' && !SLUG_FIELDS.has(field) && !ENUM_FIELDS.has(field) && !KEPT_FIELDS.has(field)) {
    yield value;
  }
}

/** The proper names to replace: capitalised words of entity names that never occur in lower case. */
function properNames(seed: SeedArticle[]): string[] {
  const lower = new Set<string>();
  const candidates = new Set<string>();
  for (const article of seed) {
    for (const text of [article.body, ...[...article.files.values()].flatMap((file) => [...proseOf(file)])]) {
      for (const word of text.match(/\b[a-z][a-z]+\b/g) ?? []) lower.add(word);
    }
    for (const [file, key] of Object.entries(NAMED_COLLECTIONS)) {
      for (const record of (article.files.get(file)?.[key] ?? []) as { name: string; aliases: string[] }[]) {
        for (const name of [record.name, ...record.aliases]) {
          for (const word of name.match(/\b[A-Z][A-Za-z]{2,}\b/g) ?? []) candidates.add(word);
        }
      }
    }
  }
  return [...candidates].filter((word) => !lower.has(word.toLowerCase())).sort();
}

/** How one copy rewrites the seed: slugs, names and dates. */
interface Rewrite {
  slug: (slug: string) => string;
  text: (text: string) => string;
  date: (isoDate: string) => string;
  edtf: (edtf: string) => string;
}

/** The rewrite for copy `copy`, given the seed's slugs and proper names. */
function rewriteFor(copy: number, slugs: Set<string>, names: string[]): Rewrite {
  const years = 4 * (copy % 25);
  const replacement = new Map(names.map((name, index) => [name, madeUpName(index, copy, name)]));
  const pattern = names.length ? new RegExp(`\\b(?:${names.join('|')})\\b`, 'g') : null;
  const shiftYear = (year: string) => String(Number(year) - years).padStart(4, '0');
  return {
    slug: (slug) => (slugs.has(slug) ? `${slug}-s${copy}` : slug),
    text: (text) => (pattern ? text.replace(pattern, (name) => replacement.get(name)!) : text),
    date: (isoDate) => shiftYear(isoDate.slice(0, 4)) + isoDate.slice(4),
    edtf: (edtf) => edtf.replace(/\d{4}(?=-|\/|$)/g, shiftYear),
  };
}

/** Applies a rewrite to a record, field by field. */
function rewriteValue(value: unknown, rewrite: Rewrite, field = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteValue(item, rewrite, field));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteValue(item, rewrite, key)]));
  }
  if (typeof value !== 'string' || KEPT_FIELDS.has(field) || ENUM_FIELDS.has(field)) return value;
  if (SLUG_FIELDS.has(field)) return rewrite.slug(value);
  if (field === 'about') {
    const [kind, slug] = value.split(':');
    return `${kind}:${rewrite.slug(slug)}`;
  }
  if (field === 'publishedOn' || ((field === 'start' || field === 'end') && /^\d{4}-\d{2}-\d{2}$/.test(value))) {
    return rewrite.date(value);
  }
  if (field === 'edtf') return rewrite.edtf(value);
  return rewrite.text(value);
}

/** Every slug the seed defines. */
function seedSlugs(seed: SeedArticle[]): Set<string> {
  const slugs = new Set<string>();
  for (const article of seed) {
    slugs.add(article.folder);
    for (const file of article.files.values()) {
      for (const list of Object.values(file)) {
        if (Array.isArray(list)) for (const record of list as { slug: string }[]) slugs.add(record.slug);
      }
    }
  }
  return slugs;
}

/** Every evidence selector (an object with `exact`) in a JSON value. */
function* selectorsOf(value: unknown): Iterable<{ exact: string; prefix?: string; suffix?: string; article?: string }> {
  if (Array.isArray(value)) for (const item of value) yield* selectorsOf(item);
  else if (value && typeof value === 'object') {
    if (typeof (value as { exact?: unknown }).exact === 'string') yield value as { exact: string };
    else for (const item of Object.values(value)) yield* selectorsOf(item);
  }
}

/** Throws unless every evidence selector of the copy resolves in its own body exactly once. */
function checkEvidence(folder: string, body: string, files: Map<string, unknown>): void {
  for (const [name, file] of files) {
    for (const selector of selectorsOf(file)) {
      if (selector.article && selector.article !== folder) continue;
      const resolved = resolveSelector(body, selector);
      if (!resolved.ok) throw new Error(`${folder}/${name}: ${resolved.reason}`);
    }
  }
}

/** Writes one JSON file as the seed writes them. */
const writeJson = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** The sha256 of the seed's files, to tell whether a generated dataset still matches its seed. */
function seedDigest(dir: string, seed: SeedArticle[]): string {
  const hash = createHash('sha256');
  for (const article of seed) {
    for (const name of readdirSync(join(dir, 'articles', article.folder)).sort()) {
      hash.update(name).update(readFileSync(join(dir, 'articles', article.folder, name)));
    }
  }
  return hash.digest('hex');
}

export interface SynthOptions {
  scale: number;
  out: string;
  seedDir: string;
}

/** Generates the dataset; returns what it wrote. */
export function synthesize({ scale, out, seedDir }: SynthOptions): { articles: number; digest: string } {
  const seed = readSeed(seedDir);
  const slugs = seedSlugs(seed);
  const names = properNames(seed);
  const digest = seedDigest(seedDir, seed);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'articles'), { recursive: true });
  for (let copy = 0; copy < scale; copy++) {
    const rewrite = copy === 0 ? null : rewriteFor(copy, slugs, names);
    for (const article of seed) {
      const folder = rewrite ? rewrite.slug(article.folder) : article.folder;
      const target = join(out, 'articles', folder);
      mkdirSync(target);
      if (!rewrite) {
        for (const name of readdirSync(join(seedDir, 'articles', article.folder))) {
          copyFileSync(join(seedDir, 'articles', article.folder, name), join(target, name));
        }
        continue;
      }
      const body = rewrite.text(article.body);
      const files = new Map([...article.files].map(([name, file]) => [name, rewriteValue(file, rewrite)]));
      if (copy === 1) checkEvidence(folder, body, files);
      writeFileSync(join(target, 'body.txt'), body);
      for (const [name, file] of files) writeJson(join(target, name), file);
    }
  }
  writeJson(join(out, MARKER_FILE), { scale, seed: digest });
  return { articles: scale * seed.length, digest };
}

/** True when `out` already holds a dataset of `scale` generated from the current seed. */
export function isSynthesized({ scale, out, seedDir }: SynthOptions): boolean {
  const marker = join(out, MARKER_FILE);
  if (!existsSync(marker)) return false;
  const written = JSON.parse(readFileSync(marker, 'utf8'));
  return written.scale === scale && written.seed === seedDigest(seedDir, readSeed(seedDir));
}

/** The command line: `--scale N --out <dir> [--seed <dir>]`. */
function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: { scale: { type: 'string', default: '1' }, out: { type: 'string' }, seed: { type: 'string' } },
  });
  const scale = Number(values.scale);
  if (!Number.isInteger(scale) || scale < 1) throw new Error('--scale must be a whole number of at least 1');
  const out = resolve(values.out ?? `.cache/synth/scale-${scale}`);
  const seedDir = values.seed ? resolve(values.seed) : fileURLToPath(new URL('../data/', import.meta.url));
  const started = performance.now();
  const { articles } = synthesize({ scale, out, seedDir });
  console.log(`wrote ${articles} articles (${scale}× the seed) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
