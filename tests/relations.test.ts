/**
 * `Actor.relations(first, after)`: the actors one actor shares events with, weight = number of
 * shared events, ordered by weight then name, with the shared events on each edge; no
 * self-relation; stable paging. Expectations come from the seed article's JSON.
 */
import { describe, expect, it } from 'vitest';
import { query } from './helpers.js';
import { firstKnownDay, folded, raw } from './seed.js';

const RELATIONS = `query ($slug: String!, $first: Int, $after: String) {
  actor(slug: $slug) {
    relations(first: $first, after: $after) {
      totalCount
      edges { cursor weight node { slug name } events { slug } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface Relations {
  totalCount: number;
  edges: { cursor: string; weight: number; node: { slug: string; name: string }; events: { slug: string }[] }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One page of the relations of the actor `slug`. */
async function relations(slug: string, page: { first?: number; after?: string } = { first: 100 }): Promise<Relations> {
  return (await query(RELATIONS, { slug, ...page })).actor.relations;
}

/** The events (in chronological order, ties by slug) in which both actors take part. */
function sharedEvents(a: string, b: string): string[] {
  return raw.events
    .filter((e) => e.participants.some((p) => p.actor === a) && e.participants.some((p) => p.actor === b))
    .sort((x, y) => ((firstKnownDay(x.date) ?? '') < (firstKnownDay(y.date) ?? '') ? -1 : (firstKnownDay(x.date) ?? '') > (firstKnownDay(y.date) ?? '') ? 1 : x.slug < y.slug ? -1 : 1))
    .map((e) => e.slug);
}

/** The relations of `slug` computed from the JSON: by weight, descending, then by name. */
function expectedRelations(slug: string) {
  const others = new Set(raw.events.filter((e) => e.participants.some((p) => p.actor === slug)).flatMap((e) => e.participants.map((p) => p.actor)));
  others.delete(slug);
  return [...others]
    .map((other) => ({ slug: other, name: raw.actors.find((a) => a.slug === other)!.name, events: sharedEvents(slug, other) }))
    .sort((a, b) => b.events.length - a.events.length || (folded(a.name) < folded(b.name) ? -1 : folded(a.name) > folded(b.name) ? 1 : 0))
    .map(({ slug: other, events }) => ({ slug: other, weight: events.length, events }));
}

/** The relations as plain `{ slug, weight, events }`. */
const plain = (r: Relations) => r.edges.map((e) => ({ slug: e.node.slug, weight: e.weight, events: e.events.map((x) => x.slug) }));

describe('Actor.relations', () => {
  it('the Russia–North Korea relationship: weight = the events both take part in', async () => {
    const shared = sharedEvents('north-korea', 'russia');
    expect(shared.length).toBeGreaterThan(1);
    const fromNorthKorea = (await relations('north-korea')).edges.find((e) => e.node.slug === 'russia')!;
    const fromRussia = (await relations('russia')).edges.find((e) => e.node.slug === 'north-korea')!;
    expect(fromNorthKorea.weight).toBe(shared.length);
    expect(fromRussia.weight).toBe(shared.length);
    expect(fromNorthKorea.events.map((e) => e.slug)).toEqual(shared);
    expect(fromRussia.events.map((e) => e.slug)).toEqual(shared);
    // The closest relation of either: neither shares more events with anyone else.
    expect((await relations('north-korea')).edges[0].node.slug).toBe('russia');
    expect((await relations('russia')).edges[0].node.slug).toBe('north-korea');
  });

  it.each(raw.actors.map((a) => a.slug))('%s: weights, order (weight, then name) and shared events as in the data', async (slug) => {
    const found = await relations(slug);
    expect(plain(found)).toEqual(expectedRelations(slug));
    expect(found.totalCount).toBe(found.edges.length);
    expect(found.edges.map((e) => e.node.slug)).not.toContain(slug);
  });

  it('Kim\'s two roles in the firing contest count as one shared event', async () => {
    const officers = (await relations('kim-jong-un')).edges.find((e) => e.node.slug === 'military-officers-flanking-kim')!;
    expect(officers.weight).toBe(1);
    expect(officers.events.map((e) => e.slug)).toEqual(['artillery-firing-contest']);
  });

  it('an actor that took part in no event has no relations', async () => {
    const found = await relations('afp');
    expect(found.totalCount).toBe(0);
    expect(found.edges).toEqual([]);
  });

  it('paging: walking `first: 2` + `after` gives exactly the one big page', async () => {
    const whole = await relations('north-korea');
    expect(whole.totalCount).toBeGreaterThan(2);
    const walked: ReturnType<typeof plain> = [];
    let after: string | undefined;
    for (let step = 0; step <= whole.totalCount; step++) {
      const page = await relations('north-korea', { first: 2, after });
      expect(page.totalCount).toBe(whole.totalCount);
      walked.push(...plain(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(walked).toEqual(plain(whole));
  });
});
