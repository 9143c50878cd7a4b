/** Test helpers: one server over the real dataset, and requests through `yoga.fetch`. */
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../src/data/load.js';
import { createServer } from '../src/yoga.js';

export const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
export const dataset = loadDataset(DATA_DIR);
export const yoga = createServer({ dataset });

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
  headers: Headers;
}

/** Posts a GraphQL operation to the real Yoga pipeline and returns status, data and errors. */
export async function request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
  return { status: response.status, headers: response.headers, ...body };
}

/** Runs an operation that must succeed, and returns its data (throws with the errors otherwise). */
export async function query<T = any>(source: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await request<T>(source, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** The global id the API gives an entity of `typename` with `slug`. */
export async function globalId(typename: string, slug: string): Promise<string> {
  const field = typename.charAt(0).toLowerCase() + typename.slice(1);
  const data = await query(`query ($slug: String!) { ${field}(slug: $slug) { id } }`, { slug });
  return data[field].id;
}
