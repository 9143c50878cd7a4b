/**
 * Wires the dataset and the schema into a GraphQL Yoga server. `main.ts` serves
 * `createApi(…).listener` (Yoga behind the front door) on a port, and so do the tests, over loopback.
 */
import type { RequestListener } from 'node:http';
import type { DocumentNode, GraphQLError } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import pino, { type Logger } from 'pino';
import { createContext, type Context } from './context.js';
import type { Dataset } from './data/dataset.js';
import { plainListSizes } from './data/list-sizes.js';
import { explorerOptions, loadExamples } from './explorer.js';
import { useExplorer } from './explorer-page.js';
import { useExports } from './export/index.js';
import { createMetrics, useReadiness, useRequestLog, yogaLogger } from './observability.js';
import { assertLaneHonours } from './performance/fast-lane.js';
import { FrontDoor } from './performance/front-door.js';
import { createPerformance, operationNames, type PerformanceOptions } from './performance/index.js';
import { Compression, useRepresentation } from './performance/representation.js';
import { schema } from './schema/index.js';
import { securityOptions } from './security/index.js';
import { EXECUTION_TIMEOUT_MS } from './security/limits.js';
import { useSchemaSdl } from './schema-sdl.js';
import { useWebApp } from './web-app.js';

export interface ServerOptions {
  dataset: Dataset;
  /** Serve the GraphiQL explorer on GET /graphql, with examples/ as its tabs (default true). */
  explorer?: boolean;
  /** Where request logs go (default: nowhere, as in tests). */
  logger?: Logger;
  /** Origins browsers may read the API from (default: any origin, never with credentials). */
  corsOrigins?: string[];
  /** Builds each request's context (default `createContext`); tests pass one that keeps the contexts. */
  createContext?: (dataset: Dataset) => Context;
  /** Serve the web client's build from this folder under /app (default: not served). */
  webAppDir?: string;
  /** JIT, response cache, persisted operations and the fast lane (default: JIT and the lane). */
  performance?: PerformanceOptions;
  /** Execution time-out in ms (default EXECUTION_TIMEOUT_MS); tests shorten it. */
  executionTimeoutMs?: number;
  /** Request-level rules to add to the security rules (an authentication check, say). */
  plugins?: Plugin[];
}

const GRAPHQL_ENDPOINT = '/graphql';

/** Bytes of parsed documents (and of documents that failed to parse) Yoga keeps. */
const PARSED_BYTES = 8 * 2 ** 20;
/** A parsed document takes about twenty times its text (measured over the examples). */
const PARSED_BYTES_PER_CHARACTER = 20;

/** Yoga's parse cache, bounded by what the documents take rather than by their number. */
function parseCaches() {
  const sizeCalculation = (_value: unknown, query: string) => Math.max(1, query.length * (PARSED_BYTES_PER_CHARACTER + 2));
  return {
    documentCache: new LRUCache<string, DocumentNode>({ maxSize: PARSED_BYTES, sizeCalculation }),
    errorCache: new LRUCache<string, GraphQLError>({ maxSize: PARSED_BYTES / 4, sizeCalculation }),
  };
}

/** The API: the Yoga server, the `node:http` listener that serves it, and its metrics. */
export function createApi({ dataset, explorer = true, logger = pino({ enabled: false }), corsOrigins, createContext: contextOf = createContext, webAppDir, performance, executionTimeoutMs = EXECUTION_TIMEOUT_MS, plugins = [] }: ServerOptions) {
  const listSizes = plainListSizes(dataset);
  const security = securityOptions({ corsOrigins, executionTimeoutMs, listSizes });
  const metrics = createMetrics(operationNames(performance?.persistedOperations?.values() ?? []));
  const speed = createPerformance({ schema, dataset, createContext: contextOf, executionTimeoutMs, listSizes }, performance);
  // The context every execution gets; the fast lane builds the same with `contextOf`.
  // The front door replays Yoga's answers; a rule added from outside may depend on more than the request, so it rules the door out.
  const compression = new Compression();
  const door = speed.lane && plugins.length === 0 ? new FrontDoor({ endpoint: GRAPHQL_ENDPOINT, lane: speed.lane, responses: speed.responses, logger, metrics, compression }) : undefined;
  const contextBuilder: Plugin = { onContextBuilding: ({ extendContext }) => extendContext(contextOf(dataset) as never) };
  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    ...security,
    parserAndValidationCache: parseCaches(),
    logging: yogaLogger(logger),
    plugins: [
      contextBuilder,
      // First of the request-phase plugins, so that every later `onResponse` (the log, the metrics) sees what is sent.
      useRepresentation({ variesByAccept: new Set([GRAPHQL_ENDPOINT]), cachingHeaders: speed.cachingHeaders, compression }),
      useRequestLog(logger, metrics),
      useReadiness(dataset, schema),
      useSchemaSdl(schema),
      useExports(schema, dataset),
      useWebApp(webAppDir),
      useExplorer(GRAPHQL_ENDPOINT, explorer ? explorerOptions(loadExamples()) : undefined),
      ...security.plugins,
      ...plugins,
      ...speed.plugins,
      // Last, so that it keeps what every other plugin made of the answer.
      ...(door ? [door.plugin()] : []),
    ],
    // The explorer is served by useExplorer: a small page and long-cached files.
    graphiql: false,
  });
  if (speed.lane) assertLaneHonours((yoga as unknown as { plugins: object[] }).plugins, contextBuilder);
  return { yoga, lane: speed.lane, door, metrics, listener: door ? door.listener(yoga as RequestListener) : (yoga as RequestListener) };
}

/** The Yoga server alone. */
export const createServer = (options: ServerOptions) => createApi(options).yoga;

export type Server = ReturnType<typeof createServer>;
