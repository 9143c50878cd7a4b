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


export type DashboardQuery = { articles: { totalCount: number, edges: Array<{ node: { slug: string, title: string, publishedOn: string, bylines: Array<string> } }> }, actors: { totalCount: number }, weaponSystems: { totalCount: number }, places: { totalCount: number }, events: { totalCount: number, facets: { types: Array<{ value: EventType, count: number }>, years: Array<{ value: string, count: number }> } }, statements: { totalCount: number, facets: { kinds: Array<{ value: StatementKind, count: number }>, actors: Array<{ count: number, actor: { name: string } }> } } };

export type KimOnNuclearForcesQueryVariables = Exact<{
  speaker?: string | number | null | undefined;
  about?: string | number | null | undefined;
}>;


export type KimOnNuclearForcesQuery = { statements: { totalCount: number, edges: Array<{ node: { slug: string, kind: StatementKind, text: string, attribution: string, speaker: { name: string, role: string | null }, reportedBy: Array<{ name: string, kind: ActorKind }>, saidOn: { text: string | null, edtf: string } | null, occasion: { title: string } | null, evidence: Array<{ exact: string, prefix: string, suffix: string, start: number, end: number }> } }> } };

export type WeaponsTestsByDateQueryVariables = Exact<{ [key: string]: never; }>;


export type WeaponsTestsByDateQuery = { events: { totalCount: number, facets: { years: Array<{ value: string, count: number }> }, edges: Array<{ node: { title: string, date: { start: string | null, end: string | null, precision: DatePrecision, text: string | null, edtf: string }, weaponSystems: Array<{ name: string, category: WeaponCategory, propellant: Propellant | null, nuclearCapable: boolean | null, range: { text: string } | null }>, evidence: Array<{ exact: string }> } }> } };

export type WhatHappenedInKurskQueryVariables = Exact<{
  place?: string | null | undefined;
}>;


export type WhatHappenedInKurskQuery = { place: { name: string, kind: PlaceKind, country: { name: string } | null, events: { totalCount: number, edges: Array<{ node: { title: string, type: EventType, date: { text: string | null, edtf: string }, participants: Array<{ role: ParticipantRole, actor: { name: string } }>, quantities: Array<{ measure: string, qualifier: QuantityQualifier, value: number | null, text: string }>, claims: Array<{ speaker: { name: string } }> } }> } } | null };

export type RussiaNorthKoreaQueryVariables = Exact<{
  actor?: string | null | undefined;
  leader?: string | number | null | undefined;
  partner?: string | number | null | undefined;
}>;


export type RussiaNorthKoreaQuery = { actor: { name: string, relations: { totalCount: number, edges: Array<{ weight: number, node: { name: string, kind: ActorKind }, events: Array<{ title: string, type: EventType, date: { text: string | null, edtf: string } }> }> } } | null, statements: { edges: Array<{ node: { text: string, kind: StatementKind, attribution: string, evidence: Array<{ exact: string }> } }> } };

export type EvidenceFor10000TroopsQueryVariables = Exact<{
  event?: string | null | undefined;
}>;


export type EvidenceFor10000TroopsQuery = { event: { title: string, date: { text: string | null, edtf: string }, location: { name: string } | null, quantities: Array<{ measure: string, value: number | null, qualifier: QuantityQualifier, unit: string, text: string }>, claims: Array<{ kind: StatementKind, text: string, attribution: string, speaker: { name: string, kind: ActorKind }, evidence: Array<{ exact: string, start: number, end: number }> }>, evidence: Array<{ exact: string, prefix: string, suffix: string, start: number, end: number, article: { title: string, bodyDigest: string } }> } | null };

export type SearchMissilesQueryVariables = Exact<{
  query?: string | null | undefined;
}>;


export type SearchMissilesQuery = { search: { totalCount: number, edges: Array<{ score: number, snippet: string, node:
        | { __typename: 'Actor', name: string }
        | { __typename: 'Article', title: string }
        | { __typename: 'Event', title: string, type: EventType }
        | { __typename: 'Place', name: string }
        | { __typename: 'Statement', text: string, speaker: { name: string } }
        | { __typename: 'WeaponSystem', name: string, category: WeaponCategory }
       }> } };

export type Timeline2024QueryVariables = Exact<{ [key: string]: never; }>;


export type Timeline2024Query = { timeline: { totalCount: number, edges: Array<{ date: { start: string | null, end: string | null, precision: DatePrecision, text: string | null, edtf: string }, node:
        | { __typename: 'Event', title: string, type: EventType, location: { name: string } | null }
        | { __typename: 'Statement', text: string, speaker: { name: string } }
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
          name
        }
        count
      }
    }
  }
}
    `, {"hash":"sha256:4448bd3a8093ffdabe9bbfa6657ac9a91d631a42ea9d828ff05e9232060ca031"}) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
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
        slug
        kind
        text
        speaker {
          name
          role
        }
        reportedBy {
          name
          kind
        }
        saidOn {
          text
          edtf
        }
        occasion {
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
    `, {"hash":"sha256:7d89fe130affe12e8343c9ed85344ef6ced640d2946ac802fe0e5aa8170f68bc"}) as unknown as TypedDocumentString<KimOnNuclearForcesQuery, KimOnNuclearForcesQueryVariables>;
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
        title
        date {
          start
          end
          precision
          text
          edtf
        }
        weaponSystems {
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
    `, {"hash":"sha256:812067c22ec94ef0852e349f41c0f3f52e82a49684efbe474c7aaa25626ae0d8"}) as unknown as TypedDocumentString<WeaponsTestsByDateQuery, WeaponsTestsByDateQueryVariables>;
export const WhatHappenedInKurskDocument = new TypedDocumentString(`
    query WhatHappenedInKursk($place: String = "kursk-province") {
  place(slug: $place) {
    name
    kind
    country {
      name
    }
    events(first: 100, orderBy: {field: DATE}) {
      totalCount
      edges {
        node {
          title
          type
          date {
            text
            edtf
          }
          participants {
            role
            actor {
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
            speaker {
              name
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:5eb68fb749310854eb1072d0e25353128f71ceaf237920c73eb8477d9e6fca77"}) as unknown as TypedDocumentString<WhatHappenedInKurskQuery, WhatHappenedInKurskQueryVariables>;
export const RussiaNorthKoreaDocument = new TypedDocumentString(`
    query RussiaNorthKorea($actor: String = "north-korea", $leader: ID = "QWN0b3I6a2ltLWpvbmctdW4", $partner: ID = "QWN0b3I6cnVzc2lh") {
  actor(slug: $actor) {
    name
    relations(first: 5) {
      totalCount
      edges {
        weight
        node {
          name
          kind
        }
        events {
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
    `, {"hash":"sha256:a1125db71d36b5a1b7ef99c6c71a149a6cab217c788ad2d6374553eda15b1f2c"}) as unknown as TypedDocumentString<RussiaNorthKoreaQuery, RussiaNorthKoreaQueryVariables>;
export const EvidenceFor10000TroopsDocument = new TypedDocumentString(`
    query EvidenceFor10000Troops($event: String = "troop-deployment-to-russia") {
  event(slug: $event) {
    title
    date {
      text
      edtf
    }
    location {
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
      kind
      text
      speaker {
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
        title
        bodyDigest
      }
    }
  }
}
    `, {"hash":"sha256:a4935a40daee8df478a344d5c4c2a96024a75e05d7d92d85941998e32897325f"}) as unknown as TypedDocumentString<EvidenceFor10000TroopsQuery, EvidenceFor10000TroopsQueryVariables>;
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
          name
          category
        }
        ... on Event {
          title
          type
        }
        ... on Statement {
          text
          speaker {
            name
          }
        }
        ... on Actor {
          name
        }
        ... on Article {
          title
        }
        ... on Place {
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:4f0c3e44bced673b230516db9a99611aadc50ebca728a27773594e875959425c"}) as unknown as TypedDocumentString<SearchMissilesQuery, SearchMissilesQueryVariables>;
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
          title
          type
          location {
            name
          }
        }
        ... on Statement {
          text
          speaker {
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:084b659f962e3fba3ae488f738efe1dbc092a13e1780d80708e89aa003944e47"}) as unknown as TypedDocumentString<Timeline2024Query, Timeline2024QueryVariables>;