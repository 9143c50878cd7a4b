/**
 * Speed, as measured by `npm run bench` (see bench/RESULTS.md): operations compiled with
 * graphql-jit, persisted operations that browsers and CDNs can cache as plain GETs, and a
 * response cache whose ETag is derived from the dataset's digest and the operation, so that any
 * HTTP cache may keep a response for `max-age` and revalidate it with `If-None-Match` (→ 304).
 *
 * The dataset never changes while the server runs, so a cached response can only go stale with a
 * new dataset, and a new dataset means a new digest and so new ETags.
 */
import { createHash } from 'node:crypto';
import type { Plugin as EnvelopPlugin } from '@envelop/core';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { getOperationAST, valueFromASTUntyped, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Dataset } from './data/dataset.js';
import { loadExamples } from './explorer.js';

export interface PerformanceOptions {
  /** Execute operations with graphql-jit, compiled once per document (default true). */
  jit?: boolean;
  /** Keep whole responses in memory and send ETag, Cache-Control and 304s (default false). */
  responseCache?: boolean;
  /** How long HTTP caches may reuse a response without revalidating, in seconds (default 300). */
  maxAge?: number;
  /** Documents clients may send by hash alone: sha256 hex of the document → the document. */
  persistedOperations?: ReadonlyMap<string, string>;
}

/** The most response characters and responses the cache keeps; the least recently used go first. */
const CACHE_LIMITS = { size: 64 * 2 ** 20, entries: 10_000 };

/** The sha256 hex of a text, as persisted-operation clients compute it. */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Every `*.graphql` document in `dir`, keyed by its sha256 (Apollo's `persistedQuery` hash). */
export function readPersistedOperations(dir: string): Map<string, string> {
  return new Map(loadExamples(dir).map(({ source }) => [sha256(source), source]));
}

/** A least-recently-used map of response bodies, bounded in count and in total length. */
class ResponseCache {
  private readonly bodies = new Map<string, string>();
  private size = 0;

  constructor(private readonly limits: { size: number; entries: number }) {}

  /** The body kept under `key`, now the most recently used. */
  get(key: string): string | undefined {
    const body = this.bodies.get(key);
    if (body !== undefined) {
      this.bodies.delete(key);
      this.bodies.set(key, body);
    }
    return body;
  }

  /** Keeps `body` under `key`, dropping the least recently used bodies beyond the bounds. */
  set(key: string, body: string): void {
    if (body.length > this.limits.size || this.bodies.has(key)) return;
    this.bodies.set(key, body);
    this.size += body.length;
    for (const [oldest, dropped] of this.bodies) {
      if (this.size <= this.limits.size && this.bodies.size <= this.limits.entries) break;
      this.bodies.delete(oldest);
      this.size -= dropped.length;
    }
  }
}

/**
 * The response cache. Its key, sent as the ETag, is a hash of the dataset digest and the
 * operation (document, variables, operation name), so every replica over the same data sends
 * the same ETag. It keeps the serialised bytes: a hit is answered without executing or
 * serialising anything. Only answers without errors are kept. (@graphql-yoga/plugin-response-cache
 * was measured first: to invalidate by entity it rewrites every document and walks every result,
 * which took half the time of an uncached request; data that cannot change needs none of that.)
 */
function useHttpResponseCache(dataset: Dataset, maxAge: number): Plugin {
  const cache = new ResponseCache(CACHE_LIMITS);
  const cacheControl = `public, max-age=${maxAge}`;
  /** Requests whose answer is to be kept once executed, with the ETag to keep it under. */
  const misses = new WeakMap<Request, string>();
  /** Requests answered from the cache or kept in it, with their ETag for the response. */
  const cacheable = new WeakMap<Request, string>();
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      const wanted = request.headers.get('if-none-match');
      if (wanted && cache.get(wanted) !== undefined) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers: { etag: wanted, 'cache-control': cacheControl } }));
      }
    },
    onParams({ params, request, setResult }) {
      if (typeof params.query !== 'string') return;
      const etag = `"${sha256(`${dataset.digest}\n${params.operationName ?? ''}\n${JSON.stringify(params.variables ?? {})}\n${params.query}`)}"`;
      const body = cache.get(etag);
      if (body === undefined) {
        misses.set(request, etag);
        return;
      }
      cacheable.set(request, etag);
      setResult({ stringify: () => body } as ExecutionResult);
    },
    onExecute({ args }) {
      const { request } = args.contextValue as { request: Request };
      const etag = misses.get(request);
      if (etag === undefined) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result) || result.errors?.length) return;
          const body = (result as { stringify?: (r: unknown) => string }).stringify?.(result) ?? JSON.stringify(result);
          cache.set(etag, body);
          cacheable.set(request, etag);
          setResult({ ...result, stringify: () => body } as ExecutionResult);
        },
      };
    },
    onResponse({ request, response }) {
      const etag = cacheable.get(request);
      if (etag && response.status === 200) {
        response.headers.set('etag', etag);
        response.headers.set('cache-control', cacheControl);
      }
    },
  };
}

/**
 * Fills in the defaults of variables the request left out. graphql-jit reports a required
 * variable with a default (`$slug: String! = "kim-jong-un"`) as missing, where graphql-js, as
 * the spec says, uses the default; filled in beforehand, both answer alike.
 */
function useVariableDefaults(): EnvelopPlugin {
  return {
    onExecute({ args }) {
      const given = args.variableValues ?? {};
      const missing = getOperationAST(args.document, args.operationName)?.variableDefinitions?.filter(
        (definition) => definition.defaultValue && !(definition.variable.name.value in given),
      );
      if (!missing?.length) return;
      args.variableValues = {
        ...given,
        ...Object.fromEntries(missing.map((d) => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)])),
      };
    },
  };
}

/** The Yoga (and envelop) plugins for the chosen options, in the order they must run. */
export function usePerformance(dataset: Dataset, options: PerformanceOptions = {}): (Plugin | EnvelopPlugin)[] {
  const { jit = true, responseCache = false, maxAge = 300, persistedOperations } = options;
  const plugins: (Plugin | EnvelopPlugin)[] = [];
  // Persisted documents are resolved before the response cache, whose key is the document itself.
  if (persistedOperations) {
    plugins.push(
      usePersistedOperations({
        allowArbitraryOperations: true,
        getPersistedOperation: (hash) => persistedOperations.get(hash) ?? null,
      }),
    );
  }
  if (jit) plugins.push(useVariableDefaults(), useGraphQlJit());
  if (responseCache) plugins.push(useHttpResponseCache(dataset, maxAge));
  return plugins;
}
