/**
 * Test helpers: servers over the real dataset, driven as production drives them: through
 * `createApi(…).listener` on a real loopback port, with the options `main.ts` uses.
 */
import type { RequestListener, Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadDataset } from '../src/data/load.js';
import { createHttpServer } from '../src/http-server.js';
import { readPersistedOperations } from '../src/performance/index.js';
import { createApi, type ServerOptions } from '../src/yoga.js';

export const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));
export const dataset = loadDataset(DATA_DIR);

/** The measures `main.ts` turns on by default: graphql-jit, the response cache, the fast lane, the examples persisted. */
export const PRODUCTION_PERFORMANCE = {
  jit: true,
  responseCache: true,
  fastLane: true,
  persistedOperations: readPersistedOperations(fileURLToPath(new URL('../examples', import.meta.url))),
};

/** A real HTTP listener for `handler` on 127.0.0.1 (never another interface), on a free port. */
export async function listen(handler: RequestListener): Promise<{ origin: string; server: HttpServer }> {
  const server = createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** A logger at `level` whose lines are collected, parsed, in `lines`. */
export function collectedLog(level = 'info') {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).trim().split('\n')) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: pino({ level }, sink) };
}

/** A server's listener on loopback, and a `fetch` that sends any URL's path and query to it. */
export function serve(options: Partial<ServerOptions> = {}) {
  const api = createApi({ dataset, performance: PRODUCTION_PERFORMANCE, ...options });
  const listening = listen(api.listener);
  return {
    api,
    metrics: api.metrics,
    listening,
    async fetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
      const { origin } = await listening;
      const request = new Request(input, init);
      const { pathname, search } = new URL(request.url);
      const target = `${origin}${pathname}${search}`;
      // A body given as a stream goes as one (chunked); any other is sent whole with its length, as clients send it.
      if (!request.body || init?.body instanceof ReadableStream) return fetch(new Request(target, request));
      return fetch(target, { method: request.method, headers: request.headers, body: await request.arrayBuffer(), signal: request.signal, redirect: request.redirect });
    },
    async close(): Promise<void> {
      const { server } = await listening;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Served = ReturnType<typeof serve>;

/** The server most tests share. */
export const server = serve();

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown }; path?: (string | number)[] }[];
  headers: Headers;
}

/** Posts a GraphQL operation to the server and returns status, data and errors. */
export async function request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const response = await server.fetch('http://localhost/graphql', {
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
