/**
 * `orderBy` on every list: each order field in both directions and the default order, with the
 * tie-breaks the descriptions state, computed here from the seed article's JSON; and cursor walks
 * (`first: 2` + `after`, `last: 2` + `before`) that give back exactly the one big page under every
 * order, with and without a filter, on root and nested connections.
 *
 * Reading of the descriptions: ASC/DESC reverses the whole order when the field is the list's
 * default key (DATE, POSITION, NAME, PUBLISHED_ON); for any other field, ties keep the default
 * order. Items without a key (undated statements) come last either way.
 */
import { describe, expect, it } from 'vitest';
import { query } from './helpers.js';
import { ARTICLE, firstKnownDay, folded, raw, slugs } from './seed.js';

type Direction = 'ASC' | 'DESC';
type Compare<T> = (a: T, b: T) => number;

/** Code-unit comparison of two strings. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Alphabetical by case- and accent-insensitive name, then slug. */
const byName: Compare<{ name: string; slug: string }> = (a, b) => byText(folded(a.name), folded(b.name)) || byText(a.slug, b.slug);

/**
 * The order for `key` in `direction` with `tie` (the default order) breaking ties; null keys last.
 * When `key` is null the field is the default order itself, and DESC is its reverse.
 */
function ordered<T>(items: T[], tie: Compare<T>, key: ((item: T) => string | number | null) | null, direction: Direction): T[] {
  const base = [...items].sort(tie);
  if (!key) return direction === 'ASC' ? base : base.reverse();
  const sign = direction === 'ASC' ? 1 : -1;
  return base
    .map((item, rank) => ({ item, rank, key: key(item) }))
    .sort((a, b) => {
      if (a.key === b.key) return a.rank - b.rank;
      if (a.key === null) return 1;
      if (b.key === null) return -1;
      return (a.key < b.key ? -1 : 1) * sign;
    })
    .map(({ item }) => item);
}

/** How many events the actor takes part in. */
const eventCount = (actor: string) => raw.events.filter((e) => e.participants.some((p) => p.actor === actor)).length;
/** How many statements the actor made. */
const statementCount = (actor: string) => raw.statements.filter((s) => s.speaker === actor).length;
/** Where a statement's first evidence starts in the article body (reading order). */
const position = (s: (typeof raw.statements)[number]) => raw.body.indexOf(s.evidence[0].exact);

/** The default event order: first known day (none first), then slug. */
const byDate: Compare<(typeof raw.events)[number]> = (a, b) =>
  byText(firstKnownDay(a.date) ?? '', firstKnownDay(b.date) ?? '') || byText(a.slug, b.slug);
/** The default statement order: reading order, then slug. */
const byPosition: Compare<(typeof raw.statements)[number]> = (a, b) => position(a) - position(b) || byText(a.slug, b.slug);

interface ListSpec {
  field: string;
  /** The order fields and their keys (null: the default order's own key). */
  orders: Record<string, ((item: any) => string | number | null) | null>;
  /** The default order field and direction. */
  defaultOrder: [string, Direction];
  /** The whole list in its default order's tie-break, from the JSON. */
  expected: (orderField: string, direction: Direction) => string[];
  /** A filter that keeps part of the list. */
  filter: Record<string, unknown>;
}

/** Builds a ListSpec's `expected` from records, a default comparison and the order keys. */
function spec<T extends { slug: string }>(
  field: string,
  items: T[],
  tie: Compare<T>,
  orders: Record<string, ((item: T) => string | number | null) | null>,
  defaultOrder: [string, Direction],
  filter: Record<string, unknown>,
): ListSpec {
  return {
    field,
    orders,
    defaultOrder,
    filter,
    expected: (orderField, direction) => slugs(ordered(items, tie, orders[orderField], direction)),
  };
}

const LISTS: ListSpec[] = [
  spec('events', raw.events, byDate, { DATE: null, TITLE: (e) => folded(e.title) }, ['DATE', 'ASC'], {
    types: ['TERRITORIAL_CHANGE', 'WEAPONS_TEST', 'ARMED_CONFLICT'],
  }),
  spec('statements', raw.statements, byPosition, { POSITION: null, SAID_ON: (s) => firstKnownDay(s.saidOn) }, ['POSITION', 'ASC'], {
    kinds: ['PARTIAL_QUOTE', 'CLAIM'],
  }),
  spec(
    'actors',
    raw.actors,
    byName,
    { NAME: null, STATEMENT_COUNT: (a) => statementCount(a.slug), EVENT_COUNT: (a) => eventCount(a.slug) },
    ['NAME', 'ASC'],
    { kinds: ['STATE', 'PERSON', 'ARMED_FORCE'] },
  ),
  spec(
    'weaponSystems',
    raw.weaponSystems,
    byName,
    { NAME: null, EVENT_COUNT: (w) => raw.events.filter((e) => e.weaponSystems.includes(w.slug)).length },
    ['NAME', 'ASC'],
    { categories: ['ARTILLERY', 'ARTILLERY_AMMUNITION', 'BALLISTIC_MISSILE', 'CRUISE_MISSILE', 'NUCLEAR_WEAPON'] },
  ),
  spec(
    'places',
    raw.places,
    byName,
    // Events located at the place itself, as `Place.events` counts them.
    { NAME: null, EVENT_COUNT: (p) => raw.events.filter((e) => e.location === p.slug).length },
    ['NAME', 'ASC'],
    { kinds: ['COUNTRY', 'PROVINCE', 'CITY'] },
  ),
  spec(
    'articles',
    [raw.article],
    (a, b) => byText(b.publishedOn, a.publishedOn) || byText(a.slug, b.slug),
    { PUBLISHED_ON: null, TITLE: (a) => folded(a.title) },
    ['PUBLISHED_ON', 'DESC'],
    { text: 'Kim' },
  ),
];

/** Every order of a list: none (the default), and each field in each direction. */
const ordersOf = (list: ListSpec) => [
  { name: 'default', orderBy: undefined as { field: string; direction: Direction } | undefined },
  ...Object.keys(list.orders).flatMap((field) =>
    (['ASC', 'DESC'] as const).map((direction) => ({ name: `${field} ${direction}`, orderBy: { field, direction } })),
  ),
];

/** The order input type of a list field. */
const ORDER_TYPE: Record<string, [string, string]> = {
  events: ['EventFilter', 'EventOrder'],
  statements: ['StatementFilter', 'StatementOrder'],
  reportedStatements: ['StatementFilter', 'StatementOrder'],
  actors: ['ActorFilter', 'ActorOrder'],
  members: ['ActorFilter', 'ActorOrder'],
  weaponSystems: ['WeaponSystemFilter', 'WeaponSystemOrder'],
  places: ['PlaceFilter', 'PlaceOrder'],
  articles: ['ArticleFilter', 'ArticleOrder'],
};

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { slug: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

interface Target {
  field: string;
  parent?: string;
  filter?: Record<string, unknown>;
  orderBy?: { field: string; direction: Direction };
}

/** One page of `target` with the given page arguments. */
async function page(target: Target, args: { first?: number; last?: number; after?: string; before?: string }): Promise<Page> {
  const [filterType, orderType] = ORDER_TYPE[target.field];
  const conn = `conn: ${target.field}(filter: $filter, orderBy: $orderBy, first: $first, last: $last, after: $after, before: $before) {
    totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`;
  const source = `query ($filter: ${filterType}, $orderBy: ${orderType}, $first: Int, $last: Int, $after: String, $before: String) {
    ${target.parent ? `parent: ${target.parent} { ${conn} }` : conn} }`;
  const data = await query(source, { filter: target.filter, orderBy: target.orderBy, ...args });
  return target.parent ? data.parent.conn : data.conn;
}

/** The slugs of the one big page of `target`. */
async function bigPage(target: Target): Promise<string[]> {
  const whole = await page(target, { first: 100 });
  expect(whole.totalCount).toBe(whole.edges.length);
  return whole.edges.map((e) => e.node.slug);
}

/** Walks `target` two at a time forward (`after`) or backward (`before`), checking pageInfo. */
async function walk(target: Target, direction: 'forward' | 'backward', total: number): Promise<string[]> {
  const found: string[] = [];
  let cursor: string | undefined;
  for (let step = 0; step <= total; step++) {
    const p = direction === 'forward' ? await page(target, { first: 2, after: cursor }) : await page(target, { last: 2, before: cursor });
    const got = p.edges.map((e) => e.node.slug);
    if (direction === 'forward') found.push(...got);
    else found.unshift(...got);
    expect(p.totalCount).toBe(total);
    const more = found.length < total;
    expect(direction === 'forward' ? p.pageInfo.hasNextPage : p.pageInfo.hasPreviousPage).toBe(more);
    if (!more) return found;
    expect(got).toHaveLength(2);
    cursor = (direction === 'forward' ? p.pageInfo.endCursor : p.pageInfo.startCursor) ?? undefined;
  }
  throw new Error(`the ${direction} walk did not end`);
}

/** Asserts both walks of `target` give exactly its big page, and returns that page. */
async function expectStableWalks(target: Target): Promise<string[]> {
  const whole = await bigPage(target);
  expect(await walk(target, 'forward', whole.length)).toEqual(whole);
  expect(await walk(target, 'backward', whole.length)).toEqual(whole);
  return whole;
}

describe.each(LISTS)('$field', (list) => {
  it.each(ordersOf(list))('order $name: as the descriptions state, computed from the data', async ({ orderBy }) => {
    const [field, direction] = orderBy ? [orderBy.field, orderBy.direction] : list.defaultOrder;
    expect(await bigPage({ field: list.field, orderBy })).toEqual(list.expected(field, direction));
  });

  it.each(ordersOf(list))('order $name: cursor walks give the one big page, unfiltered and filtered', async ({ orderBy }) => {
    const all = await expectStableWalks({ field: list.field, orderBy });
    const some = await expectStableWalks({ field: list.field, orderBy, filter: list.filter });
    // A filter keeps the order: the filtered list is the unfiltered one with items left out.
    if (list.field !== 'articles') expect(some.length).toBeLessThan(all.length);
    expect(some).toEqual(all.filter((slug) => some.includes(slug)));
  });

  it('`direction` defaults to ASC', async () => {
    for (const field of Object.keys(list.orders)) {
      expect(await bigPage({ field: list.field, orderBy: { field } as never })).toEqual(list.expected(field, 'ASC'));
    }
  });
});

describe('documented ends of the orders', () => {
  it('events by DATE: the war, with no known bound, comes first ascending and last descending', async () => {
    const ascending = await bigPage({ field: 'events' });
    expect(ascending[0]).toBe('russia-ukraine-war');
    // The six events of "last year" share 2024-01-01 and are ordered by slug.
    const year2024 = raw.events.filter((e) => e.date.edtf === '2024').map((e) => e.slug).sort();
    expect(ascending.slice(1, 1 + year2024.length)).toEqual(year2024);
    // "../2025-07-24" sits at July 24, 2025, with the broadcast of that day.
    expect(ascending.indexOf('artillery-firing-contest')).toBe(ascending.indexOf('firing-contest-broadcast') - 1);
    expect((await bigPage({ field: 'events', orderBy: { field: 'DATE', direction: 'DESC' } })).at(-1)).toBe('russia-ukraine-war');
  });

  it('statements by SAID_ON: undated statements come last in both directions, in reading order', async () => {
    const undated = raw.statements.filter((s) => s.saidOn === null).sort(byPosition).map((s) => s.slug);
    for (const direction of ['ASC', 'DESC'] as const) {
      const found = await bigPage({ field: 'statements', orderBy: { field: 'SAID_ON', direction } });
      expect(found.slice(-undated.length)).toEqual(undated);
    }
    const ascending = await bigPage({ field: 'statements', orderBy: { field: 'SAID_ON', direction: 'ASC' } });
    expect(ascending.slice(0, 3).sort()).toEqual(
      ['nuclear-program-to-continue-indefinitely', '2025-crucial-year-for-nuclear-forces', 'nuclear-counteraction-posture-indefinitely'].sort(),
    );
  });

  it('actors by STATEMENT_COUNT descending: Kim Jong Un first; ties by name ascending', async () => {
    const found = await bigPage({ field: 'actors', orderBy: { field: 'STATEMENT_COUNT', direction: 'DESC' } });
    expect(found[0]).toBe('kim-jong-un');
    const silent = raw.actors.filter((a) => statementCount(a.slug) === 0).sort(byName).map((a) => a.slug);
    expect(found.slice(-silent.length)).toEqual(silent);
  });

  it('actors by EVENT_COUNT descending: North Korea, in the most events, first', async () => {
    const found = await bigPage({ field: 'actors', orderBy: { field: 'EVENT_COUNT', direction: 'DESC' } });
    expect(found[0]).toBe('north-korea');
    expect(eventCount('north-korea')).toBeGreaterThan(Math.max(...raw.actors.filter((a) => a.slug !== 'north-korea').map((a) => eventCount(a.slug))));
  });

  it('places by EVENT_COUNT descending: Kursk province first', async () => {
    expect((await bigPage({ field: 'places', orderBy: { field: 'EVENT_COUNT', direction: 'DESC' } }))[0]).toBe('kursk-province');
  });
});

describe('nested connections', () => {
  const NESTED: (Target & { orders: string[] })[] = [
    { parent: 'actor(slug: "kim-jong-un")', field: 'statements', orders: ['POSITION', 'SAID_ON'], filter: { kinds: ['PARTIAL_QUOTE'] } },
    { parent: 'actor(slug: "kcna")', field: 'reportedStatements', orders: ['POSITION', 'SAID_ON'], filter: { kinds: ['PARTIAL_QUOTE'] } },
    { parent: 'actor(slug: "north-korea")', field: 'events', orders: ['DATE', 'TITLE'], filter: { from: '2024-06-01' } },
    { parent: 'actor(slug: "north-korea")', field: 'members', orders: ['NAME', 'STATEMENT_COUNT', 'EVENT_COUNT'], filter: { kinds: ['MEDIA_OUTLET'] } },
    { parent: 'actor(slug: "north-korea")', field: 'weaponSystems', orders: ['NAME', 'EVENT_COUNT'], filter: { nuclearCapable: true } },
    { parent: `article(slug: "${ARTICLE}")`, field: 'events', orders: ['DATE', 'TITLE'], filter: { types: ['TERRITORIAL_CHANGE', 'AGREEMENT'] } },
    { parent: `article(slug: "${ARTICLE}")`, field: 'statements', orders: ['POSITION', 'SAID_ON'], filter: { text: 'Kim' } },
    { parent: `article(slug: "${ARTICLE}")`, field: 'actors', orders: ['NAME', 'STATEMENT_COUNT', 'EVENT_COUNT'], filter: { kinds: ['GROUP', 'STATE'] } },
    { parent: `article(slug: "${ARTICLE}")`, field: 'weaponSystems', orders: ['NAME', 'EVENT_COUNT'], filter: { text: 'missile' } },
    { parent: 'place(slug: "kursk-province")', field: 'events', orders: ['DATE', 'TITLE'], filter: { types: ['TERRITORIAL_CHANGE'] } },
    { parent: 'weaponSystem(slug: "nuclear-weapons")', field: 'statements', orders: ['POSITION', 'SAID_ON'], filter: { text: 'KCNA' } },
  ];

  const cases = NESTED.flatMap((target) =>
    target.orders.flatMap((field) =>
      (['ASC', 'DESC'] as const).map((direction) => ({ ...target, orderBy: { field, direction }, name: `${target.parent}.${target.field} ${field} ${direction}` })),
    ),
  );

  it.each(cases)('$name: the nested list is the root list\'s order restricted to it, and walks are stable', async (target) => {
    const rootField = target.field === 'members' ? 'actors' : target.field === 'reportedStatements' ? 'statements' : target.field;
    const root = await bigPage({ field: rootField, orderBy: target.orderBy });
    const nested = await expectStableWalks({ ...target, filter: undefined });
    expect(nested.length).toBeGreaterThan(2);
    expect(nested).toEqual(root.filter((slug) => nested.includes(slug)));
    const filtered = await expectStableWalks(target);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThanOrEqual(nested.length);
    expect(filtered).toEqual(nested.filter((slug) => filtered.includes(slug)));
  });
});
