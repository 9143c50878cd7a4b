/**
 * Persisted queries, as standard clients speak them:
 *
 * - Automatic persisted queries (APQ, Apollo's `PersistedQueryLink`, urql's persisted exchange):
 *   the client sends the sha256 of its document as sent; on `PersistedQueryNotFound` it sends the
 *   hash and the document, which registers it; from then on the hash alone works, as a GET too.
 * - Persisted documents (`@graphql-codegen/client-preset`'s `persistedDocuments`): a fixed list
 *   keyed by the sha256 of the normalised printed document, which clients send as
 *   `extensions.persistedQuery.sha256Hash` or as `documentId: "sha256:<hex>"`.
 * - Trusted documents (`only`): nothing but the fixed list runs.
 *
 * Written here rather than with `@graphql-yoga/plugin-apq` and
 * `@graphql-yoga/plugin-persisted-operations` together: the newest plugin-apq on the registry
 * (3.6.2) requires `@graphql-tools/utils` 10 where our Yoga plugins need 11, and the two plugins
 * cannot share one look-up (plugin-persisted-operations runs any document that comes with a hash
 * without registering it, and answers a body with no query with a 200 instead of Yoga's 400).
 */
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { parse } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { loadExamples } from '../explorer.js';
import { sha256 } from './response-cache.js';

/**
 * The APQ store's bound, in UTF-16 code units of the documents kept (least recently used go
 * first). Anyone may register a document, so the store must not grow with what clients send: 8
 * million characters (at most 16 MB of memory) hold a thousand documents of the largest size the token limit lets through (about 8 kB), far
 * more than the distinct operations real clients of this API send.
 */
export const APQ_STORE_MAX_SIZE = 8 * 2 ** 20;

/** The key of a persisted document: the sha256 hex of its normalised printed form, as the client preset computes it. */
export function documentHash(source: string): string {
  return sha256(printExecutableGraphQLDocument(parse(source)));
}

/**
 * Every `*.graphql` document in `dir` as written, keyed by the hash of its printed form. The
 * document runs as written: the printed form sorts fields, and an answer follows the order of the
 * document it runs, so a persisted operation answers the very bytes its text answers.
 */
export function readPersistedOperations(dir: string): Map<string, string> {
  return new Map(loadExamples(dir).map(({ source }) => [documentHash(source), source]));
}

export interface PersistedQueryOptions {
  /** The fixed list: sha256 hex of the printed document → the document. */
  documents?: ReadonlyMap<string, string>;
  /** Trusted documents: run nothing but the fixed list (no APQ registration, no free text). */
  only?: boolean;
}

/** A client error of this module: HTTP status and code. */
const refuse = (message: string, code: string, status: number) => createGraphQLError(message, { extensions: { code, http: { status } } });

/** The hash a request names: APQ's `extensions.persistedQuery`, or a persisted `documentId`. */
function requestedHash(params: { extensions?: Record<string, unknown>; documentId?: unknown }): string | undefined {
  const persisted = params.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (persisted && persisted.version === 1 && typeof persisted.sha256Hash === 'string') return persisted.sha256Hash.toLowerCase();
  if (typeof params.documentId === 'string') return params.documentId.replace(/^sha256:/i, '').toLowerCase();
  return undefined;
}

/** The Yoga plugin resolving hashes to documents before Yoga checks that a request has a query. */
export function usePersistedQueries({ documents = new Map(), only = false }: PersistedQueryOptions = {}): Plugin {
  const registered = new LRUCache<string, string>({ maxSize: APQ_STORE_MAX_SIZE, sizeCalculation: (document) => Math.max(document.length, 1) });
  return {
    onParams({ params, setParams }) {
      const { documentId: _id, ...rest } = params as typeof params & { documentId?: unknown };
      const hash = requestedHash(params);
      const query = typeof params.query === 'string' && params.query.trim() !== '' ? params.query : undefined;
      if (hash === undefined) {
        // Yoga says the same, but as a 200 to clients that accept application/json: no request without a document is well-formed.
        if (query === undefined && (params.query == null || typeof params.query === 'string')) throw refuse('Must provide query string.', 'BAD_REQUEST', 400);
        if (only) throw refuse('Only persisted documents run here: send the hash of a known document.', 'PERSISTED_QUERY_ID_REQUIRED', 400);
        return;
      }
      const known = documents.get(hash) ?? (only ? undefined : registered.get(hash));
      if (known !== undefined) {
        setParams({ ...rest, query: known });
        return;
      }
      if (only) throw refuse('PersistedQueryNotFound: this hash names no persisted document.', 'PERSISTED_QUERY_NOT_IN_LIST', 400);
      // APQ: PersistedQueryNotFound asks the client to send the document with its hash.
      if (query === undefined) throw refuse('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND', 200);
      if (sha256(query) !== hash) throw refuse('The sha256Hash does not match the sha256 of the query.', 'PERSISTED_QUERY_HASH_MISMATCH', 400);
      registered.set(hash, query);
      setParams({ ...rest, query });
    },
  };
}
