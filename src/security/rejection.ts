/** Errors for requests the server refuses to run: a clear message, a code, and an HTTP 4xx. */
import type { ASTNode } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';

export interface RejectionOptions {
  /** Where in the document the fault lies, for `locations`. */
  nodes?: ASTNode | readonly ASTNode[] | null;
  extensions?: Record<string, unknown>;
  /** HTTP status (default 400). */
  status?: number;
}

/**
 * A request error with `extensions.code`. The explicit HTTP status makes it a 4xx for every
 * client; without it Yoga would answer legacy `application/json` clients 200, as the spec asks
 * for ordinary parse and validation failures.
 */
export function rejection(message: string, code: string, { nodes, extensions, status = 400 }: RejectionOptions = {}) {
  return createGraphQLError(message, {
    nodes,
    extensions: { code, ...extensions, http: { status, spec: false } },
  });
}
