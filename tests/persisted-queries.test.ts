/**
 * Persisted queries over the listener `main.ts` serves: APQ's register-on-miss round trip (the
 * hash alone works afterwards, as a GET too), persisted documents keyed as the codegen client
 * preset keys them, trusted-documents mode, and a body without a query refused with a 400.
 */
import { readFileSync } from 'node:fs';
import type { Server as HttpServer } from 'node:http';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentHash, readPersistedOperations, sha256 } from '../src/performance/index.js';
import { createApi } from '../src/yoga.js';
import { dataset } from './helpers.js';
import { close, listen } from './security-helpers.js';

const EXAMPLES = new URL('../examples', import.meta.url).pathname;
/** What `npm run codegen` emits for the examples and the TypeScript client (client preset, `persistedDocuments`). */
const CODEGEN_DOCUMENTS: Record<string, string> = JSON.parse(readFileSync(new URL('../clients/typescript/generated/persisted-documents.json', import.meta.url), 'utf8'));

const QUERY = 'query Kim { actor(slug: "kim-jong-un") { id name } }';
const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

const servers: HttpServer[] = [];
let open: string;
let trusted: string;

/** Starts the real listener with `persistedOnly` as given and the examples as the fixed list. */
async function start(persistedOnly: boolean): Promise<string> {
  const { listener } = createApi({ dataset, explorer: false, performance: { persistedOperations: readPersistedOperations(EXAMPLES), persistedOnly } });
  const { origin, server } = await listen(listener);
  servers.push(server);
  return origin;
}

beforeAll(async () => {
  open = await start(false);
  trusted = await start(true);
});
afterAll(() => Promise.all(servers.map(close)));

/** POSTs `body` as JSON; the status and the parsed answer. */
async function post(origin: string, body: unknown) {
  const response = await fetch(`${origin}/graphql`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

/** GETs a document by hash; the status and the parsed answer. */
async function getByHash(origin: string, hash: string) {
  const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
  const response = await fetch(`${origin}/graphql?extensions=${extensions}`, { headers: { accept: 'application/graphql-response+json' } });
  return { status: response.status, json: await response.json() };
}

const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const codes = (json: { errors?: { extensions?: { code?: string } }[] }) => json.errors?.map((error) => error.extensions?.code);

describe('automatic persisted queries (APQ)', () => {
  it('register on a miss: hash alone → PersistedQueryNotFound; hash and document → answer; then the hash alone, also as a GET', async () => {
    const hash = sha256(QUERY);
    const miss = await post(open, { extensions: apq(hash) });
    expect(miss.json.errors).toEqual([expect.objectContaining({ message: 'PersistedQueryNotFound', extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) })]);
    const registered = await post(open, { query: QUERY, extensions: apq(hash) });
    expect(registered).toEqual({ status: 200, json: { data: { actor: { id: expect.any(String), name: 'Kim Jong Un' } } } });
    expect(await post(open, { extensions: apq(hash) })).toEqual(registered);
    expect(await getByHash(open, hash)).toEqual(registered);
  });

  it('refuse a document whose hash is not the one sent, and register nothing', async () => {
    const other = '{ actor(slug: "kim-jong-un") { name } }';
    const refused = await post(open, { query: other, extensions: apq(sha256(QUERY.replace('Kim', 'Kim2'))) });
    expect(refused.status).toBe(400);
    expect(codes(refused.json)).toEqual(['PERSISTED_QUERY_HASH_MISMATCH']);
    expect(codes((await post(open, { extensions: apq(sha256(QUERY.replace('Kim', 'Kim2'))) })).json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });
});

describe('persisted documents (the fixed list of examples/)', () => {
  it('are keyed by the sha256 of the printed document, as the codegen client preset keys them', () => {
    const list = readPersistedOperations(EXAMPLES);
    expect(list.size).toBeGreaterThanOrEqual(8);
    for (const [hash, document] of list) expect(CODEGEN_DOCUMENTS[`sha256:${hash}`]).toBe(printExecutableGraphQLDocument(parse(document)));
  });

  it('run as written, so that an answer by hash is the very bytes of the answer to the text', async () => {
    const text = (response: Response) => response.text();
    for (const [hash, document] of readPersistedOperations(EXAMPLES)) {
      const byText = await fetch(`${open}/graphql`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ query: document }) }).then(text);
      const byHash = await fetch(`${open}/graphql`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ documentId: `sha256:${hash}` }) }).then(text);
      expect(byHash).toBe(byText);
    }
  });

  it('run by hash, as APQ extensions or as a prefixed documentId', async () => {
    const [hash] = readPersistedOperations(EXAMPLES).keys();
    const byExtension = await getByHash(open, hash);
    expect(byExtension.status).toBe(200);
    expect(byExtension.json.data).toEqual(expect.any(Object));
    expect(await post(open, { documentId: `sha256:${hash}` })).toEqual(byExtension);
  });

  it('hash the same for any layout of the same document', () => {
    expect(documentHash('query Kim {\n  actor(slug: "kim-jong-un") {\n    id\n    name\n  }\n}\n# a comment')).toBe(documentHash(QUERY));
  });
});

describe('trusted documents (PERSISTED_ONLY=on)', () => {
  it('run the fixed list by hash', async () => {
    const [hash] = readPersistedOperations(EXAMPLES).keys();
    const answer = await getByHash(trusted, hash);
    expect(answer.status).toBe(200);
    expect(answer.json.data).toEqual(expect.any(Object));
  });

  it('refuse a document sent as text, with or without a hash, and register nothing', async () => {
    const text = await post(trusted, { query: QUERY });
    expect(text.status).toBe(400);
    expect(codes(text.json)).toEqual(['PERSISTED_QUERY_ID_REQUIRED']);
    const registering = await post(trusted, { query: QUERY, extensions: apq(sha256(QUERY)) });
    expect(registering.status).toBe(400);
    expect(codes(registering.json)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(codes((await getByHash(trusted, sha256(QUERY))).json)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
  });
});

describe('trusted documents stay hash-only once they have run', () => {
  it('the text of a listed document, run by hash until compiled and admitted, is still refused as text', async () => {
    const [[hash, source]] = readPersistedOperations(EXAMPLES);
    for (let i = 0; i < 3; i++) expect((await getByHash(trusted, hash)).status).toBe(200);
    const text = await post(trusted, { query: source });
    expect(text.status).toBe(400);
    expect(codes(text.json)).toEqual(['PERSISTED_QUERY_ID_REQUIRED']);
  });
});

describe('a request with no usable query', () => {
  it.each([
    ['an empty body object', {}],
    ['variables only', { variables: {} }],
    ['a null query', { query: null }],
    ['extensions without a persisted query', { extensions: {} }],
    ['a blank query', { query: '  ' }],
  ])('%s → 400 BAD_REQUEST "Must provide query string.", whatever the client accepts', async (_name, body) => {
    for (const origin of [open, trusted]) {
      for (const accept of ['application/graphql-response+json', 'application/json', '*/*']) {
        const response = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });
        expect(response.status).toBe(400);
        expect((await response.json()).errors).toEqual([{ message: 'Must provide query string.', extensions: { code: 'BAD_REQUEST' } }]);
      }
    }
  });

  it('a GET without a query → 400 too', async () => {
    const response = await fetch(`${open}/graphql?variables=%7B%7D`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toBe('Must provide query string.');
  });

  it('a query of the wrong type is still refused by Yoga with a 400', async () => {
    const answer = await post(open, { query: 42 });
    expect(answer.status).toBe(400);
    expect(codes(answer.json)).toEqual(['BAD_REQUEST']);
  });
});
