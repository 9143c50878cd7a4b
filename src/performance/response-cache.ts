/**
 * The response cache: whole answers kept as the bytes sent, under an ETag derived from the
 * dataset's digest and the operation, so that any HTTP cache may keep a response for `max-age`
 * and revalidate it with `If-None-Match` (→ 304).
 *
 * The dataset never changes while the server runs, so a cached response can only go stale with a
 * new dataset, and a new dataset means a new digest and so new ETags.
 * (@graphql-yoga/plugin-response-cache was measured first: to invalidate by entity it rewrites
 * every document and walks every result, which took half the time of an uncached request; data
 * that cannot change needs none of that.)
 */
import { createHash } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/** The sha256 hex of a text, as persisted-operation clients compute it. */
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** What identifies an operation: the request's GraphQL parameters. */
export interface OperationParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** The most response characters and responses kept; the least recently used go first. */
const LIMITS = { maxSize: 64 * 2 ** 20, max: 10_000 };

/** Answers without errors, by ETag, with the headers that let HTTP caches keep them too. */
export class ResponseCache {
  private readonly bodies = new LRUCache<string, string>({ ...LIMITS, sizeCalculation: (body) => Math.max(body.length, 1) });
  /** The `Cache-Control` header of every cacheable answer. */
  private readonly cacheControl: string;

  constructor(
    private readonly datasetDigest: string,
    maxAgeSeconds: number,
  ) {
    this.cacheControl = `public, max-age=${maxAgeSeconds}`;
  }

  /**
   * The ETag of an operation over this dataset: a hash of the digest, the operation name, the
   * variables and the document, so every replica over the same data sends the same one.
   */
  etagOf({ query, operationName, variables }: OperationParams): string {
    return `"${sha256(`${this.datasetDigest}\n${operationName ?? ''}\n${JSON.stringify(variables ?? {})}\n${query}`)}"`;
  }

  /** The body kept under `etag`, now the most recently used. */
  get(etag: string): string | undefined {
    return this.bodies.get(etag);
  }

  /** Whether `etag` (an `If-None-Match`) names an answer still kept, so a 304 may answer it. */
  isCurrent(etag: string | null | undefined): etag is string {
    return !!etag && this.get(etag) !== undefined;
  }

  /** The headers that let HTTP caches keep the answer under `etag` and revalidate it. */
  headersFor(etag: string): { etag: string; 'cache-control': string } {
    return { etag, 'cache-control': this.cacheControl };
  }

  /** Keeps `body` under `etag` (bodies over the whole cache's size are not kept). */
  set(etag: string, body: string): void {
    if (body.length <= LIMITS.maxSize) this.bodies.set(etag, body);
  }
}

/**
 * The response cache in Yoga's pipeline (the fast lane reads and fills the same cache). A hit is
 * answered without executing or serialising anything; only answers without errors are kept.
 */
export function useResponseCache(cache: ResponseCache): Plugin {
  /** Requests whose answer is to be kept once executed, with the ETag to keep it under. */
  const misses = new WeakMap<Request, string>();
  /** Requests answered from the cache or kept in it, with their ETag for the response. */
  const cacheable = new WeakMap<Request, string>();
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      const wanted = request.headers.get('if-none-match');
      if (cache.isCurrent(wanted)) endResponse(new fetchAPI.Response(null, { status: 304, headers: cache.headersFor(wanted) }));
    },
    onParams({ params, request, setResult }) {
      if (typeof params.query !== 'string') return;
      const etag = cache.etagOf(params as OperationParams);
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
        for (const [name, value] of Object.entries(cache.headersFor(etag))) response.headers.set(name, value);
      }
    },
  };
}
