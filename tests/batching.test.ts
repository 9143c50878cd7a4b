/**
 * The N+1 guard: a nested page (statements × speaker × participations × event × location) makes
 * a small, constant number of data-layer batches, whatever the page size. Each request's context
 * counts its DataLoader batches in `stats.batches`; this server keeps the contexts to read them.
 */
import { describe, expect, it } from 'vitest';
import { createContext, type Context } from '../src/context.js';

import { dataset, PRODUCTION_PERFORMANCE, serve } from './helpers.js';
import { raw } from './seed.js';

const contexts: Context[] = [];
// Without the response cache, so that a repeated query runs again.
const server = serve({
  dataset,
  performance: { ...PRODUCTION_PERFORMANCE, responseCache: false },
  createContext: (data) => {
    const context = createContext(data);
    contexts.push(context);
    return context;
  },
});

const STATEMENTS = `query ($first: Int) {
  statements(first: $first) {
    edges { node { speaker { name participations { role event { title location { name } } } } } }
  }
}`;

const ARTICLE_STATEMENTS = `query ($first: Int) {
  articles(first: 1) { edges { node { statements(first: $first) {
    edges { node { speaker { name affiliation { name } } reportedBy { name } occasion { title location { name country { name } } } } }
  } } } }
}`;

/** Runs `source` on the recording server; returns its data and the batches its context counted. */
async function run(source: string, variables: Record<string, unknown>): Promise<{ data: any; batches: number }> {
  const before = contexts.length;
  const response = await server.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: source, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(contexts.length).toBe(before + 1);
  return { data: body.data, batches: contexts.at(-1)!.stats.batches };
}

/** How many participations the speakers of the page's statements have: the look-ups a naive server would make. */
const participations = (data: any) =>
  data.statements.edges.reduce((total: number, e: any) => total + e.node.speaker.participations.length, 0);

describe('no N+1', () => {
  const ALL = raw.statements.length;

  it('statements × speaker × participations × event × location: the same few batches for 2, 12 and all statements', async () => {
    const sizes = [2, 12, 100];
    const results = [];
    for (const first of sizes) results.push(await run(STATEMENTS, { first }));
    expect(results.map((r) => r.data.statements.edges.length)).toEqual([2, Math.min(12, ALL), ALL]);
    // One batch per level that loads entities: speakers, events, places.
    for (const { batches } of results) {
      expect(batches).toBeGreaterThan(0);
      expect(batches).toBeLessThanOrEqual(3);
    }
    expect(new Set(results.map((r) => r.batches)).size).toBe(1);
    // The whole page needs far more look-ups than that: batching really collapsed them.
    expect(participations(results[2].data)).toBeGreaterThan(results[2].batches * 5);
  });

  it('requests do not share batches or caches: the same query twice counts the same', async () => {
    const first = await run(STATEMENTS, { first: 100 });
    const second = await run(STATEMENTS, { first: 100 });
    expect(second.batches).toBe(first.batches);
    expect(contexts.at(-1)).not.toBe(contexts.at(-2));
  });

  it('a page nested in a page (articles × statements × speaker, affiliation, reporters, occasion, location, country) stays bounded', async () => {
    // At most one batch per entity type per level: actors and events, then actors and places, then places.
    const LEVELS_BOUND = 5;
    for (const first of [2, 6, 100]) {
      const { data, batches } = await run(ARTICLE_STATEMENTS, { first });
      expect(data.articles.edges[0].node.statements.edges).toHaveLength(Math.min(first, ALL));
      expect(batches).toBeGreaterThan(0);
      expect(batches).toBeLessThanOrEqual(LEVELS_BOUND);
    }
  });

  it('the counter counts: a query that loads nothing counts no batch', async () => {
    const { batches } = await run('query ($first: Int) { statements(first: $first) { totalCount } }', { first: 5 });
    expect(batches).toBe(0);
  });
});
