/**
 * The entity registry: one entry per entity type says where its records live, how they are
 * validated and turned into the model, their default order, and what search reads of them. The
 * loader, the dataset's lists and maps, the JSON Schemas, the search index and the global ids
 * are all derived from it, so a new entity type is one entry here (plus its record schema in
 * records.ts, its interface in model.ts and its schema file).
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { chronologicalKey } from './dates.js';
import type { Entity, EntityTypename, Event, FuzzyDate, Quantity, TextSpan } from './model.js';
import {
  actorRecord,
  articleRecord,
  eventRecord,
  placeRecord,
  statementRecord,
  weaponSystemRecord,
  type FuzzyDateRecord,
  type QuantityRecord,
  type SelectorRecord,
} from './records.js';
import { fold } from './text.js';

/** The texts search finds an entity by, in its weighted fields. */
export interface SearchDocument {
  name: string;
  title: string;
  body: string;
}

/**
 * What turning one validated record into the model needs from the loader. Paths are relative to
 * the record (`.affiliation`); problems are reported at the record's file.
 */
export interface RecordContext {
  /** The article folder the record is written in. */
  articleSlug: string;
  /** The verbatim text of `articleSlug`. */
  body(): string;
  problem(at: string, reason: string): void;
  /** Reports unless `slug` names an entity of `typename`. */
  ref(typename: EntityTypename, slug: string, at: string): void;
  /** Evidence selectors resolved to spans (each checked against its article's text). */
  evidence(selectors: SelectorRecord[], field?: string): TextSpan[];
  date(date: FuzzyDateRecord, at: string): FuzzyDate;
  quantity(quantity: QuantityRecord, at: string): Quantity;
}

export type ModelOf<T extends EntityTypename> = Extract<Entity, { typename: T }>;

/** One entity type: its records, its model and how the rest of the data layer treats it. */
export interface EntityType<T extends Entity = Entity, R = never, C extends string = string> {
  typename: T['typename'];
  /** The dataset's list of them (in default order), and the key of their collection file. */
  collection: C;
  /** The file in each article folder that holds them. */
  file: string;
  /** True when the file holds one record (the article itself) rather than `{ "<collection>": [ … ] }`. */
  single?: boolean;
  /** The title of the file's JSON Schema. */
  title: string;
  record: z.ZodType<R>;
  /** How problems name one of them: "an actor". */
  label: string;
  /** How records reference one of them in typed references (`actor:kim-jong-un`). */
  refPrefix: string;
  /** Checks a validated record's references and values and builds its model entity. */
  fromRecord(record: R, at: RecordContext): T;
  /** Checks over all of this type at once, once every record is built: `report` names the record at fault. */
  checkAll?(entities: ReadonlyMap<string, T>, report: (slug: string, at: string, reason: string) => void): void;
  /** The default order: every list of this type is kept in it. */
  order(items: Iterable<T>): T[];
  /** The evidence spans it carries (its mentions or its evidence). */
  spans(entity: T): TextSpan[];
  /** The texts search finds it by: `document`'s fields, in words. */
  searchFields: string;
  /** The texts search finds it by. */
  document(entity: T): SearchDocument;
  /** The texts a search snippet may be cut from, best first. */
  snippetSources(entity: T): string[];
}

/** Builds one registry entry, inferring its model, record and collection types. */
function entityType<T extends Entity, R, const C extends string>(entry: EntityType<T, R, C>): EntityType<T, R, C> {
  return entry;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Alphabetical by folded name, then slug (each name folded once). */
function byName<T extends { name: string; slug: string }>(items: Iterable<T>): T[] {
  return [...items]
    .map((item) => ({ item, name: fold(item.name) }))
    .sort((a, b) => byText(a.name, b.name) || byText(a.item.slug, b.item.slug))
    .map(({ item }) => item);
}

/** A stable sort of a copy by `compare`. */
const sortedBy =
  <T>(compare: (a: T, b: T) => number) =>
  (items: Iterable<T>): T[] =>
    [...items].sort(compare);

const lines = (...texts: string[]) => texts.join(' \n ');
const exacts = (spans: TextSpan[]) => spans.map((span) => span.exact);
/** Name and aliases, one per line: what a named entity is found by first. */
const names = (entity: { name: string; aliases: string[] }) => lines(entity.name, ...entity.aliases);

/** Reports any event that is, through `partOf`, part of itself. */
function reportPartOfCycles(events: ReadonlyMap<string, Event>, report: (slug: string, at: string, reason: string) => void): void {
  for (const event of events.values()) {
    const seen = new Set<string>([event.slug]);
    for (let parent = event.partOfSlug; parent; parent = events.get(parent)?.partOfSlug ?? null) {
      if (seen.has(parent)) {
        report(event.slug, '.partOf', `partOf forms a cycle through "${parent}"`);
        break;
      }
      seen.add(parent);
    }
  }
}

/** Every entity type, in document order: search numbers documents and merges lists in this order. */
export const ENTITY_TYPES = {
  Article: entityType({
    typename: 'Article',
    collection: 'articles',
    file: 'article.json',
    single: true,
    title: 'An article: data/articles/<slug>/article.json',
    record: articleRecord,
    label: 'an article',
    refPrefix: 'article',
    fromRecord: (record, at) => {
      record.authors.forEach((author, i) => at.ref('Actor', author, `.authors[${i}]`));
      const body = at.body();
      return {
        typename: 'Article',
        slug: record.slug,
        title: record.title,
        subtitle: record.subtitle,
        section: record.section,
        publishedOn: record.publishedOn,
        bylines: record.bylines,
        authorSlugs: record.authors,
        url: record.url,
        body,
        bodyDigest: createHash('sha256').update(body, 'utf8').digest('hex'),
      };
    },
    // Newest first.
    order: sortedBy((a, b) => byText(b.publishedOn, a.publishedOn) || byText(a.slug, b.slug)),
    spans: () => [],
    searchFields: 'title, subtitle and full text',
    document: (article) => ({ name: article.title, title: article.subtitle ?? '', body: article.body }),
    snippetSources: (article) => [article.title, article.body],
  }),
  Actor: entityType({
    typename: 'Actor',
    collection: 'actors',
    file: 'actors.json',
    title: 'Actors an article introduces: data/articles/<slug>/actors.json',
    record: actorRecord,
    label: 'an actor',
    refPrefix: 'actor',
    fromRecord: (record, at) => {
      if (record.affiliation) at.ref('Actor', record.affiliation, '.affiliation');
      if (record.affiliation === record.slug) at.problem('.affiliation', 'an actor cannot be affiliated with itself');
      if (record.affiliationEvidence?.length && !record.affiliation) {
        at.problem('.affiliationEvidence', 'evidence of an affiliation needs an affiliation');
      }
      return {
        typename: 'Actor',
        slug: record.slug,
        name: record.name,
        kind: record.kind,
        aliases: record.aliases,
        description: record.description,
        role: record.role,
        affiliationSlug: record.affiliation,
        affiliationEvidence: at.evidence(record.affiliationEvidence ?? [], 'affiliationEvidence'),
        mentions: at.evidence(record.evidence),
      };
    },
    order: byName,
    spans: (actor) => actor.mentions,
    searchFields: 'name, aliases, role, description',
    document: (actor) => ({ name: names(actor), title: actor.role ?? '', body: lines(actor.description ?? '', lines(...exacts(actor.mentions))) }),
    snippetSources: (actor) => [actor.name, ...actor.aliases, actor.description ?? '', ...exacts(actor.mentions)],
  }),
  Place: entityType({
    typename: 'Place',
    collection: 'places',
    file: 'places.json',
    title: 'Places an article introduces: data/articles/<slug>/places.json',
    record: placeRecord,
    label: 'a place',
    refPrefix: 'place',
    fromRecord: (record, at) => {
      if (record.country) at.ref('Place', record.country, '.country');
      return {
        typename: 'Place',
        slug: record.slug,
        name: record.name,
        kind: record.kind,
        aliases: record.aliases,
        countrySlug: record.country,
        mentions: at.evidence(record.evidence),
      };
    },
    order: byName,
    spans: (place) => place.mentions,
    searchFields: 'name and aliases',
    document: (place) => ({ name: names(place), title: '', body: lines(...exacts(place.mentions)) }),
    snippetSources: (place) => [place.name, ...place.aliases, ...exacts(place.mentions)],
  }),
  WeaponSystem: entityType({
    typename: 'WeaponSystem',
    collection: 'weaponSystems',
    file: 'weapon-systems.json',
    title: 'Weapon systems an article introduces: data/articles/<slug>/weapon-systems.json',
    record: weaponSystemRecord,
    label: 'a weapon system',
    refPrefix: 'weapon-system',
    fromRecord: (record, at) => {
      record.operators.forEach((operator, i) => at.ref('Actor', operator, `.operators[${i}]`));
      return {
        typename: 'WeaponSystem',
        slug: record.slug,
        name: record.name,
        category: record.category,
        aliases: record.aliases,
        description: record.description,
        range: record.range && at.quantity(record.range, '.range'),
        propellant: record.propellant,
        nuclearCapable: record.nuclearCapable,
        operatorSlugs: record.operators,
        mentions: at.evidence(record.evidence),
      };
    },
    order: byName,
    spans: (weapon) => weapon.mentions,
    searchFields: 'name, aliases, description',
    document: (weapon) => ({ name: names(weapon), title: '', body: lines(weapon.description ?? '', lines(...exacts(weapon.mentions))) }),
    snippetSources: (weapon) => [weapon.name, ...weapon.aliases, weapon.description ?? '', ...exacts(weapon.mentions)],
  }),
  Event: entityType({
    typename: 'Event',
    collection: 'events',
    file: 'events.json',
    title: 'Events an article reports: data/articles/<slug>/events.json',
    record: eventRecord,
    label: 'an event',
    refPrefix: 'event',
    fromRecord: (record, at) => {
      if (record.location) at.ref('Place', record.location, '.location');
      if (record.partOf) at.ref('Event', record.partOf, '.partOf');
      record.participants.forEach((p, i) => at.ref('Actor', p.actor, `.participants[${i}].actor`));
      record.weaponSystems.forEach((w, i) => at.ref('WeaponSystem', w, `.weaponSystems[${i}]`));
      record.related.forEach((e, i) => at.ref('Event', e, `.related[${i}]`));
      return {
        typename: 'Event',
        slug: record.slug,
        title: record.title,
        summary: record.summary,
        type: record.type,
        date: at.date(record.date, '.date'),
        locationSlug: record.location,
        participants: record.participants.map((p) => ({ actorSlug: p.actor, eventSlug: record.slug, role: p.role })),
        weaponSystemSlugs: record.weaponSystems,
        quantities: record.quantities.map((q, i) => at.quantity(q, `.quantities[${i}]`)),
        partOfSlug: record.partOf,
        relatedSlugs: record.related,
        evidence: at.evidence(record.evidence),
      };
    },
    checkAll: reportPartOfCycles,
    // Chronological (see chronologicalKey); those with no known bound first.
    order: sortedBy((a, b) => byText(chronologicalKey(a.date) ?? '', chronologicalKey(b.date) ?? '') || byText(a.slug, b.slug)),
    spans: (event) => event.evidence,
    searchFields: 'title, summary and evidence',
    document: (event) => ({ name: '', title: event.title, body: lines(event.summary, lines(...exacts(event.evidence))) }),
    snippetSources: (event) => [event.title, event.summary, ...exacts(event.evidence)],
  }),
  Statement: entityType({
    typename: 'Statement',
    collection: 'statements',
    file: 'statements.json',
    title: 'Statements an article reports: data/articles/<slug>/statements.json',
    record: statementRecord,
    label: 'a statement',
    refPrefix: 'statement',
    fromRecord: (record, at) => {
      at.ref('Actor', record.speaker, '.speaker');
      record.reportedBy.forEach((r, i) => at.ref('Actor', r, `.reportedBy[${i}]`));
      if (record.occasion) at.ref('Event', record.occasion, '.occasion');
      record.asserts.forEach((e, i) => at.ref('Event', e, `.asserts[${i}]`));
      const about = record.about.map((ref, i) => {
        const [prefix, slug] = ref.split(':') as [string, string];
        const typename = typenameOfRef(prefix);
        at.ref(typename, slug, `.about[${i}]`);
        return { typename, slug };
      });
      return {
        typename: 'Statement',
        slug: record.slug,
        articleSlug: at.articleSlug,
        text: record.text,
        kind: record.kind,
        speakerSlug: record.speaker,
        reportedBySlugs: record.reportedBy,
        saidOn: record.saidOn && at.date(record.saidOn, '.saidOn'),
        occasionSlug: record.occasion,
        about,
        assertsSlugs: record.asserts,
        evidence: at.evidence(record.evidence),
      };
    },
    // Reading order: by article, then where their first evidence starts.
    order: sortedBy((a, b) => byText(a.articleSlug, b.articleSlug) || a.evidence[0].start - b.evidence[0].start || byText(a.slug, b.slug)),
    spans: (statement) => statement.evidence,
    searchFields: 'text and evidence',
    document: (statement) => ({ name: '', title: statement.text, body: lines(...exacts(statement.evidence)) }),
    snippetSources: (statement) => [statement.text, ...exacts(statement.evidence)],
  }),
// `any`: each entry has its own record type.
} satisfies { [T in EntityTypename]: EntityType<ModelOf<T>, any, string> };

type Registry = typeof ENTITY_TYPES;

/** Every entity type's entry, in registry (document) order. */
export const ENTITY_LIST: readonly EntityType<Entity, unknown>[] = Object.values(ENTITY_TYPES) as never;

/** The entity type names, in registry order. */
export const ENTITY_TYPENAMES = ENTITY_LIST.map((entry) => entry.typename);

/** Each type's entities by slug. */
export type EntityMaps = { [T in EntityTypename]: Map<string, ModelOf<T>> };

/** Each type's entities in default order, by collection name (`actors`). */
export type EntityLists = { readonly [T in EntityTypename as Registry[T]['collection']]: ModelOf<T>[] };

/** The registry entry of an entity's type. */
export function entityTypeOf(entity: Entity): EntityType<Entity, unknown> {
  return ENTITY_TYPES[entity.typename] as unknown as EntityType<Entity, unknown>;
}

/** What one of a type is called: "weapon system". */
export function nounOf(typename: EntityTypename): string {
  return ENTITY_TYPES[typename].label.replace(/^an? /, '');
}

/** The type a typed reference's prefix names (`weapon-system` → WeaponSystem). */
function typenameOfRef(prefix: string): EntityTypename {
  return ENTITY_LIST.find((entry) => entry.refPrefix === prefix)!.typename;
}

/** An empty map per entity type. */
export function emptyMaps(): EntityMaps {
  return Object.fromEntries(ENTITY_TYPENAMES.map((typename) => [typename, new Map()])) as unknown as EntityMaps;
}
