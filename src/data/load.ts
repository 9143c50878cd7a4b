/**
 * Reads `data/`, validates every file, resolves references and evidence, and builds the
 * indexed Dataset. All problems are collected and reported together as `file: path: reason`.
 *
 * Layout: `data/articles/<article-slug>/` holds `article.json`, `body.txt` (the verbatim text)
 * and, optionally, `actors.json`, `places.json`, `weapon-systems.json`, `events.json` and
 * `statements.json` with the records that article introduces. Records are global: any file
 * may reference any record by slug.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { checkFuzzyDate } from './dates.js';
import { Dataset } from './dataset.js';
import { emptyMaps, ENTITY_LIST, ENTITY_TYPES, nounOf, type EntityMaps, type EntityType, type RecordContext } from './entities.js';
import { resolveSelector, spanAt } from './evidence.js';
import { EXTERNAL_FILE, externalFacts, externalFile, NO_EXTERNAL_FACTS } from './external.js';
import type { Entity, EntityTypename, FuzzyDate, TextSpan } from './model.js';
import { collectionEnvelope, type FuzzyDateRecord, type QuantityRecord, type SelectorRecord } from './records.js';
import { readDatasetSnapshot, writeDatasetSnapshot } from './snapshot.js';

export interface DataProblem {
  file: string;
  path: string;
  reason: string;
}

/** Thrown when the dataset is invalid; carries every problem found, not just the first. */
export class DataLoadError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(
      `The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.file}: ${p.path}: ${p.reason}`).join('\n'),
    );
    this.name = 'DataLoadError';
  }
}

/** Renders a zod issue path as a JSON path: `$.events[2].date.start`. */
function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

/** The files every article folder needs, read first and in this order. */
const REQUIRED_FILES = ['body.txt', ENTITY_TYPES.Article.file];

/** A validated record, with where it came from so later checks can name the file and path. */
interface Located {
  record: unknown;
  file: string;
  path: string;
  articleSlug: string;
}

/** One load of a dataset folder: the problems found so far and what the checks need. */
class Loader {
  readonly problems: DataProblem[] = [];
  /** Every file read, name and bytes, in reading order: the dataset's digest (HTTP caches key on it). */
  readonly digest = createHash('sha256');
  /** `Typename:slug` → the file that defines it. */
  private readonly origin = new Map<string, string>();
  /** Article slug → its verbatim text. */
  private readonly bodies = new Map<string, string>();
  /** Valid records by type, in reading order. */
  readonly located = new Map<EntityTypename, Located[]>(ENTITY_LIST.map((entry) => [entry.typename, []]));

  constructor(private readonly dir: string) {}

  problem(file: string, path: string, reason: string): void {
    this.problems.push({ file, path, reason });
  }

  /** Reads one file as text, adding it to the digest. */
  readText(file: string): string {
    const bytes = readFileSync(join(this.dir, file));
    this.digest.update(`${file}\n`).update(bytes);
    return bytes.toString('utf8');
  }

  /** Reads and parses one JSON file; reports and returns undefined when it is not JSON. */
  readJson(file: string): unknown {
    try {
      return JSON.parse(this.readText(file));
    } catch (error) {
      this.problem(file, '$', `not valid JSON (${(error as Error).message})`);
      return undefined;
    }
  }

  /** Validates with zod, reporting each issue at its JSON path below `at`. */
  validate<S extends z.ZodType>(file: string, schema: S, value: unknown, at: PropertyKey[] = []): z.infer<S> | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.problem(file, jsonPath([...at, ...issue.path]), issue.message);
    return undefined;
  }

  /** Records that `typename:slug` is defined in `file`, or reports that it already was. */
  claimSlug(typename: EntityTypename, slug: string, file: string, path: string): boolean {
    const key = `${typename}:${slug}`;
    const first = this.origin.get(key);
    if (first) {
      this.problem(file, path, `duplicate ${nounOf(typename)} slug "${slug}" (first defined in ${first})`);
      return false;
    }
    this.origin.set(key, file);
    return true;
  }

  /** Checks that `slug` names an existing entity of `typename`, saying what it is otherwise. */
  checkRef(typename: EntityTypename, slug: string, file: string, path: string): boolean {
    if (this.origin.has(`${typename}:${slug}`)) return true;
    const other = ENTITY_LIST.find((entry) => this.origin.has(`${entry.typename}:${slug}`));
    this.problem(
      file,
      path,
      other
        ? `"${slug}" is ${other.label}, but ${ENTITY_TYPES[typename].label} is expected here`
        : `unknown ${nounOf(typename)} "${slug}"`,
    );
    return false;
  }

  /** Reads one article folder: its text, its article record and the record files beside them. */
  readFolder(folder: string): void {
    const base = `articles/${folder}`;
    // One listing per folder instead of a look-up per file.
    const present = new Set(readdirSync(join(this.dir, base)));
    for (const required of REQUIRED_FILES) {
      if (!present.has(required)) {
        this.problem(`${base}/${required}`, '$', `missing: every article folder needs ${required === 'body.txt' ? 'its verbatim body.txt' : `an ${required}`}`);
        return;
      }
    }
    const body = this.readText(`${base}/body.txt`);
    const articleFile = `${base}/${ENTITY_TYPES.Article.file}`;
    const raw = this.readJson(articleFile);
    const article = raw === undefined ? undefined : this.validate(articleFile, ENTITY_TYPES.Article.record, raw);
    if (!article) return;
    if (article.slug !== folder) {
      this.problem(articleFile, '$.slug', `slug "${article.slug}" must equal its folder name "${folder}"`);
      return;
    }
    if (!this.claimSlug('Article', article.slug, articleFile, '$.slug')) return;
    this.bodies.set(article.slug, body);
    this.located.get('Article')!.push({ record: article, file: articleFile, path: '$', articleSlug: article.slug });
    for (const entry of ENTITY_LIST) {
      if (!entry.single && present.has(entry.file)) this.readCollection(entry, `${base}/${entry.file}`, article.slug);
    }
  }

  /** Reads a collection file, validating its records one by one so one bad record does not hide the rest. */
  private readCollection(entry: EntityType<Entity, unknown>, file: string, articleSlug: string): void {
    const key = entry.collection;
    const raw = this.readJson(file);
    const envelope = raw === undefined ? undefined : this.validate(file, collectionEnvelope(key), raw);
    if (!envelope) return;
    envelope[key].forEach((item, index) => {
      const path = `$.${key}[${index}]`;
      const record = this.validate(file, entry.record, item, [key, index]);
      const slug = ((record ?? item) as { slug?: unknown }).slug;
      if (typeof slug !== 'string' || !this.claimSlug(entry.typename, slug, file, `${path}.slug`) || !record) return;
      this.located.get(entry.typename)!.push({ record, file, path, articleSlug });
    });
  }

  /** Resolves evidence selectors to spans in their article's text. */
  private resolveEvidence(selectors: SelectorRecord[], at: Located, field: string): TextSpan[] {
    return selectors.flatMap((selector, index) => {
      const path = `${at.path}.${field}[${index}]`;
      const articleSlug = selector.article ?? at.articleSlug;
      const body = this.bodies.get(articleSlug);
      if (body === undefined) {
        this.checkRef('Article', articleSlug, at.file, `${path}.article`);
        return [];
      }
      const resolved = resolveSelector(body, selector);
      if (!resolved.ok) {
        this.problem(at.file, path, resolved.reason);
        return [];
      }
      return [spanAt(articleSlug, body, resolved.start, resolved.end)];
    });
  }

  /** What converting the record at `at` needs: checks that report at its file and path. */
  private contextOf(at: Located): RecordContext {
    const { file, path } = at;
    return {
      articleSlug: at.articleSlug,
      body: () => this.bodies.get(at.articleSlug)!,
      problem: (where, reason) => this.problem(file, `${path}${where}`, reason),
      ref: (typename, slug, where) => void this.checkRef(typename, slug, file, `${path}${where}`),
      evidence: (selectors, field = 'evidence') => this.resolveEvidence(selectors, at, field),
      date: (date: FuzzyDateRecord, where): FuzzyDate => {
        for (const reason of checkFuzzyDate(date)) this.problem(file, `${path}${where}`, reason);
        return date;
      },
      quantity: (q: QuantityRecord, where) => {
        const at = `${path}${where}`;
        if (q.low !== null && q.high !== null && q.low > q.high) this.problem(file, at, `low ${q.low} is above high ${q.high}`);
        if (q.qualifier === 'INDEFINITE' && q.value !== null) this.problem(file, `${at}.value`, 'an INDEFINITE quantity has no value');
        if (q.qualifier !== 'INDEFINITE' && q.value === null) this.problem(file, `${at}.value`, `a ${q.qualifier} quantity needs a value`);
        return q;
      },
    };
  }

  /** Builds the model entities of every type, in registry order, from the records read. */
  build(): EntityMaps {
    const maps = emptyMaps();
    for (const entry of ENTITY_LIST) {
      const map = maps[entry.typename] as Map<string, Entity>;
      const located = this.located.get(entry.typename)!;
      for (const at of located) {
        const entity = entry.fromRecord(at.record, this.contextOf(at));
        map.set(entity.slug, entity);
      }
      const bySlug = new Map(located.map((at) => [(at.record as { slug: string }).slug, at]));
      entry.checkAll?.(map, (slug, where, reason) => {
        const at = bySlug.get(slug)!;
        this.problem(at.file, `${at.path}${where}`, reason);
      });
    }
    return maps;
  }
}

/** The article folders of the dataset in `dir`, in reading order. */
function articleFolders(dir: string): string[] {
  return readdirSync(join(dir, 'articles'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * The digest a load of `dir` computes when the dataset is valid: the same files in the same
 * order (each folder's text, its article, its record files in registry order, then the
 * external facts), without parsing any of them.
 */
export function digestOf(dir: string): string {
  const digest = createHash('sha256');
  // One buffer for every file: tens of thousands of reads leave no garbage behind.
  let scratch = Buffer.allocUnsafe(1 << 20);
  const add = (file: string) => {
    const fd = openSync(join(dir, file), 'r');
    try {
      // Read to the end, the buffer doubled whenever a file fills it.
      let read = 0;
      for (let more = 1; more > 0; read += more) {
        if (read === scratch.length) scratch = Buffer.concat([scratch, Buffer.allocUnsafe(scratch.length)]);
        more = readSync(fd, scratch, read, scratch.length - read, read);
      }
      digest.update(`${file}\n`).update(scratch.subarray(0, read));
    } finally {
      closeSync(fd);
    }
  };
  for (const folder of articleFolders(dir)) {
    const base = `articles/${folder}`;
    const present = new Set(readdirSync(join(dir, base)));
    for (const file of REQUIRED_FILES) if (present.has(file)) add(`${base}/${file}`);
    for (const entry of ENTITY_LIST) if (!entry.single && present.has(entry.file)) add(`${base}/${entry.file}`);
  }
  if (existsSync(join(dir, EXTERNAL_FILE))) add(EXTERNAL_FILE);
  return digest.digest('hex');
}

export interface LoadOptions {
  /**
   * A folder for a snapshot of the loaded dataset (created when missing; never inside the data
   * folder). A snapshot made for byte-identical files by this same code is read instead of
   * validating and indexing again; otherwise the dataset is loaded in full and a snapshot written.
   */
  snapshotDir?: string;
}

/**
 * Loads and validates the dataset in `dir`, or throws a DataLoadError listing every problem;
 * with `snapshotDir`, reads the snapshot of these very files when there is one (see LoadOptions).
 */
export function loadDataset(dir: string, { snapshotDir }: LoadOptions = {}): Dataset {
  if (!existsSync(join(dir, 'articles'))) {
    throw new DataLoadError([{ file: 'articles', path: '$', reason: 'the folder data/articles does not exist' }]);
  }
  if (snapshotDir === undefined) return validatedDataset(dir);
  const snapshot = readDatasetSnapshot(snapshotDir, digestOf(dir));
  if (snapshot) return snapshot;
  const dataset = validatedDataset(dir);
  try {
    writeDatasetSnapshot(snapshotDir, dataset);
  } catch {
    // A snapshot only saves time at the next start; failing to write one changes nothing now.
  }
  return dataset;
}

/** Reads, validates and indexes every file of `dir`. */
function validatedDataset(dir: string): Dataset {
  const loader = new Loader(dir);
  for (const folder of articleFolders(dir)) loader.readFolder(folder);
  const maps = loader.build();
  // Facts from outside the articles (Wikidata ids, coordinates), when the dataset has them.
  let external = NO_EXTERNAL_FACTS;
  if (existsSync(join(dir, EXTERNAL_FILE))) {
    const raw = loader.readJson(EXTERNAL_FILE);
    const file = raw === undefined ? undefined : loader.validate(EXTERNAL_FILE, externalFile, raw);
    const exists = (typename: EntityTypename, slug: string) => maps[typename].has(slug);
    // Facts about the records of an article that did not load say nothing new: checked once the articles load.
    if (file && loader.problems.length === 0) {
      external = externalFacts(file, exists, (path, reason) => loader.problem(EXTERNAL_FILE, path, reason));
    }
  }
  if (loader.problems.length > 0) throw new DataLoadError(loader.problems);
  return new Dataset(maps, loader.digest.digest('hex'), external);
}
