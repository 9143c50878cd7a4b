/** Error hygiene: unexpected errors masked (and logged by Yoga), nothing internal in answers. */
import { GraphQLError } from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';

/**
 * Yoga masks every error that is not a deliberate GraphQLError as "Unexpected error." with code
 * INTERNAL_SERVER_ERROR, and logs the original through its logger. `isDev: false` keeps the
 * original's message and stack out of the answer even when NODE_ENV is `development`.
 */
export const maskedErrors: YogaServerOptions<object, object>['maskedErrors'] = { isDev: false };

/**
 * Longest error message sent: graphql-js quotes offending values in full ("String cannot
 * represent a non string value: …"), which would echo a 90 kB literal back.
 */
const MAX_MESSAGE_LENGTH = 500;

/** Most errors sent: the first few say what to fix; a flood of mistakes need not come back. */
const MAX_ERRORS = 10;

/**
 * `error` without `extensions.originalError` and with its message cut to MAX_MESSAGE_LENGTH.
 * Yoga gives an error that carries an originalError its own HTTP status even for
 * `application/json` clients; `spec: false` keeps that status once the originalError is gone.
 */
function sanitized(error: GraphQLError): GraphQLError {
  const { originalError, http, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  if (originalError === undefined && error.message.length <= MAX_MESSAGE_LENGTH) return error;
  const message = error.message.length > MAX_MESSAGE_LENGTH ? `${error.message.slice(0, MAX_MESSAGE_LENGTH)}…` : error.message;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...extensions, ...(http ? { http: originalError === undefined ? http : { ...http, spec: false } } : {}) },
  });
}

/**
 * Sends no `extensions.originalError` (through which Yoga relays, for one, the JSON parser's own
 * message on a malformed body; the code and message already say what went wrong), no overlong
 * message and no more than MAX_ERRORS errors.
 */
export function useErrorHygiene(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      const errors = result.errors.slice(0, MAX_ERRORS);
      setResult({ ...result, errors: errors.map((error) => (error instanceof GraphQLError ? sanitized(error) : error)) });
    },
  };
}
