// Generated from schema/schema.graphql by `npm run client:cache`: do not edit.
/**
 * Apollo Client's InMemoryCache configuration:
 * `new InMemoryCache({ possibleTypes, typePolicies })`. Types without an `id` are values merged
 * into their parent; every connection field pages with `relayStylePagination`, so `fetchMore`
 * appends a page to the list it extends.
 */
import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export { possibleTypes } from './possible-types.js';

export const typePolicies: TypePolicies = {
  Actor: { fields: { articles: relayStylePagination(["filter","orderBy"]), events: relayStylePagination(["filter","orderBy"]), members: relayStylePagination(["filter","orderBy"]), relations: relayStylePagination(["kinds"]), reportedStatements: relayStylePagination(["filter","orderBy"]), statements: relayStylePagination(["filter","orderBy"]), weaponSystems: relayStylePagination(["filter","orderBy"]) } },
  ActorEdge: { merge: true },
  ActorFacet: { merge: true },
  ActorLink: { merge: true },
  ActorLinkEdge: { merge: true },
  ActorPath: { merge: true },
  ActorPathEdge: { merge: true },
  ActorRelationEdge: { merge: true },
  Article: { fields: { actors: relayStylePagination(["filter","orderBy"]), events: relayStylePagination(["filter","orderBy"]), statements: relayStylePagination(["filter","orderBy"]), weaponSystems: relayStylePagination(["filter","orderBy"]) } },
  ArticleEdge: { merge: true },
  Coordinates: { merge: true },
  DateFacet: { merge: true },
  Event: { fields: { articles: relayStylePagination(["filter","orderBy"]) } },
  EventEdge: { merge: true },
  EventFacets: { merge: true },
  EventParticipation: { merge: true },
  EventTypeFacet: { merge: true },
  ExternalIds: { merge: true },
  FuzzyDate: { merge: true },
  PageInfo: { merge: true },
  Place: { fields: { events: relayStylePagination(["filter","orderBy"]), places: relayStylePagination(["filter","orderBy"]) } },
  PlaceEdge: { merge: true },
  Quantity: { merge: true },
  Query: { fields: { actorLinks: relayStylePagination(["filter"]), actors: relayStylePagination(["filter","orderBy"]), articles: relayStylePagination(["filter","orderBy"]), connections: relayStylePagination(["from","kinds","maxHops","to"]), events: relayStylePagination(["filter","orderBy"]), places: relayStylePagination(["filter","orderBy"]), search: relayStylePagination(["query","types"]), statements: relayStylePagination(["filter","orderBy"]), timeline: relayStylePagination(["actorIds","dateMatch","from","to","types"]), weaponSystems: relayStylePagination(["filter","orderBy"]) } },
  SearchEdge: { merge: true },
  StatementEdge: { merge: true },
  StatementFacets: { merge: true },
  StatementKindFacet: { merge: true },
  TextSpan: { merge: true },
  TimelineEdge: { merge: true },
  WeaponSystem: { fields: { events: relayStylePagination(["filter","orderBy"]), statements: relayStylePagination(["filter","orderBy"]) } },
  WeaponSystemEdge: { merge: true },
  WeaponSystemFacet: { merge: true },
};
