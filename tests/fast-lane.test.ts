/**
 * The fast lane (src/performance/fast-lane.ts) answers repeated documents outside Yoga's
 * pipeline. Over a real listener on 127.0.0.1, it must answer exactly what Yoga answers (status,
 * media type, body, caching headers), apply every limit that depends on variables, leave every
 * error to Yoga, stop at the time-out without running an operation twice, and be logged and
 * counted like any other request.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../bench/operations.js';
import { createContext, type Context } from '../src/context.js';
import { loadExamples } from '../src/explorer.js';
import { createApi, type ServerOptions } from '../src/yoga.js';
import { dataset } from './helpers.js';
import { close, listen, post, viaListener, type Answer } from './security-helpers.js';

/** A server behind its own listener, with the lane's count of the requests it answered itself. */
async function start(options: Partial<ServerOptions> = {}) {
  const api = createApi({ dataset, explorer: false, ...options });
  const { origin, server } = await listen(api.listener);
  return { api, via: viaListener(origin), origin, stop: () => close(server) };
}

type Started = Awaited<ReturnType<typeof start>>;

/** Posts the operation through `target` and reports whether the lane answered it. */
async function viaLane(target: Started, body: unknown, headers: Record<string, string> = {}): Promise<Answer & { byLane: boolean }> {
  const before = target.api.lane.answered;
  const answer = await post(body, headers, target.via);
  return { ...answer, byLane: target.api.lane.answered > before };
}

/** What a client can tell apart in two answers. */
const visible = (answer: Answer) => ({
  status: answer.status,
  contentType: answer.headers.get('content-type'),
  body: answer.text,
  cors: answer.headers.get('access-control-allow-origin'),
});

const ACCEPTS = ['application/graphql-response+json', 'application/json', '*/*'];

let plain: Started;
beforeAll(async () => {
  plain = await start();
});
afterAll(async () => {
  await plain.stop();
});

describe('what the fast lane answers', () => {
  const operations = [
    ...loadExamples().map(({ file, source }) => ({ name: file, query: source, variables: {} as Record<string, unknown> })),
    ...OPERATIONS.map(({ name, query, variables = {} }) => ({ name: `bench ${name}`, query, variables })),
  ];

  it.each(operations)('$name: the same answer as Yoga, from the second time on', async ({ query, variables }) => {
    for (const accept of ACCEPTS) {
      const reference = await post({ query, variables }, { accept }); // Yoga alone, through yoga.fetch
      await viaLane(plain, { query, variables }, { accept });
      const again = await viaLane(plain, { query, variables }, { accept });
      expect(reference.status).toBe(200);
      expect(again.byLane).toBe(true);
      expect(visible(again)).toEqual(visible(reference));
      expect(again.headers.get('x-request-id')).toMatch(/^[\w.:-]+$/);
    }
  });

  it('walks every page of a list with new variables each time, as Yoga does', async () => {
    const query = `query Page($after: String) { events(first: 3, after: $after, orderBy: { field: DATE, direction: DESC }) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }`;
    let after: string | null = null;
    let pages = 0;
    let byLane = 0;
    do {
      const reference = await post({ query, variables: { after } });
      const answer = await viaLane(plain, { query, variables: { after } });
      expect(answer.text).toBe(reference.text);
      byLane += Number(answer.byLane);
      const info: { hasNextPage: boolean; endCursor: string } = answer.body.data.events.pageInfo;
      after = info.hasNextPage ? info.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBeGreaterThan(3);
    expect(byLane).toBe(pages - 1);
  });

  it('runs the operation a document names, also when it holds several', async () => {
    const query = 'query A { __typename } query B { articles(first: 1) { totalCount } }';
    for (const operationName of ['A', 'B', 'A', 'B']) {
      const answer = await viaLane(plain, { query, operationName });
      expect(answer.body.data).toEqual(operationName === 'A' ? { __typename: 'Query' } : { articles: { totalCount: 1 } });
      expect((await post({ query, operationName })).text).toBe(answer.text);
    }
  });

  it('leaves to Yoga what it does not answer itself: GET, batches, extensions, other media types', async () => {
    const query = '{ articles(first: 1) { totalCount } }';
    await viaLane(plain, { query });
    const before = plain.api.lane.answered;
    const get = await plain.via(`http://x/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(200);
    expect((await viaLane(plain, [{ query }])).status).toBe(400);
    expect((await viaLane(plain, { query, extensions: {} })).status).toBe(200);
    expect((await viaLane(plain, { query }, { accept: 'text/html' })).status).toBe(406);
    expect(plain.api.lane.answered).toBe(before);
  });
});

describe('limits and errors on the fast lane', () => {
  const PAGE = 'query Page($n: Int, $text: String) { events(first: $n, filter: { text: $text }) { totalCount edges { node { slug } } } }';
  /** Pages that each stay within 100 but multiply past the cost limit when `$n` is large. */
  const NESTED = 'query Nested($n: Int) { events(first: $n) { edges { node { participants { actor { statements(first: $n) { edges { node { text } } } } } } } } }';

  beforeAll(async () => {
    expect((await viaLane(plain, { query: PAGE, variables: { n: 2 } })).status).toBe(200);
    expect((await viaLane(plain, { query: NESTED, variables: { n: 2 } })).status).toBe(200);
    expect((await viaLane(plain, { query: NESTED, variables: { n: 3 } })).byLane).toBe(true);
  });

  it('refuses a cost over the limit that only the variables reveal, with the same coded 400 as Yoga', async () => {
    const reference = await post({ query: NESTED, variables: { n: 100 } });
    const answer = await viaLane(plain, { query: NESTED, variables: { n: 100 } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.byLane).toBe(false);
    expect(answer.text).toBe(reference.text);
  });

  it.each([
    ['a page over 100 through a variable', { n: 1000 }, 'BAD_USER_INPUT'],
    ['an overlong string through a variable', { n: 2, text: 'x'.repeat(5_000) }, 'BAD_USER_INPUT'],
    ['a variable of the wrong type', { n: 'ten' }, 'BAD_USER_INPUT'],
  ])('refuses %s, with the same coded 400 as Yoga', async (_, variables, code) => {
    const reference = await post({ query: PAGE, variables });
    const answer = await viaLane(plain, { query: PAGE, variables });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe(code);
    expect(answer.byLane).toBe(false);
    expect(answer.text).toBe(reference.text);
  });

  it('checks a document whose variables cannot break a limit (ids, booleans, enums) once, and answers any value alike', async () => {
    const query = 'query Look($id: ID!, $more: Boolean = false) { node(id: $id) { id ... on Actor { name aliases @include(if: $more) } } }';
    await viaLane(plain, { query, variables: { id: 'QWN0b3I6a2ltLWpvbmctdW4' } });
    for (const variables of [{ id: 'QWN0b3I6a2ltLWpvbmctdW4', more: true }, { id: 'x'.repeat(5_000) }, { id: 'QWN0b3I6dmxhZGltaXItcHV0aW4' }]) {
      const reference = await post({ query, variables });
      const answer = await viaLane(plain, { query, variables });
      expect(answer.byLane).toBe(true);
      expect(answer.text).toBe(reference.text);
    }
    const missing = await viaLane(plain, { query, variables: {} });
    expect(missing.byLane).toBe(false);
    expect(missing.text).toBe((await post({ query, variables: {} })).text);
  });

  it('leaves an error of a resolver (a bad cursor) to Yoga', async () => {
    const query = 'query After($after: String) { events(first: 2, after: $after) { totalCount } }';
    await viaLane(plain, { query, variables: { after: null } });
    const reference = await post({ query, variables: { after: 'not-a-cursor' } });
    const answer = await viaLane(plain, { query, variables: { after: 'not-a-cursor' } });
    expect(answer.byLane).toBe(false);
    expect(visible(answer)).toEqual(visible(reference));
    expect(answer.status).toBe(400);
  });

  it('ends an operation at the time-out, with one run and the coded 400 Yoga gives', async () => {
    const contexts: Context[] = [];
    const impatient = await start({
      executionTimeoutMs: 0,
      createContext: (data) => {
        const context = createContext(data);
        contexts.push(context);
        return context;
      },
    });
    try {
      const query = '{ articles(first: 5) { edges { node { title statements(first: 20) { totalCount } } } } }';
      const first = await viaLane(impatient, { query });
      const ran = contexts.length;
      const second = await viaLane(impatient, { query });
      for (const answer of [first, second]) {
        expect(answer.status).toBe(400);
        expect(answer.body.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(['EXECUTION_TIMEOUT']);
      }
      expect(second.text).toBe(first.text);
      expect(contexts.length - ran).toBe(1);
    } finally {
      await impatient.stop();
    }
  });
});

describe('the fast lane when something fails unexpectedly', () => {
  it('leaves the request to Yoga, which answers it, and keeps serving', async () => {
    let calls = 0;
    const fragile = await start({
      createContext: (data) => {
        // The second context is the lane's: it fails once.
        if (++calls === 2) throw new Error('a context that could not be made');
        return createContext(data);
      },
    });
    try {
      const query = '{ articles(first: 1) { totalCount } }';
      const first = await viaLane(fragile, { query });
      const second = await viaLane(fragile, { query });
      const third = await viaLane(fragile, { query });
      expect(calls).toBe(4);
      expect([second.byLane, third.byLane]).toEqual([false, true]);
      expect(visible(second)).toEqual(visible(first));
      expect(visible(third)).toEqual(visible(first));
    } finally {
      await fragile.stop();
    }
  });
});

describe('the fast lane and HTTP caches', () => {
  let cached: Started;
  beforeAll(async () => {
    cached = await start({ performance: { responseCache: true } });
  });
  afterAll(() => cached.stop());

  it('sends the ETag and Cache-Control Yoga sends, and a 304 for a matching If-None-Match', async () => {
    const body = { query: 'query Kim($slug: String!) { actor(slug: $slug) { name } }', variables: { slug: 'kim-jong-un' } };
    const first = await viaLane(cached, body);
    const second = await viaLane(cached, body);
    const other = await viaLane(cached, { ...body, variables: { slug: 'vladimir-putin' } });
    expect(second.byLane).toBe(true);
    expect(other.byLane).toBe(true);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(other.headers.get('etag')).not.toBe(first.headers.get('etag'));
    expect(other.body.data.actor).not.toEqual(first.body.data.actor);
    const revalidated = await viaLane(cached, body, { 'if-none-match': first.headers.get('etag')! });
    expect(revalidated.byLane).toBe(true);
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');
    expect(revalidated.headers.get('etag')).toBe(first.headers.get('etag'));
  });
});

describe('CORS, logs and metrics on the fast lane', () => {
  it('sends CORS headers only to listed origins, varying by origin', async () => {
    const listed = await start({ corsOrigins: ['https://app.example'] });
    try {
      const query = '{ articles(first: 1) { totalCount } }';
      for (const origin of ['https://app.example', 'https://other.example']) {
        const first = await viaLane(listed, { query }, { origin });
        const second = await viaLane(listed, { query }, { origin });
        expect(second.byLane).toBe(true);
        expect(second.headers.get('access-control-allow-origin')).toBe(first.headers.get('access-control-allow-origin'));
        expect(second.headers.get('vary')).toBe(first.headers.get('vary'));
      }
      const answer = await viaLane(listed, { query }, { origin: 'https://app.example' });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(answer.headers.get('vary')).toMatch(/Origin/);
    } finally {
      await listed.stop();
    }
  });

  it('logs each request it answers and counts it in /metrics', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const observed = await start({ logger: pino({ level: 'info' }, sink) });
    try {
      const query = 'query LaneCount { articles(first: 1) { totalCount } }';
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await viaLane(observed, { query }, { 'x-request-id': `lane-${i}` }));
      expect(answers.map((answer) => answer.byLane)).toEqual([false, true, true]);
      const logged = lines.filter((line) => line.operationName === 'LaneCount');
      expect(logged.map((line) => [line.reqId, line.status, line.operationType])).toEqual([0, 1, 2].map((i) => [`lane-${i}`, 200, 'query']));
      expect(answers[2].headers.get('x-request-id')).toBe('lane-2');
      const metrics = await (await observed.via('http://x/metrics', {})).text();
      expect(metrics).toContain('graphql_envelop_request{operationName="LaneCount",operationType="query"} 3');
    } finally {
      await observed.stop();
    }
  });
});
