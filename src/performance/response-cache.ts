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

/** The most response characters kept; the least recently used go first. */
const MAX_CHARACTERS = 16 * 2 ** 20;

/** Answers without errors, by ETag, with the headers that let HTTP caches keep them too. */
export class ResponseCache {
  private readonly bodies = new LRUCache<string, string>({ maxSize: MAX_CHARACTERS, sizeCalculation: (body, etag) => Math.max(body.length + etag.length, 1) });
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
   * Undefined for variables JSON cannot write back (nested past the stack), which are not cached.
   */
  etagOf({ query, operationName, variables }: OperationParams): string | undefined {
    let written: string;
    try {
      written = JSON.stringify(variables ?? {});
    } catch {
      return undefined;
    }
    return `"${sha256(`${this.datasetDigest}\n${operationName ?? ''}\n${written}\n${query}`)}"`;
  }

  /** The body kept under `etag`, now the most recently used. */
  get(etag: string): string | undefined {
    return this.bodies.get(etag);
  }

  /** The headers that let HTTP caches keep the answer under `etag` and revalidate it. */
  headersFor(etag: string): { etag: string; 'cache-control': string } {
    return { etag, 'cache-control': this.cacheControl };
  }

  /** Keeps `body` under `etag` (bodies over the whole cache's size are not kept). */
  set(etag: string, body: string): void {
    if (body.length < MAX_CHARACTERS) this.bodies.set(etag, body);
  }
}

/** What the response cache knows of a request: its answer's ETag, and whether the cache answered it. */
interface Entry {
  etag: string;
  hit: boolean;
}

/**
 * The response cache in Yoga's pipeline. A hit is answered without executing or serialising
 * anything; an answer without errors, however it was executed (Yoga or the fast lane), is kept.
 * `headersFor(request, status)` gives the ETag and Cache-Control of a request's answer, which
 * `useRepresentation` sends (and compares with `If-None-Match`).
 */
export function useResponseCache(cache: ResponseCache) {
  const entries = new WeakMap<Request, Entry>();
  const plugin: Plugin = {
    onParams({ params, request, setResult }) {
      if (typeof params.query !== 'string') return;
      const etag = cache.etagOf(params as OperationParams);
      if (etag === undefined) return;
      const body = cache.get(etag);
      entries.set(request, { etag, hit: body !== undefined });
      if (body !== undefined) setResult({ stringify: () => body } as ExecutionResult);
    },
    onExecutionResult({ request, result, setResult }) {
      const entry = entries.get(request);
      if (!entry || entry.hit || !result || isAsyncIterable(result) || Array.isArray(result) || result.errors?.length) {
        if (entry && !entry.hit) entries.delete(request);
        return;
      }
      const body = (result as { stringify?: (r: unknown) => string }).stringify?.(result) ?? JSON.stringify(result);
      cache.set(entry.etag, body);
      setResult({ ...result, stringify: () => body } as ExecutionResult);
    },
  };
  const headersFor = (request: Request, status: number) => {
    const entry = status === 200 ? entries.get(request) : undefined;
    return entry && cache.headersFor(entry.etag);
  };
  return { plugin, headersFor };
}
