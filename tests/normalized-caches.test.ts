/**
 * The real clients against the real listener, with the configuration shipped in clients/cache/:
 * Apollo Client 4 (InMemoryCache, PersistedQueryLink) and urql (graphcache, persisted exchange)
 * run every example, page a connection to its end, and print no warning or error; the same
 * clients without the configuration do warn (so the check can fail). Both speak APQ with the
 * server: hash alone, PersistedQueryNotFound, hash and document, then the hash alone as a GET.
 */
import { createHash } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { Client as UrqlClient, fetchExchange, gql as urqlGql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as apolloCache from '../clients/cache/apollo.js';
import * as urqlCache from '../clients/cache/urql.js';
import { loadExamples } from '../src/explorer.js';
import { createApi } from '../src/yoga.js';
import { dataset } from './helpers.js';
import { close, listen } from './security-helpers.js';

let server: HttpServer;
let endpoint: string;
/** What each client sent: method, and whether the document went along. */
let sent: { method: string; withDocument: boolean; hashOnly: boolean }[] = [];
/** Everything the clients printed through console.warn and console.error. */
let printed: string[] = [];

/** `fetch`, recording what goes to the server. */
const recordingFetch: typeof fetch = async (input, init) => {
  const url = new URL(String(input instanceof Request ? input.url : input));
  const method = init?.method ?? 'GET';
  const body = typeof init?.body === 'string' ? JSON.parse(init.body) : {};
  const query = method === 'GET' ? url.searchParams.get('query') : body.query;
  const extensions = method === 'GET' ? url.searchParams.get('extensions') : JSON.stringify(body.extensions ?? null);
  sent.push({ method, withDocument: !!query, hashOnly: !query && !!extensions?.includes('sha256Hash') });
  return fetch(input, init);
};

beforeAll(async () => {
  const { listener } = createApi({ dataset, explorer: false, performance: { responseCache: true } });
  ({ server, origin: endpoint } = await listen(listener));
  endpoint += '/graphql';
});
afterAll(() => close(server));

beforeEach(() => {
  sent = [];
  printed = [];
  for (const level of ['warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push(`${level}: ${args.map(String).join(' ')}`));
  }
});
afterEach(() => vi.restoreAllMocks());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** One page of events with id-less values (dates, quantities, participations) on each. */
const EVENTS_PAGE = `
  query EventsPage($after: String) {
    events(first: 4, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title date { start end precision text edtf } quantities { measure value text } participants { role actor { id name } } } }
    }
  }
`;
/** The same event twice, with different fields of its date: replacing an id-less value. */
const DATE_ONCE = 'query DateOnce { event(slug: "troop-deployment-to-russia") { id date { edtf } } }';
const DATE_AGAIN = 'query DateAgain { event(slug: "troop-deployment-to-russia") { id date { start text } } }';

type EventsPage = { events: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } };

/** An Apollo client over the real listener, with or without the shipped cache configuration. */
function apolloClient(configured: boolean) {
  const http = new HttpLink({ uri: endpoint, fetch: recordingFetch });
  const link = configured ? ApolloLink.from([new PersistedQueryLink({ sha256, useGETForHashedQueries: true }), http]) : http;
  const cache = configured ? new InMemoryCache({ possibleTypes: apolloCache.possibleTypes, typePolicies: apolloCache.typePolicies }) : new InMemoryCache();
  return new ApolloClient({ link, cache });
}

/** A urql client over the real listener, with or without the shipped graphcache configuration. */
function urqlClient(configured: boolean) {
  const cache = configured ? cacheExchange({ schema: urqlCache.schema, keys: urqlCache.keys, resolvers: urqlCache.resolvers }) : cacheExchange({});
  const exchanges = configured ? [cache, persistedExchange({ preferGetForPersistedQueries: true }), fetchExchange] : [cache, fetchExchange];
  return new UrqlClient({ url: endpoint, exchanges, fetch: recordingFetch, preferGetMethod: false });
}

describe('Apollo Client 4 with clients/cache/apollo.ts', () => {
  it('runs every example and reads each back whole from its normalised cache, printing nothing', async () => {
    const client = apolloClient(true);
    for (const { file, source } of loadExamples()) {
      const query = apolloGql(source);
      const result = await client.query({ query });
      expect(result.error, file).toBeUndefined();
      expect(client.readQuery({ query }), file).toEqual(result.data);
    }
    await client.query({ query: apolloGql(DATE_ONCE) });
    await client.query({ query: apolloGql(DATE_AGAIN) });
    console.info(`Apollo Client printed: ${JSON.stringify(printed)}`);
    expect(printed).toEqual([]);
  }, 60_000);

  it('pages events with fetchMore to the end, one list without duplicates, printing nothing', async () => {
    const client = apolloClient(true);
    const query = apolloGql(EVENTS_PAGE);
    const watched = client.watchQuery<EventsPage>({ query, variables: {} });
    const subscription = watched.subscribe(() => {});
    let { data } = await watched.refetch();
    let pages = 1;
    while (data!.events.pageInfo.hasNextPage && pages < 100) {
      await watched.fetchMore({ variables: { after: data!.events.pageInfo.endCursor } });
      // The cache holds the merged list: every page so far under one field.
      data = client.readQuery<EventsPage>({ query, variables: {} })!;
      pages++;
    }
    subscription.unsubscribe();
    const ids = data!.events.edges.map((edge) => edge.node.id);
    expect(data!.events.pageInfo.hasNextPage).toBe(false);
    expect(pages).toBeGreaterThan(2);
    expect(ids).toHaveLength(data!.events.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(printed).toEqual([]);
  }, 60_000);

  it('without the configuration, warns that replacing a date loses cache data (the check above can fail)', async () => {
    const client = apolloClient(false);
    await client.query({ query: apolloGql(DATE_ONCE) });
    await client.query({ query: apolloGql(DATE_AGAIN) });
    const warnings = printed.join('\n');
    console.info(`Apollo Client without clients/cache printed ${printed.length} warning(s)`);
    expect(warnings).toMatch(/Cache data may be lost when replacing the %s field of a %s object/);
    expect(warnings).toContain('Event.date');
  });

  it('speaks APQ: hash alone, PersistedQueryNotFound, hash and document; then the hash alone as a GET', async () => {
    const query = apolloGql(`query ApqApollo { actor(slug: "kim-jong-un") { id name } }`);
    const first = await apolloClient(true).query({ query });
    expect(first.data).toEqual({ actor: { __typename: 'Actor', id: expect.any(String), name: 'Kim Jong Un' } });
    expect(sent).toEqual([
      { method: 'GET', withDocument: false, hashOnly: true },
      { method: 'POST', withDocument: true, hashOnly: false },
    ]);
    sent = [];
    const again = await apolloClient(true).query({ query });
    expect(again.data).toEqual(first.data);
    expect(sent).toEqual([{ method: 'GET', withDocument: false, hashOnly: true }]);
    expect(printed).toEqual([]);
  });
});

describe('urql + graphcache with clients/cache/urql.ts', () => {
  it('runs every example, printing nothing', async () => {
    const client = urqlClient(true);
    for (const { file, source } of loadExamples()) {
      const result = await client.query(urqlGql(source), {}).toPromise();
      expect(result.error, file).toBeUndefined();
      expect(result.data, file).toEqual(expect.any(Object));
    }
    await client.query(urqlGql(DATE_ONCE), {}).toPromise();
    await client.query(urqlGql(DATE_AGAIN), {}).toPromise();
    console.info(`urql printed: ${JSON.stringify(printed)}`);
    expect(printed).toEqual([]);
  }, 60_000);

  it('pages events to the end: relayPagination extends the cached list, without duplicates, printing nothing', async () => {
    const client = urqlClient(true);
    const query = urqlGql(EVENTS_PAGE);
    let data = (await client.query(query, {}).toPromise()).data as EventsPage;
    let pages = 1;
    while (data.events.pageInfo.hasNextPage) {
      data = (await client.query(query, { after: data.events.pageInfo.endCursor }).toPromise()).data as EventsPage;
      pages++;
    }
    const ids = data.events.edges.map((edge) => edge.node.id);
    expect(data.events.pageInfo.hasNextPage).toBe(false);
    expect(pages).toBeGreaterThan(2);
    expect(ids).toHaveLength(data.events.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(printed).toEqual([]);
  }, 60_000);

  it('without the configuration, warns about every id-less object (the check above can fail)', async () => {
    const client = urqlClient(false);
    await client.query(urqlGql(EVENTS_PAGE), {}).toPromise();
    console.info(`urql without clients/cache printed ${printed.length} warning(s) for one events page`);
    expect(printed.length).toBeGreaterThan(0);
    expect(printed.join('\n')).toMatch(/Invalid key/);
  });

  it('speaks APQ: hash alone, PersistedQueryNotFound, hash and document; then the hash alone', async () => {
    const query = urqlGql(`query ApqUrql { actor(slug: "kim-jong-un") { id name } }`);
    const first = await urqlClient(true).query(query, {}).toPromise();
    expect(first.data).toMatchObject({ actor: { id: expect.any(String), name: 'Kim Jong Un' } });
    // urql registers with the same method it asked with: a GET carrying hash and document.
    expect(sent).toEqual([
      { method: 'GET', withDocument: false, hashOnly: true },
      { method: 'GET', withDocument: true, hashOnly: false },
    ]);
    sent = [];
    const again = await urqlClient(true).query(query, {}).toPromise();
    expect(again.data).toEqual(first.data);
    expect(sent).toEqual([{ method: 'GET', withDocument: false, hashOnly: true }]);
    expect(printed).toEqual([]);
  });
});
