/**
 * A minimal typed client for escalation-graph: send a generated document, get its typed data.
 * Uses only `fetch`, so it runs in browsers, Node and workers alike.
 */
import type { TypedDocumentString } from './generated/graphql.js';

/** One GraphQL error as the API returns it. */
export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: (string | number)[];
}

/** Thrown when the API answers with errors (or with no data): carries them for the caller. */
export class GraphQLRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: GraphQLErrorEntry[],
  ) {
    super(errors.map((error) => error.message).join('; ') || `the API answered HTTP ${status} with no data`);
    this.name = 'GraphQLRequestError';
  }
}

export interface ClientOptions {
  /** The API's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  endpoint: string;
  /** The fetch to use (default: the global one). */
  fetch?: typeof fetch;
}

/** The variables argument: required only when the operation has a variable with no default. */
type VariablesArgument<TVariables> = {} extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** Runs one typed operation and resolves with its data. */
export type Execute = <TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
) => Promise<TResult>;

/** Creates the function that runs typed operations against `endpoint`. */
export function createClient({ endpoint, fetch: fetchImpl = fetch }: ClientOptions): Execute {
  return async function execute<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...[variables]: VariablesArgument<TVariables>
  ): Promise<TResult> {
    const response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLErrorEntry[] };
    if (body.errors?.length || body.data == null) throw new GraphQLRequestError(response.status, body.errors ?? []);
    return body.data as TResult;
  };
}
