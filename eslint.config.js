// graphql-eslint: schema rules on the printed SDL, operation rules on the example operations and
// the web client's documents. `npm run lint:graphql` (part of `npm test`) fails on any error.
import graphql from '@graphql-eslint/eslint-plugin';

/** Where the rules read the schema from: the committed SDL, so linting needs no server. */
const parserOptions = { graphQLConfig: { schema: 'schema/schema.graphql', documents: ['examples/*.graphql', 'web/src/**/*.graphql'] } };

export default [
  {
    files: ['schema/schema.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      // Every field, argument, enum value and input field, not just types and root fields.
      '@graphql-eslint/require-description': ['error', { types: true, rootField: true, DirectiveDefinition: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true }],
      // Value types have no identity of their own: connections, edges and facets (by their
      // suffix), a page's info, a date, a number, a quoted span, a participation, coordinates,
      // external ids, and the links and paths computed between actors. Clients normalise them
      // inside their parent with the configuration shipped in clients/cache/.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          acceptedIdNames: ['id'],
          acceptedIdTypes: ['ID'],
          exceptions: {
            suffixes: ['Connection', 'Edge', 'Facet', 'Facets'],
            types: ['Query', 'PageInfo', 'FuzzyDate', 'Quantity', 'TextSpan', 'EventParticipation', 'Coordinates', 'ExternalIds', 'ActorLink', 'ActorPath'],
          },
        },
      ],
      // Edge types are checked (an object named …Edge), but not every list must be a connection:
      // short, bounded lists of values (`Article.bylines`, `Event.quantities`) are plain lists on
      // purpose; and not every node is a Node: the links and paths between actors are computed
      // values paged as connections, with no id to refetch them by.
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
      // Forward pagination is required everywhere; `Query.connections` (paths between two actors,
      // shortest first, found by a bounded search) pages forward only, so `last`/`before` are not.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      // Off: its one finding is `Place.places` (the places inside a place), a name the API contract
      // promises and that reads naturally; renaming it would break clients for no gain.
      '@graphql-eslint/no-typename-prefix': 'off',
    },
  },
  {
    files: ['examples/*.graphql', 'web/src/**/*.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
    },
  },
];
