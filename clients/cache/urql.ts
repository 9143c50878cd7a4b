// Generated from schema/schema.graphql by `npm run client:cache`: do not edit.
/**
 * urql graphcache's configuration: `cacheExchange({ schema, keys, resolvers })`. Types
 * without an `id` are embedded in their parent (no key); every connection field pages with
 * `relayPagination`, so a query for the next page extends the list already cached.
 */
import type { CacheExchangeOpts, KeyingConfig, ResolverConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import introspection from './urql-schema.json' with { type: 'json' };

/** The schema as graphcache reads it (types, fields, interfaces and unions). */
export const schema = introspection as unknown as CacheExchangeOpts['schema'];

export const keys: KeyingConfig = {
  ActorConnection: () => null,
  ActorEdge: () => null,
  ActorFacet: () => null,
  ActorLink: () => null,
  ActorLinkConnection: () => null,
  ActorLinkEdge: () => null,
  ActorPath: () => null,
  ActorPathConnection: () => null,
  ActorPathEdge: () => null,
  ActorRelationConnection: () => null,
  ActorRelationEdge: () => null,
  ArticleConnection: () => null,
  ArticleEdge: () => null,
  Coordinates: () => null,
  DateFacet: () => null,
  EventConnection: () => null,
  EventEdge: () => null,
  EventFacets: () => null,
  EventParticipation: () => null,
  EventTypeFacet: () => null,
  ExternalIds: () => null,
  FuzzyDate: () => null,
  PageInfo: () => null,
  PlaceConnection: () => null,
  PlaceEdge: () => null,
  Quantity: () => null,
  SearchConnection: () => null,
  SearchEdge: () => null,
  StatementConnection: () => null,
  StatementEdge: () => null,
  StatementFacets: () => null,
  StatementKindFacet: () => null,
  TextSpan: () => null,
  TimelineConnection: () => null,
  TimelineEdge: () => null,
  WeaponSystemConnection: () => null,
  WeaponSystemEdge: () => null,
  WeaponSystemFacet: () => null,
};

export const resolvers: ResolverConfig = {
  Query: { actorLinks: relayPagination(), actors: relayPagination(), articles: relayPagination(), connections: relayPagination(), events: relayPagination(), places: relayPagination(), search: relayPagination(), statements: relayPagination(), timeline: relayPagination(), weaponSystems: relayPagination() },
  Actor: { articles: relayPagination(), events: relayPagination(), members: relayPagination(), relations: relayPagination(), reportedStatements: relayPagination(), statements: relayPagination(), weaponSystems: relayPagination() },
  Article: { actors: relayPagination(), events: relayPagination(), statements: relayPagination(), weaponSystems: relayPagination() },
  Event: { articles: relayPagination() },
  Place: { events: relayPagination(), places: relayPagination() },
  WeaponSystem: { events: relayPagination(), statements: relayPagination() },
};
