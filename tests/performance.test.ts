/**
 * What HTTP caches rely on: a cacheable answer carries an ETag derived from the dataset's digest
 * and the operation, and `Cache-Control: public, max-age`; `If-None-Match` with it gets a 304; a
 * persisted operation can be fetched by hash with a plain GET; and graphql-jit, on by default,
 * answers exactly what graphql-js answers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Dataset } from '../src/data/dataset.js';
import { documentHash, readPersistedOperations } from '../src/performance/index.js';
import { dataset, serve, type Served } from './helpers.js';

const QUERY = '{ actor(slug: "kim-jong-un") { name statements(first: 2) { edges { node { text } } } } }';

const dir = mkdtempSync(join(tmpdir(), 'persisted-'));
writeFileSync(join(dir, 'kim.graphql'), QUERY);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const server = serve({ dataset, explorer: false, performance: { responseCache: true, persistedOperations: readPersistedOperations(dir) } });

/** Posts `query` to `target` and returns the response. */
const post = (target: Served, query: string, headers: Record<string, string> = {}) =>
  target.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

/** GETs `query` from `target`, as GraphQL-over-HTTP clients do. */
const get = (target: Served, query: string, headers: Record<string, string> = {}) =>
  target.fetch(`http://localhost/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/graphql-response+json', ...headers } });

/** The GET URL of a persisted operation. */
const persistedUrl = (hash: string) =>
  `http://localhost/graphql?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }))}`;

describe('the response cache', () => {
  it('sends an ETag and Cache-Control, and the same bytes again from the cache', async () => {
    const first = await post(server, QUERY);
    const second = await post(server, QUERY);
    // Sent as `application/json` (no Accept): a tag of its own, apart from graphql-response+json's.
    expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]{64}-json"$/);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('cache-control')).toBe('public, max-age=300');
    expect(await second.text()).toBe(await first.text());
  });

  it('answers a GET whose If-None-Match names its own answer with 304 and no body (weak tags and lists too)', async () => {
    const etag = (await get(server, QUERY)).headers.get('etag')!;
    for (const field of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const revalidated = await get(server, QUERY, { 'if-none-match': field });
      expect(revalidated.status, field).toBe(304);
      expect(revalidated.headers.get('etag')).toBe(etag);
      expect(revalidated.headers.get('vary')).toMatch(/Accept/);
      expect(await revalidated.text()).toBe('');
    }
  });

  it('never answers 304 for another query, a POST, another method or path, or an error', async () => {
    const etag = (await get(server, QUERY)).headers.get('etag')!;
    const other = QUERY.replace('first: 2', 'first: 4');
    await get(server, other);
    const headers = { 'if-none-match': etag };
    expect((await get(server, other, headers)).status).toBe(200);
    expect((await post(server, QUERY, headers)).status).toBe(200);
    expect((await server.fetch('http://localhost/graphql', { method: 'PUT', headers })).status).toBe(405);
    expect((await server.fetch('http://localhost/no-such-path', { headers })).status).toBe(404);
    expect((await get(server, '{ events(first: 101) { totalCount } }', { 'if-none-match': '*' })).status).toBe(400);
    expect((await server.fetch('http://localhost/graphql?query=%7Bx', { headers: { ...headers, accept: 'application/graphql-response+json' } })).status).toBe(400);
  });

  it('gives a different ETag to other variables and to another dataset', async () => {
    const etag = (await post(server, QUERY)).headers.get('etag');
    const other = (await post(server, QUERY.replace('first: 2', 'first: 3'))).headers.get('etag');
    const changed = serve({
      dataset: new Dataset(dataset.maps, `${dataset.digest}-changed`),
      explorer: false,
      performance: { responseCache: true },
    });
    expect(other).not.toBe(etag);
    expect((await post(changed, QUERY)).headers.get('etag')).not.toBe(etag);
  });

  it('keeps no answer with errors, and marks none cacheable', async () => {
    const response = await post(server, '{ events(first: 101) { totalCount } }');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control')).toBeNull();
  });
});

describe('persisted operations', () => {
  it('run by hash with a GET, and are cached like any other answer', async () => {
    const response = await server.fetch(persistedUrl(documentHash(QUERY)));
    expect(response.status).toBe(200);
    expect((await response.json()).data.actor.name).toBe('Kim Jong Un');
    const printed = readPersistedOperations(dir).get(documentHash(QUERY))!;
    expect(response.headers.get('etag')).toBe((await post(server, printed)).headers.get('etag'));
  });
});

describe('graphql-jit', () => {
  it('answers the examples byte for byte as graphql-js does', async () => {
    const interpreted = serve({ dataset, explorer: false, performance: { jit: false } });
    const compiled = serve({ dataset, explorer: false });
    for (const query of readPersistedOperations(join(import.meta.dirname, '../examples')).values()) {
      expect(await (await post(compiled, query)).text()).toBe(await (await post(interpreted, query)).text());
    }
  });

  it('uses the default of a required variable the request leaves out, as graphql-js does', async () => {
    const interpreted = serve({ dataset, explorer: false, performance: { jit: false } });
    const compiled = serve({ dataset, explorer: false });
    const query = 'query ($slug: String! = "kim-jong-un", $first: Int = 1) { actor(slug: $slug) { name statements(first: $first) { totalCount } } }';
    const answer = await (await post(compiled, query)).json();
    expect(answer).toEqual({ data: { actor: { name: 'Kim Jong Un', statements: { totalCount: dataset.statementsBySpeaker.get('kim-jong-un')!.length } } } });
    expect(answer).toEqual(await (await post(interpreted, query)).json());
  });
});
