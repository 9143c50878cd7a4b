/**
 * Speed, as measured by `npm run bench` (see bench/RESULTS.md): operations compiled with
 * graphql-jit, a response cache with ETags, persisted documents that browsers and CDNs can
 * cache as plain GETs, and the fast lane that runs admitted documents without Yoga's document
 * phase (fast-lane.ts). Compilation and admission wait for a document's second sighting.
 */
import type { Plugin as EnvelopPlugin } from '@envelop/core';
import { getOperationAST, parse, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { Dataset } from '../data/dataset.js';
import type { ListSizes } from '../security/operation-limits.js';
import { FastLane } from './fast-lane.js';
import { createCompiledCache, useJit, useVariableDefaults } from './jit.js';
import { usePersistedQueries } from './persisted.js';
import { ResponseCache, sha256, useResponseCache } from './response-cache.js';
import { Sightings } from './sightings.js';

export { sha256 };
export { documentHash, readPersistedOperations } from './persisted.js';

export interface PerformanceOptions {
  /** Execute operations with graphql-jit, compiled once per repeated document (default true). */
  jit?: boolean;
  /** Keep whole responses in memory and send ETag, Cache-Control and 304s (default false). */
  responseCache?: boolean;
  /** How long HTTP caches may reuse a response without revalidating, in seconds (default 300). */
  maxAge?: number;
  /** The fixed list of persisted documents: sha256 hex of the printed document → the document (persisted.ts). */
  persistedOperations?: ReadonlyMap<string, string>;
  /** Trusted documents: run only the fixed list (default false: any document, and APQ). */
  persistedOnly?: boolean;
  /** Run repeated documents on the fast lane (default true). */
  fastLane?: boolean;
}

/** What the measures need from the server. */
export interface PerformanceContext {
  schema: GraphQLSchema;
  dataset: Dataset;
  createContext: (dataset: Dataset) => Context;
  executionTimeoutMs: number;
  listSizes: ListSizes;
}

/** The names of the operations in `documents` (those metrics may label by name). */
export function operationNames(documents: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const document of documents) {
    const name = getOperationAST(parse(document))?.name?.value;
    if (name) names.add(name);
  }
  return names;
}

/** The plugins (in the order they must run), the fast lane, the response cache and its headers. */
export function createPerformance(server: PerformanceContext, options: PerformanceOptions = {}) {
  const { jit = true, responseCache = false, maxAge = 300, persistedOperations, persistedOnly = false, fastLane = true } = options;
  // Persisted documents are resolved first: the response cache's key is the document itself.
  const plugins: (Plugin | EnvelopPlugin)[] = [usePersistedQueries({ documents: persistedOperations, only: persistedOnly })];
  const sightings = new Sightings(new Set(persistedOperations?.values()));
  plugins.push(sightings.plugin());
  const responses = responseCache ? new ResponseCache(server.dataset.digest, maxAge) : undefined;
  const cache = responses && useResponseCache(responses);
  if (cache) plugins.push(cache.plugin);
  const compiled = jit ? createCompiledCache() : undefined;
  if (compiled) plugins.push(useVariableDefaults(), useJit(compiled, sightings));
  const lane = fastLane ? new FastLane({ ...server, compiled, sightings }) : undefined;
  if (lane) plugins.push(lane.plugin());
  return { plugins, lane, responses, cachingHeaders: cache?.headersFor };
}
