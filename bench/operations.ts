/**
 * The operations every server answers in the benchmark, as GraphQL documents with their
 * variables. The REST and raw servers answer the same operations at `/rest/<name>` and
 * `/raw/<name>` with the same bytes (see rest.ts); the harness checks that they do.
 */
import { encodeId } from '../src/global-id.js';

export interface Operation {
  /** Short key, also the REST path segment. */
  name: string;
  /** What it exercises, for the report. */
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** The dashboard query of the issue: five articles, their statements, speakers and participations. */
const DASHBOARD = `{ articles(first: 5) { edges { node { title statements(first: 20) { edges { node { text speaker { name participations { role event { title date { start } location { name } } } } } } } } } } }`;

const NODE = `query Node($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Actor { name kind role aliases affiliation { name } }
  }
}`;

const EVENTS = `query Events($types: [EventType!], $from: Date, $to: Date) {
  events(first: 10, filter: { types: $types, from: $from, to: $to }) {
    totalCount
    facets { types { value count } years { value count } months { value count } }
    edges {
      cursor
      node { id title type date { start end edtf } location { name } weaponSystems { name } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SEARCH = `query Search($query: String!) {
  search(query: $query, first: 10) {
    totalCount
    edges {
      score
      snippet
      node {
        __typename
        ... on Article { title }
        ... on Actor { name }
        ... on Event { title }
        ... on Statement { text }
        ... on WeaponSystem { name }
        ... on Place { name }
      }
    }
  }
}`;

const TIMELINE = `query Timeline($from: Date, $to: Date) {
  timeline(first: 20, from: $from, to: $to) {
    totalCount
    edges {
      date { start end edtf }
      node {
        __typename
        ... on Event { title type }
        ... on Statement { text speaker { name } }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const EVIDENCE = `query Evidence {
  statements(first: 20) {
    totalCount
    edges {
      node {
        id
        text
        kind
        speaker { name }
        evidence { exact prefix suffix start end article { slug title } }
      }
    }
  }
}`;

/** The seed's slugs survive at every scale (copy 0 of the synthetic data is the seed itself). */
export const OPERATIONS: Operation[] = [
  { name: 'dashboard', title: 'dashboard: articles → statements → speaker → participations → event', query: DASHBOARD },
  { name: 'node', title: '`node` look-up of an actor by global id', query: NODE, variables: { id: encodeId('Actor', 'kim-jong-un') } },
  {
    name: 'events',
    title: 'filtered `events` page with facets',
    query: EVENTS,
    variables: { types: ['MILITARY_EXERCISE', 'WEAPONS_TEST', 'TROOP_DEPLOYMENT', 'ARMS_TRANSFER'], from: '2024-01-01', to: '2025-12-31' },
  },
  { name: 'search', title: '`search` for a common word', query: SEARCH, variables: { query: 'artillery' } },
  { name: 'timeline', title: '`timeline` page over two years', query: TIMELINE, variables: { from: '2024-01-01', to: '2025-12-31' } },
  { name: 'evidence', title: 'deep evidence: statements with every evidence span', query: EVIDENCE },
];

/** The JSON body a GraphQL client posts for `operation`. */
export function graphqlBody(operation: Operation): string {
  return JSON.stringify({ query: operation.query, variables: operation.variables ?? {} });
}
