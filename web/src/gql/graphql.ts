/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What sort of actor it is. */
export type ActorKind =
  /** A military or one of its units or troop contingents. */
  | 'ARMED_FORCE'
  /** An agency of a government, such as an intelligence service. */
  | 'GOVERNMENT_AGENCY'
  /** An informal or collective group ("Western intelligence agencies", "the West"). */
  | 'GROUP'
  /** A news agency, broadcaster or publication. */
  | 'MEDIA_OUTLET'
  /** A formal organization that is not a state body or a medium. */
  | 'ORGANIZATION'
  /** A named or described individual. */
  | 'PERSON'
  /** A sovereign state, including when the source speaks of it by its capital ("Seoul", "Moscow"). */
  | 'STATE';

/** What a link between two actors rests on. Directed kinds point as the source does (the sender at the recipient); for symmetric kinds `from` is simply the first actor the record lists. */
export type ActorLinkKind =
  /** Directed, member → body: a person, unit or outlet and the state or body it belongs to, in the words that say so ("Russian Foreign Minister Sergey Lavrov"). */
  | 'AFFILIATION'
  /** Symmetric: two combatants in the same armed conflict or fighting; the link does not say on which side each fought. */
  | 'COMBATANTS'
  /** Symmetric: two actors in the same event in roles that imply nothing more specific (an organizer and the units in its exercise, a supporter and the combatants of a war). */
  | 'CO_PARTICIPANTS'
  /** Directed, deployed force → the actor it was sent to (North Korea's military → Russia). */
  | 'DEPLOYED_FORCE_RECIPIENT'
  /** Symmetric: two parties to the same talks or meeting. */
  | 'MEETING_PARTIES'
  /** Directed, relayer → the speaker whose statement it relays (KCNA → Kim Jong Un). */
  | 'RELAYS'
  /** Directed, sender → recipient of a transfer or deployment (North Korea → Russia for the troops and the arms). */
  | 'SENDER_RECIPIENT'
  /** Symmetric: two signatories of the same agreement. */
  | 'SIGNATORIES'
  /** Directed, speaker → an actor its statement is about (Kim Jong Un → Russia, pledging support). */
  | 'SPEAKS_ABOUT'
  /** Directed, visitor → host of a state visit (Vladimir Putin → North Korea). */
  | 'VISITOR_HOST';

/** How a fuzzy date is matched against a `from`/`to` window. */
export type DateMatch =
  /** Some day the date can mean lies in the window: an event dated "2024" matches August 2024, and an ongoing war overlaps every later window. */
  | 'OVERLAPS'
  /** Every day the date can mean lies in the window; a date open on one side lies within a window only when the window is open on that side too. */
  | 'WITHIN';

/** How precisely a fuzzy date is known. */
export type DatePrecision =
  /** Known to the day ("January 25"). */
  | 'DAY'
  /** Known to the month ("last August"). */
  | 'MONTH'
  /** Neither bound is known; only the source phrase describes it (an ongoing war of unstated start). */
  | 'UNKNOWN'
  /** Known to the year ("last year"). */
  | 'YEAR';

/** Criteria for events. Fields combine with AND; the values inside one list combine with OR. Id lists take at most 100 global ids. */
export type EventFilter = {
  /** Events in which any of these actors took part (in any role, or in `roles` when given). */
  actorIds?: Array<string | number> | null | undefined;
  /** Events reported by any of these articles. */
  articleIds?: Array<string | number> | null | undefined;
  /** How the event's fuzzy date must match the window (default OVERLAPS). */
  dateMatch?: DateMatch | null | undefined;
  /** Start of the date window (inclusive). */
  from?: string | null | undefined;
  /** Events located at any of these places; a country also matches the places inside it. */
  placeIds?: Array<string | number> | null | undefined;
  /** Events with a participant in any of these roles (the participant must also be one of `actorIds` when given). */
  roles?: Array<ParticipantRole> | null | undefined;
  /** Case- and accent-insensitive text in the title or summary (at most 256 characters). */
  text?: string | null | undefined;
  /** End of the date window (inclusive). */
  to?: string | null | undefined;
  /** Events of any of these types. */
  types?: Array<EventType> | null | undefined;
  /** Events involving any of these weapon systems. */
  weaponSystemIds?: Array<string | number> | null | undefined;
};

/** An order for events. Ties are broken by date, then slug, so paging is stable. */
export type EventOrder = {
  /** Which way (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to order by. */
  field: EventOrderField;
};

/** What events can be ordered by. */
export type EventOrderField =
  /** The first day the date can mean (or its last, when only that is known); dates with no known bound first. */
  | 'DATE'
  /** The title, alphabetically. */
  | 'TITLE';

/** What kind of event it is. */
export type EventType =
  /** A deal, treaty or pact signed. */
  | 'AGREEMENT'
  /** A war, battle or fighting, including its casualties. */
  | 'ARMED_CONFLICT'
  /** Weapons or ammunition sent from one actor to another. */
  | 'ARMS_TRANSFER'
  /** A broadcast or publication by a medium. */
  | 'BROADCAST'
  /** Talks between officials of different states. */
  | 'DIPLOMATIC_MEETING'
  /** A leader's tour or inspection of a site. */
  | 'INSPECTION'
  /** A drill, exercise or firing contest. */
  | 'MILITARY_EXERCISE'
  /** A visit by a head of state or government to another state. */
  | 'STATE_VISIT'
  /** Territory entered, held, taken or lost. */
  | 'TERRITORIAL_CHANGE'
  /** Troops sent to or stationed in a place. */
  | 'TROOP_DEPLOYMENT'
  /** A test firing or test of a weapon system. */
  | 'WEAPONS_TEST';

/** The direction of an ordering. */
export type OrderDirection =
  /** Ascending: A→Z, oldest first, smallest first. */
  | 'ASC'
  /** Descending: Z→A, newest first, largest first. */
  | 'DESC';

/** The part an actor played in an event. */
export type ParticipantRole =
  /** Broadcast or published it. */
  | 'BROADCASTER'
  /** Fought in it. */
  | 'COMBATANT'
  /** The force that was deployed. */
  | 'DEPLOYED_FORCE'
  /** Received a visit. */
  | 'HOST'
  /** Toured or inspected a site. */
  | 'INSPECTOR'
  /** Took part in talks. */
  | 'NEGOTIATOR'
  /** Watched it. */
  | 'OBSERVER'
  /** Staged, ordered or conducted it (a drill, a test). */
  | 'ORGANIZER'
  /** Took part in it, for example the units that fired. */
  | 'PARTICIPANT'
  /** Received troops or weapons. */
  | 'RECIPIENT'
  /** Sent troops or weapons. */
  | 'SENDER'
  /** Signed an agreement. */
  | 'SIGNATORY'
  /** Supported one side of it without being said to fight in it. */
  | 'SUPPORTER'
  /** Made a visit. */
  | 'VISITOR';

/** What sort of place it is. */
export type PlaceKind =
  /** A city or town. */
  | 'CITY'
  /** A sovereign country. */
  | 'COUNTRY'
  /** A site or installation (a factory, a base). */
  | 'FACILITY'
  /** A province, oblast or similar first-level region of a country. */
  | 'PROVINCE'
  /** A geographic region that is not an administrative unit (a peninsula, a sea). */
  | 'REGION';

/** The hedge the source puts on a number. */
export type QuantityQualifier =
  /** About this number ("about 600"). */
  | 'APPROXIMATE'
  /** This number or more ("a minimum range of 5,500km"). */
  | 'AT_LEAST'
  /** This number or fewer ("up to 50"). */
  | 'AT_MOST'
  /** Exactly this number ("two officers"). */
  | 'EXACT'
  /** No number is given ("thousands", "volleys"); value is null. */
  | 'INDEFINITE'
  /** Strictly fewer than this number ("under 50"). */
  | 'LESS_THAN'
  /** Strictly more than this number ("more than 10,000"). */
  | 'MORE_THAN';

/** The entity types search can be limited to. */
export type SearchType =
  /** Actors (name, aliases, role, description). */
  | 'ACTOR'
  /** Articles (title, subtitle and full text). */
  | 'ARTICLE'
  /** Events (title, summary and evidence). */
  | 'EVENT'
  /** Places (name and aliases). */
  | 'PLACE'
  /** Statements (text and evidence). */
  | 'STATEMENT'
  /** Weapon systems (name, aliases, description). */
  | 'WEAPON_SYSTEM';

/** Criteria for statements. Fields combine with AND; the values inside one list combine with OR. Id lists take at most 100 global ids. */
export type StatementFilter = {
  /** Statements about any of these entities (global ids of any type). */
  aboutIds?: Array<string | number> | null | undefined;
  /** Statements reported by any of these articles. */
  articleIds?: Array<string | number> | null | undefined;
  /** How `saidOn` must match the window (default OVERLAPS). Statements with no date never match a window. */
  dateMatch?: DateMatch | null | undefined;
  /** Start of the window for when it was said (inclusive). */
  from?: string | null | undefined;
  /** Statements of any of these kinds. */
  kinds?: Array<StatementKind> | null | undefined;
  /** Statements made at any of these events. */
  occasionIds?: Array<string | number> | null | undefined;
  /** Statements relayed by any of these actors (KCNA, state media, …). */
  reportedByIds?: Array<string | number> | null | undefined;
  /** Statements said by any of these actors. */
  speakerIds?: Array<string | number> | null | undefined;
  /** Case- and accent-insensitive text in the statement or its evidence (at most 256 characters). */
  text?: string | null | undefined;
  /** End of the window for when it was said (inclusive). */
  to?: string | null | undefined;
};

/** How the source renders what was said. */
export type StatementKind =
  /** An assertion of fact attributed to the speaker ("intelligence agencies have reported…"). */
  | 'CLAIM'
  /** The speaker's words, quoted in full; `text` is verbatim. */
  | 'DIRECT_QUOTE'
  /** What the speaker said, in the reporter's words. */
  | 'PARAPHRASE'
  /** Reported speech with some words quoted ("for real war"); `text` is the source's sentence. */
  | 'PARTIAL_QUOTE';

/** An order for statements. Ties are broken by reading order, so paging is stable. */
export type StatementOrder = {
  /** Which way (default ASC). */
  direction?: OrderDirection | null | undefined;
  /** What to order by. */
  field: StatementOrderField;
};

/** What statements can be ordered by. */
export type StatementOrderField =
  /** Reading order: by article, then by where the statement first appears in it. */
  | 'POSITION'
  /** When it was said (first known day); undated statements last. */
  | 'SAID_ON';

/** What sort of weapon system it is. */
export type WeaponCategory =
  /** Guns and howitzers. */
  | 'ARTILLERY'
  /** Shells for artillery. */
  | 'ARTILLERY_AMMUNITION'
  /** Missiles that fly a ballistic path, including ICBMs. */
  | 'BALLISTIC_MISSILE'
  /** Guided missiles that fly a powered, mostly level path. */
  | 'CRUISE_MISSILE'
  /** Missiles whose type the source does not give. */
  | 'MISSILE'
  /** Nuclear warheads and nuclear forces. */
  | 'NUCLEAR_WEAPON'
  /** Rocket launchers and rocket systems. */
  | 'ROCKET_ARTILLERY'
  /** Systems the source describes without saying what they are ("various nuclear-capable systems"). */
  | 'UNSPECIFIED';

export type FuzzyDateFieldsFragment = { start: string | null, end: string | null, precision: DatePrecision, text: string | null, edtf: string };

type Named_Actor_Fragment = { __typename: 'Actor', slug: string, name: string, id: string };

type Named_Article_Fragment = { __typename: 'Article', slug: string, title: string, id: string };

type Named_Event_Fragment = { __typename: 'Event', slug: string, title: string, id: string };

type Named_Place_Fragment = { __typename: 'Place', slug: string, name: string, id: string };

type Named_Statement_Fragment = { __typename: 'Statement', slug: string, text: string, id: string };

type Named_WeaponSystem_Fragment = { __typename: 'WeaponSystem', slug: string, name: string, id: string };

export type NamedFragment =
  | Named_Actor_Fragment
  | Named_Article_Fragment
  | Named_Event_Fragment
  | Named_Place_Fragment
  | Named_Statement_Fragment
  | Named_WeaponSystem_Fragment
;

export type ActorRefFragment = { id: string, slug: string, name: string };

export type EventRefFragment = { id: string, slug: string, title: string };

export type PlaceRefFragment = { id: string, slug: string, name: string };

export type WeaponSystemRefFragment = { id: string, slug: string, name: string };

export type StatementLineFragment = { id: string, slug: string, text: string, speaker: { id: string, name: string } };

export type PageFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type ConnectionsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  kinds?: Array<ActorLinkKind> | ActorLinkKind | null | undefined;
}>;


export type ConnectionsQuery = { connections: { totalCount: number, isComplete: boolean, edges: Array<{ cursor: string, node: { length: number, evidenceCount: number, links: Array<{ kind: ActorLinkKind, from: { id: string, slug: string, name: string }, to: { id: string, slug: string, name: string }, event: { id: string, slug: string, title: string } | null, statement: { id: string, slug: string, text: string } | null, evidence: Array<{ start: number, end: number, exact: string, article: { id: string, slug: string } }> }> } }> } };

export type ArticleEvidenceQueryVariables = Exact<{
  slug: string;
}>;


export type ArticleEvidenceQuery = { article: { url: string | null, id: string, slug: string, title: string, bylines: Array<string>, publishedOn: string, body: string, actors: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string } }> }, events: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, text: string, speaker: { id: string, name: string } } }> }, weaponSystems: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string } }> } } | null };

export type ArticleTextFragment = { id: string, slug: string, title: string, bylines: Array<string>, publishedOn: string, body: string };

export type SpanFragment = { start: number, end: number, exact: string, article: { id: string } };

export type EventEvidenceQueryVariables = Exact<{
  slug: string;
}>;


export type EventEvidenceQuery = { event: { id: string, slug: string, title: string, summary: string, type: EventType, date: { start: string | null, end: string | null, precision: DatePrecision, text: string | null, edtf: string }, location: { id: string, slug: string, name: string, country: { id: string, slug: string, name: string } | null } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, slug: string, name: string } }>, weaponSystems: Array<{ category: WeaponCategory, id: string, slug: string, name: string }>, quantities: Array<{ measure: string, qualifier: QuantityQualifier, text: string }>, claims: Array<{ id: string, slug: string, attribution: string }>, statements: Array<{ id: string, slug: string, text: string, speaker: { id: string, name: string } }>, partOf: { id: string, slug: string, title: string } | null, parts: Array<{ id: string, slug: string, title: string }>, related: Array<{ id: string, slug: string, title: string }>, articles: { edges: Array<{ node: { id: string, slug: string, title: string, bylines: Array<string>, publishedOn: string, body: string } }> }, evidence: Array<{ start: number, end: number, exact: string, article: { id: string } }> } | null };

export type WeaponSystemMentionsQueryVariables = Exact<{
  slug: string;
}>;


export type WeaponSystemMentionsQuery = { weaponSystem: { id: string, name: string, category: WeaponCategory, description: string | null, operators: Array<{ id: string, slug: string, name: string }>, events: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string } }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, text: string, speaker: { id: string, name: string } } }> }, mentions: Array<{ start: number, end: number, exact: string, article: { id: string, slug: string, title: string, bylines: Array<string>, publishedOn: string, body: string } }> } | null };

export type PlaceMentionsQueryVariables = Exact<{
  slug: string;
}>;


export type PlaceMentionsQuery = { place: { id: string, name: string, kind: PlaceKind, country: { id: string, slug: string, name: string } | null, places: { edges: Array<{ node: { id: string, slug: string, name: string } }> }, events: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string } }> }, mentions: Array<{ start: number, end: number, exact: string, article: { id: string, slug: string, title: string, bylines: Array<string>, publishedOn: string, body: string } }> } | null };

export type ActorMentionsQueryVariables = Exact<{
  slug: string;
}>;


export type ActorMentionsQuery = { actor: { id: string, slug: string, name: string, kind: ActorKind, role: string | null, description: string | null, mentions: Array<{ start: number, end: number, exact: string, article: { id: string, slug: string, title: string, bylines: Array<string>, publishedOn: string, body: string } }>, affiliation: { id: string, slug: string, name: string } | null, members: { edges: Array<{ node: { id: string, slug: string, name: string } }> }, relations: { totalCount: number, edges: Array<{ weight: number, kinds: Array<ActorLinkKind>, node: { id: string, slug: string, name: string }, events: Array<{ id: string, slug: string, title: string }> }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, text: string, kind: StatementKind, saidOn: { text: string | null, edtf: string } | null } }> }, reportedStatements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, text: string, speaker: { id: string, name: string } } }> }, participations: Array<{ role: ParticipantRole, event: { id: string, slug: string, title: string, date: { text: string | null, edtf: string } } }> } | null };

export type StatementEvidenceQueryVariables = Exact<{
  slug: string;
}>;


export type StatementEvidenceQuery = { statement: { id: string, slug: string, text: string, kind: StatementKind, attribution: string, speaker: { id: string, slug: string, name: string }, reportedBy: Array<{ id: string, slug: string, name: string }>, saidOn: { start: string | null, end: string | null, precision: DatePrecision, text: string | null, edtf: string } | null, occasion: { id: string, slug: string, title: string } | null, asserts: Array<{ id: string, slug: string, title: string }>, about: Array<
      | { __typename: 'Actor', slug: string, name: string, id: string }
      | { __typename: 'Article', slug: string, title: string, id: string }
      | { __typename: 'Event', slug: string, title: string, id: string }
      | { __typename: 'Place', slug: string, name: string, id: string }
      | { __typename: 'Statement', slug: string, text: string, id: string }
      | { __typename: 'WeaponSystem', slug: string, name: string, id: string }
    >, article: { id: string, slug: string, title: string, bylines: Array<string>, publishedOn: string, body: string }, evidence: Array<{ start: number, end: number, exact: string, article: { id: string } }> } | null };

export type MapPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type MapPlacesQuery = { places: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, kind: PlaceKind, coordinates: { latitude: number, longitude: number } | null, country: { id: string, name: string } | null, events: { totalCount: number } } }> } };

export type MapPlaceEventsQueryVariables = Exact<{
  slug: string;
}>;


export type MapPlaceEventsQuery = { place: { id: string, events: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, date: { text: string | null, edtf: string } } }> } } | null };

export type ActorFactsFragment = { id: string, slug: string, name: string, kind: ActorKind, role: string | null, description: string | null, affiliation: { id: string, slug: string, name: string } | null, members: { edges: Array<{ node: { id: string, slug: string, name: string } }> }, relations: { totalCount: number, edges: Array<{ weight: number, kinds: Array<ActorLinkKind>, node: { id: string, slug: string, name: string }, events: Array<{ id: string, slug: string, title: string }> }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, text: string, kind: StatementKind, saidOn: { text: string | null, edtf: string } | null } }> }, reportedStatements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, text: string, speaker: { id: string, name: string } } }> }, participations: Array<{ role: ParticipantRole, event: { id: string, slug: string, title: string, date: { text: string | null, edtf: string } } }> };

export type ActorPanelQueryVariables = Exact<{
  slug: string;
}>;


export type ActorPanelQuery = { actor: { id: string, slug: string, name: string, kind: ActorKind, role: string | null, description: string | null, affiliation: { id: string, slug: string, name: string } | null, members: { edges: Array<{ node: { id: string, slug: string, name: string } }> }, relations: { totalCount: number, edges: Array<{ weight: number, kinds: Array<ActorLinkKind>, node: { id: string, slug: string, name: string }, events: Array<{ id: string, slug: string, title: string }> }> }, statements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, text: string, kind: StatementKind, saidOn: { text: string | null, edtf: string } | null } }> }, reportedStatements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, text: string, speaker: { id: string, name: string } } }> }, participations: Array<{ role: ParticipantRole, event: { id: string, slug: string, title: string, date: { text: string | null, edtf: string } } }> } | null };

export type NetworkQueryVariables = Exact<{
  kinds?: Array<ActorLinkKind> | ActorLinkKind | null | undefined;
}>;


export type NetworkQuery = { actors: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string, kind: ActorKind, relations: { edges: Array<{ weight: number, node: { id: string, slug: string }, links: Array<{ kind: ActorLinkKind, from: { id: string, slug: string }, to: { id: string, slug: string } }> }> } } }> } };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: Array<SearchType> | SearchType | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, edges: Array<{ cursor: string, score: number, snippet: string, node:
        | { __typename: 'Actor', id: string, slug: string, name: string, actorKind: ActorKind }
        | { __typename: 'Article', id: string, slug: string, title: string }
        | { __typename: 'Event', id: string, slug: string, title: string, type: EventType }
        | { __typename: 'Place', id: string, slug: string, name: string, placeKind: PlaceKind }
        | { __typename: 'Statement', id: string, slug: string, statementKind: StatementKind, speaker: { id: string, name: string } }
        | { __typename: 'WeaponSystem', id: string, slug: string, name: string, category: WeaponCategory }
       }> } };

export type TableOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TableOptionsQuery = { actors: { edges: Array<{ node: { id: string, slug: string, name: string } }> }, places: { edges: Array<{ node: { id: string, slug: string, name: string } }> }, weaponSystems: { edges: Array<{ node: { id: string, slug: string, name: string } }> } };

export type EventTableQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  orderBy?: EventOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EventTableQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, type: EventType, date: { start: string | null, end: string | null, precision: DatePrecision, text: string | null, edtf: string }, location: { id: string, slug: string, name: string } | null, participants: Array<{ actor: { id: string, slug: string, name: string } }>, weaponSystems: Array<{ id: string, slug: string, name: string }> } }> } };

export type StatementTableQueryVariables = Exact<{
  filter?: StatementFilter | null | undefined;
  orderBy?: StatementOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type StatementTableQuery = { statements: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, text: string, kind: StatementKind, saidOn: { start: string | null, end: string | null, precision: DatePrecision, text: string | null, edtf: string } | null, speaker: { id: string, slug: string, name: string }, reportedBy: Array<{ id: string, slug: string, name: string }> } }> } };

export type ActorOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ActorOptionsQuery = { actors: { totalCount: number, edges: Array<{ node: { id: string, slug: string, name: string } }> } };

export type TimelineQueryVariables = Exact<{
  actorIds?: Array<string | number> | string | number | null | undefined;
  types?: Array<EventType> | EventType | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  anyFrom: string;
  anyTo: string;
  dateMatch?: DateMatch | null | undefined;
}>;


export type TimelineQuery = { timeline: { totalCount: number, edges: Array<{ cursor: string, date: { start: string | null, end: string | null, precision: DatePrecision, text: string | null, edtf: string }, node:
        | { __typename: 'Event', id: string, slug: string, title: string, type: EventType }
        | { __typename: 'Statement', id: string, slug: string, text: string, kind: StatementKind, speaker: { id: string, name: string } }
       }> }, events: { facets: { types: Array<{ value: EventType, count: number }> } }, eventsPerActor: { facets: { actors: Array<{ count: number, actor: { id: string, slug: string } }> } }, statementsPerSpeaker: { facets: { actors: Array<{ count: number, actor: { id: string, slug: string } }> } }, undatedEvents: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, date: { precision: DatePrecision } } }> }, undatedStatements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, text: string, saidOn: { edtf: string } | null, occasion: { id: string, type: EventType } | null, speaker: { id: string, name: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FuzzyDateFieldsFragmentDoc = new TypedDocumentString(`
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  text
  edtf
}
    `, {"fragmentName":"FuzzyDateFields"}) as unknown as TypedDocumentString<FuzzyDateFieldsFragment, unknown>;
export const NamedFragmentDoc = new TypedDocumentString(`
    fragment Named on Node {
  __typename
  id
  ... on Actor {
    slug
    name
  }
  ... on Event {
    slug
    title
  }
  ... on Statement {
    slug
    text
  }
  ... on Place {
    slug
    name
  }
  ... on WeaponSystem {
    slug
    name
  }
  ... on Article {
    slug
    title
  }
}
    `, {"fragmentName":"Named"}) as unknown as TypedDocumentString<NamedFragment, unknown>;
export const ActorRefFragmentDoc = new TypedDocumentString(`
    fragment ActorRef on Actor {
  id
  slug
  name
}
    `, {"fragmentName":"ActorRef"}) as unknown as TypedDocumentString<ActorRefFragment, unknown>;
export const PlaceRefFragmentDoc = new TypedDocumentString(`
    fragment PlaceRef on Place {
  id
  slug
  name
}
    `, {"fragmentName":"PlaceRef"}) as unknown as TypedDocumentString<PlaceRefFragment, unknown>;
export const WeaponSystemRefFragmentDoc = new TypedDocumentString(`
    fragment WeaponSystemRef on WeaponSystem {
  id
  slug
  name
}
    `, {"fragmentName":"WeaponSystemRef"}) as unknown as TypedDocumentString<WeaponSystemRefFragment, unknown>;
export const PageFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageFields"}) as unknown as TypedDocumentString<PageFieldsFragment, unknown>;
export const ArticleTextFragmentDoc = new TypedDocumentString(`
    fragment ArticleText on Article {
  id
  slug
  title
  bylines
  publishedOn
  body
}
    `, {"fragmentName":"ArticleText"}) as unknown as TypedDocumentString<ArticleTextFragment, unknown>;
export const SpanFragmentDoc = new TypedDocumentString(`
    fragment Span on TextSpan {
  start
  end
  exact
  article {
    id
  }
}
    `, {"fragmentName":"Span"}) as unknown as TypedDocumentString<SpanFragment, unknown>;
export const EventRefFragmentDoc = new TypedDocumentString(`
    fragment EventRef on Event {
  id
  slug
  title
}
    `, {"fragmentName":"EventRef"}) as unknown as TypedDocumentString<EventRefFragment, unknown>;
export const StatementLineFragmentDoc = new TypedDocumentString(`
    fragment StatementLine on Statement {
  id
  slug
  text
  speaker {
    id
    name
  }
}
    `, {"fragmentName":"StatementLine"}) as unknown as TypedDocumentString<StatementLineFragment, unknown>;
export const ActorFactsFragmentDoc = new TypedDocumentString(`
    fragment ActorFacts on Actor {
  id
  slug
  name
  kind
  role
  description
  affiliation {
    id
    slug
    name
  }
  members(first: 50) {
    edges {
      node {
        id
        slug
        name
      }
    }
  }
  relations(first: 10) {
    totalCount
    edges {
      weight
      kinds
      node {
        id
        slug
        name
      }
      events {
        ...EventRef
      }
    }
  }
  statements(first: 20) {
    totalCount
    edges {
      node {
        id
        slug
        text
        kind
        saidOn {
          text
          edtf
        }
      }
    }
  }
  reportedStatements(first: 20) {
    totalCount
    edges {
      node {
        ...StatementLine
      }
    }
  }
  participations {
    role
    event {
      id
      slug
      title
      date {
        text
        edtf
      }
    }
  }
}
    fragment EventRef on Event {
  id
  slug
  title
}
fragment StatementLine on Statement {
  id
  slug
  text
  speaker {
    id
    name
  }
}`, {"fragmentName":"ActorFacts"}) as unknown as TypedDocumentString<ActorFactsFragment, unknown>;
export const ConnectionsDocument = new TypedDocumentString(`
    query Connections($from: ID!, $to: ID!, $maxHops: Int, $kinds: [ActorLinkKind!]) {
  connections(from: $from, to: $to, maxHops: $maxHops, kinds: $kinds, first: 25) {
    totalCount
    isComplete
    edges {
      cursor
      node {
        length
        evidenceCount
        links {
          kind
          from {
            id
            slug
            name
          }
          to {
            id
            slug
            name
          }
          event {
            id
            slug
            title
          }
          statement {
            id
            slug
            text
          }
          evidence {
            start
            end
            exact
            article {
              id
              slug
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConnectionsQuery, ConnectionsQueryVariables>;
export const ArticleEvidenceDocument = new TypedDocumentString(`
    query ArticleEvidence($slug: String!) {
  article(slug: $slug) {
    ...ArticleText
    url
    actors(first: 100) {
      totalCount
      edges {
        node {
          ...ActorRef
        }
      }
    }
    events(first: 100) {
      totalCount
      edges {
        node {
          ...EventRef
        }
      }
    }
    statements(first: 100) {
      totalCount
      edges {
        node {
          ...StatementLine
        }
      }
    }
    weaponSystems(first: 100) {
      totalCount
      edges {
        node {
          ...WeaponSystemRef
        }
      }
    }
  }
}
    fragment ActorRef on Actor {
  id
  slug
  name
}
fragment EventRef on Event {
  id
  slug
  title
}
fragment WeaponSystemRef on WeaponSystem {
  id
  slug
  name
}
fragment StatementLine on Statement {
  id
  slug
  text
  speaker {
    id
    name
  }
}
fragment ArticleText on Article {
  id
  slug
  title
  bylines
  publishedOn
  body
}`) as unknown as TypedDocumentString<ArticleEvidenceQuery, ArticleEvidenceQueryVariables>;
export const EventEvidenceDocument = new TypedDocumentString(`
    query EventEvidence($slug: String!) {
  event(slug: $slug) {
    id
    slug
    title
    summary
    type
    date {
      ...FuzzyDateFields
    }
    location {
      id
      slug
      name
      country {
        id
        slug
        name
      }
    }
    participants {
      role
      actor {
        id
        slug
        name
      }
    }
    weaponSystems {
      ...WeaponSystemRef
      category
    }
    quantities {
      measure
      qualifier
      text
    }
    claims {
      id
      slug
      attribution
    }
    statements {
      ...StatementLine
    }
    partOf {
      ...EventRef
    }
    parts {
      ...EventRef
    }
    related {
      ...EventRef
    }
    articles(first: 10) {
      edges {
        node {
          ...ArticleText
        }
      }
    }
    evidence {
      ...Span
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  text
  edtf
}
fragment EventRef on Event {
  id
  slug
  title
}
fragment WeaponSystemRef on WeaponSystem {
  id
  slug
  name
}
fragment StatementLine on Statement {
  id
  slug
  text
  speaker {
    id
    name
  }
}
fragment ArticleText on Article {
  id
  slug
  title
  bylines
  publishedOn
  body
}
fragment Span on TextSpan {
  start
  end
  exact
  article {
    id
  }
}`) as unknown as TypedDocumentString<EventEvidenceQuery, EventEvidenceQueryVariables>;
export const WeaponSystemMentionsDocument = new TypedDocumentString(`
    query WeaponSystemMentions($slug: String!) {
  weaponSystem(slug: $slug) {
    id
    name
    category
    description
    operators {
      ...ActorRef
    }
    events(first: 100) {
      totalCount
      edges {
        node {
          ...EventRef
        }
      }
    }
    statements(first: 100) {
      totalCount
      edges {
        node {
          ...StatementLine
        }
      }
    }
    mentions {
      ...Span
      article {
        ...ArticleText
      }
    }
  }
}
    fragment ActorRef on Actor {
  id
  slug
  name
}
fragment EventRef on Event {
  id
  slug
  title
}
fragment StatementLine on Statement {
  id
  slug
  text
  speaker {
    id
    name
  }
}
fragment ArticleText on Article {
  id
  slug
  title
  bylines
  publishedOn
  body
}
fragment Span on TextSpan {
  start
  end
  exact
  article {
    id
  }
}`) as unknown as TypedDocumentString<WeaponSystemMentionsQuery, WeaponSystemMentionsQueryVariables>;
export const PlaceMentionsDocument = new TypedDocumentString(`
    query PlaceMentions($slug: String!) {
  place(slug: $slug) {
    id
    name
    kind
    country {
      ...PlaceRef
    }
    places(first: 100) {
      edges {
        node {
          ...PlaceRef
        }
      }
    }
    events(first: 100) {
      totalCount
      edges {
        node {
          ...EventRef
        }
      }
    }
    mentions {
      ...Span
      article {
        ...ArticleText
      }
    }
  }
}
    fragment EventRef on Event {
  id
  slug
  title
}
fragment PlaceRef on Place {
  id
  slug
  name
}
fragment ArticleText on Article {
  id
  slug
  title
  bylines
  publishedOn
  body
}
fragment Span on TextSpan {
  start
  end
  exact
  article {
    id
  }
}`) as unknown as TypedDocumentString<PlaceMentionsQuery, PlaceMentionsQueryVariables>;
export const ActorMentionsDocument = new TypedDocumentString(`
    query ActorMentions($slug: String!) {
  actor(slug: $slug) {
    ...ActorFacts
    mentions {
      ...Span
      article {
        ...ArticleText
      }
    }
  }
}
    fragment EventRef on Event {
  id
  slug
  title
}
fragment StatementLine on Statement {
  id
  slug
  text
  speaker {
    id
    name
  }
}
fragment ArticleText on Article {
  id
  slug
  title
  bylines
  publishedOn
  body
}
fragment Span on TextSpan {
  start
  end
  exact
  article {
    id
  }
}
fragment ActorFacts on Actor {
  id
  slug
  name
  kind
  role
  description
  affiliation {
    id
    slug
    name
  }
  members(first: 50) {
    edges {
      node {
        id
        slug
        name
      }
    }
  }
  relations(first: 10) {
    totalCount
    edges {
      weight
      kinds
      node {
        id
        slug
        name
      }
      events {
        ...EventRef
      }
    }
  }
  statements(first: 20) {
    totalCount
    edges {
      node {
        id
        slug
        text
        kind
        saidOn {
          text
          edtf
        }
      }
    }
  }
  reportedStatements(first: 20) {
    totalCount
    edges {
      node {
        ...StatementLine
      }
    }
  }
  participations {
    role
    event {
      id
      slug
      title
      date {
        text
        edtf
      }
    }
  }
}`) as unknown as TypedDocumentString<ActorMentionsQuery, ActorMentionsQueryVariables>;
export const StatementEvidenceDocument = new TypedDocumentString(`
    query StatementEvidence($slug: String!) {
  statement(slug: $slug) {
    id
    slug
    text
    kind
    attribution
    speaker {
      id
      slug
      name
    }
    reportedBy {
      id
      slug
      name
    }
    saidOn {
      ...FuzzyDateFields
    }
    occasion {
      id
      slug
      title
    }
    asserts {
      id
      slug
      title
    }
    about {
      ...Named
    }
    article {
      ...ArticleText
    }
    evidence {
      ...Span
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  text
  edtf
}
fragment Named on Node {
  __typename
  id
  ... on Actor {
    slug
    name
  }
  ... on Event {
    slug
    title
  }
  ... on Statement {
    slug
    text
  }
  ... on Place {
    slug
    name
  }
  ... on WeaponSystem {
    slug
    name
  }
  ... on Article {
    slug
    title
  }
}
fragment ArticleText on Article {
  id
  slug
  title
  bylines
  publishedOn
  body
}
fragment Span on TextSpan {
  start
  end
  exact
  article {
    id
  }
}`) as unknown as TypedDocumentString<StatementEvidenceQuery, StatementEvidenceQueryVariables>;
export const MapPlacesDocument = new TypedDocumentString(`
    query MapPlaces {
  places(first: 100) {
    totalCount
    edges {
      node {
        id
        slug
        name
        kind
        coordinates {
          latitude
          longitude
        }
        country {
          id
          name
        }
        events(first: 0) {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MapPlacesQuery, MapPlacesQueryVariables>;
export const MapPlaceEventsDocument = new TypedDocumentString(`
    query MapPlaceEvents($slug: String!) {
  place(slug: $slug) {
    id
    events(first: 50) {
      totalCount
      edges {
        node {
          id
          slug
          title
          date {
            text
            edtf
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MapPlaceEventsQuery, MapPlaceEventsQueryVariables>;
export const ActorPanelDocument = new TypedDocumentString(`
    query ActorPanel($slug: String!) {
  actor(slug: $slug) {
    ...ActorFacts
  }
}
    fragment EventRef on Event {
  id
  slug
  title
}
fragment StatementLine on Statement {
  id
  slug
  text
  speaker {
    id
    name
  }
}
fragment ActorFacts on Actor {
  id
  slug
  name
  kind
  role
  description
  affiliation {
    id
    slug
    name
  }
  members(first: 50) {
    edges {
      node {
        id
        slug
        name
      }
    }
  }
  relations(first: 10) {
    totalCount
    edges {
      weight
      kinds
      node {
        id
        slug
        name
      }
      events {
        ...EventRef
      }
    }
  }
  statements(first: 20) {
    totalCount
    edges {
      node {
        id
        slug
        text
        kind
        saidOn {
          text
          edtf
        }
      }
    }
  }
  reportedStatements(first: 20) {
    totalCount
    edges {
      node {
        ...StatementLine
      }
    }
  }
  participations {
    role
    event {
      id
      slug
      title
      date {
        text
        edtf
      }
    }
  }
}`) as unknown as TypedDocumentString<ActorPanelQuery, ActorPanelQueryVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($kinds: [ActorLinkKind!]) {
  actors(first: 30, orderBy: {field: EVENT_COUNT, direction: DESC}) {
    totalCount
    edges {
      node {
        id
        slug
        name
        kind
        relations(first: 20, kinds: $kinds) {
          edges {
            weight
            node {
              id
              slug
            }
            links {
              kind
              from {
                id
                slug
              }
              to {
                id
                slug
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $types: [SearchType!]) {
  search(query: $query, types: $types, first: 25) {
    totalCount
    edges {
      cursor
      score
      snippet
      node {
        __typename
        ... on Actor {
          id
          slug
          name
          actorKind: kind
        }
        ... on Article {
          id
          slug
          title
        }
        ... on Event {
          id
          slug
          title
          type
        }
        ... on Statement {
          id
          slug
          statementKind: kind
          speaker {
            id
            name
          }
        }
        ... on WeaponSystem {
          id
          slug
          name
          category
        }
        ... on Place {
          id
          slug
          name
          placeKind: kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const TableOptionsDocument = new TypedDocumentString(`
    query TableOptions {
  actors(first: 100, orderBy: {field: NAME}) {
    edges {
      node {
        ...ActorRef
      }
    }
  }
  places(first: 100) {
    edges {
      node {
        ...PlaceRef
      }
    }
  }
  weaponSystems(first: 100) {
    edges {
      node {
        ...WeaponSystemRef
      }
    }
  }
}
    fragment ActorRef on Actor {
  id
  slug
  name
}
fragment PlaceRef on Place {
  id
  slug
  name
}
fragment WeaponSystemRef on WeaponSystem {
  id
  slug
  name
}`) as unknown as TypedDocumentString<TableOptionsQuery, TableOptionsQueryVariables>;
export const EventTableDocument = new TypedDocumentString(`
    query EventTable($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String, $last: Int, $before: String) {
  events(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      cursor
      node {
        id
        slug
        title
        type
        date {
          ...FuzzyDateFields
        }
        location {
          id
          slug
          name
        }
        participants {
          actor {
            id
            slug
            name
          }
        }
        weaponSystems {
          id
          slug
          name
        }
      }
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  text
  edtf
}
fragment PageFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<EventTableQuery, EventTableQueryVariables>;
export const StatementTableDocument = new TypedDocumentString(`
    query StatementTable($filter: StatementFilter, $orderBy: StatementOrder, $first: Int, $after: String, $last: Int, $before: String) {
  statements(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    pageInfo {
      ...PageFields
    }
    edges {
      cursor
      node {
        id
        slug
        text
        kind
        saidOn {
          ...FuzzyDateFields
        }
        speaker {
          id
          slug
          name
        }
        reportedBy {
          id
          slug
          name
        }
      }
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  text
  edtf
}
fragment PageFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<StatementTableQuery, StatementTableQueryVariables>;
export const ActorOptionsDocument = new TypedDocumentString(`
    query ActorOptions {
  actors(first: 100, orderBy: {field: NAME}) {
    totalCount
    edges {
      node {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorOptionsQuery, ActorOptionsQueryVariables>;
export const TimelineDocument = new TypedDocumentString(`
    query Timeline($actorIds: [ID!], $types: [EventType!], $from: Date, $to: Date, $anyFrom: Date!, $anyTo: Date!, $dateMatch: DateMatch) {
  timeline(
    actorIds: $actorIds
    types: $types
    from: $from
    to: $to
    dateMatch: $dateMatch
    first: 100
  ) {
    totalCount
    edges {
      cursor
      date {
        ...FuzzyDateFields
      }
      node {
        __typename
        ... on Event {
          id
          slug
          title
          type
        }
        ... on Statement {
          id
          slug
          text
          kind
          speaker {
            id
            name
          }
        }
      }
    }
  }
  events(
    filter: {actorIds: $actorIds, from: $from, to: $to, dateMatch: $dateMatch}
    first: 0
  ) {
    facets {
      types {
        value
        count
      }
    }
  }
  eventsPerActor: events(
    filter: {types: $types, from: $anyFrom, to: $anyTo, dateMatch: $dateMatch}
    first: 0
  ) {
    facets {
      actors {
        actor {
          id
          slug
        }
        count
      }
    }
  }
  statementsPerSpeaker: statements(
    filter: {from: $anyFrom, to: $anyTo, dateMatch: $dateMatch}
    first: 0
  ) {
    facets {
      actors {
        actor {
          id
          slug
        }
        count
      }
    }
  }
  undatedEvents: events(filter: {actorIds: $actorIds, types: $types}, first: 100) {
    totalCount
    edges {
      node {
        id
        slug
        title
        date {
          precision
        }
      }
    }
  }
  undatedStatements: statements(filter: {speakerIds: $actorIds}, first: 100) {
    totalCount
    edges {
      node {
        id
        slug
        text
        saidOn {
          edtf
        }
        occasion {
          id
          type
        }
        speaker {
          id
          name
        }
      }
    }
  }
}
    fragment FuzzyDateFields on FuzzyDate {
  start
  end
  precision
  text
  edtf
}`) as unknown as TypedDocumentString<TimelineQuery, TimelineQueryVariables>;