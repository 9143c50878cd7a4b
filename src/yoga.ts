/**
 * Wires the dataset and the schema into a GraphQL Yoga server. Tests call it through
 * `yoga.fetch`; `main.ts` puts it on a port.
 */
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import pino, { type Logger } from 'pino';
import { createContext, type Context } from './context.js';
import type { Dataset } from './data/dataset.js';
import { explorerOptions, loadExamples } from './explorer.js';
import { useMetrics, useReadiness, useRequestLog, yogaLogger } from './observability.js';
import { usePerformance, type PerformanceOptions } from './performance.js';
import { schema } from './schema/index.js';
import { securityOptions } from './security/index.js';
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
}

/** Creates the Yoga server over a loaded dataset. */
export function createServer({ dataset, explorer = true, logger = pino({ enabled: false }), corsOrigins, createContext: contextOf = createContext, webAppDir, performance }: ServerOptions) {
  const security = securityOptions({ corsOrigins });
  return createYoga<Record<string, never>, Context>({
    schema,
    context: () => contextOf(dataset),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    ...security,
    logging: yogaLogger(logger),
    plugins: [useRequestLog(logger), useReadiness(dataset, schema), useMetrics(), useSchemaSdl(schema), useWebApp(webAppDir), ...security.plugins, ...usePerformance(dataset, performance)],
    graphiql: explorer && explorerOptions(loadExamples()),
    renderGraphiQL,
  });
}

export type Server = ReturnType<typeof createServer>;
