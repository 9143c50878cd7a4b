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
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { checkFuzzyDate } from './dates.js';
import { Dataset, type EntityMaps } from './dataset.js';
import { resolveSelector, spanAt } from './evidence.js';
import { EXTERNAL_FILE, externalFacts, externalFile, NO_EXTERNAL_FACTS } from './external.js';
import type { EntityTypename, FuzzyDate, TextSpan } from './model.js';
import {
  actorRecord,
  articleRecord,
  collectionEnvelope,
  eventRecord,
  placeRecord,
  statementRecord,
  weaponSystemRecord,
  type ActorRecord,
  type EventRecord,
  type FuzzyDateRecord,
  type PlaceRecord,
  type QuantityRecord,
  type StatementRecord,
  type WeaponSystemRecord,
  type SelectorRecord,
} from './records.js';

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

const COLLECTIONS = [
  { file: 'actors.json', key: 'actors', schema: actorRecord, typename: 'Actor', envelope: collectionEnvelope('actors') },
  { file: 'places.json', key: 'places', schema: placeRecord, typename: 'Place', envelope: collectionEnvelope('places') },
  {
    file: 'weapon-systems.json',
    key: 'weaponSystems',
    schema: weaponSystemRecord,
    typename: 'WeaponSystem',
    envelope: collectionEnvelope('weaponSystems'),
  },
  { file: 'events.json', key: 'events', schema: eventRecord, typename: 'Event', envelope: collectionEnvelope('events') },
  { file: 'statements.json', key: 'statements', schema: statementRecord, typename: 'Statement', envelope: collectionEnvelope('statements') },
] as const;


/** A validated record, with where it came from so later checks can name the file and path. */
interface Located<R> {
  record: R;
  file: string;
  path: string;
  articleSlug: string;
}

const TYPE_LABEL: Record<EntityTypename, string> = {
  Article: 'an article',
  Actor: 'an actor',
  Place: 'a place',
  WeaponSystem: 'a weapon system',
  Event: 'an event',
  Statement: 'a statement',
};

const REF_PREFIX: Record<string, EntityTypename> = {
  actor: 'Actor',
  event: 'Event',
  'weapon-system': 'WeaponSystem',
  place: 'Place',
  statement: 'Statement',
  article: 'Article',
};

/** Loads and validates the dataset in `dir`, or throws a DataLoadError listing every problem. */
export function loadDataset(dir: string): Dataset {
  const problems: DataProblem[] = [];
  const problem = (file: string, path: string, reason: string) => problems.push({ file, path, reason });

  const articlesDir = join(dir, 'articles');
  if (!existsSync(articlesDir)) {
    throw new DataLoadError([{ file: 'articles', path: '$', reason: 'the folder data/articles does not exist' }]);
  }

  const bodies = new Map<string, string>();
  const maps: EntityMaps = {
    Article: new Map(),
    Actor: new Map(),
    Place: new Map(),
    WeaponSystem: new Map(),
    Event: new Map(),
    Statement: new Map(),
  };
  const located = {
    actors: [] as Located<ActorRecord>[],
    places: [] as Located<PlaceRecord>[],
    weaponSystems: [] as Located<WeaponSystemRecord>[],
    events: [] as Located<EventRecord>[],
    statements: [] as Located<StatementRecord>[],
  };
  const origin = new Map<string, string>(); // `Typename:slug` -> file that defines it
  // Every file read, name and bytes, in reading order: the dataset's digest (HTTP caches key on it).
  const digest = createHash('sha256');
  /** Reads one file as text, adding it to the digest. */
  const readText = (file: string): string => {
    const bytes = readFileSync(join(dir, file));
    digest.update(`${file}\n`).update(bytes);
    return bytes.toString('utf8');
  };

  /** Reads and parses one JSON file; reports and returns undefined when it is not JSON. */
  const readJson = (file: string): unknown => {
    try {
      return JSON.parse(readText(file));
    } catch (error) {
      problem(file, '$', `not valid JSON (${(error as Error).message})`);
      return undefined;
    }
  };

  /** Validates with zod, reporting each issue at its JSON path below `at`. */
  const validate = <S extends z.ZodType>(file: string, schema: S, value: unknown, at: PropertyKey[] = []): z.infer<S> | undefined => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problem(file, jsonPath([...at, ...issue.path]), issue.message);
    return undefined;
  };

  const claimSlug = (typename: EntityTypename, slug: string, file: string, path: string): boolean => {
    const key = `${typename}:${slug}`;
    const first = origin.get(key);
    if (first) {
      problem(file, path, `duplicate ${TYPE_LABEL[typename].split(' ').slice(1).join(' ')} slug "${slug}" (first defined in ${first})`);
      return false;
    }
    origin.set(key, file);
    return true;
  };

  const folders = readdirSync(articlesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  for (const folder of folders) {
    const base = `articles/${folder}`;
    const articleFile = `${base}/article.json`;
    const bodyFile = `${base}/body.txt`;
    // One listing per folder instead of a look-up per file.
    const present = new Set(readdirSync(join(dir, base)));
    if (!present.has('body.txt')) {
      problem(bodyFile, '$', 'missing: every article folder needs its verbatim body.txt');
      continue;
    }
    if (!present.has('article.json')) {
      problem(articleFile, '$', 'missing: every article folder needs an article.json');
      continue;
    }
    const body = readText(bodyFile);
    const raw = readJson(articleFile);
    const article = raw === undefined ? undefined : validate(articleFile, articleRecord, raw);
    if (!article) continue;
    if (article.slug !== folder) {
      problem(articleFile, '$.slug', `slug "${article.slug}" must equal its folder name "${folder}"`);
      continue;
    }
    if (!claimSlug('Article', article.slug, articleFile, '$.slug')) continue;
    bodies.set(article.slug, body);
    maps.Article.set(article.slug, {
      typename: 'Article',
      slug: article.slug,
      title: article.title,
      subtitle: article.subtitle,
      section: article.section,
      publishedOn: article.publishedOn,
      bylines: article.bylines,
      authorSlugs: article.authors,
      url: article.url,
      body,
      bodyDigest: createHash('sha256').update(body, 'utf8').digest('hex'),
    });

    for (const { file: name, key, schema, typename, envelope: envelopeSchema } of COLLECTIONS) {
      const file = `${base}/${name}`;
      if (!present.has(name)) continue;
      const rawFile = readJson(file);
      const envelope = rawFile === undefined ? undefined : validate(file, envelopeSchema, rawFile);
      if (!envelope) continue;
      // Records are validated one by one, so one bad record does not hide the rest of its file.
      envelope[key].forEach((raw, index) => {
        const path = `$.${key}[${index}]`;
        const record = validate(file, schema, raw, [key, index]);
        const slug = (record ?? (raw as { slug?: unknown })).slug;
        if (typeof slug !== 'string' || !claimSlug(typename, slug, file, `${path}.slug`) || !record) return;
        (located[key] as Located<unknown>[]).push({ record, file, path, articleSlug: article.slug });
      });
    }
  }

  /** Checks that `slug` names an existing entity of `typename`, saying what it is otherwise. */
  const checkRef = (typename: EntityTypename, slug: string, file: string, path: string): boolean => {
    if (origin.has(`${typename}:${slug}`)) return true;
    const other = (Object.keys(TYPE_LABEL) as EntityTypename[]).find((t) => origin.has(`${t}:${slug}`));
    problem(
      file,
      path,
      other
        ? `"${slug}" is ${TYPE_LABEL[other]}, but ${TYPE_LABEL[typename]} is expected here`
        : `unknown ${TYPE_LABEL[typename].split(' ').slice(1).join(' ')} "${slug}"`,
    );
    return false;
  };

  const resolveEvidence = (
    selectors: SelectorRecord[],
    at: { file: string; path: string; articleSlug: string },
    field = 'evidence',
  ): TextSpan[] =>
    selectors.flatMap((selector, index) => {
      const path = `${at.path}.${field}[${index}]`;
      const articleSlug = selector.article ?? at.articleSlug;
      const body = bodies.get(articleSlug);
      if (body === undefined) {
        checkRef('Article', articleSlug, at.file, `${path}.article`);
        return [];
      }
      const resolved = resolveSelector(body, selector);
      if (!resolved.ok) {
        problem(at.file, path, resolved.reason);
        return [];
      }
      return [spanAt(articleSlug, body, resolved.start, resolved.end)];
    });

  const fuzzyDate = (date: FuzzyDateRecord, file: string, path: string): FuzzyDate => {
    for (const reason of checkFuzzyDate(date)) problem(file, path, reason);
    return date;
  };

  const quantity = (q: QuantityRecord, file: string, path: string): QuantityRecord => {
    if (q.low !== null && q.high !== null && q.low > q.high) problem(file, path, `low ${q.low} is above high ${q.high}`);
    if (q.qualifier === 'INDEFINITE' && q.value !== null) problem(file, `${path}.value`, 'an INDEFINITE quantity has no value');
    if (q.qualifier !== 'INDEFINITE' && q.value === null) problem(file, `${path}.value`, `a ${q.qualifier} quantity needs a value`);
    return q;
  };

  for (const [slug, article] of maps.Article) {
    article.authorSlugs.forEach((author, i) =>
      checkRef('Actor', author, `articles/${slug}/article.json`, `$.authors[${i}]`),
    );
  }

  for (const { record, file, path, articleSlug } of located.actors) {
    if (record.affiliation) checkRef('Actor', record.affiliation, file, `${path}.affiliation`);
    if (record.affiliation === record.slug) problem(file, `${path}.affiliation`, 'an actor cannot be affiliated with itself');
    if (record.affiliationEvidence?.length && !record.affiliation) {
      problem(file, `${path}.affiliationEvidence`, 'evidence of an affiliation needs an affiliation');
    }
    maps.Actor.set(record.slug, {
      typename: 'Actor',
      slug: record.slug,
      name: record.name,
      kind: record.kind,
      aliases: record.aliases,
      description: record.description,
      role: record.role,
      affiliationSlug: record.affiliation,
      affiliationEvidence: resolveEvidence(record.affiliationEvidence ?? [], { file, path, articleSlug }, 'affiliationEvidence'),
      mentions: resolveEvidence(record.evidence, { file, path, articleSlug }),
    });
  }

  for (const { record, file, path, articleSlug } of located.places) {
    if (record.country) checkRef('Place', record.country, file, `${path}.country`);
    maps.Place.set(record.slug, {
      typename: 'Place',
      slug: record.slug,
      name: record.name,
      kind: record.kind,
      aliases: record.aliases,
      countrySlug: record.country,
      mentions: resolveEvidence(record.evidence, { file, path, articleSlug }),
    });
  }

  for (const { record, file, path, articleSlug } of located.weaponSystems) {
    record.operators.forEach((operator, i) => checkRef('Actor', operator, file, `${path}.operators[${i}]`));
    maps.WeaponSystem.set(record.slug, {
      typename: 'WeaponSystem',
      slug: record.slug,
      name: record.name,
      category: record.category,
      aliases: record.aliases,
      description: record.description,
      range: record.range && quantity(record.range, file, `${path}.range`),
      propellant: record.propellant,
      nuclearCapable: record.nuclearCapable,
      operatorSlugs: record.operators,
      mentions: resolveEvidence(record.evidence, { file, path, articleSlug }),
    });
  }

  for (const { record, file, path, articleSlug } of located.events) {
    if (record.location) checkRef('Place', record.location, file, `${path}.location`);
    if (record.partOf) checkRef('Event', record.partOf, file, `${path}.partOf`);
    record.participants.forEach((p, i) => checkRef('Actor', p.actor, file, `${path}.participants[${i}].actor`));
    record.weaponSystems.forEach((w, i) => checkRef('WeaponSystem', w, file, `${path}.weaponSystems[${i}]`));
    record.related.forEach((e, i) => checkRef('Event', e, file, `${path}.related[${i}]`));
    maps.Event.set(record.slug, {
      typename: 'Event',
      slug: record.slug,
      title: record.title,
      summary: record.summary,
      type: record.type,
      date: fuzzyDate(record.date, file, `${path}.date`),
      locationSlug: record.location,
      participants: record.participants.map((p) => ({ actorSlug: p.actor, eventSlug: record.slug, role: p.role })),
      weaponSystemSlugs: record.weaponSystems,
      quantities: record.quantities.map((q, i) => quantity(q, file, `${path}.quantities[${i}]`)),
      partOfSlug: record.partOf,
      relatedSlugs: record.related,
      evidence: resolveEvidence(record.evidence, { file, path, articleSlug }),
    });
  }
  reportPartOfCycles(maps, located.events, problem);

  for (const { record, file, path, articleSlug } of located.statements) {
    checkRef('Actor', record.speaker, file, `${path}.speaker`);
    record.reportedBy.forEach((r, i) => checkRef('Actor', r, file, `${path}.reportedBy[${i}]`));
    if (record.occasion) checkRef('Event', record.occasion, file, `${path}.occasion`);
    record.asserts.forEach((e, i) => checkRef('Event', e, file, `${path}.asserts[${i}]`));
    const about = record.about.map((ref, i) => {
      const [prefix, slug] = ref.split(':') as [string, string];
      const typename = REF_PREFIX[prefix];
      checkRef(typename, slug, file, `${path}.about[${i}]`);
      return { typename, slug };
    });
    maps.Statement.set(record.slug, {
      typename: 'Statement',
      slug: record.slug,
      articleSlug,
      text: record.text,
      kind: record.kind,
      speakerSlug: record.speaker,
      reportedBySlugs: record.reportedBy,
      saidOn: record.saidOn && fuzzyDate(record.saidOn, file, `${path}.saidOn`),
      occasionSlug: record.occasion,
      about,
      assertsSlugs: record.asserts,
      evidence: resolveEvidence(record.evidence, { file, path, articleSlug }),
    });
  }

  // Facts from outside the articles (Wikidata ids, coordinates), when the dataset has them.
  let external = NO_EXTERNAL_FACTS;
  if (existsSync(join(dir, EXTERNAL_FILE))) {
    const raw = readJson(EXTERNAL_FILE);
    const file = raw === undefined ? undefined : validate(EXTERNAL_FILE, externalFile, raw);
    const exists = (typename: EntityTypename, slug: string) => origin.has(`${typename}:${slug}`);
    if (file) external = externalFacts(file, exists, (path, reason) => problem(EXTERNAL_FILE, path, reason));
  }

  if (problems.length > 0) throw new DataLoadError(problems);
  return new Dataset(maps, digest.digest('hex'), external);
}

/** Reports any event that is, through `partOf`, part of itself. */
function reportPartOfCycles(
  maps: EntityMaps,
  events: Located<{ slug: string }>[],
  problem: (file: string, path: string, reason: string) => void,
): void {
  for (const { record, file, path } of events) {
    const seen = new Set<string>([record.slug]);
    for (let parent = maps.Event.get(record.slug)?.partOfSlug; parent; parent = maps.Event.get(parent)?.partOfSlug) {
      if (seen.has(parent)) {
        problem(file, `${path}.partOf`, `partOf forms a cycle through "${parent}"`);
        break;
      }
      seen.add(parent);
    }
  }
}
