/**
 * GraphQL Code Generator for the web client: typed documents for the `.graphql` files beside
 * each view, from the printed SDL (no server needed, so it works offline).
 * Run from the repository root: `npm run web:codegen`.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: 'web/src/**/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      // Documents as plain strings with their types attached: the bundle needs no GraphQL runtime.
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', URL: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
