/**
 * `Actor.relations(kinds, first, after)`: the actors one actor is linked to (affiliations in
 * words, shared events, statements about each other, relaying), weight = distinct evidence spans
 * of the links, ordered by weight then name, with the links, their kinds and the shared events on
 * each edge; no self-relation; stable paging. Expectations come from the seed article's JSON.
 */
import { describe, expect, it } from 'vitest';
import { query } from './helpers.js';
import { expectedRelations } from './link-oracle.js';
import { raw } from './seed.js';

const RELATIONS = `query ($slug: String!, $first: Int, $after: String, $kinds: [ActorLinkKind!]) {
  actor(slug: $slug) {
    relations(first: $first, after: $after, kinds: $kinds) {
      totalCount
      edges { cursor weight kinds node { slug name } events { slug } links { kind from { slug } to { slug } evidence { start end } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface Relations {
  totalCount: number;
  edges: {
    cursor: string;
    weight: number;
    kinds: string[];
    node: { slug: string; name: string };
    events: { slug: string }[];
    links: { kind: string; from: { slug: string }; to: { slug: string }; evidence: { start: number; end: number }[] }[];
  }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** One page of the relations of the actor `slug`. */
async function relations(slug: string, page: { first?: number; after?: string; kinds?: string[] } = { first: 100 }): Promise<Relations> {
  return (await query(RELATIONS, { slug, ...page })).actor.relations;
}

/** The relations as plain `{ slug, weight, events }`. */
const plain = (r: Relations) => r.edges.map((e) => ({ slug: e.node.slug, weight: e.weight, events: e.events.map((x) => x.slug) }));

describe('Actor.relations', () => {
  it.each(raw.actors.map((a) => a.slug))('%s: linked actors, weights (distinct evidence), order and shared events as in the data', async (slug) => {
    const found = await relations(slug);
    expect(plain(found)).toEqual(expectedRelations(slug));
    expect(found.totalCount).toBe(found.edges.length);
    expect(found.edges.map((e) => e.node.slug)).not.toContain(slug);
  });

  it('each edge: its links join the two actors, its weight counts their distinct spans, its kinds are theirs', async () => {
    for (const edge of (await relations('north-korea')).edges) {
      expect(edge.links.length).toBeGreaterThan(0);
      for (const link of edge.links) expect([link.from.slug, link.to.slug].sort()).toEqual(['north-korea', edge.node.slug].sort());
      expect(edge.weight).toBe(new Set(edge.links.flatMap((l) => l.evidence.map((s) => `${s.start}:${s.end}`))).size);
      expect(new Set(edge.kinds)).toEqual(new Set(edge.links.map((l) => l.kind)));
    }
  });

  it('people are linked to their states: Kim Jong Un to North Korea, Sergey Lavrov and Vladimir Putin to Russia', async () => {
    const kim = (await relations('kim-jong-un')).edges.find((e) => e.node.slug === 'north-korea');
    expect(kim?.kinds).toContain('AFFILIATION');
    for (const person of ['sergey-lavrov', 'vladimir-putin']) {
      expect((await relations(person)).edges.find((e) => e.node.slug === 'russia')?.kinds).toContain('AFFILIATION');
    }
  });

  it('the Russia–North Korea relationship holds the deployment, the arms, the deal and the war', async () => {
    const russia = (await relations('north-korea')).edges.find((e) => e.node.slug === 'russia')!;
    expect(russia.events.map((e) => e.slug).sort()).toEqual(
      ['arms-transfer-to-russia', 'russia-north-korea-military-deal', 'russia-ukraine-war', 'troop-deployment-to-russia'],
    );
    expect(russia.kinds).toEqual(['SENDER_RECIPIENT', 'SIGNATORIES', 'CO_PARTICIPANTS']);
  });

  it('`kinds` keeps only links of those kinds: what KCNA relays', async () => {
    const found = await relations('kcna', { first: 100, kinds: ['RELAYS'] });
    expect(found.edges.map((e) => e.node.slug)).toEqual(['kim-jong-un']);
    expect(found.edges[0].links.every((l) => l.kind === 'RELAYS')).toBe(true);
    expect(found.edges[0].links).toHaveLength(raw.statements.filter((s) => s.reportedBy.includes('kcna')).length);
    expect((await relations('kcna', { first: 100, kinds: ['SIGNATORIES'] })).totalCount).toBe(0);
  });

  it('an actor linked to no one has no relations', async () => {
    const found = await relations('global-watch');
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
