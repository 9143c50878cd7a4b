/**
 * The resolved, in-memory model that the rest of the server reads: records from `records.ts`
 * with evidence resolved to offsets and every reverse relation indexed. No GraphQL here.
 */
import type {
  ActorKind,
  DatePrecision,
  EventType,
  ParticipantRole,
  PlaceKind,
  Propellant,
  QuantityQualifier,
  StatementKind,
  WeaponCategory,
} from './records.js';

/** A resolved evidence span: UTF-16 offsets into an article body. */
export interface TextSpan {
  articleSlug: string;
  start: number;
  end: number;
  /** Always `body.slice(start, end)`. */
  exact: string;
  /** Up to 32 characters before `start`. */
  prefix: string;
  /** Up to 32 characters after `end`. */
  suffix: string;
}

export interface FuzzyDate {
  start: string | null;
  end: string | null;
  precision: DatePrecision;
  edtf: string;
  text: string | null;
}

export interface Quantity {
  measure: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: QuantityQualifier;
  unit: string;
  text: string;
}

export interface Article {
  typename: 'Article';
  slug: string;
  title: string;
  subtitle: string | null;
  section: string | null;
  publishedOn: string;
  bylines: string[];
  authorSlugs: string[];
  url: string | null;
  body: string;
  /** sha256 of `body`, hex. */
  bodyDigest: string;
}

export interface Actor {
  typename: 'Actor';
  slug: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description: string | null;
  role: string | null;
  affiliationSlug: string | null;
  /** The words that say it belongs to its affiliation; empty when the text does not say so. */
  affiliationEvidence: TextSpan[];
  mentions: TextSpan[];
}

export interface Place {
  typename: 'Place';
  slug: string;
  name: string;
  kind: PlaceKind;
  aliases: string[];
  countrySlug: string | null;
  mentions: TextSpan[];
}

export interface WeaponSystem {
  typename: 'WeaponSystem';
  slug: string;
  name: string;
  category: WeaponCategory;
  aliases: string[];
  description: string | null;
  range: Quantity | null;
  propellant: Propellant | null;
  nuclearCapable: boolean | null;
  operatorSlugs: string[];
  mentions: TextSpan[];
}

export interface Participation {
  actorSlug: string;
  eventSlug: string;
  role: ParticipantRole;
}

export interface Event {
  typename: 'Event';
  slug: string;
  title: string;
  summary: string;
  type: EventType;
  date: FuzzyDate;
  locationSlug: string | null;
  participants: Participation[];
  weaponSystemSlugs: string[];
  quantities: Quantity[];
  partOfSlug: string | null;
  relatedSlugs: string[];
  evidence: TextSpan[];
}

export type EntityTypename = 'Article' | 'Actor' | 'Place' | 'WeaponSystem' | 'Event' | 'Statement';

/** A reference to any entity by its type and slug. */
export interface EntityRef {
  typename: EntityTypename;
  slug: string;
}

export interface Statement {
  typename: 'Statement';
  slug: string;
  articleSlug: string;
  text: string;
  kind: StatementKind;
  speakerSlug: string;
  reportedBySlugs: string[];
  saidOn: FuzzyDate | null;
  occasionSlug: string | null;
  about: EntityRef[];
  assertsSlugs: string[];
  evidence: TextSpan[];
}

export type Entity = Article | Actor | Place | WeaponSystem | Event | Statement;
