/**
 * Writes the normalised-cache configuration clients need, from schema/schema.graphql, to
 * clients/cache/: `possibleTypes` (for fragments on interfaces and unions), Apollo Client's
 * `typePolicies` and urql graphcache's `keys` and `resolvers`.
 *
 * - Object types without an `id` are values, kept inside their parent: Apollo merges them
 *   (`merge: true`, so replacing a `date` never loses fields), graphcache embeds them (`keys: null`).
 * - Every field returning a connection paginates: Apollo's `relayStylePagination` and graphcache's
 *   `relayPagination`, keyed by the field's other arguments (filters, order, search text).
 *
 * graphcache also gets the schema (introspection without descriptions): with `possibleTypes`
 * alone it writes results of unions through every inline fragment and warns about the fields of
 * the other members.
 *
 * `npm run client:cache` writes the files; `-- --check` (run by `npm test`) fails when they are
 * not what the schema gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, getNamedType, introspectionFromSchema, isInterfaceType, isObjectType, isUnionType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';

const SCHEMA = new URL('../schema/schema.graphql', import.meta.url);
const OUT = new URL('../clients/cache/', import.meta.url);
const PAGINATION_ARGUMENTS = new Set(['first', 'after', 'last', 'before']);
const HEADER = '// Generated from schema/schema.graphql by `npm run client:cache`: do not edit.\n';

/** The object types of the schema, introspection's and the root's aside. */
const objectTypes = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap()).filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__') && type !== schema.getQueryType());

/** A type that is a Relay connection: it has `edges` and `pageInfo`. */
const isConnection = (type: GraphQLObjectType) => 'edges' in type.getFields() && 'pageInfo' in type.getFields();

interface CacheFacts {
  possibleTypes: Record<string, string[]>;
  /** Object types without an `id`, connections aside. */
  values: string[];
  /** Every object type without an `id`, connections included. */
  idless: string[];
  /** Per parent type, each connection field and the arguments that tell its lists apart. */
  connections: Record<string, Record<string, string[]>>;
}

function cacheFacts(schema: GraphQLSchema): CacheFacts {
  const possibleTypes: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
    if (isInterfaceType(type) || isUnionType(type)) possibleTypes[type.name] = schema.getPossibleTypes(type).map((member) => member.name).sort();
  }
  const types = objectTypes(schema).sort((a, b) => a.name.localeCompare(b.name));
  const idless = types.filter((type) => !('id' in type.getFields()));
  const values = idless.filter((type) => !isConnection(type)).map((type) => type.name);
  const connections: CacheFacts['connections'] = {};
  for (const type of [schema.getQueryType()!, ...types]) {
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!isObjectType(target) || !isConnection(target) || !field.args.some((arg) => PAGINATION_ARGUMENTS.has(arg.name))) continue;
      (connections[type.name] ??= {})[field.name] = field.args.map((arg) => arg.name).filter((name) => !PAGINATION_ARGUMENTS.has(name));
    }
  }
  return { possibleTypes, values, idless: idless.map((type) => type.name), connections };
}

const json = (value: unknown) => JSON.stringify(value);

function possibleTypesFile({ possibleTypes }: CacheFacts): string {
  const lines = Object.entries(possibleTypes).map(([name, members]) => `  ${name}: ${json(members)},`);
  return `${HEADER}/** The concrete types of each interface and union, for fragments on them. */\nexport const possibleTypes: Record<string, string[]> = {\n${lines.join('\n')}\n};\n`;
}

function apolloFile({ values, connections }: CacheFacts): string {
  const policies = new Map<string, string[]>();
  for (const name of values) policies.set(name, ['merge: true']);
  for (const [parent, fields] of Object.entries(connections)) {
    const entries = Object.entries(fields).map(([field, keyArgs]) => `${field}: relayStylePagination(${keyArgs.length ? json(keyArgs) : 'false'})`);
    policies.set(parent, [...(policies.get(parent) ?? []), `fields: { ${entries.join(', ')} }`]);
  }
  const lines = [...policies.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([name, parts]) => `  ${name}: { ${parts.join(', ')} },`);
  return `${HEADER}/**
 * Apollo Client's InMemoryCache configuration:
 * \`new InMemoryCache({ possibleTypes, typePolicies })\`. Types without an \`id\` are values merged
 * into their parent; every connection field pages with \`relayStylePagination\`, so \`fetchMore\`
 * appends a page to the list it extends.
 */
import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export { possibleTypes } from './possible-types.js';

export const typePolicies: TypePolicies = {
${lines.join('\n')}
};
`;
}

/** The introspection graphcache reads types, fields and possible types from, without descriptions. */
function urqlSchemaFile(schema: GraphQLSchema): string {
  return `${JSON.stringify(introspectionFromSchema(schema, { descriptions: false, specifiedByUrl: false, directiveIsRepeatable: false }))}\n`;
}

function urqlFile({ idless, connections }: CacheFacts): string {
  const keys = idless.map((name) => `  ${name}: () => null,`);
  const resolvers = Object.entries(connections).map(
    ([parent, fields]) => `  ${parent}: { ${Object.keys(fields).map((field) => `${field}: relayPagination()`).join(', ')} },`,
  );
  return `${HEADER}/**
 * urql graphcache's configuration: \`cacheExchange({ schema, keys, resolvers })\`. Types
 * without an \`id\` are embedded in their parent (no key); every connection field pages with
 * \`relayPagination\`, so a query for the next page extends the list already cached.
 */
import type { CacheExchangeOpts, KeyingConfig, ResolverConfig } from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import introspection from './urql-schema.json' with { type: 'json' };

/** The schema as graphcache reads it (types, fields, interfaces and unions). */
export const schema = introspection as unknown as CacheExchangeOpts['schema'];

export const keys: KeyingConfig = {
${keys.join('\n')}
};

export const resolvers: ResolverConfig = {
${resolvers.join('\n')}
};
`;
}

const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
const facts = cacheFacts(schema);
const files: Record<string, string> = {
  'possible-types.ts': possibleTypesFile(facts),
  'apollo.ts': apolloFile(facts),
  'urql.ts': urqlFile(facts),
  'urql-schema.json': urqlSchemaFile(schema),
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([name, text]) => {
    try {
      return readFileSync(new URL(name, OUT), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`clients/cache/ is not what schema/schema.graphql gives: ${stale.map(([name]) => name).join(', ')}. Run \`npm run client:cache\`.`);
    process.exit(1);
  }
  console.log('clients/cache/ matches the schema.');
} else {
  for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, OUT), text);
  console.log(`wrote ${Object.keys(files).map((name) => `clients/cache/${name}`).join(', ')}`);
}
