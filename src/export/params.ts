/**
 * Query parameters → a GraphQL filter input. Parameters are named as the fields of the list's
 * filter input (`?types=WEAPONS_TEST&from=2024-01-01`); list fields take repeated parameters or
 * comma-separated values. The values are coerced by graphql-js against the schema's own input
 * type, so an export accepts exactly what the GraphQL list accepts and refuses the rest alike.
 */
import {
  coerceInputValue,
  getNullableType,
  GraphQLID,
  isInputObjectType,
  isListType,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';
import { MAX_LIST_ARGUMENT_LENGTH, MAX_STRING_ARGUMENT_LENGTH } from '../security/limits.js';

/** A client's mistake in a query parameter: HTTP 400 with this code and message. */
export class ParameterError extends Error {
  constructor(
    message: string,
    readonly parameter: string | undefined,
    readonly code = 'BAD_USER_INPUT',
  ) {
    super(message);
  }
}

/** The input object type `name` of `schema`. */
export function filterType(schema: GraphQLSchema, name: string): GraphQLInputObjectType {
  const type = schema.getType(name);
  if (!isInputObjectType(type)) throw new Error(`${name} is not an input type of the schema`);
  return type;
}

/** The filter input that the query parameters of `search` spell, coerced as GraphQL would. */
export function filterFrom(search: URLSearchParams, type: GraphQLInputObjectType): Record<string, unknown> {
  const fields = type.getFields();
  const raw: Record<string, unknown> = {};
  for (const name of new Set(search.keys())) {
    const field = fields[name];
    if (!field) {
      throw new ParameterError(`Unknown parameter \`${name}\`; the filter parameters are: ${Object.keys(fields).join(', ')}.`, name);
    }
    const values = search.getAll(name);
    const type = getNullableType(field.type);
    // The same bounds as GraphQL arguments get before execution (security/operation-limits.ts).
    const long = values.find((value) => value.length > MAX_STRING_ARGUMENT_LENGTH);
    if (long !== undefined && (isListType(type) ? getNullableType(type.ofType) : type) !== GraphQLID) {
      throw new ParameterError(`\`${name}\` is ${long.length} characters long; parameters are limited to ${MAX_STRING_ARGUMENT_LENGTH}.`, name);
    }
    if (isListType(type)) {
      const list = values.flatMap((value) => value.split(',')).filter((value) => value !== '');
      if (list.length > MAX_LIST_ARGUMENT_LENGTH) {
        throw new ParameterError(`\`${name}\` holds ${list.length} items; lists are limited to ${MAX_LIST_ARGUMENT_LENGTH}.`, name);
      }
      raw[name] = list;
    } else {
      if (values.length > 1) throw new ParameterError(`\`${name}\` takes one value (got ${values.length}).`, name);
      raw[name] = values[0];
    }
  }
  return coerceInputValue(raw, type, (path, _invalid, error) => {
    const parameter = typeof path[0] === 'string' ? path[0] : undefined;
    throw new ParameterError(`\`${parameter ?? 'filter'}\`: ${error.message}`, parameter);
  }) as Record<string, unknown>;
}
