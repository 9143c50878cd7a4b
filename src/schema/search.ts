/** Full-text search across every entity type, ranked, with highlighted snippets. */
import { ENTITY_LIST, ENTITY_TYPES, nounOf } from '../data/entities.js';
import type { EntityTypename } from '../data/model.js';
import type { SearchHit } from '../data/search.js';
import { builder } from '../builder.js';
import { paginate } from './connection.js';
import { MAX_STRING_ARGUMENT_LENGTH } from '../security/limits.js';
import { badUserInput } from '../security/rejection.js';
import { NODE_REFS } from './refs.js';
import { capitalized } from './roots.js';

/** The SearchType value of each entity type: WeaponSystem → WEAPON_SYSTEM. */
const SEARCH_TYPES = new Map<string, EntityTypename>(
  ENTITY_LIST.map((entry) => [entry.typename.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase(), entry.typename]),
);

export const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'The entity types search can be limited to.',
  values: Object.fromEntries(
    [...SEARCH_TYPES].map(([value, typename]) => {
      return [value, { description: `${capitalized(nounOf(typename))}s (${ENTITY_TYPES[typename].searchFields}).` }];
    }),
  ),
});

export const SearchResult = builder.unionType('SearchResult', {
  description: 'Anything search can find.',
  types: Object.values(NODE_REFS),
  // Every entity names its own type; graphql-jit cannot run the default resolver (it needs the union).
  resolveType: (entity) => entity.typename,
});

export const SearchConnection = builder.connectionObject(
  { type: SearchResult, name: 'SearchConnection', description: 'A page of search results, best first.' },
  {
    name: 'SearchEdge',
    description: 'A search result with its relevance score and a highlighted snippet.',
    fields: (t) => ({
      score: t.float({
        description: 'Relevance (BM25+; higher is better); comparable only within one search.',
        resolve: (edge) => (edge as unknown as SearchHit).score,
      }),
      snippet: t.string({
        description:
          'A short extract of the result\'s own text or evidence around the first match. HTML-escaped, with each matched word wrapped in <mark>…</mark>.',
        resolve: (edge) => (edge as unknown as SearchHit).snippet,
      }),
    }),
  },
);

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchResult,
      description:
        'Ranked full-text search over every entity and the article texts: case- and accent-insensitive, matching word prefixes ("pyong") and tolerating typos ("Lavorv"). Names and aliases weigh more than titles, titles more than body text.',
      args: {
        query: t.arg.string({
          required: true,
          description: `The words to look for (1 to ${MAX_STRING_ARGUMENT_LENGTH} characters); punctuation and quotes are plain text.`,
        }),
        types: t.arg({ type: [SearchTypeEnum], description: 'Only results of these types (default: all).' }),
      },
      resolve: (_root, args, { dataset }) => {
        if (!args.query.trim()) throw badUserInput('`query` must contain something to search for.', 'query');
        const hits = dataset.search.search(args.query, args.types?.map((type) => SEARCH_TYPES.get(type)!));
        const page = paginate(hits, args, (hit) => `${hit.entity.typename}:${hit.entity.slug}`);
        return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.entity, score: node.score, snippet: node.snippet })) };
      },
    },
    SearchConnection,
  ),
);
