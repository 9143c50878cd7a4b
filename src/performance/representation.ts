/**
 * What every response goes out as, whoever answered it (GraphQL, the explorer, the web client,
 * the SDL, any route to come): `Vary` for what it was chosen by, conditional requests
 * (RFC 9110 §13.1.2) and compression (br or gzip, as `Accept-Encoding` prefers).
 *
 * One request-level policy, in the Yoga plugin `useRepresentation`, which must be the first
 * plugin so that its `onResponse` runs before the others' (which then log and count what is
 * really sent).
 *
 * Compression is written here rather than taken from `@whatwg-node/server`'s
 * `useContentEncoding`, which was tried first: it ignores q-values (`gzip;q=0` still gets gzip),
 * sends no `Vary: Accept-Encoding`, compresses 30-byte answers and 304s alike, cannot do br on
 * Node 20 (whose CompressionStream has gzip and deflate only) and recompresses the same bytes on
 * every request. Negotiation itself is the `negotiator` package's (Express's).
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

type OnResponsePayload = Parameters<NonNullable<Plugin['onResponse']>>[0];
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Smaller bodies go out as they are: compressing them saves less than it costs. */
const MIN_COMPRESSED_BYTES = 1_024;
/** Bodies this large, or with an ETag, keep their compressed bytes for the next request. */
const MIN_CACHED_BYTES = 32 * 1_024;
/** Bytes of compressed bodies kept; the least recently used go first. */
const COMPRESSED_CACHE_BYTES = 32 * 2 ** 20;

/** Media types worth compressing (images and fonts here are compressed already). */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|graphql-response\+json|javascript|xml)|image\/svg\+xml)/;

const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** br at quality 5 is about gzip's speed with a tenth smaller output; 11 takes seconds for the explorer page. */
const compressors: Record<Encoding, (bytes: Buffer) => Promise<Buffer>> = {
  br: (bytes) => brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  gzip: (bytes) => gzipped(bytes, { level: 6 }),
};

/**
 * The entity tags of an `If-None-Match` field: `*`, or the opaque tags of a comma-separated
 * list, weak ones (`W/"…"`) included as the weak comparison asks.
 */
function listedTags(field: string): '*' | string[] {
  if (field.trim() === '*') return '*';
  return [...field.matchAll(/(?:W\/)?("[^"]*")/g)].map((match) => match[1]);
}

/** Whether `If-None-Match` matches `etag` by the weak comparison (RFC 9110 §8.8.3.2). */
export function noneMatchHits(field: string | null, etag: string): boolean {
  if (!field) return false;
  const tags = listedTags(field);
  const opaque = etag.replace(/^W\//, '');
  return tags === '*' || tags.includes(opaque);
}

/** The encoding `Accept-Encoding` prefers (br over gzip when it likes both alike), or undefined for none. */
function chooseEncoding(accepted: string | null): Encoding | undefined {
  if (!accepted) return undefined;
  const negotiator = new Negotiator({ headers: { 'accept-encoding': accepted } });
  // The types of negotiator 1.x lack the `preferred` option its `encoding` takes.
  const choice = (negotiator.encoding as (available: string[], options: { preferred: string[] }) => string | undefined)([...ENCODINGS, 'identity'], { preferred: [...ENCODINGS] });
  return choice === 'br' || choice === 'gzip' ? choice : undefined;
}

/** `etag` for the representation in `encoding` (a strong tag names one exact byte sequence). */
export const encodedTag = (etag: string, encoding: Encoding) => etag.replace(/"$/, `-${encoding}"`);

/** Adds `fields` to a response's `Vary`, once each. */
export function addVary(headers: Headers, ...fields: string[]): void {
  const present = (headers.get('vary') ?? '').split(',').map((field) => field.trim()).filter(Boolean);
  const lower = new Set(present.map((field) => field.toLowerCase()));
  const added = fields.filter((field) => !lower.has(field.toLowerCase()));
  if (added.length) headers.set('vary', [...present, ...added].join(', '));
}

export interface RepresentationOptions {
  /** Paths whose answers depend on `Accept` (the GraphQL endpoint: JSON, or the explorer page). */
  variesByAccept: ReadonlySet<string>;
  /** The ETag and Cache-Control of a request's answer, when a cache gives it one. */
  cachingHeaders?: (request: Request, status: number) => Record<string, string> | undefined;
  /** The server's compression (shared with the front door). */
  compression: Compression;
}

/**
 * A strong ETag names one exact representation: an answer sent as `application/json` (legacy
 * clients) and the same one as `application/graphql-response+json` get different tags.
 */
export const withMediaType = (etag: string, type: string) => (type.startsWith('application/json') ? etag.replace(/"$/, '-json"') : etag);

/** Compression as every answer gets it: which encoding, and the compressed bytes, kept when worth keeping. */
export class Compression {
  private readonly kept = new LRUCache<string, Buffer>({ maxSize: COMPRESSED_CACHE_BYTES, sizeCalculation: (bytes) => Math.max(1, bytes.length) });

  /** Whether a body of media type `type` is compressed at all (and so varies by `Accept-Encoding`). */
  compressible(type: string): boolean {
    return COMPRESSIBLE.test(type);
  }

  /** The encoding a body of `length` bytes of a compressible type goes out in, for a request's `Accept-Encoding`. */
  encodingFor(acceptEncoding: string | null | undefined, length: number): Encoding | undefined {
    return length >= MIN_COMPRESSED_BYTES ? chooseEncoding(acceptEncoding ?? null) : undefined;
  }

  /**
   * `bytes` in `encoding`. Kept for the next request under `tag` (the representation's ETag), or,
   * without a tag, under a hash of large bodies.
   */
  async encode(bytes: Buffer, encoding: Encoding, tag?: string): Promise<Buffer> {
    const key = tag ?? (bytes.length >= MIN_CACHED_BYTES ? `${createHash('sha1').update(bytes).digest('base64')}-${encoding}` : undefined);
    const cached = key === undefined ? undefined : this.kept.get(key);
    if (cached) return cached;
    const body = await compressors[encoding](bytes);
    if (key !== undefined) this.kept.set(key, body);
    return body;
  }
}

export function useRepresentation({ variesByAccept, cachingHeaders, compression }: RepresentationOptions): Plugin {
  /** Sends `response` compressed (when `mayCompress`), or a 304 in its place: once its body has to be read. */
  async function represent({ request, response, setResponse, fetchAPI }: OnResponsePayload, mayCompress: boolean): Promise<void> {
    const { headers } = response;
    const etag = headers.get('etag');
    const bytes = mayCompress ? Buffer.from(await response.arrayBuffer()) : undefined;
    const encoding = bytes && compression.encodingFor(request.headers.get('accept-encoding'), bytes.length);
    const representationTag = etag && encoding ? encodedTag(etag, encoding) : etag;

    const method = request.method;
    if (representationTag && response.status === 200 && (method === 'GET' || method === 'HEAD') && noneMatchHits(request.headers.get('if-none-match'), representationTag)) {
      const kept = new fetchAPI.Headers();
      for (const name of ['etag', 'cache-control', 'vary', 'content-location', 'expires']) {
        const value = name === 'etag' ? representationTag : headers.get(name);
        if (value) kept.set(name, value);
      }
      setResponse(new fetchAPI.Response(null, { status: 304, headers: kept }));
      return;
    }
    if (!bytes || method === 'HEAD') return; // nothing to compress (a HEAD has no body to measure)
    let body: Buffer = bytes;
    if (encoding) {
      body = await compression.encode(bytes, encoding, representationTag ?? undefined);
      headers.set('content-encoding', encoding);
      if (representationTag) headers.set('etag', representationTag);
    }
    headers.set('content-length', String(body.length));
    setResponse(new fetchAPI.Response(method === 'HEAD' ? null : new Uint8Array(body), { status: response.status, statusText: response.statusText, headers }));
  }

  return {
    // Synchronous unless the body has to be read: most answers only get headers here.
    onResponse(payload) {
      const { request, response } = payload;
      const { headers } = response;
      for (const [name, value] of Object.entries(cachingHeaders?.(request, response.status) ?? {})) {
        headers.set(name, name === 'etag' ? withMediaType(value, headers.get('content-type') ?? '') : value);
      }
      if (variesByAccept.has(new URL(request.url).pathname)) addVary(headers, 'Accept');
      const type = headers.get('content-type') ?? '';
      const compressible = compression.compressible(type) && !headers.has('content-encoding') && response.status !== 204 && response.status !== 304;
      if (compressible) addVary(headers, 'Accept-Encoding');
      const announced = headers.has('content-length') ? Number(headers.get('content-length')) : Infinity;
      const encoding = compressible ? compression.encodingFor(request.headers.get('accept-encoding'), announced) : undefined;
      if (!headers.has('etag') && !encoding) return undefined;
      return represent(payload, encoding !== undefined);
    },
  };
}
