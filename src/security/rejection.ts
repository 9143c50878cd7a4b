/**
 * The one way to make an error a client causes: a message it can act on, a machine-readable
 * `extensions.code`, the argument at fault, and, for a request refused as a whole, its HTTP 4xx.
 */
import type { ASTNode } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

export interface RejectionOptions {
  /** Where in the document the fault lies, for `locations`. */
  nodes?: ASTNode | readonly ASTNode[] | null;
  extensions?: Record<string, unknown>;
  /** The argument at fault (`filter.text`), as `extensions.argumentName`. */
  argumentName?: string;
  /**
   * HTTP status (default 400); null for an error raised while executing, whose status the
   * whole result decides (see client-errors.ts).
   */
  status?: number | null;
}

/**
 * A client error with `extensions.code`. The explicit HTTP status makes a refused request a 4xx
 * for every client; without it Yoga would answer legacy `application/json` clients 200, as the
 * spec asks for ordinary parse and validation failures.
 */
export function rejection(message: string, code: string, { nodes, extensions, argumentName, status = 400 }: RejectionOptions = {}) {
  return createGraphQLError(message, {
    nodes,
    extensions: {
      code,
      ...(argumentName ? { argumentName } : {}),
      ...extensions,
      ...(status === null ? {} : { http: { status, spec: false } }),
    },
  });
}

/** A BAD_USER_INPUT error a resolver raises, naming the argument at fault. */
export function badUserInput(message: string, argumentName?: string) {
  return rejection(message, 'BAD_USER_INPUT', { argumentName, status: null });
}
