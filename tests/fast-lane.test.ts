/**
 * The fast lane (src/performance/fast-lane.ts) runs repeated documents without Yoga's document
 * phase. Over a real listener on 127.0.0.1, it must answer exactly what the server answers with
 * the lane off, apply every limit that depends on variables, leave every error to Yoga, stop at
 * the time-out without running an operation twice, and never skip a request-level rule.
 */
import type { Plugin } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../bench/operations.js';
import { createContext, type Context } from '../src/context.js';
import { loadExamples } from '../src/explorer.js';
import { rejection } from '../src/security/rejection.js';
import { createApi, type ServerOptions } from '../src/yoga.js';
import { collectedLog, dataset, PRODUCTION_PERFORMANCE, serve, type Served } from './helpers.js';
import { post, type Answer } from './security-helpers.js';

/** A server with the lane on and its response cache off (so that repeated requests run), on its own listener. */
const start = (options: Partial<ServerOptions> = {}) =>
  serve({ explorer: false, ...options, performance: { ...PRODUCTION_PERFORMANCE, responseCache: false, ...options.performance } });

/** Posts through `target` and reports whether the lane answered it. */
async function viaLane(target: Served, body: unknown, headers: Record<string, string> = {}): Promise<Answer & { byLane: boolean }> {
  const before = target.api.lane!.answers;
  const answer = await post(body, headers, target.fetch);
  return { ...answer, byLane: target.api.lane!.answers > before };
}

/** What a client can tell apart in two answers. */
const visible = (answer: Answer) => ({
  status: answer.status,
  contentType: answer.headers.get('content-type'),
  body: answer.text,
  cors: answer.headers.get('access-control-allow-origin'),
  vary: answer.headers.get('vary'),
});

const ACCEPTS = ['application/graphql-response+json', 'application/json', '*/*'];

let plain: Served;
/** The same server with the lane off: what the lane's answers must equal. */
let reference: Served;
/** Posts to the lane-off server. */
const expected = (body: unknown, headers: Record<string, string> = {}) => post(body, headers, reference.fetch);

beforeAll(() => {
  plain = start();
  reference = start({ performance: { fastLane: false } });
});
afterAll(async () => {
  await plain.close();
  await reference.close();
});

describe('what the fast lane answers', () => {
  const operations = [
    ...loadExamples().map(({ file, source }) => ({ name: file, query: source, variables: {} as Record<string, unknown> })),
    ...OPERATIONS.map(({ name, query, variables = {} }) => ({ name: `bench ${name}`, query, variables })),
  ];

  it.each(operations)('$name: the same answer as without the lane, once the document is seen again', async ({ query, variables }) => {
    for (const accept of ACCEPTS) {
      const answer = await expected({ query, variables }, { accept });
      expect(answer.status).toBe(200);
      for (let i = 0; i < 2; i++) await viaLane(plain, { query, variables }, { accept });
      const again = await viaLane(plain, { query, variables }, { accept });
      expect(again.byLane).toBe(true);
      expect(visible(again)).toEqual(visible(answer));
      expect(again.headers.get('x-request-id')).toMatch(/^[\w.:-]+$/);
    }
  });

  it('admits a document on its second sighting, and answers from the third on', async () => {
    const query = '{ places(first: 2) { totalCount } }';
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await viaLane(plain, { query }));
    expect(answers.map((answer) => answer.byLane)).toEqual([false, false, true, true]);
  });

  it('walks every page of a list with new variables each time', async () => {
    const query = `query Page($after: String) { events(first: 3, after: $after, orderBy: { field: DATE, direction: DESC }) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }`;
    let after: string | null = null;
    let pages = 0;
    let byLane = 0;
    do {
      const answer = await viaLane(plain, { query, variables: { after } });
      expect(answer.text).toBe((await expected({ query, variables: { after } })).text);
      byLane += Number(answer.byLane);
      const info: { hasNextPage: boolean; endCursor: string } = answer.body.data.events.pageInfo;
      after = info.hasNextPage ? info.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBeGreaterThan(3);
    expect(byLane).toBe(pages - 2);
  });

  it('runs the operation a document names, and leaves documents with several to Yoga', async () => {
    const query = 'query A { __typename } query B { articles(first: 1) { totalCount } }';
    for (const operationName of ['A', 'B', 'A', 'B', 'A']) {
      const answer = await viaLane(plain, { query, operationName });
      expect(answer.byLane).toBe(false);
      expect(answer.body.data).toEqual(operationName === 'A' ? { __typename: 'Query' } : { articles: { totalCount: 1 } });
      expect((await expected({ query, operationName })).text).toBe(answer.text);
    }
  });

  it('answers GETs and persisted operations too, as the server does without it', async () => {
    const query = '{ articles(first: 1) { totalCount } }';
    const url = `/graphql?query=${encodeURIComponent(query)}`;
    const get = (target: Served) => target.fetch(`http://x${url}`, { headers: { accept: 'application/json' } });
    for (let i = 0; i < 2; i++) await get(plain);
    const before = plain.api.lane!.answers;
    const answer = await get(plain);
    expect(plain.api.lane!.answers).toBe(before + 1);
    expect(await answer.text()).toBe(await (await get(reference)).text());
  });
});

describe('request-level rules on the fast lane', () => {
  /** The experiment of the issue: a request-phase rule refusing requests that carry a header. */
  const refuseHeader: Plugin = {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.headers.has('x-refuse-me')) {
        endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message: 'refused', extensions: { code: 'FORBIDDEN' } }] }), { status: 403 }));
      }
    },
  };
  /** A rule on the parameters: an operation name it does not like. */
  const refuseName: Plugin = {
    onParams({ params, setResult }) {
      if (params.operationName === 'Forbidden') setResult({ errors: [rejection('This operation is not allowed.', 'FORBIDDEN', { status: 403 })] });
    },
  };

  it('a request-phase plugin that refuses a header refuses every request with it, however often the document was seen', async () => {
    const guarded = start({ plugins: [refuseHeader, refuseName] });
    try {
      const query = 'query Forbidden { articles(first: 1) { totalCount } }';
      const allowed = 'query Allowed { articles(first: 1) { totalCount } }';
      for (let i = 0; i < 4; i++) {
        expect((await viaLane(guarded, { query: allowed })).status).toBe(200);
        const refused = await viaLane(guarded, { query: allowed }, { 'x-refuse-me': '1' });
        expect(refused.status).toBe(403);
        expect(refused.byLane).toBe(false);
        const named = await viaLane(guarded, { query, operationName: 'Forbidden' });
        expect(named.status).toBe(403);
      }
      expect((await viaLane(guarded, { query: allowed })).byLane).toBe(true);
    } finally {
      await guarded.close();
    }
  });

  it('the server refuses to start beside a plugin with a hook the lane does not honour', () => {
    const contextual: Plugin = { onContextBuilding: () => undefined };
    expect(() => createApi({ dataset, plugins: [contextual] })).toThrow(/does not honour/);
    expect(() => createApi({ dataset, plugins: [contextual], performance: { fastLane: false } })).not.toThrow();
  });

  it('sends CORS headers only to listed origins, varying by origin', async () => {
    const listed = start({ corsOrigins: ['https://app.example'] });
    try {
      const query = '{ articles(first: 1) { totalCount } }';
      for (const origin of ['https://app.example', 'https://other.example']) {
        const answers = [];
        for (let i = 0; i < 3; i++) answers.push(await viaLane(listed, { query }, { origin }));
        expect(answers[2].byLane).toBe(true);
        expect(answers[2].headers.get('access-control-allow-origin')).toBe(answers[0].headers.get('access-control-allow-origin'));
        expect(answers[2].headers.get('vary')).toBe(answers[0].headers.get('vary'));
      }
      const answer = await viaLane(listed, { query }, { origin: 'https://app.example' });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://app.example');
      expect(answer.headers.get('vary')).toMatch(/Origin/);
    } finally {
      await listed.close();
    }
  });

  it('logs each request it answers and counts it in the metrics', async () => {
    const { lines, logger } = collectedLog();
    const observed = start({ logger });
    try {
      const query = 'query LaneCount { articles(first: 1) { totalCount } }';
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await viaLane(observed, { query }, { 'x-request-id': `lane-${i}` }));
      expect(answers.map((answer) => answer.byLane)).toEqual([false, false, true, true]);
      const logged = lines.filter((line) => line.operationName === 'LaneCount');
      expect(logged.map((line) => [line.reqId, line.status, line.operationType])).toEqual([0, 1, 2, 3].map((i) => [`lane-${i}`, 200, 'query']));
      expect(answers[3].headers.get('x-request-id')).toBe('lane-3');
      // Not a persisted operation: counted under the one label for every other name.
      expect(await observed.metrics.registry.metrics()).toContain('graphql_envelop_request{operationName="other",operationType="query"} 4');
    } finally {
      await observed.close();
    }
  });
});

describe('limits and errors on the fast lane', () => {
  const PAGE = 'query Page($n: Int, $text: String) { events(first: $n, filter: { text: $text }) { totalCount edges { node { slug } } } }';
  /** Pages that each stay within 100 but multiply past the cost limit when `$n` is large. */
  const NESTED = 'query Nested($n: Int) { events(first: $n) { edges { node { participants { actor { statements(first: $n) { edges { node { text } } } } } } } } }';

  beforeAll(async () => {
    for (const n of [1, 2]) {
      expect((await viaLane(plain, { query: PAGE, variables: { n } })).status).toBe(200);
      expect((await viaLane(plain, { query: NESTED, variables: { n } })).status).toBe(200);
    }
    expect((await viaLane(plain, { query: NESTED, variables: { n: 3 } })).byLane).toBe(true);
  });

  it('refuses a cost over the limit that only the variables reveal, with the same coded 400', async () => {
    const answer = await viaLane(plain, { query: NESTED, variables: { n: 100 } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.byLane).toBe(false);
    expect(answer.text).toBe((await expected({ query: NESTED, variables: { n: 100 } })).text);
  });

  it.each([
    ['a page over 100 through a variable', { n: 1000 }, 'BAD_USER_INPUT'],
    ['an overlong string through a variable', { n: 2, text: 'x'.repeat(5_000) }, 'BAD_USER_INPUT'],
    ['a variable of the wrong type', { n: 'ten' }, 'BAD_USER_INPUT'],
  ])('refuses %s, with the same coded 400', async (_, variables, code) => {
    const answer = await viaLane(plain, { query: PAGE, variables });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe(code);
    expect(answer.byLane).toBe(false);
    expect(answer.text).toBe((await expected({ query: PAGE, variables })).text);
  });

  it('leaves an error of a resolver (a bad cursor) to Yoga', async () => {
    const query = 'query After($after: String) { events(first: 2, after: $after) { totalCount } }';
    for (let i = 0; i < 2; i++) {
      await viaLane(plain, { query, variables: { after: null } });
      await expected({ query, variables: { after: null } }); // compiled there too: graphql-jit's errors carry no locations
    }
    const answer = await viaLane(plain, { query, variables: { after: 'not-a-cursor' } });
    expect(answer.byLane).toBe(false);
    expect(visible(answer)).toEqual(visible(await expected({ query, variables: { after: 'not-a-cursor' } })));
    expect(answer.status).toBe(400);
  });

  it('ends an operation at the time-out, with one run and the coded 400 Yoga gives', async () => {
    const contexts: Context[] = [];
    const impatient = start({
      executionTimeoutMs: 0,
      createContext: (data) => {
        const context = createContext(data);
        contexts.push(context);
        return context;
      },
    });
    try {
      const query = '{ articles(first: 5) { edges { node { title statements(first: 20) { totalCount } } } } }';
      // The first two go through Yoga (a time-out is not admitted); so does every later one.
      const answers = [];
      for (let i = 0; i < 3; i++) {
        const ran = contexts.length;
        answers.push(await viaLane(impatient, { query }));
        expect(contexts.length - ran).toBe(1);
      }
      for (const answer of answers) {
        expect(answer.status).toBe(400);
        expect(answer.body.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(['EXECUTION_TIMEOUT']);
        expect(answer.text).toBe(answers[0].text);
      }
    } finally {
      await impatient.close();
    }
  });

  it('leaves the request to Yoga when something fails unexpectedly, and keeps serving', async () => {
    let calls = 0;
    const fragile = start({
      createContext: (data) => {
        // The third context is the lane's: it fails once.
        if (++calls === 3) throw new Error('a context that could not be made');
        return createContext(data);
      },
    });
    try {
      const query = '{ articles(first: 1) { totalCount } }';
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await viaLane(fragile, { query }));
      expect(answers.map((answer) => answer.byLane)).toEqual([false, false, false, true]);
      for (const answer of answers) expect(visible(answer)).toEqual(visible(answers[0]));
    } finally {
      await fragile.close();
    }
  });
});
