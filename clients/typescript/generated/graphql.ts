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

/** The fuel a rocket or missile burns. */
export type Propellant =
  /** Liquid fuel. */
  | 'LIQUID'
  /** Solid fuel. */
  | 'SOLID';

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

export type QuoteCardQueryVariables = Exact<{
  slug: string;
}>;


export type QuoteCardQuery = { statement: { text: string, kind: StatementKind, attribution: string, speaker: { name: string }, saidOn: { text: string | null } | null, evidence: Array<{ exact: string, start: number, end: number }> } | null };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { articles: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, publishedOn: string, bylines: Array<string> } }> }, actors: { totalCount: number }, weaponSystems: { totalCount: number }, places: { totalCount: number }, events: { totalCount: number, facets: { types: Array<{ value: EventType, count: number }>, years: Array<{ value: string, count: number }> } }, statements: { totalCount: number, facets: { kinds: Array<{ value: StatementKind, count: number }>, actors: Array<{ count: number, actor: { id: string, name: string } }> } } };

export type KimOnNuclearForcesQueryVariables = Exact<{
  speaker?: string | number | null | undefined;
  about?: string | number | null | undefined;
}>;


export type KimOnNuclearForcesQuery = { statements: { totalCount: number, edges: Array<{ node: { id: string, slug: string, kind: StatementKind, text: string, attribution: string, speaker: { id: string, name: string, role: string | null }, reportedBy: Array<{ id: string, name: string, kind: ActorKind }>, saidOn: { text: string | null, edtf: string } | null, occasion: { id: string, title: string } | null, evidence: Array<{ exact: string, prefix: string, suffix: string, start: number, end: number }> } }> } };

export type WeaponsTestsByDateQueryVariables = Exact<{ [key: string]: never; }>;


export type WeaponsTestsByDateQuery = { events: { totalCount: number, facets: { years: Array<{ value: string, count: number }> }, edges: Array<{ node: { id: string, title: string, date: { start: string | null, end: string | null, precision: DatePrecision, text: string | null, edtf: string }, weaponSystems: Array<{ id: string, name: string, category: WeaponCategory, propellant: Propellant | null, nuclearCapable: boolean | null, range: { text: string } | null }>, evidence: Array<{ exact: string }> } }> } };

export type WhatHappenedInKurskQueryVariables = Exact<{
  place?: string | null | undefined;
}>;


export type WhatHappenedInKurskQuery = { place: { id: string, name: string, kind: PlaceKind, country: { id: string, name: string } | null, events: { totalCount: number, edges: Array<{ node: { id: string, title: string, type: EventType, date: { text: string | null, edtf: string }, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string } }>, quantities: Array<{ measure: string, qualifier: QuantityQualifier, value: number | null, text: string }>, claims: Array<{ id: string, speaker: { id: string, name: string } }> } }> } } | null };

export type RussiaNorthKoreaQueryVariables = Exact<{
  actor?: string | null | undefined;
  leader?: string | number | null | undefined;
  partner?: string | number | null | undefined;
}>;


export type RussiaNorthKoreaQuery = { actor: { id: string, name: string, relations: { totalCount: number, edges: Array<{ weight: number, node: { id: string, name: string, kind: ActorKind }, events: Array<{ id: string, title: string, type: EventType, date: { text: string | null, edtf: string } }> }> } } | null, statements: { edges: Array<{ node: { id: string, text: string, kind: StatementKind, attribution: string, evidence: Array<{ exact: string }> } }> } };

export type EvidenceFor10000TroopsQueryVariables = Exact<{
  event?: string | null | undefined;
}>;


export type EvidenceFor10000TroopsQuery = { event: { id: string, title: string, date: { text: string | null, edtf: string }, location: { id: string, name: string } | null, quantities: Array<{ measure: string, value: number | null, qualifier: QuantityQualifier, unit: string, text: string }>, claims: Array<{ id: string, kind: StatementKind, text: string, attribution: string, speaker: { id: string, name: string, kind: ActorKind }, evidence: Array<{ exact: string, start: number, end: number }> }>, evidence: Array<{ exact: string, prefix: string, suffix: string, start: number, end: number, article: { id: string, title: string, bodyDigest: string } }> } | null };

export type SearchMissilesQueryVariables = Exact<{
  query?: string | null | undefined;
}>;


export type SearchMissilesQuery = { search: { totalCount: number, edges: Array<{ score: number, snippet: string, node:
        | { __typename: 'Actor', id: string, name: string }
        | { __typename: 'Article', id: string, title: string }
        | { __typename: 'Event', id: string, title: string, type: EventType }
        | { __typename: 'Place', id: string, name: string }
        | { __typename: 'Statement', id: string, text: string, speaker: { id: string, name: string } }
        | { __typename: 'WeaponSystem', id: string, name: string, category: WeaponCategory }
       }> } };

export type Timeline2024QueryVariables = Exact<{ [key: string]: never; }>;


export type Timeline2024Query = { timeline: { totalCount: number, edges: Array<{ date: { start: string | null, end: string | null, precision: DatePrecision, text: string | null, edtf: string }, node:
        | { __typename: 'Event', id: string, title: string, type: EventType, location: { id: string, name: string } | null }
        | { __typename: 'Statement', id: string, text: string, speaker: { id: string, name: string } }
       }> } };

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

export const QuoteCardDocument = new TypedDocumentString(`
    query QuoteCard($slug: String!) {
  statement(slug: $slug) {
    text
    kind
    speaker {
      name
    }
    attribution
    saidOn {
      text
    }
    evidence {
      exact
      start
      end
    }
  }
}
    `, {"hash":"sha256:7ba526091d363d8f42e3e0efa0c48e79562c66193f7e0b53bce5928775d38b66"}) as unknown as TypedDocumentString<QuoteCardQuery, QuoteCardQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard {
  articles(first: 5, orderBy: {field: PUBLISHED_ON, direction: DESC}) {
    totalCount
    edges {
      node {
        id
        slug
        title
        publishedOn
        bylines
      }
    }
  }
  actors(first: 0) {
    totalCount
  }
  weaponSystems(first: 0) {
    totalCount
  }
  places(first: 0) {
    totalCount
  }
  events(first: 0) {
    totalCount
    facets {
      types {
        value
        count
      }
      years {
        value
        count
      }
    }
  }
  statements(first: 0) {
    totalCount
    facets {
      kinds {
        value
        count
      }
      actors {
        actor {
          id
          name
        }
        count
      }
    }
  }
}
    `, {"hash":"sha256:ea9e31732b6aca7d99732ec6be65d116b38a82d0bfce48456c025f79ac3979d0"}) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const KimOnNuclearForcesDocument = new TypedDocumentString(`
    query KimOnNuclearForces($speaker: ID = "QWN0b3I6a2ltLWpvbmctdW4", $about: ID = "V2VhcG9uU3lzdGVtOm51Y2xlYXItd2VhcG9ucw") {
  statements(
    first: 50
    filter: {speakerIds: [$speaker], aboutIds: [$about]}
    orderBy: {field: SAID_ON}
  ) {
    totalCount
    edges {
      node {
        id
        slug
        kind
        text
        speaker {
          id
          name
          role
        }
        reportedBy {
          id
          name
          kind
        }
        saidOn {
          text
          edtf
        }
        occasion {
          id
          title
        }
        attribution
        evidence {
          exact
          prefix
          suffix
          start
          end
        }
      }
    }
  }
}
    `, {"hash":"sha256:d3baae05ecd5dc5492d4b80cd2a178fcd4b889247c4356bf00b9aaee1f6f97cc"}) as unknown as TypedDocumentString<KimOnNuclearForcesQuery, KimOnNuclearForcesQueryVariables>;
export const WeaponsTestsByDateDocument = new TypedDocumentString(`
    query WeaponsTestsByDate {
  events(first: 100, filter: {types: [WEAPONS_TEST]}, orderBy: {field: DATE}) {
    totalCount
    facets {
      years {
        value
        count
      }
    }
    edges {
      node {
        id
        title
        date {
          start
          end
          precision
          text
          edtf
        }
        weaponSystems {
          id
          name
          category
          propellant
          nuclearCapable
          range {
            text
          }
        }
        evidence {
          exact
        }
      }
    }
  }
}
    `, {"hash":"sha256:b4896b024663f402e1a5864f6a2609ac8a8dfa1d2fd8780de42903c18ef97ab6"}) as unknown as TypedDocumentString<WeaponsTestsByDateQuery, WeaponsTestsByDateQueryVariables>;
export const WhatHappenedInKurskDocument = new TypedDocumentString(`
    query WhatHappenedInKursk($place: String = "kursk-province") {
  place(slug: $place) {
    id
    name
    kind
    country {
      id
      name
    }
    events(first: 100, orderBy: {field: DATE}) {
      totalCount
      edges {
        node {
          id
          title
          type
          date {
            text
            edtf
          }
          participants {
            role
            actor {
              id
              name
            }
          }
          quantities {
            measure
            qualifier
            value
            text
          }
          claims {
            id
            speaker {
              id
              name
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:dcb0e1165d391b35d565ff46862fbccfc66508d0792d5602fa8d4d347605c060"}) as unknown as TypedDocumentString<WhatHappenedInKurskQuery, WhatHappenedInKurskQueryVariables>;
export const RussiaNorthKoreaDocument = new TypedDocumentString(`
    query RussiaNorthKorea($actor: String = "north-korea", $leader: ID = "QWN0b3I6a2ltLWpvbmctdW4", $partner: ID = "QWN0b3I6cnVzc2lh") {
  actor(slug: $actor) {
    id
    name
    relations(first: 5) {
      totalCount
      edges {
        weight
        node {
          id
          name
          kind
        }
        events {
          id
          title
          type
          date {
            text
            edtf
          }
        }
      }
    }
  }
  statements(first: 20, filter: {speakerIds: [$leader], aboutIds: [$partner]}) {
    edges {
      node {
        id
        text
        kind
        attribution
        evidence {
          exact
        }
      }
    }
  }
}
    `, {"hash":"sha256:dfbfe387cb373f81ee025d4fc1b7c90005826d753cc097c3343724f9b2d283b2"}) as unknown as TypedDocumentString<RussiaNorthKoreaQuery, RussiaNorthKoreaQueryVariables>;
export const EvidenceFor10000TroopsDocument = new TypedDocumentString(`
    query EvidenceFor10000Troops($event: String = "troop-deployment-to-russia") {
  event(slug: $event) {
    id
    title
    date {
      text
      edtf
    }
    location {
      id
      name
    }
    quantities {
      measure
      value
      qualifier
      unit
      text
    }
    claims {
      id
      kind
      text
      speaker {
        id
        name
        kind
      }
      attribution
      evidence {
        exact
        start
        end
      }
    }
    evidence {
      exact
      prefix
      suffix
      start
      end
      article {
        id
        title
        bodyDigest
      }
    }
  }
}
    `, {"hash":"sha256:c6d6a1bfbb3739bc59c5002f9bed2ffe04696163a7ea21e8cb8955718657dbc0"}) as unknown as TypedDocumentString<EvidenceFor10000TroopsQuery, EvidenceFor10000TroopsQueryVariables>;
export const SearchMissilesDocument = new TypedDocumentString(`
    query SearchMissiles($query: String = "missile") {
  search(query: $query, first: 10) {
    totalCount
    edges {
      score
      snippet
      node {
        __typename
        ... on WeaponSystem {
          id
          name
          category
        }
        ... on Event {
          id
          title
          type
        }
        ... on Statement {
          id
          text
          speaker {
            id
            name
          }
        }
        ... on Actor {
          id
          name
        }
        ... on Article {
          id
          title
        }
        ... on Place {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:d0a257ea9740b789dfb9ca0a6e6bbd7f776a295178d989b948307de4584d34d8"}) as unknown as TypedDocumentString<SearchMissilesQuery, SearchMissilesQueryVariables>;
export const Timeline2024Document = new TypedDocumentString(`
    query Timeline2024 {
  timeline(from: "2024-01-01", to: "2024-12-31", first: 100) {
    totalCount
    edges {
      date {
        start
        end
        precision
        text
        edtf
      }
      node {
        __typename
        ... on Event {
          id
          title
          type
          location {
            id
            name
          }
        }
        ... on Statement {
          id
          text
          speaker {
            id
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:8336b60e7022f32f03011d8c8951a4e7e09054cbbf9bca269dd31c3cf3a82066"}) as unknown as TypedDocumentString<Timeline2024Query, Timeline2024QueryVariables>;