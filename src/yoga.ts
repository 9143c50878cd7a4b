/**
 * Wires the dataset and the schema into a GraphQL Yoga server. Tests call it through
 * `yoga.fetch`; `main.ts` puts `createApi(…).listener` (the fast lane in front of Yoga) on a port.
 */
import type { RequestListener } from 'node:http';
import { createYoga } from 'graphql-yoga';
import pino, { type Logger } from 'pino';
import { createContext, type Context } from './context.js';
import type { Dataset } from './data/dataset.js';
import { explorerOptions, loadExamples } from './explorer.js';
import { useExplorer } from './explorer-page.js';
import { useExports } from './export/index.js';
import { createMetrics, useReadiness, useRequestLog, yogaLogger } from './observability.js';
import { FastLane } from './performance/fast-lane.js';
import { createPerformance, type PerformanceOptions } from './performance/index.js';
import { schema } from './schema/index.js';
import { corsPolicy } from './security/cors.js';
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
  /** JIT, response cache and persisted operations (default: JIT only). */
  performance?: PerformanceOptions;
  /** Execution time-out in ms (default EXECUTION_TIMEOUT_MS); tests shorten it. */
  executionTimeoutMs?: number;
}

const GRAPHQL_ENDPOINT = '/graphql';

/** The API: the Yoga server, and the `node:http` listener that puts the fast lane in front of it. */
export function createApi({ dataset, explorer = true, logger = pino({ enabled: false }), corsOrigins, createContext: contextOf = createContext, webAppDir, performance, executionTimeoutMs = EXECUTION_TIMEOUT_MS }: ServerOptions) {
  const security = securityOptions({ corsOrigins, executionTimeoutMs });
  const metrics = createMetrics();
  const { plugins: speed, compiled, responses } = createPerformance(dataset, performance);
  const lane = new FastLane({
    schema,
    dataset,
    createContext: contextOf,
    compiled,
    responses,
    cors: corsPolicy(corsOrigins),
    executionTimeoutMs,
    logger,
    metrics,
    endpoint: GRAPHQL_ENDPOINT,
  });
  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    context: () => contextOf(dataset),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    landingPage: false,
    ...security,
    logging: yogaLogger(logger),
    plugins: [
      useRequestLog(logger),
      useReadiness(dataset, schema),
      metrics.plugin,
      useSchemaSdl(schema),
      useExports(schema, dataset),
      useWebApp(webAppDir),
      useExplorer(GRAPHQL_ENDPOINT, explorer ? explorerOptions(loadExamples()) : undefined),
      ...security.plugins,
      lane.plugin(),
      ...speed,
    ],
    // The explorer is served by useExplorer: a small page and long-cached files.
    graphiql: false,
  });
  return { yoga, lane, listener: lane.listener(yoga as RequestListener) };
}

/** The Yoga server alone, as tests call it through `yoga.fetch`. */
export const createServer = (options: ServerOptions) => createApi(options).yoga;

export type Server = ReturnType<typeof createServer>;
