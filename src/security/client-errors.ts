/** Arguments a resolver refuses (a bad cursor, a malformed id, an empty search) answer HTTP 400. */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The same error, with an HTTP status that holds for every client (see masking.ts on `spec`). */
function withStatus(error: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, http: { status, spec: false } },
  });
}

/**
 * Resolvers check some arguments only when they run, so their BAD_USER_INPUT errors would come
 * back as HTTP 200. When nothing but such errors came of a request (no data at all), it was
 * refused as a whole: it is answered as a request error, with no `data` entry and a 400, as the
 * GraphQL-over-HTTP spec allows; a partial result keeps its data and its 2xx, as the spec asks.
 */
export function useClientErrorStatus(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      if ('data' in result && result.data !== null && result.data !== undefined) return;
      if (!result.errors.every((error) => error.extensions?.code === 'BAD_USER_INPUT')) return;
      const { data: _refused, ...rest } = result;
      setResult({ ...rest, errors: result.errors.map((error) => withStatus(error as GraphQLError, 400)) });
    },
  };
}
