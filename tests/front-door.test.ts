/**
 * The front door (src/performance/front-door.ts) answers again what Yoga has answered. Over a
 * real listener on 127.0.0.1 its answers must be Yoga's: the same status, bytes and headers (a
 * fresh request id aside), with a log line and a metric each; a request that differs in anything
 * a rule reads must reach Yoga; and whatever Yoga would refuse stays refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '../bench/operations.js';
import { createContext, type Context } from '../src/context.js';
import { loadExamples } from '../src/explorer.js';
import { collectedLog, PRODUCTION_PERFORMANCE, serve, type Served } from './helpers.js';
import { post, send, type Answer } from './security-helpers.js';

/** Every header but those made per request. */
const headersOf = (answer: Answer) => [...answer.headers].filter(([name]) => name !== 'date' && name !== 'x-request-id');

/** Sends through `target` and reports whether the door answered. */
async function atDoor(target: Served, body: unknown, headers: Record<string, string> = {}): Promise<Answer & { byDoor: boolean }> {
  const before = target.api.door!.answered;
  const answer = await post(body, headers, target.fetch);
  return { ...answer, byDoor: target.api.door!.answered > before };
}

const operations = [
  ...loadExamples().map(({ file, source }) => ({ name: file, query: source, variables: {} as Record<string, unknown> })),
  ...OPERATIONS.map(({ name, query, variables = {} }) => ({ name: `bench ${name}`, query, variables })),
];
const HEADER_SETS: Record<string, string>[] = [{ accept: 'application/json' }, { accept: 'application/graphql-response+json', 'accept-encoding': 'br' }, { 'accept-encoding': 'gzip' }];

let cached: Served;
let uncached: Served;
/** Without the door (and without the lane): Yoga's own answers. */
let reference: Served;
/** The same with the response cache on. */
let cachedReference: Served;

beforeAll(() => {
  cached = serve({ explorer: false });
  uncached = serve({ explorer: false, performance: { ...PRODUCTION_PERFORMANCE, responseCache: false } });
  reference = serve({ explorer: false, performance: { ...PRODUCTION_PERFORMANCE, responseCache: false, fastLane: false } });
  cachedReference = serve({ explorer: false, performance: { ...PRODUCTION_PERFORMANCE, fastLane: false } });
});
afterAll(async () => {
  for (const target of [cached, uncached, reference, cachedReference]) await target.close();
});

describe('what the front door answers', () => {
  it.each(operations)('$name: a response-cache hit is Yoga’s answer again, headers and all', async ({ query, variables }) => {
    for (const headers of HEADER_SETS) {
      const first = await atDoor(cached, { query, variables }, headers);
      expect(first.status).toBe(200);
      expect(first.byDoor).toBe(false);
      const again = await atDoor(cached, { query, variables }, headers);
      expect(again.byDoor).toBe(true);
      expect(again.text).toBe(first.text);
      expect(headersOf(again)).toEqual(headersOf(first));
      expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    }
  });

  it.each(operations)('$name: with new variables, the lane’s answer goes out with Yoga’s headers, compressed alike', async ({ query, variables }) => {
    for (const headers of HEADER_SETS) {
      for (let i = 0; i < 3; i++) await atDoor(uncached, { query, variables }, headers);
      const answer = await atDoor(uncached, { query, variables: { ...variables, unused: 'fresh' } }, headers);
      const expected = await post({ query, variables: { ...variables, unused: 'fresh' } }, headers, reference.fetch);
      expect(answer.byDoor).toBe(true);
      expect(answer.text).toBe(expected.text);
      expect(headersOf(answer)).toEqual(headersOf(expected));
    }
  });

  it.each(operations)('$name: with the response cache on, new variables get the ETag and cache entry Yoga gives them', async ({ query, variables }) => {
    for (const headers of HEADER_SETS) {
      for (let i = 0; i < 3; i++) await atDoor(cached, { query, variables: { ...variables, unused: `warm ${i} ${JSON.stringify(headers)}` } }, headers);
      const fresh = { ...variables, unused: `fresh ${JSON.stringify(headers)}` };
      const answer = await atDoor(cached, { query, variables: fresh }, headers);
      const expected = await post({ query, variables: fresh }, headers, cachedReference.fetch);
      expect(answer.byDoor).toBe(true);
      expect(answer.text).toBe(expected.text);
      expect(headersOf(answer)).toEqual(headersOf(expected));
      // Now in the response cache, under that tag: the same request again is sent whole, and a GET revalidates it.
      expect(headersOf(await atDoor(cached, { query, variables: fresh }, headers))).toEqual(headersOf(expected));
      const url = `/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(fresh))}`;
      const revalidated = await send(url, { headers: { accept: 'application/graphql-response+json', ...headers, 'if-none-match': answer.headers.get('etag')! } }, cached.fetch);
      expect(revalidated.status, JSON.stringify(headers)).toBe(304);
    }
  });

  it('walks every page of a list, each page with new variables, as Yoga does', async () => {
    const query = `query Pages($after: String) { events(first: 2, after: $after) { edges { node { slug } } pageInfo { hasNextPage endCursor } } }`;
    for (let i = 0; i < 3; i++) await atDoor(uncached, { query });
    let after: string | null = null;
    let byDoor = 0;
    let pages = 0;
    do {
      const answer = await atDoor(uncached, { query, variables: { after } });
      expect(answer.text).toBe((await post({ query, variables: { after } }, {}, reference.fetch)).text);
      byDoor += Number(answer.byDoor);
      after = answer.body.data.events.pageInfo.hasNextPage ? answer.body.data.events.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(byDoor).toBe(pages);
  });

  it('writes a log line and counts a metric for each answer, with the caller’s request id', async () => {
    const { lines, logger } = collectedLog();
    const observed = serve({ explorer: false, logger });
    try {
      const query = 'query DoorCount { articles(first: 1) { totalCount } }';
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await atDoor(observed, { query }, { 'x-request-id': `door-${i}` }));
      expect(answers.map((answer) => answer.byDoor)).toEqual([false, true, true, true]);
      const logged = lines.filter((line) => line.operationName === 'DoorCount');
      expect(logged.map((line) => [line.reqId, line.status, line.operationType, line.path, line.method])).toEqual(
        [0, 1, 2, 3].map((i) => [`door-${i}`, 200, 'query', '/graphql', 'POST']),
      );
      expect(answers[3].headers.get('x-request-id')).toBe('door-3');
      expect(await observed.metrics.registry.metrics()).toContain('graphql_envelop_request{operationName="other",operationType="query"} 4');
      // An id that is not a sane token is replaced, at the door as in Yoga.
      const strange = await atDoor(observed, { query }, { 'x-request-id': 'a b' });
      expect(strange.byDoor).toBe(true);
      expect(strange.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      await observed.close();
    }
  });
});

describe('what the front door leaves to Yoga', () => {
  const query = '{ places(first: 1) { totalCount } }';

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) await atDoor(cached, { query });
  });

  it('a request with any other header value, another body or another path', async () => {
    expect((await atDoor(cached, { query })).byDoor).toBe(true);
    expect((await atDoor(cached, { query }, { 'x-anything': 'new' })).byDoor).toBe(false);
    expect((await atDoor(cached, { query: `${query} ` })).byDoor).toBe(false);
    const before = cached.api.door!.answered;
    expect((await send('/graphql-not', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }, cached.fetch)).status).toBe(404);
    expect(cached.api.door!.answered).toBe(before);
  });

  it('conditional requests, which get their 304 from Yoga', async () => {
    const url = `/graphql?query=${encodeURIComponent(query)}`;
    const first = await send(url, { headers: { accept: 'application/json' } }, cached.fetch);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const before = cached.api.door!.answered;
    const revalidated = await send(url, { headers: { accept: 'application/json', 'if-none-match': etag } }, cached.fetch);
    expect(revalidated.status).toBe(304);
    expect(cached.api.door!.answered).toBe(before);
    expect((await send(url, { headers: { accept: 'application/json' } }, cached.fetch)).status).toBe(200);
    expect(cached.api.door!.answered).toBe(before + 1);
  });

  it('variables Yoga refuses, even for a document the door runs', async () => {
    const PAGE = 'query DoorPage($n: Int) { events(first: $n) { totalCount } }';
    for (let i = 0; i < 3; i++) await atDoor(uncached, { query: PAGE, variables: { n: 1 } });
    expect((await atDoor(uncached, { query: PAGE, variables: { n: 2 } })).byDoor).toBe(true);
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = { deep };
    for (const variables of [{ n: 1000 }, { n: 'ten' }, { n: 1, deep }]) {
      const answer = await atDoor(uncached, { query: PAGE, variables });
      const expected = await post({ query: PAGE, variables }, {}, reference.fetch);
      expect(answer.byDoor).toBe(false);
      expect(answer.status).toBe(400);
      expect(answer.text).toBe(expected.text);
    }
  });

  it('every request of a server given request rules from outside (no door at all)', () => {
    const guarded = serve({ plugins: [{ onRequest: () => undefined }] });
    expect(guarded.api.door).toBeUndefined();
    return guarded.close();
  });

  it('an operation past its deadline: one run, and Yoga’s coded answer', async () => {
    const contexts: Context[] = [];
    let late = false;
    const target = serve({
      explorer: false,
      performance: { ...PRODUCTION_PERFORMANCE, responseCache: false },
      // Once `late`, each new context finds its deadline already passed.
      createContext: (data) => {
        const context = createContext(data);
        contexts.push(context);
        if (!late) return context;
        return new Proxy(context, {
          set(target, key, value) {
            if (typeof key === 'symbol' && value && typeof value === 'object' && 'at' in value) value.at = 0;
            return Reflect.set(target, key, value);
          },
        });
      },
    });
    try {
      const query = 'query Slow($n: Int) { articles(first: $n) { edges { node { title } } } }';
      for (let i = 0; i < 3; i++) await atDoor(target, { query, variables: { n: 1 } });
      late = true;
      const ran = contexts.length;
      const answer = await atDoor(target, { query, variables: { n: 2 } });
      expect(contexts.length - ran).toBe(1);
      expect(answer.byDoor).toBe(false);
      expect(answer.status).toBe(400);
      expect(answer.body.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(['EXECUTION_TIMEOUT']);
    } finally {
      await target.close();
    }
  });
});
