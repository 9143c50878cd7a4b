/**
 * Relay pagination on every root connection and on the nested connections that can grow:
 * forward and backward walks give the same list as one big page, pageInfo is right at both
 * ends, sizes are bounded, and bad cursors are client errors.
 */
import { describe, expect, it } from 'vitest';
import { Dataset } from '../src/data/dataset.js';

import { dataset, query, request, serve, type GraphQLResponse } from './helpers.js';

interface Case {
  /** How the test names it, e.g. `Actor(kim-jong-un).statements`. */
  name: string;
  /** The parent look-up (`actor(slug: "kim-jong-un")`), or none for a root connection. */
  parent?: string;
  field: string;
  /** Arguments the field always takes besides the page arguments (`query: "korea"`). */
  args?: string;
  /** The fewest items the list must hold, so that the walks below really cross pages. */
  min: number;
}

const ROOT: Case[] = [
  { name: 'articles', field: 'articles', min: dataset.articles.length },
  { name: 'actors', field: 'actors', min: dataset.actors.length },
  { name: 'statements', field: 'statements', min: dataset.statements.length },
  { name: 'events', field: 'events', min: dataset.events.length },
  { name: 'weaponSystems', field: 'weaponSystems', min: dataset.weaponSystems.length },
  { name: 'places', field: 'places', min: dataset.places.length },
];

/** Root connections over mixed node types, longer than one default page. */
const MIXED: Case[] = [
  { name: 'timeline', field: 'timeline', min: 21 },
  { name: 'search(query: "korea")', field: 'search', args: 'query: "korea"', min: 21 },
];

/** A nested connection `field` on the entity that `lookUp` (e.g. `actor`) finds by `slug`. */
const nested = (lookUp: string, slug: string, field: string, min: number): Case => ({
  name: `${lookUp}(${slug}).${field}`,
  parent: `${lookUp}(slug: "${slug}")`,
  field,
  min,
});

const NESTED: Case[] = [
  nested('actor', 'kim-jong-un', 'statements', 8),
  nested('actor', 'kim-jong-un', 'events', 3),
  nested('actor', 'north-korea', 'events', 5),
  nested('actor', 'kim-jong-un', 'articles', 1),
  nested('actor', 'north-korea', 'members', 5),
  nested('actor', 'russia', 'members', 2),
  nested('actor', 'kcna', 'reportedStatements', 4),
  nested('actor', 'pyongyang-state-media', 'reportedStatements', 3),
  nested('actor', 'north-korea', 'weaponSystems', 5),
  nested('actor', 'north-korea', 'relations', 4),
  nested('article', 'kim-real-war-2025-07', 'statements', 12),
  nested('article', 'kim-real-war-2025-07', 'events', 16),
  nested('article', 'kim-real-war-2025-07', 'actors', 20),
  nested('article', 'kim-real-war-2025-07', 'weaponSystems', 8),
  nested('event', 'troop-deployment-to-russia', 'articles', 1),
  nested('weaponSystem', 'artillery-shells', 'events', 2),
  nested('weaponSystem', 'solid-fuel-icbm', 'events', 2),
  nested('weaponSystem', 'artillery-shells', 'statements', 2),
  nested('weaponSystem', 'nuclear-weapons', 'statements', 3),
];

const ALL = [...ROOT, ...MIXED, ...NESTED];

/** Cases that the cross-list cursor tests below reuse. */
const [ACTORS, STATEMENTS, EVENTS, PLACES] = ['actors', 'statements', 'events', 'places'].map((n) => ROOT.find((c) => c.name === n)!);
const KIM_STATEMENTS = NESTED.find((c) => c.name === 'actor(kim-jong-un).statements')!;
const NORTH_KOREA_EVENTS = NESTED.find((c) => c.name === 'actor(north-korea).events')!;

const PAGE = 'totalCount edges { cursor node { ... on Node { id } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** The operation for `c` with `args` (GraphQL argument syntax) and optional variable definitions. */
function operation(c: Case, pageArgs: string, variableDefs = '') {
  const args = [c.args, pageArgs].filter(Boolean).join(', ');
  const connection = `conn: ${c.field}${args ? `(${args})` : ''} { ${PAGE} }`;
  const body = c.parent ? `parent: ${c.parent} { ${connection} }` : connection;
  return `query ${variableDefs ? `(${variableDefs})` : ''} { ${body} }`;
}

/** The response path of the connection field of `c`. */
const pathOf = (c: Case) => (c.parent ? ['parent', 'conn'] : ['conn']);

/** The connection of `c` in a response's data. */
const pick = (c: Case, data: any): Page => (c.parent ? data.parent.conn : data.conn);

/** Fetches one page of `c` with the given pagination variables. */
async function page(c: Case, vars: { first?: number; last?: number; after?: string; before?: string }): Promise<Page> {
  const defs = '$first: Int, $last: Int, $after: String, $before: String';
  const data = await query(operation(c, 'first: $first, last: $last, after: $after, before: $before', defs), vars);
  return pick(c, data);
}

/** Walks `c` two items at a time from the start (or from the end), checking every page's pageInfo. */
async function walk(c: Case, direction: 'forward' | 'backward', total: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (let index = 0; index <= total; index++) {
    const p =
      direction === 'forward' ? await page(c, { first: 2, after: cursor }) : await page(c, { last: 2, before: cursor });
    const pageIds = p.edges.map((e) => e.node.id);
    if (direction === 'forward') ids.push(...pageIds);
    else ids.unshift(...pageIds);
    const more = ids.length < total;
    expect(p.totalCount, `${direction} page ${index}`).toBe(total);
    expect(p.edges.length, `${direction} page ${index}`).toBe(Math.min(2, total - (ids.length - pageIds.length)));
    expect(p.pageInfo, `${direction} page ${index}`).toEqual({
      hasNextPage: direction === 'forward' ? more : index > 0,
      hasPreviousPage: direction === 'forward' ? index > 0 : more,
      startCursor: p.edges[0]?.cursor ?? null,
      endCursor: p.edges.at(-1)?.cursor ?? null,
    });
    if (!more) return ids;
    cursor = (direction === 'forward' ? p.pageInfo.endCursor : p.pageInfo.startCursor) ?? undefined;
  }
  throw new Error(`${direction} walk of ${c.name} did not end after ${total + 1} pages`);
}

/** The value at `path` in `data`, or undefined when a nullable ancestor was nulled. */
const valueAt = (data: any, path: (string | number)[]) => path.reduce((v, key) => (v == null ? undefined : v[key]), data);

/**
 * Asserts one BAD_USER_INPUT error naming `argument`, and no value for `c`'s field: either a
 * field error at its path (the field nulled), or a request error refused before execution (an
 * HTTP 4xx with no data at all), as an operation-limits check may do for page sizes.
 */
function expectBadUserInput(c: Case, result: GraphQLResponse, argument: string) {
  expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
  const [error] = result.errors!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.message).toContain(`\`${argument}\``);
  if (error.path) {
    expect(error.path).toEqual(pathOf(c));
    expect(valueAt(result.data, pathOf(c))).toBeUndefined();
  } else {
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
    expect(result.data).toBeUndefined();
  }
}

describe.each(ALL)('$name', (c) => {
  it('walking `first: 2` forward and `last: 2` backward gives exactly the `first: 100` page', async () => {
    const whole = await page(c, { first: 100 });
    const ids = whole.edges.map((e) => e.node.id);
    expect(ids.length).toBeGreaterThanOrEqual(c.min);
    expect(new Set(ids).size).toBe(ids.length);
    expect(whole.totalCount).toBe(ids.length);
    expect(whole.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: whole.edges[0].cursor,
      endCursor: whole.edges.at(-1)!.cursor,
    });
    expect(await walk(c, 'forward', ids.length)).toEqual(ids);
    expect(await walk(c, 'backward', ids.length)).toEqual(ids);
  });

  it('`first: 0` gives no edges but the full totalCount', async () => {
    const p = await page(c, { first: 0 });
    expect(p.edges).toEqual([]);
    expect(p.totalCount).toBeGreaterThanOrEqual(c.min);
    expect(p.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it.each([
    ['first', 101],
    ['first', -1],
    ['last', 101],
    ['last', -1],
  ] as const)('`%s: %i` is BAD_USER_INPUT, as a literal and as a variable', async (argument, size) => {
    expectBadUserInput(c, await request(operation(c, `${argument}: ${size}`)), argument);
    expectBadUserInput(c, await request(operation(c, `${argument}: $n`, '$n: Int'), { n: size }), argument);
  });

  it('a garbage cursor is BAD_USER_INPUT, for `after` and for `before`', async () => {
    for (const argument of ['after', 'before']) {
      for (const cursor of ['garbage', '', '!!!', 'MTow', 'x'.repeat(5000)]) {
        const result = await request(operation(c, `${argument}: $cursor`, '$cursor: String'), { cursor });
        // An empty cursor may also be read as "no cursor"; anything else must be refused.
        if (cursor === '' && !result.errors) continue;
        expectBadUserInput(c, result, argument);
      }
    }
  });
});

describe('cursors from another list', () => {
  /** The end cursor of the first page of `c`. */
  const firstCursor = async (c: Case) => (await page(c, { first: 1 })).pageInfo.endCursor!;

  it.each([
    [ACTORS, EVENTS],
    [EVENTS, PLACES],
    [NORTH_KOREA_EVENTS, KIM_STATEMENTS],
  ])('a cursor of $0.name is refused by $1.name', async (from, to) => {
    const cursor = await firstCursor(from);
    for (const argument of ['after', 'before']) {
      expectBadUserInput(to, await request(operation(to, `${argument}: $c`, '$c: String'), { c: cursor }), argument);
    }
  });

  it('a cursor of a statement that is not in the list is refused', async () => {
    const all = await page(STATEMENTS, { first: 100 });
    const kims = new Set((await page(KIM_STATEMENTS, { first: 100 })).edges.map((e) => e.node.id));
    const foreign = all.edges.filter((e) => !kims.has(e.node.id));
    expect(foreign.length).toBeGreaterThan(0);
    for (const edge of foreign) {
      expectBadUserInput(KIM_STATEMENTS, await request(operation(KIM_STATEMENTS, 'after: $c', '$c: String'), { c: edge.cursor }), 'after');
    }
  });
});

describe('default page size', () => {
  it('is 20 on the plural root fields too: a copy of the dataset with twice the actors (the real one has 20)', async () => {
    const copies = dataset.actors.map((a) => ({ ...a, slug: `${a.slug}-copy`, name: `${a.name} (copy)` }));
    const big = new Dataset({ ...dataset.maps, Actor: new Map([...dataset.maps.Actor, ...copies.map((a) => [a.slug, a] as const)]) });
    const server = serve({ dataset: big });
    /** Runs `source` against the server over the bigger dataset. */
    const run = async (source: string) => {
      const response = await server.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: source }),
      });
      return ((await response.json()) as { data: { actors: Page } }).data.actors;
    };
    const total = dataset.actors.length * 2;
    expect(total).toBeGreaterThan(20);
    const first = await run(`{ actors { ${PAGE} } }`);
    expect(first.totalCount).toBe(total);
    expect(first.edges).toHaveLength(20);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await run(`{ actors(after: "${first.pageInfo.endCursor}") { ${PAGE} } }`);
    expect(second.edges).toHaveLength(Math.min(20, total - 20));
  });

  it('is 20 without `first` or `last`: longer lists stop there, shorter ones come whole', async () => {
    const totals: number[] = [];
    for (const c of ALL) {
      const p = pick(c, await query(operation(c, '')));
      totals.push(p.totalCount);
      expect(p.edges, c.name).toHaveLength(Math.min(20, p.totalCount));
      expect(p.pageInfo.hasNextPage, c.name).toBe(p.totalCount > 20);
    }
    expect(totals.some((t) => t > 20), 'some list is longer than a default page').toBe(true);
  });
});
