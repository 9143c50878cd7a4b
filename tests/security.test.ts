/**
 * The abuse battery of issue 4. Every hostile request is refused with an HTTP 4xx and a coded
 * error, quickly, briefly and without internals; legitimate heavy use (the dashboard query,
 * introspection, hostile-looking but harmless ids) keeps working. Each case asserts status,
 * code, time and size; the slowest rejection is printed at the end.
 */
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { getIntrospectionQuery } from 'graphql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import {
  MAX_ALIASES,
  MAX_COST,
  MAX_DEPTH,
  MAX_DIRECTIVES,
  MAX_PAGE_SIZE,
  MAX_REQUEST_BODY_BYTES,
  MAX_STRING_ARGUMENT_LENGTH,
  MAX_TOKENS,
} from '../src/security/limits.js';

import { dataset, globalId, serve, server } from './helpers.js';
import { INTERNALS, post as postOnce, send as sendOnce, type Answer } from './security-helpers.js';

/**
 * Every case is sent twice, the second time after its document has been seen (where repeated
 * documents go: compiled, admitted to the fast lane, cached); both must be answered alike.
 */
async function twice(make: () => Promise<Answer>): Promise<Answer> {
  const first = await make();
  const second = await make();
  const codes = (answer: Answer) => (answer.body?.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code);
  expect([second.status, codes(second)], second.text.slice(0, 300)).toEqual([first.status, codes(first)]);
  return second;
}

const post = (...args: Parameters<typeof postOnce>) => twice(() => postOnce(...args));
const send = (...args: Parameters<typeof sendOnce>) => twice(() => sendOnce(...args));
type Fetch = NonNullable<Parameters<typeof postOnce>[2]>;

/** "Well under a second" for any rejection (measured rejections take a few ms). */
const REJECTION_MS = 500;
/** Largest body a rejection may have: a message or two, never an echo of the request. */
const REJECTION_BYTES = 2_048;

const rejections: { name: string; ms: number }[] = [];

/** Asserts a refusal: `status`, `code` on every error, no data, no internals, fast and small. */
function expectRefused(answer: Answer, status: number, code: string) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.body?.data, answer.text).toBeUndefined();
  const errors: any[] = answer.body?.errors ?? [];
  expect(errors.length, answer.text).toBeGreaterThan(0);
  expect(errors[0].extensions?.code, answer.text).toBe(code);
  for (const error of errors) expect(typeof error.extensions?.code, answer.text).toBe('string');
  expect(answer.text).not.toMatch(INTERNALS);
  expect(answer.ms).toBeLessThan(REJECTION_MS);
  expect(answer.bytes).toBeLessThan(REJECTION_BYTES);
  rejections.push({ name: expect.getState().currentTestName ?? '?', ms: answer.ms });
}

/** Asserts a normal answer: 200, data, no errors, within `maxMs` and `maxBytes`. */
function expectAnswered(answer: Answer, { maxMs = 1_000, maxBytes = 1_000_000 } = {}) {
  expect(answer.status, answer.text.slice(0, 500)).toBe(200);
  expect(answer.body?.errors, answer.text.slice(0, 500)).toBeUndefined();
  expect(answer.body?.data).toBeTruthy();
  expect(answer.ms).toBeLessThan(maxMs);
  expect(answer.bytes).toBeLessThan(maxBytes);
}

const query = (source: string, variables?: Record<string, unknown>, headers?: Record<string, string>, via?: Fetch) =>
  post({ query: source, variables }, headers, via);

/** The dashboard of the issue: it must pass every limit. */
const DASHBOARD = `{ articles(first: 5) { edges { node { title statements(first: 20) { edges { node { text speaker { name participations { role event { title date { start } location { name } } } } } } } } } } }`;

/** `hops` passes through actor → statements → speaker, the cycle of the issue, from Kim Jong Un. */
function throughTheCycle(hops: number, first = 1) {
  let inner = 'name';
  for (let i = 0; i < hops; i++) inner = `statements(first: ${first}) { edges { node { speaker { ${inner} } } } }`;
  return `{ actor(slug: "kim-jong-un") { ${inner} } }`;
}

/** Three nested full pages: 100 actors × 100 statements × 100 statements. */
const FAN_OUT = (size: string) =>
  `{ actors(first: ${size}) { edges { node { statements(first: ${size}) { edges { node { speaker { statements(first: ${size}) { edges { node { text } } } } } } } } } } }`;

beforeAll(async () => {
  // Warm the code paths up, so that the timings measure the server rather than V8 warming up.
  for (let i = 0; i < 3; i++) {
    await query(DASHBOARD);
    await query(FAN_OUT('100'));
    await query('{ actors(first: 1000) { totalCount } }');
    await query(throughTheCycle(4));
  }
});

afterAll(() => {
  const slowest = [...rejections].sort((a, b) => b.ms - a.ms)[0];
  if (slowest) console.log(`slowest of ${rejections.length} rejections: ${slowest.ms.toFixed(1)} ms (${slowest.name})`);
});

describe('legitimate use keeps working', () => {
  it('the dashboard query passes every limit', async () => {
    const answer = await query(DASHBOARD);
    expectAnswered(answer);
    expect(answer.body.data.articles.edges[0].node.statements.edges[0].node.speaker.name).toBeTruthy();
  });

  it('full introspection works (GraphiQL and codegen depend on it)', async () => {
    const answer = await query(
      getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
    );
    expectAnswered(answer);
    expect(answer.body.data.__schema.types.length).toBeGreaterThan(30);
  });

  it('a full page of 100 items, a page of pages and one pass through the cycle are fine', async () => {
    expectAnswered(await query(`{ statements(first: ${MAX_PAGE_SIZE}) { edges { node { id slug text kind attribution speaker { name role } reportedBy { name } saidOn { text edtf start end } evidence { exact start end prefix suffix } } } } }`));
    expectAnswered(await query(`{ actors(first: 100) { edges { node { name statements(first: 10) { totalCount edges { node { text } } } } } } }`));
    expectAnswered(await query(throughTheCycle(2, 5)));
  });
});

describe('depth and cost', () => {
  it(`a depth bomb through actor ↔ statement is refused (depth limit ${MAX_DEPTH})`, async () => {
    for (const hops of [3, 13]) {
      const answer = await query(throughTheCycle(hops));
      expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
      expect(answer.body.errors[0].message).toContain(`depth limit of ${MAX_DEPTH} exceeded`);
    }
  });

  it('the dashboard shape nested through actor ↔ statement once more is refused', async () => {
    for (const hop of [
      'statements(first: 5) { edges { node { text speaker { name } } } }',
      'statements(first: 5) { edges { node { text speaker { name participations { role event { title } } } } } }',
    ]) {
      expectRefused(await query(DASHBOARD.replace('participations { role event { title date { start } location { name } } }', hop)), 400, 'GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('depth hidden in a chain of fragments still counts', async () => {
    const fragments = Array.from(
      { length: 6 },
      (_, i) => `fragment F${i} on Actor { statements(first: 1) { edges { node { speaker { ${i < 5 ? `...F${i + 1}` : 'name'} } } } } }`,
    );
    expectRefused(await query(`{ actor(slug: "kim-jong-un") { ...F0 } } ${fragments.join(' ')}`), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it(`a 100 × 100 × 100 fan-out is refused before execution (cost limit ${MAX_COST}), as literals and as variables`, async () => {
    const literal = await query(FAN_OUT('100'));
    expectRefused(literal, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(literal.body.errors[0].message).toContain(`cost limit of ${MAX_COST} exceeded, found 4040300`);
    const variables = await query(`query ($n: Int) ${FAN_OUT('$n')}`, { n: 100 });
    expectRefused(variables, 400, 'GRAPHQL_VALIDATION_FAILED');
    // A variable's default value counts as well.
    expectRefused(await query(`query ($n: Int = 100) ${FAN_OUT('$n')}`), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('introspection is priced: one or two full introspections pass, fifteen aliased ones do not', async () => {
    const full = getIntrospectionQuery();
    const open = full.indexOf('__schema {') + '__schema '.length;
    let close = open;
    for (let depth = 0; close < full.length; close++) {
      if (full[close] === '{') depth++;
      if (full[close] === '}' && --depth === 0) break;
    }
    const aliased = (n: number) =>
      `query { ${Array.from({ length: n }, (_, i) => `s${i}: __schema ${full.slice(open, close + 1)}`).join(' ')} } ${full.slice(full.indexOf('fragment '))}`;
    expectAnswered(await query(aliased(2)), { maxBytes: 2_000_000 });
    const refused = await query(aliased(15));
    expectRefused(refused, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(refused.body.errors[0].message).toMatch(/^Introspection cost limit/);
  });

  it('plain lists are priced by their longest in the data: a plain list nested in pages cannot hide', async () => {
    // 100 actors × 100 statements × every participation of each speaker × every claim of each event.
    const nested = await query(
      '{ actors(first: 100) { edges { node { statements(first: 100) { edges { node { speaker { participations { event { claims { text } } } } } } } } } } }',
    );
    expectRefused(nested, 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('lists without `first` are priced at the default page, and id lists at their length', async () => {
    // 20 actors × 20 statements × 20 statements, all by default.
    const defaults = await query('{ actors { edges { node { statements { edges { node { speaker { statements { edges { node { text } } } } } } } } } } }');
    expectRefused(defaults, 400, 'GRAPHQL_VALIDATION_FAILED');
    const id = await globalId('Actor', 'kim-jong-un');
    const answer = await query('query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Actor { statements(first: 100) { edges { node { text } } } } } }', {
      ids: Array(100).fill(id),
    });
    expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('fragment spreads that explode (each fragment spreading the next four times) are priced, not expanded', async () => {
    const layers = Array.from({ length: 12 }, (_, i) =>
      i < 11 ? `fragment L${i} on Query { ...L${i + 1} ...L${i + 1} ...L${i + 1} ...L${i + 1} }` : `fragment L${i} on Query { actors(first: 1) { totalCount } }`,
    );
    expectRefused(await query(`{ ...L0 } ${layers.join(' ')}`), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('a fragment cycle is refused', async () => {
    expectRefused(await query('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), 400, 'GRAPHQL_VALIDATION_FAILED');
  });
});

describe('page sizes', () => {
  it.each([
    ['first', 101],
    ['first', 1_000_000],
    ['last', -1],
    ['first', -2_147_483_648],
  ])('`%s: %i` is refused before execution, as a literal and as a variable, naming the limit', async (argument, size) => {
    for (const answer of [
      await query(`{ actors(${argument}: ${size}) { totalCount } }`),
      await query(`query ($n: Int) { actors(${argument}: $n) { totalCount } }`, { n: size }),
      // Nested in a fragment, through a variable's default value.
      await query(`query ($n: Int = ${size}) { actor(slug: "kim-jong-un") { ...S } } fragment S on Actor { statements(${argument}: $n) { totalCount } }`),
    ]) {
      expectRefused(answer, 400, 'BAD_USER_INPUT');
      expect(answer.body.errors[0].extensions.argumentName).toBe(argument);
      expect(answer.body.errors[0].message).toContain(`between 0 and ${MAX_PAGE_SIZE}`);
    }
  });
});

describe('floods', () => {
  it(`an alias flood is refused (alias limit ${MAX_ALIASES})`, async () => {
    const aliases = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: actor(slug: "kim-jong-un") { name }`).join(' ');
    expectRefused(await query(`{ ${aliases} }`), 400, 'GRAPHQL_VALIDATION_FAILED');
    const thousand = Array.from({ length: 1_000 }, (_, i) => `a${i}: __typename`).join(' ');
    expectRefused(await query(`{ ${thousand} }`), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('a field-duplication flood is answered briefly, or refused by graphql-js’s overlap budget or the token limit', async () => {
    const flood = (copies: number) => query(`{ actors(first: 1) { edges { node { ${'name '.repeat(copies)} } } } }`);
    expectAnswered(await flood(400), { maxMs: REJECTION_MS, maxBytes: 500 });
    expectRefused(await flood(900), 400, 'GRAPHQL_VALIDATION_FAILED');
    expectRefused(await flood(5_000), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it(`a directive flood is refused (directive limit ${MAX_DIRECTIVES})`, async () => {
    const flood = '@include(if: true) '.repeat(MAX_DIRECTIVES + 5);
    expectRefused(await query(`{ actor(slug: "kim-jong-un") { name ${flood} } }`), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it(`a token flood just under the body limit is refused after ${MAX_TOKENS} tokens, without parsing the rest`, async () => {
    const flood = `{ ${'a '.repeat(45_000)} }`;
    expect(flood.length).toBeLessThan(MAX_REQUEST_BODY_BYTES);
    const answer = await query(flood);
    expectRefused(answer, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(answer.body.errors[0].message).toBe(`Token limit of ${MAX_TOKENS} exceeded.`);
    // Over GET too, and for legacy `application/json` clients (in a URL that fits Node's 16 kB of headers: past it, a 431).
    const get = await send(`/graphql?query=${encodeURIComponent(`{ ${'a '.repeat(1_500)} }`)}`, { headers: { accept: 'application/json' } });
    expectRefused(get, 400, 'GRAPHQL_VALIDATION_FAILED');
    expect((await send(`/graphql?query=${encodeURIComponent(flood)}`)).status).toBe(431);
  });

  it('batches are refused, one operation or a thousand', async () => {
    expectRefused(await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]), 400, 'BAD_REQUEST');
    expectRefused(await post(Array(1_000).fill({ query: '{ __typename }' })), 400, 'BAD_REQUEST');
  });
});

describe('bodies, content types and methods', () => {
  it(`a body over ${MAX_REQUEST_BODY_BYTES} bytes is refused with 413, whatever its Content-Length says`, async () => {
    const big = JSON.stringify({ query: `{ __typename }${' '.repeat(2_000_000)}` });
    expectRefused(await post(big, { 'content-length': String(big.length) }), 413, 'REQUEST_ENTITY_TOO_LARGE');
    // No Content-Length (a stream): cut off once the limit is read.
    const chunk = new TextEncoder().encode(' '.repeat(64_000));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 300) controller.enqueue(chunk);
        else controller.close();
      },
    });
    // A stream is read once: sent once.
    const streamed = await sendOnce('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expectRefused(streamed, 413, 'REQUEST_ENTITY_TOO_LARGE');
    expect(sent).toBeLessThan(300);
  });

  it('malformed JSON is a 400 without the parser’s own message', async () => {
    for (const body of ['{"query": ', '{query: "{ __typename }"}', '{"query": "{ __typename }"', '\u0000', 'null', '"{ __typename }"', '42']) {
      const answer = await post(body);
      expectRefused(answer, 400, 'BAD_REQUEST');
      expect(answer.text).not.toMatch(/position|token|JSON\.parse/i);
    }
    // Parameters of the wrong JSON type.
    expectRefused(await post({ query: '{ __typename }', variables: [1] }), 400, 'BAD_REQUEST');
    expectRefused(await post({ query: { kind: 'Document' } }), 400, 'BAD_REQUEST');
  });

  it('a missing or unsupported Content-Type is a coded 415', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    expectRefused(await send('/graphql', { method: 'POST', body: new Blob([body]) }), 415, 'BAD_REQUEST');
    for (const type of ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/x-www-form-urlencoded']) {
      expectRefused(await send('/graphql', { method: 'POST', headers: { 'content-type': type }, body }), 415, 'BAD_REQUEST');
    }
  });

  it('a mutation over GET is a 405 (and a mutation or subscription over POST a 400: there are none)', async () => {
    const get = await send(`/graphql?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { accept: 'application/graphql-response+json' } });
    expectRefused(get, 405, 'BAD_REQUEST');
    expect(get.headers.get('allow')).toBe('POST');
    expectRefused(await query('mutation { __typename }'), 400, 'GRAPHQL_VALIDATION_FAILED');
    expectRefused(await query('subscription { __typename }'), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('methods other than GET and POST are a 405', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH']) {
      expectRefused(await send('/graphql', { method, headers: { 'content-type': 'application/json' }, body: '{}' }), 405, 'BAD_REQUEST');
    }
  });
});

describe('what the HTTP parser refuses', () => {
  it('a request line over 16 kB gets 431 with a code, not an empty answer', async () => {
    const answer = await send(`/graphql?query=${encodeURIComponent(`{ ${'__typename '.repeat(2_000)}}`)}`);
    expectRefused(answer, 431, 'REQUEST_HEADER_FIELDS_TOO_LARGE');
  });

  it('malformed HTTP gets 400 with a code', async () => {
    const { origin } = await server.listening;
    const { hostname, port } = new URL(origin);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.end('GET /graphql HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
      let text = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      socket.on('end', () => resolve(text)).on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4)).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('variables', () => {
  it(`a huge string variable is refused (string arguments up to ${MAX_STRING_ARGUMENT_LENGTH} characters)`, async () => {
    const answer = await query('query ($slug: String!) { actor(slug: $slug) { name } }', { slug: 'x'.repeat(90_000) });
    expectRefused(answer, 400, 'BAD_USER_INPUT');
    expect(answer.body.errors[0].extensions.argumentName).toBe('slug');
  });

  it('a deeply nested variable is a coercion error, answered fast and without echoing it', async () => {
    const depth = 40_000;
    const body = `{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    expectRefused(await post(body), 400, 'BAD_USER_INPUT');
  });

  it('a huge object of unused variables is ignored', async () => {
    const variables = Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`v${i}`, { deep: [i, String(i)] }]));
    expectAnswered(await query('{ __typename }', variables), { maxMs: REJECTION_MS, maxBytes: 100 });
  });

  it('a variable of the wrong type is a coded 400, even for legacy application/json clients', async () => {
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      expectRefused(await query('query ($n: Int) { actors(first: $n) { totalCount } }', { n: 'ten' }, { accept }), 400, 'BAD_USER_INPUT');
    }
  });
});

describe('ids, slugs and dates', () => {
  const hostile = [
    '../../etc/passwd',
    "' OR '1'='1' --",
    '{"$gt": ""}',
    '__proto__',
    'constructor',
    'kim-jong-un\u0000',
    '\u202ekim-jong-un',
    '🙂'.repeat(50),
    '%00%2e%2e%2f',
    '.*',
  ];

  it('hostile and oversized global ids answer null, never an error', async () => {
    const ids = [...hostile, 'A'.repeat(10_240), Buffer.from('Actor:../../etc/passwd').toString('base64url'), Buffer.from('__proto__:x').toString('base64url')];
    for (const id of ids) {
      const answer = await query('query ($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }', { id });
      expectAnswered(answer, { maxMs: REJECTION_MS, maxBytes: 100 });
      expect(answer.body.data).toEqual({ node: null, nodes: [null] });
    }
  });

  it('more than 100 ids are refused before execution', async () => {
    const answer = await query('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(101).fill('x') });
    expectRefused(answer, 400, 'BAD_USER_INPUT');
    expect(answer.body.errors[0].extensions.argumentName).toBe('ids');
  });

  it('hostile slugs answer null; an oversized slug is refused', async () => {
    for (const slug of hostile) {
      const answer = await query('query ($slug: String!) { actor(slug: $slug) { name } event(slug: $slug) { title } }', { slug });
      expectAnswered(answer, { maxMs: REJECTION_MS, maxBytes: 100 });
      expect(answer.body.data).toEqual({ actor: null, event: null });
    }
    expectRefused(await query(`{ actor(slug: "${'k'.repeat(5_000)}") { name } }`), 400, 'BAD_USER_INPUT');
  });

  it('invalid dates are refused, as variables and as literals', async () => {
    for (const date of ['2025-02-30', '2025-13-01', '2025-1-1', 'yesterday', '', '+275760-09-14', '2025-01-01T00:00:00Z; DROP']) {
      expectRefused(await query('query ($d: Date) { timeline(from: $d) { totalCount } }', { d: date }), 400, 'BAD_USER_INPUT');
      expectRefused(await query(`{ timeline(from: ${JSON.stringify(date)}) { totalCount } }`), 400, 'GRAPHQL_VALIDATION_FAILED');
    }
  });
});

describe('CORS', () => {
  const evil = 'https://evil.example';

  it('any origin may read, but credentials are never allowed', async () => {
    const answer = await send('/graphql?query=%7B__typename%7D', { headers: { origin: evil, cookie: 'session=1' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await send('/graphql', {
      method: 'OPTIONS',
      headers: { origin: evil, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    expect(preflight.ms).toBeLessThan(REJECTION_MS);
  });

  it('with an allowlist, only the listed origins get CORS headers, never `null`, never credentials', async () => {
    const allowed = 'https://app.example';
    const server = serve({ dataset, explorer: false, corsOrigins: [allowed, 'https://other.example'] });
    const get = (origin: string) => send('/graphql?query=%7B__typename%7D', { headers: { origin } }, server.fetch);
    const mine = await get(allowed);
    expect(mine.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(mine.headers.get('vary')).toMatch(/Origin/);
    for (const origin of [evil, 'null', `${allowed}.evil.example`]) {
      const theirs = await get(origin);
      expect(theirs.status).toBe(200);
      expect(theirs.headers.get('access-control-allow-origin')).toBeNull();
      expect(theirs.headers.get('access-control-allow-credentials')).toBeNull();
    }
    const preflight = await send('/graphql', { method: 'OPTIONS', headers: { origin: evil, 'access-control-request-method': 'POST' } }, server.fetch);
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('time-out, masking and health', () => {
  it('execution past the time-out is a coded 400, with graphql-jit and with the default executor', async () => {
    for (const jit of [true, false]) {
      const impatient = serve({ dataset, explorer: false, executionTimeoutMs: 0, performance: { jit, persistedOperations: new Map([['dashboard', DASHBOARD]]) } });
      // A persisted document is compiled (and admitted to the fast lane) from its first run.
      for (let i = 0; i < 3; i++) expectRefused(await query(DASHBOARD, undefined, undefined, impatient.fetch), 400, 'EXECUTION_TIMEOUT');
      await impatient.close();
    }
  });

  it('an unexpected error is masked in the answer and logged in full', async () => {
    const logged: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logged.push(String(chunk));
        done();
      },
    });
    const broken = serve({
      dataset,
      explorer: false,
      logger: pino(sink),
      // A dataset that fails on every look-up, as a lost database connection would.
      createContext: (data) =>
        createContext(
          new Proxy(data, {
            get() {
              throw new Error('connection to /srv/secret/db.ts:42 failed');
            },
          }),
        ),
    });
    const answer = await query('{ actors(first: 1) { totalCount } }', undefined, undefined, broken.fetch);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(answer.text).not.toMatch(INTERNALS);
    expect(answer.text).not.toContain('secret');
    expect(logged.join('')).toContain('connection to /srv/secret/db.ts:42 failed');
  });

  it('/health stays fast while heavy queries run', async () => {
    const served = serve({ dataset, explorer: false });
    try {
      const via = served.fetch;
      const heavy = `{ actors(first: 100) { edges { node { name statements(first: 10) { totalCount edges { node { text evidence { exact } } } } } } } }`;
      const load = Array.from({ length: 40 }, () => query(heavy, undefined, undefined, via));
      const health = await send('/health', {}, via);
      const answers = await Promise.all(load);
      expect(health.status).toBe(200);
      expect(health.ms).toBeLessThan(REJECTION_MS);
      for (const answer of answers) expect(answer.status).toBe(200);
    } finally {
      await served.close();
    }
  });
});

describe('search', () => {
  const search = (text: string) => query('query ($q: String!) { search(query: $q, first: 5) { totalCount edges { node { __typename } } } }', { q: text });

  it('a 50 kB search string is refused before execution; 257 characters too, 256 are fine', async () => {
    for (const length of [50_000, MAX_STRING_ARGUMENT_LENGTH + 1]) {
      const answer = await search('war '.repeat(length / 4 + 1).slice(0, length));
      expectRefused(answer, 400, 'BAD_USER_INPUT');
      expect(answer.body.errors[0].extensions.argumentName).toBe('query');
    }
    expectAnswered(await search('w'.repeat(MAX_STRING_ARGUMENT_LENGTH)), { maxMs: REJECTION_MS });
  });

  it('regular-expression metacharacters and markup are plain text, answered fast', async () => {
    for (const text of ['.*', '(a+)+$', '[', '\\', '^$|?*+()[]{}', '(?<x>a)\\k<x>', '%_%', '<script>alert(1)</script>', `${'a'.repeat(100)}!`, 'kim\u0000jong']) {
      const answer = await search(text);
      expectAnswered(answer, { maxMs: REJECTION_MS, maxBytes: 20_000 });
      expect(answer.text).not.toContain('<script>');
    }
  });

  it('arguments only a resolver can judge (empty search, bad cursor, malformed filter id, from after to) are a coded 400 too', async () => {
    const refusals: [string, string][] = [
      ['{ search(query: "   ") { totalCount } }', 'query'],
      ['{ events(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after'],
      ['{ events(filter: { actorIds: ["bm90LWFuLWlk"] }) { totalCount } }', 'filter.actorIds'],
      ['{ events(filter: { from: "2025-01-01", to: "2024-01-01" }) { totalCount } }', 'filter.from'],
    ];
    for (const [source, argumentName] of refusals) {
      for (const accept of ['application/graphql-response+json', 'application/json']) {
        const answer = await query(source, undefined, { accept });
        expect(answer.status, answer.text).toBe(400);
        expect(answer.body, answer.text).not.toHaveProperty('data');
        expect(answer.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
        expect(answer.text).not.toMatch(INTERNALS);
      }
    }
  });

  it('a partial result keeps its 200: one refused field does not sink the others', async () => {
    const answer = await query(
      '{ ok: actor(slug: "kim-jong-un") { name } bad: actor(slug: "kim-jong-un") { statements(after: "bm90LWEtY3Vyc29y") { totalCount } } }',
    );
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.data).toEqual({ ok: { name: 'Kim Jong Un' }, bad: null });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('hostile input reaches no 500 and no error-level log line', () => {
  const levels: number[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).trim().split('\n')) levels.push(JSON.parse(line).level);
      done();
    },
  });
  const logged = serve({ dataset, explorer: false, logger: pino({ level: 'info' }, sink) });
  afterAll(() => logged.close());
  const hostile = (body: string, headers: Record<string, string> = {}) => post(body, headers, logged.fetch);
  const hostileGet = (search: string) => send(`/graphql?${search}`, { headers: { accept: 'application/json' } }, logged.fetch);
  let nested = 'null';
  for (let i = 0; i < 5_000; i++) nested = `[${nested}]`;

  it('5,000 nested lists in a variable, broken JSON in GET parameters and in bodies', async () => {
    expectRefused(await hostile(`{"query":"query ($ids: [ID!]) { nodes(ids: $ids) { id } }","variables":{"ids":${nested}}}`), 400, 'BAD_USER_INPUT');
    expectRefused(await hostile(`{"query":"{ __typename }","variables":{"x":${nested}}}`), 400, 'BAD_USER_INPUT');
    for (const search of ['query=%7B__typename%7D&variables=%7Bx', 'query=%7B__typename%7D&extensions=%7Bx', 'variables=%7Bx']) {
      expectRefused(await hostileGet(search), 400, 'BAD_REQUEST');
    }
    expectRefused(await hostile('{"query":"{ __typename }","variables":{x'), 400, 'BAD_REQUEST');
    expectRefused(await hostile('query=%7B__typename%7D&variables=%7Bx', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'BAD_REQUEST');
    expect(levels.filter((level) => level >= 50)).toEqual([]);
  });

  it('variables named after Object.prototype’s properties read as given or as absent', async () => {
    for (const name of ['toString', 'constructor', 'hasOwnProperty', 'valueOf']) {
      const source = `query ($${name}: String) { actors(first: 1, filter: { text: $${name} }) { totalCount } }`;
      const left = await hostile(JSON.stringify({ query: source }));
      expectAnswered(left);
      expect(left.body.data.actors.totalCount).toBeGreaterThan(1);
      const given = await hostile(JSON.stringify({ query: source, variables: { [name]: 'Kim Jong Un' } }));
      expect(given.body.data.actors.totalCount, name).toBe(1);
    }
    expectRefused(await hostile('{"query":"query ($__proto__: String) { actors(filter: { text: $__proto__ }) { totalCount } }","variables":{"__proto__":"Kim"}}'), 400, 'GRAPHQL_VALIDATION_FAILED');
    expect(levels.filter((level) => level >= 50)).toEqual([]);
  });
});

