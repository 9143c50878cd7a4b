/**
 * GraphQL Code Generator: typed documents for the example operations and the TypeScript client's
 * own queries, from the committed SDL (no server, no network). `npm run codegen`.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/*.graphql', 'clients/typescript/*.ts'],
  ignoreNoDocuments: false,
  // Imports with `.js` extensions, as Node's ESM resolution (and our tsconfig) requires.
  emitLegacyCommonJSImports: false,
  generates: {
    'clients/typescript/generated/': {
      preset: 'client',
      // persisted-documents.json: every operation by the sha256 of its printed form, the keys the server's fixed list uses.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        // Documents as plain strings: the client needs no GraphQL library at run time.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', URL: 'string' },
      },
    },
  },
};

export default config;
