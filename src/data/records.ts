/**
 * The on-disk shape of the dataset: what curators write in `data/`, validated with zod.
 * Everything here is plain data; resolution (evidence offsets, references) happens in `load.ts`.
 */
import { z } from 'zod';

export const ACTOR_KINDS = [
  'PERSON',
  'STATE',
  'ARMED_FORCE',
  'GOVERNMENT_AGENCY',
  'MEDIA_OUTLET',
  'ORGANIZATION',
  'GROUP',
] as const;
export const STATEMENT_KINDS = ['DIRECT_QUOTE', 'PARTIAL_QUOTE', 'PARAPHRASE', 'CLAIM'] as const;
export const EVENT_TYPES = [
  'MILITARY_EXERCISE',
  'WEAPONS_TEST',
  'TROOP_DEPLOYMENT',
  'ARMS_TRANSFER',
  'ARMED_CONFLICT',
  'TERRITORIAL_CHANGE',
  'DIPLOMATIC_MEETING',
  'AGREEMENT',
  'STATE_VISIT',
  'INSPECTION',
  'BROADCAST',
] as const;
export const PARTICIPANT_ROLES = [
  'ORGANIZER',
  'OBSERVER',
  'PARTICIPANT',
  'SENDER',
  'RECIPIENT',
  'DEPLOYED_FORCE',
  'HOST',
  'VISITOR',
  'SIGNATORY',
  'COMBATANT',
  'SUPPORTER',
  'NEGOTIATOR',
  'INSPECTOR',
  'BROADCASTER',
] as const;
export const WEAPON_CATEGORIES = [
  'ARTILLERY',
  'ARTILLERY_AMMUNITION',
  'ROCKET_ARTILLERY',
  'CRUISE_MISSILE',
  'BALLISTIC_MISSILE',
  'MISSILE',
  'NUCLEAR_WEAPON',
  'UNSPECIFIED',
] as const;
export const PROPELLANTS = ['SOLID', 'LIQUID'] as const;
export const PLACE_KINDS = ['COUNTRY', 'PROVINCE', 'CITY', 'REGION', 'FACILITY'] as const;
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'UNKNOWN'] as const;
export const QUANTITY_QUALIFIERS = [
  'EXACT',
  'APPROXIMATE',
  'AT_LEAST',
  'MORE_THAN',
  'AT_MOST',
  'LESS_THAN',
  'INDEFINITE',
] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type StatementKind = (typeof STATEMENT_KINDS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export type WeaponCategory = (typeof WEAPON_CATEGORIES)[number];
export type Propellant = (typeof PROPELLANTS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type QuantityQualifier = (typeof QUANTITY_QUALIFIERS)[number];

/** Slugs are the stable, human-readable keys that records use to reference each other. */
export const slug = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, single hyphens)');

/** An ISO 8601 calendar date that exists (2025-02-30 is refused). */
export const isoDate = z.iso.date({ message: 'must be a real calendar date, YYYY-MM-DD' });

/**
 * A W3C TextQuoteSelector: the exact words, with prefix/suffix only where the words occur more
 * than once. `article` defaults to the article of the folder the record is written in.
 */
export const selectorRecord = z.strictObject({
  exact: z.string().min(1),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
  article: slug.optional(),
});

export const fuzzyDateRecord = z.strictObject({
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  precision: z.enum(DATE_PRECISIONS),
  edtf: z.string().min(1),
  text: z.string().min(1).nullable(),
});

export const quantityRecord = z.strictObject({
  measure: z.string().min(1),
  value: z.number().finite().nullable(),
  low: z.number().finite().nullable().default(null),
  high: z.number().finite().nullable().default(null),
  qualifier: z.enum(QUANTITY_QUALIFIERS),
  unit: z.string().min(1),
  text: z.string().min(1),
});

const evidence = z.array(selectorRecord);

export const articleRecord = z.strictObject({
  $schema: z.string().optional(),
  slug,
  title: z.string().min(1),
  subtitle: z.string().min(1).nullable(),
  section: z.string().min(1).nullable(),
  publishedOn: isoDate,
  bylines: z.array(z.string().min(1)),
  authors: z.array(slug),
  url: z.url().nullable(),
});

export const actorRecord = z.strictObject({
  slug,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string().min(1)),
  description: z.string().min(1).nullable(),
  role: z.string().min(1).nullable(),
  affiliation: slug.nullable(),
  /** The words that say it belongs to its affiliation ("Russian Foreign Minister Sergey Lavrov"); only where the text says so. */
  affiliationEvidence: evidence.optional(),
  evidence,
});

export const placeRecord = z.strictObject({
  slug,
  name: z.string().min(1),
  kind: z.enum(PLACE_KINDS),
  aliases: z.array(z.string().min(1)),
  country: slug.nullable(),
  evidence,
});

export const weaponSystemRecord = z.strictObject({
  slug,
  name: z.string().min(1),
  category: z.enum(WEAPON_CATEGORIES),
  aliases: z.array(z.string().min(1)),
  description: z.string().min(1).nullable(),
  range: quantityRecord.nullable(),
  propellant: z.enum(PROPELLANTS).nullable(),
  nuclearCapable: z.boolean().nullable(),
  operators: z.array(slug),
  evidence,
});

export const participationRecord = z.strictObject({
  actor: slug,
  role: z.enum(PARTICIPANT_ROLES),
});

export const eventRecord = z.strictObject({
  slug,
  title: z.string().min(1),
  summary: z.string().min(1),
  type: z.enum(EVENT_TYPES),
  date: fuzzyDateRecord,
  location: slug.nullable(),
  participants: z.array(participationRecord),
  weaponSystems: z.array(slug),
  quantities: z.array(quantityRecord),
  partOf: slug.nullable(),
  related: z.array(slug),
  evidence: evidence.min(1, 'an event needs at least one evidence span'),
});

/** A typed reference to any entity, written `kind:slug` (`actor:kim-jong-un`). */
export const entityRef = z
  .string()
  .regex(
    /^(actor|event|weapon-system|place|statement|article):[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be a typed reference such as actor:kim-jong-un',
  );

export const statementRecord = z.strictObject({
  slug,
  text: z.string().min(1),
  kind: z.enum(STATEMENT_KINDS),
  speaker: slug,
  reportedBy: z.array(slug),
  saidOn: fuzzyDateRecord.nullable(),
  occasion: slug.nullable(),
  about: z.array(entityRef),
  asserts: z.array(slug),
  evidence: evidence.min(1, 'a statement needs at least one evidence span'),
});

/** The envelope of a collection file, checked before its records are checked one by one. */
export const collectionEnvelope = (key: string) =>
  z.strictObject({ $schema: z.string().optional(), [key]: z.array(z.unknown()) }) as z.ZodType<
    { $schema?: string } & Record<string, unknown[]>
  >;

/** Each collection file is `{ "$schema": …, "<key>": [records] }`. */
export const collectionFile = <K extends string, T extends z.ZodType>(key: K, record: T) =>
  z.strictObject({ $schema: z.string().optional(), [key]: z.array(record) } as {
    $schema: z.ZodOptional<z.ZodString>;
  } & Record<K, z.ZodArray<T>>);

export type SelectorRecord = z.infer<typeof selectorRecord>;
export type FuzzyDateRecord = z.infer<typeof fuzzyDateRecord>;
export type QuantityRecord = z.infer<typeof quantityRecord>;
export type ArticleRecord = z.infer<typeof articleRecord>;
export type ActorRecord = z.infer<typeof actorRecord>;
export type PlaceRecord = z.infer<typeof placeRecord>;
export type WeaponSystemRecord = z.infer<typeof weaponSystemRecord>;
export type EventRecord = z.infer<typeof eventRecord>;
export type StatementRecord = z.infer<typeof statementRecord>;
