/**
 * The N+1 guard: a nested page (statements × speaker × participations × event × location) makes
 * no look-up per item, whatever the page size: entities a record names by slug are taken from the
 * dataset at hand. A field that returned a slug instead would send it through the DataLoader
 * (`loadBySlug`), which counts its batches in the context's `stats.batches`; this server keeps
 * the contexts to read them.
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

  it('statements × speaker × participations × event × location: entities named by slug are at hand, with no look-up per item', async () => {
    const results = [];
    for (const first of [2, 12, 100]) results.push(await run(STATEMENTS, { first }));
    expect(results.map((r) => r.data.statements.edges.length)).toEqual([2, Math.min(12, ALL), ALL]);
    // The whole page names hundreds of entities; none needs a batch of its own.
    expect(participations(results[2].data)).toBeGreaterThan(20);
    for (const { batches } of results) expect(batches).toBe(0);
  });

  it('a page nested in a page (articles × statements × speaker, affiliation, reporters, occasion, location, country) makes no look-up either', async () => {
    for (const first of [2, 6, 100]) {
      const { data, batches } = await run(ARTICLE_STATEMENTS, { first });
      expect(data.articles.edges[0].node.statements.edges).toHaveLength(Math.min(first, ALL));
      expect(batches).toBe(0);
    }
  });
});
