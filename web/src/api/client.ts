/** Posts the generated documents to the API of the same origin and unwraps the answer. */
import type { TypedDocumentString } from '../gql/graphql';

/** Where the API answers: the server that serves this app. */
const ENDPOINT = '/graphql';

/** An error the API reported (with its code) or the request could not get an answer. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs `document` with `variables`; resolves with its data or rejects with an ApiError. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(`The API could not be reached (${String(error)}).`, 'NETWORK_ERROR');
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new ApiError(`The API answered ${response.status} ${response.statusText} without a GraphQL response.`, `HTTP_${response.status}`);
  }
  const [first] = body.errors ?? [];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? `HTTP_${response.status}`);
  if (body.data == null) throw new ApiError(`The API answered ${response.status} without data.`, `HTTP_${response.status}`);
  return body.data;
}
