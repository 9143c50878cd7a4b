/**
 * Identity: every record of every entity type is the same entity whether it is looked up by
 * slug, by global id with `node`, or inside `nodes`; unknown and malformed ids answer null.
 */
import { describe, expect, it } from 'vitest';
import { dataset, globalId, query, request } from './helpers.js';

const TYPES = [
  { typename: 'Article', field: 'article', slugs: dataset.articles.map((r) => r.slug) },
  { typename: 'Actor', field: 'actor', slugs: dataset.actors.map((r) => r.slug) },
  { typename: 'Statement', field: 'statement', slugs: dataset.statements.map((r) => r.slug) },
  { typename: 'Event', field: 'event', slugs: dataset.events.map((r) => r.slug) },
  { typename: 'WeaponSystem', field: 'weaponSystem', slugs: dataset.weaponSystems.map((r) => r.slug) },
  { typename: 'Place', field: 'place', slugs: dataset.places.map((r) => r.slug) },
];

/** Selects `__typename`, `id` and `slug` on any node, whatever its type. */
const NODE_FIELDS = `__typename id ${TYPES.map((t) => `... on ${t.typename} { slug }`).join(' ')}`;

/** Base64url of `text`, the encoding the API's ids use (but not necessarily an id it issued). */
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** Resolves `ids` with `node` (one alias each) and with `nodes`, returning the raw response. */
function resolveIds(ids: string[]) {
  const aliases = ids.map((_, i) => `n${i}: node(id: $id${i}) { ${NODE_FIELDS} }`).join('\n');
  const params = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const variables = Object.fromEntries(ids.map((id, i) => [`id${i}`, id]));
  return request(`query (${params}, $ids: [ID!]!) { ${aliases} nodes(ids: $ids) { ${NODE_FIELDS} } }`, { ...variables, ids });
}

describe.each(TYPES)('$typename', ({ typename, field, slugs }) => {
  it('has records in the dataset', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it.each(slugs)('%s: the slug look-up, node(id:) and nodes(ids:) give the same entity', async (slug) => {
    const id = await globalId(typename, slug);
    expect(id).toEqual(expect.any(String));
    expect(id).not.toContain(slug); // opaque, not the slug in clear
    const data = await query(
      `query ($slug: String!, $id: ID!, $ids: [ID!]!) {
        bySlug: ${field}(slug: $slug) { __typename id slug }
        byId: node(id: $id) { ${NODE_FIELDS} }
        inNodes: nodes(ids: $ids) { ${NODE_FIELDS} }
      }`,
      { slug, id, ids: ['unknown', id, 'unknown'] },
    );
    const expected = { __typename: typename, id, slug };
    expect(data.bySlug).toEqual(expected);
    expect(data.byId).toEqual(expected);
    expect(data.inNodes).toEqual([null, expected, null]);
  });

  it('answers null for an unknown slug, and for a well-formed id with an unknown slug', async () => {
    const result = await request(
      `query ($id: ID!) { bySlug: ${field}(slug: "no-such-${field}") { id } byId: node(id: $id) { id } }`,
      { id: base64url(`${typename}:no-such-${field}`) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ bySlug: null, byId: null });
  });
});

describe('nodes(ids:)', () => {
  it('keeps the order asked, across types, with null for each unknown id', async () => {
    const picks = TYPES.map((t) => ({ typename: t.typename, slug: t.slugs[t.slugs.length - 1] })).reverse();
    const ids = await Promise.all(picks.map((p) => globalId(p.typename, p.slug)));
    const asked = ids.flatMap((id, i) => (i % 2 ? [id, 'bm9wZQ'] : [id]));
    const data = await query(`query ($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`, { ids: asked });
    const expected = asked.map((id) => {
      const at = ids.indexOf(id);
      return at === -1 ? null : { __typename: picks[at].typename, id, slug: picks[at].slug };
    });
    expect(data.nodes).toEqual(expected);
    expect(data.nodes.filter((n: unknown) => n === null)).toHaveLength(3);
  });

  it('returns every record of a type, reversed, in the reversed order', async () => {
    const slugs = dataset.actors.map((a) => a.slug).reverse();
    const ids = await Promise.all(slugs.map((slug) => globalId('Actor', slug)));
    const data = await query(`query ($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`, { ids });
    expect(data.nodes.map((n: { slug: string }) => n.slug)).toEqual(slugs);
  });
});

describe('malformed and foreign ids', () => {
  const MALFORMED: [string, string][] = [
    ['the empty string', ''],
    ['"!!!"', '!!!'],
    ['"%%%"', '%%%'],
    ['a 10 kB string of base64 letters', 'A'.repeat(10_240)],
    ['a 10 kB id-shaped string', base64url(`Actor:${'a'.repeat(7_700)}`)],
    ['base64 of "Actor:" (no slug)', base64url('Actor:')],
    ['base64 of "User:1" (a type we do not have)', base64url('User:1')],
    ['base64 of "Actor:kim-jong-un:extra" (trailing junk)', base64url('Actor:kim-jong-un:extra')],
    ['standard base64 with padding of a non-id', Buffer.from('Hello, world!').toString('base64')],
    ['a slug instead of an id', 'kim-jong-un'],
  ];

  it.each(MALFORMED)('%s gives null from node and nodes, with no errors', async (_name, id) => {
    const result = await resolveIds([id]);
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ n0: null, nodes: [null] });
  });

  it('a padded spelling of a real id resolves, if at all, to the entity under its canonical id', async () => {
    const id = await globalId('Actor', 'kim-jong-un');
    const padded = Buffer.from(id, 'base64url').toString('base64');
    expect(padded).not.toBe(id);
    const result = await resolveIds([padded]);
    expect(result.errors).toBeUndefined();
    if (result.data.n0 !== null) expect(result.data.n0).toEqual({ __typename: 'Actor', id, slug: 'kim-jong-un' });
  });
});

describe('ids of different types never match', () => {
  /** Slugs that name a record of more than one type (a state is an Actor and its country a Place). */
  const SHARED = dataset.actors.map((a) => a.slug).filter((slug) => dataset.places.some((p) => p.slug === slug));

  it('the dataset has slugs shared by an Actor and a Place', () => {
    expect(SHARED).toContain('north-korea');
  });

  it.each(SHARED)('%s: the Actor id and the Place id differ and each resolves to its own type', async (slug) => {
    const actorId = await globalId('Actor', slug);
    const placeId = await globalId('Place', slug);
    expect(actorId).not.toBe(placeId);
    const data = await query(`query ($a: ID!, $p: ID!) { a: node(id: $a) { __typename id } p: node(id: $p) { __typename id } }`, {
      a: actorId,
      p: placeId,
    });
    expect(data).toEqual({ a: { __typename: 'Actor', id: actorId }, p: { __typename: 'Place', id: placeId } });
  });

  it('an id with another type name in front of a slug does not resolve', async () => {
    const data = await query(`query ($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }`, {
      a: base64url('Place:kim-jong-un'),
      b: base64url('Statement:kim-jong-un'),
    });
    expect(data).toEqual({ a: null, b: null });
  });

  it('a global id is not a slug: passing one to a slug look-up finds nothing', async () => {
    const id = await globalId('Actor', 'kim-jong-un');
    const data = await query(`query ($id: String!) { actor(slug: $id) { id } place(slug: $id) { id } }`, { id });
    expect(data).toEqual({ actor: null, place: null });
  });
});
