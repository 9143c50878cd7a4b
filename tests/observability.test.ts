/**
 * What operators and tools rely on besides GraphQL itself: the SDL at /schema.graphql, the
 * /health and /ready probes, Prometheus metrics on their own listener (never the public one),
 * and one JSON log line per request
 * with its id, operation, duration and error codes but never its variables.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { metricsListener } from '../src/observability.js';
import { collectedLog, dataset, listen, serve, type Served } from './helpers.js';
import { close } from './security-helpers.js';

/** A server whose log lines are collected as parsed JSON objects. */
function serverWithLog(persistedOperations?: Map<string, string>) {
  const { lines, logger } = collectedLog('debug');
  const server = serve({ dataset, explorer: false, logger, ...(persistedOperations && { performance: { persistedOperations } }) });
  return { server, lines };
}

/** Posts an operation to `server` and returns the response. */
function post(server: Served, query: string, variables?: object, headers: Record<string, string> = {}) {
  return server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
}

/** Waits for pino's asynchronous write to reach the sink. */
const flushed = () => new Promise((resolve) => setImmediate(resolve));

describe('GET /schema.graphql', () => {
  it('serves the SDL that schema/schema.graphql holds', async () => {
    const { server } = serverWithLog();
    const response = await server.fetch('http://localhost/schema.graphql');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe(readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8'));
  });
});

describe('probes', () => {
  it('answers /health and /ready with 200 once the data is loaded and the schema built', async () => {
    const { server } = serverWithLog();
    expect((await server.fetch('http://localhost/health')).status).toBe(200);
    expect((await server.fetch('http://localhost/ready')).status).toBe(200);
  });
});

describe('metrics', () => {
  /** Scrapes `server`'s metrics as main.ts serves them: on a listener of their own. */
  async function scrape(server: Served) {
    const { origin, server: listener } = await listen(metricsListener(server.metrics.registry));
    try {
      const response = await fetch(`${origin}/metrics`);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    } finally {
      await close(listener);
    }
  }

  it('count requests and time them per known operation, and count errors by code', async () => {
    const known = new Map(['query CountActors { actors(first: 1) { totalCount } }', 'query TooMany { events(first: 101) { totalCount } }'].map((query, i) => [String(i), query]));
    const { server } = serverWithLog(known);
    for (const query of known.values()) await post(server, query);
    await post(server, 'query Misspelt { actorz { totalCount } }');
    const scraped = await scrape(server);
    expect(scraped.status).toBe(200);
    expect(scraped.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const metrics = scraped.text;
    expect(metrics).toMatch(/^graphql_envelop_request\{operationName="CountActors",operationType="query"\} 1$/m);
    expect(metrics).toMatch(/^graphql_envelop_request_duration_bucket\{le="[^"]+",operationName="CountActors",operationType="query"\} 1$/m);
    expect(metrics).toMatch(/^graphql_envelop_error_result\{operationName="TooMany",operationType="query",phase="execute",code="BAD_USER_INPUT"\} 1$/m);
    // Not a known operation: counted under the one label for every other name.
    expect(metrics).toMatch(/^graphql_envelop_error_result\{operationName="other",operationType="unknown",phase="validate",code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
    expect(metrics).not.toContain('Misspelt');
    expect(metrics).toMatch(/^process_cpu_seconds_total /m);
  });

  it('are not served on the public port', async () => {
    const { server } = serverWithLog();
    expect((await server.fetch('http://localhost/metrics')).status).toBe(404);
  });

  it('do not grow with the operation names clients choose', async () => {
    const { server } = serverWithLog();
    await post(server, 'query Warm { actors(first: 1) { totalCount } }');
    const before = (await scrape(server)).text.length;
    for (let i = 0; i < 100; i++) await post(server, `query Chosen${i}${'x'.repeat(20_000)} { actors(first: 1) { totalCount } }`);
    const after = (await scrape(server)).text;
    console.log(`/metrics: ${before} bytes, ${after.length} after 100 distinct 20 kB operation names`);
    expect(after).not.toContain('Chosen');
    expect(after.length - before).toBeLessThan(2_000);
  });
});

describe('request logs', () => {
  it('log one JSON line per request with id, operation, status and duration, and no variables', async () => {
    const { server, lines } = serverWithLog();
    const response = await post(
      server,
      'query FindActor($slug: String!) { actor(slug: $slug) { name } }',
      { slug: 'secret-search-term' },
      { 'x-request-id': 'req-42' },
    );
    await flushed();
    expect(response.headers.get('x-request-id')).toBe('req-42');
    const line = lines.find((l) => l.msg === 'request completed');
    expect(line).toMatchObject({
      level: 30,
      reqId: 'req-42',
      method: 'POST',
      path: '/graphql',
      status: 200,
      operationName: 'FindActor',
      operationType: 'query',
    });
    expect(line?.durationMs).toEqual(expect.any(Number));
    expect(JSON.stringify(lines)).not.toContain('secret-search-term');
    expect(JSON.stringify(lines)).not.toContain('actor(slug');
  });

  it('give each request a fresh id when the caller sends none (or an unusable one)', async () => {
    const { server } = serverWithLog();
    const first = await post(server, '{ __typename }');
    const second = await post(server, '{ __typename }', undefined, { 'x-request-id': 'bad id with spaces' });
    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
  });

  it('carry the error codes a request returned', async () => {
    const { server, lines } = serverWithLog();
    await post(server, 'query TooMany { events(first: 101) { totalCount } }');
    await post(server, '{ nope');
    await flushed();
    const logged = lines.filter((l) => l.msg === 'request completed');
    expect(logged[0]).toMatchObject({ operationName: 'TooMany', errorCodes: ['BAD_USER_INPUT'] });
    expect(logged[1]).toMatchObject({ errorCodes: ['GRAPHQL_PARSE_FAILED'] });
  });

  it('log probes at debug level only', async () => {
    const { server, lines } = serverWithLog();
    await server.fetch('http://localhost/ready');
    await flushed();
    expect(lines.filter((l) => l.path === '/ready').map((l) => l.level)).toEqual([20]);
  });
});
