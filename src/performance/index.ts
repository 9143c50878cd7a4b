/**
 * Speed, as measured by `npm run bench` (see bench/RESULTS.md): operations compiled with
 * graphql-jit, a response cache with ETags, persisted operations that browsers and CDNs can
 * cache as plain GETs, and the fast lane that answers admitted operations without Yoga's
 * per-request machinery (fast-lane.ts).
 */
import type { Plugin as EnvelopPlugin } from '@envelop/core';
import type { Plugin } from 'graphql-yoga';
import type { Dataset } from '../data/dataset.js';
import { createCompiledCache, useJit, useVariableDefaults, type CompiledCache } from './jit.js';
import { usePersistedQueries } from './persisted.js';
import { ResponseCache, sha256, useResponseCache } from './response-cache.js';

export { sha256 };
export { documentHash, readPersistedOperations } from './persisted.js';

export interface PerformanceOptions {
  /** Execute operations with graphql-jit, compiled once per document (default true). */
  jit?: boolean;
  /** Keep whole responses in memory and send ETag, Cache-Control and 304s (default false). */
  responseCache?: boolean;
  /** How long HTTP caches may reuse a response without revalidating, in seconds (default 300). */
  maxAge?: number;
  /** The fixed list of persisted documents: sha256 hex of the printed document → the document (persisted.ts). */
  persistedOperations?: ReadonlyMap<string, string>;
  /** Trusted documents: run only the fixed list (default false: any document, and APQ). */
  persistedOnly?: boolean;
}

/** The chosen measures: Yoga's plugins for them, and the caches the fast lane shares. */
export interface Performance {
  plugins: (Plugin | EnvelopPlugin)[];
  /** Compiled operations, when graphql-jit is on. */
  compiled?: CompiledCache;
  /** Whole responses, when the response cache is on. */
  responses?: ResponseCache;
}

/** The plugins (in the order they must run) and caches for the chosen options. */
export function createPerformance(dataset: Dataset, options: PerformanceOptions = {}): Performance {
  const { jit = true, responseCache = false, maxAge = 300, persistedOperations, persistedOnly = false } = options;
  // Persisted documents are resolved before the response cache, whose key is the document itself.
  const plugins: (Plugin | EnvelopPlugin)[] = [usePersistedQueries({ documents: persistedOperations, only: persistedOnly })];
  const compiled = jit ? createCompiledCache() : undefined;
  if (compiled) plugins.push(useVariableDefaults(), useJit(compiled));
  const responses = responseCache ? new ResponseCache(dataset.digest, maxAge) : undefined;
  if (responses) plugins.push(useResponseCache(responses));
  return { plugins, compiled, responses };
}
