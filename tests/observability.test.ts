/**
 * What operators and tools rely on besides GraphQL itself: the SDL at /schema.graphql, the
 * /health and /ready probes, Prometheus metrics at /metrics, and one JSON log line per request
 * with its id, operation, duration and error codes but never its variables.
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';

import { dataset, serve, type Served } from './helpers.js';

/** A server whose log lines are collected as parsed JSON objects. */
function serverWithLog() {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const server = serve({ dataset, explorer: false, logger: pino({ level: 'debug' }, sink) });
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

describe('GET /metrics', () => {
  it('counts requests and times them per operation, and counts errors by code', async () => {
    const { server } = serverWithLog();
    await post(server, 'query CountActors { actors(first: 1) { totalCount } }');
    await post(server, 'query TooMany { events(first: 101) { totalCount } }');
    await post(server, 'query Misspelt { actorz { totalCount } }');
    const response = await server.fetch('http://localhost/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const metrics = await response.text();
    expect(metrics).toMatch(/^graphql_envelop_request\{operationName="CountActors",operationType="query"\} 1$/m);
    expect(metrics).toMatch(/^graphql_envelop_request_duration_bucket\{le="[^"]+",operationName="CountActors",operationType="query"\} 1$/m);
    expect(metrics).toMatch(/^graphql_envelop_error_result\{operationName="TooMany",operationType="query",phase="execute",code="BAD_USER_INPUT"\} 1$/m);
    expect(metrics).toMatch(/^graphql_envelop_error_result\{operationName="Misspelt",operationType="query",phase="validate",code="GRAPHQL_VALIDATION_FAILED"\} 1$/m);
    expect(metrics).toMatch(/^process_cpu_seconds_total /m);
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
