/** Errors a client causes: a message it can act on and a machine-readable `extensions.code`. */
import { createGraphQLError } from 'graphql-yoga';

/** A GraphQL error with code BAD_USER_INPUT, naming the argument at fault. */
export function badUserInput(message: string, argumentName?: string) {
  return createGraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
  });
}
