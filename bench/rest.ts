/**
 * The hand-written REST equivalent of each benchmark operation: it reads its parameters from the
 * URL, builds the very object the GraphQL servers answer (same keys, same order) straight from
 * the in-memory dataset and its query functions, and leaves serialisation to the caller.
 */
import type { Dataset } from '../src/data/dataset.js';
import type { Actor, Entity, Event, FuzzyDate, Statement, TextSpan } from '../src/data/model.js';
import { selectEvents } from '../src/data/criteria.js';
import { eventFacets } from '../src/data/facets.js';
import { timeline } from '../src/data/timeline.js';
import type { EventType } from '../src/data/records.js';
import { decodeId, encodeId, lookUpNode } from '../src/global-id.js';
import type { Operation } from './operations.js';

type Builder = (dataset: Dataset, params: URLSearchParams) => unknown;

const EMPTY: readonly never[] = [];

/** A connection cursor, encoded as the schema encodes it. */
const cursorOf = (offset: number, key: string) => Buffer.from(`${offset}:${key}`, 'utf8').toString('base64url');

/** The first `n` items with their cursors, as Relay edges around `node`. */
function page<T, N>(items: readonly T[], n: number, keyOf: (item: T) => string, node: (item: T) => N) {
  const edges = items.slice(0, n).map((item, index) => ({ cursor: cursorOf(index, keyOf(item)), node: node(item) }));
  return { edges, hasNextPage: items.length > n, endCursor: edges.length ? edges[edges.length - 1].cursor : null };
}

/** An item's name through a slug, or null when the slug is null. */
const nameOf = (dataset: Dataset, typename: 'Actor' | 'Place', slug: string | null) =>
  slug === null ? null : { name: dataset.maps[typename].get(slug)!.name };

/** The date window parameters, as the GraphQL arguments give it. */
const windowOf = (params: URLSearchParams) => ({ from: params.get('from'), to: params.get('to'), match: 'OVERLAPS' as const });

const dashboard: Builder = (dataset) => ({
  data: {
    articles: {
      edges: dataset.articles.slice(0, 5).map((article) => ({
        node: {
          title: article.title,
          statements: {
            edges: (dataset.statementsByArticle.get(article.slug) ?? EMPTY).slice(0, 20).map((statement) => {
              const speaker = dataset.maps.Actor.get(statement.speakerSlug)!;
              return {
                node: {
                  text: statement.text,
                  speaker: {
                    name: speaker.name,
                    participations: (dataset.participationsByActor.get(speaker.slug) ?? EMPTY).map((participation) => {
                      const event = dataset.maps.Event.get(participation.eventSlug)!;
                      return {
                        role: participation.role,
                        event: {
                          title: event.title,
                          date: { start: event.date.start },
                          location: nameOf(dataset, 'Place', event.locationSlug),
                        },
                      };
                    }),
                  },
                },
              };
            }),
          },
        },
      })),
    },
  },
});

const node: Builder = (dataset, params) => {
  const entity = lookUpNode(dataset, decodeId(params.get('id') ?? '')) as Actor | null;
  return {
    data: {
      node: entity && {
        id: encodeId(entity.typename, entity.slug),
        __typename: entity.typename,
        name: entity.name,
        kind: entity.kind,
        role: entity.role,
        aliases: entity.aliases,
        affiliation: nameOf(dataset, 'Actor', entity.affiliationSlug),
      },
    },
  };
};

const events: Builder = (dataset, params) => {
  const types = (params.get('types') ?? '').split(',').filter(Boolean) as EventType[];
  const found = selectEvents(dataset, { types, window: windowOf(params) }, { field: 'DATE', direction: 'ASC' });
  const facets = eventFacets(dataset, found);
  const counts = (list: { key: string; count: number }[]) => list.map(({ key, count }) => ({ value: key, count }));
  const { edges, hasNextPage, endCursor } = page(found, 10, (event) => event.slug, (event: Event) => ({
    id: encodeId('Event', event.slug),
    title: event.title,
    type: event.type,
    date: { start: event.date.start, end: event.date.end, edtf: event.date.edtf },
    location: nameOf(dataset, 'Place', event.locationSlug),
    weaponSystems: event.weaponSystemSlugs.map((slug) => ({ name: dataset.maps.WeaponSystem.get(slug)!.name })),
  }));
  return {
    data: {
      events: {
        totalCount: found.length,
        facets: { types: counts(facets.types), years: counts(facets.years), months: counts(facets.months) },
        edges,
        pageInfo: { hasNextPage, endCursor },
      },
    },
  };
};

/** The one field each search result type shows. */
function searchNode(entity: Entity) {
  switch (entity.typename) {
    case 'Article':
    case 'Event':
      return { __typename: entity.typename, title: entity.title };
    case 'Statement':
      return { __typename: entity.typename, text: entity.text };
    default:
      return { __typename: entity.typename, name: entity.name };
  }
}

const search: Builder = (dataset, params) => {
  const hits = dataset.search.search(params.get('query') ?? '');
  return {
    data: {
      search: {
        totalCount: hits.length,
        edges: hits.slice(0, 10).map((hit) => ({ score: hit.score, snippet: hit.snippet, node: searchNode(hit.entity) })),
      },
    },
  };
};

const timelineRest: Builder = (dataset, params) => {
  const items = timeline(dataset, { window: windowOf(params) });
  const dateOf = (item: Event | Statement): FuzzyDate => (item.typename === 'Event' ? item.date : item.saidOn!);
  const { edges, hasNextPage, endCursor } = page(
    items,
    20,
    (item) => `${item.typename}:${item.slug}`,
    (item) => item,
  );
  return {
    data: {
      timeline: {
        totalCount: items.length,
        edges: edges.map(({ node: item }) => {
          const date = dateOf(item);
          return {
            date: { start: date.start, end: date.end, edtf: date.edtf },
            node:
              item.typename === 'Event'
                ? { __typename: 'Event', title: item.title, type: item.type }
                : { __typename: 'Statement', text: item.text, speaker: { name: dataset.maps.Actor.get(item.speakerSlug)!.name } },
          };
        }),
        pageInfo: { hasNextPage, endCursor },
      },
    },
  };
};

/** An evidence span with its article, as the deep evidence query selects it. */
function spanOf(dataset: Dataset, span: TextSpan) {
  const article = dataset.maps.Article.get(span.articleSlug)!;
  return {
    exact: span.exact,
    prefix: span.prefix,
    suffix: span.suffix,
    start: span.start,
    end: span.end,
    article: { slug: article.slug, title: article.title },
  };
}

const evidence: Builder = (dataset) => ({
  data: {
    statements: {
      totalCount: dataset.statements.length,
      edges: dataset.statements.slice(0, 20).map((statement) => ({
        node: {
          id: encodeId('Statement', statement.slug),
          text: statement.text,
          kind: statement.kind,
          speaker: { name: dataset.maps.Actor.get(statement.speakerSlug)!.name },
          evidence: statement.evidence.map((span) => spanOf(dataset, span)),
        },
      })),
    },
  },
});

/** The REST handler of each operation, by operation name. */
export const REST_BUILDERS: Record<string, Builder> = {
  dashboard,
  node,
  events,
  search,
  timeline: timelineRest,
  evidence,
};

/** The REST path (with query string) that answers `operation`. */
export function restPath(operation: Operation): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(operation.variables ?? {})) {
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = params.toString();
  return `/rest/${operation.name}${query ? `?${query}` : ''}`;
}
