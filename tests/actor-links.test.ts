/**
 * Typed, evidenced links between actors and the paths they form (`connections`), over a real
 * listener on 127.0.0.1 (the server as `main.ts` runs it). Expectations come from the seed
 * article's JSON: which records imply which link, and the words of each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './helpers.js';
import { post, type Fetch } from './security-helpers.js';
import { raw } from './seed.js';

const served = serve({ explorer: false });
const via: Fetch = served.fetch;
afterAll(() => served.close());

/** Runs an operation over the listener; returns data and errors. */
async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const answer = await post({ query, variables }, {}, via);
  return answer.body as { data?: any; errors?: { message: string; extensions?: { code?: string; argumentName?: string } }[] };
}

const id = (slug: string) => Buffer.from(`Actor:${slug}`).toString('base64url');

interface Link {
  kind: string;
  from: { slug: string };
  to: { slug: string };
  event: { slug: string } | null;
  statement: { slug: string } | null;
  evidence: { exact: string; start: number; end: number; article: { slug: string } }[];
}

const LINK = 'kind from { slug } to { slug } event { slug } statement { slug } evidence { exact start end article { slug } }';

let links: Link[];
beforeAll(async () => {
  const { data } = await graphql(`{ actorLinks(first: 100) { totalCount edges { node { ${LINK} } } } }`);
  links = data.actorLinks.edges.map((e: { node: Link }) => e.node);
  expect(links.length).toBe(data.actorLinks.totalCount);
});

/** The links of `kind` between two actors (in this direction). */
const between = (kind: string, from: string, to: string) => links.filter((l) => l.kind === kind && l.from.slug === from && l.to.slug === to);

describe('ActorLink', () => {
  it('every link carries at least one span, each the very words of the article at its offsets', () => {
    for (const link of links) {
      expect(link.evidence.length).toBeGreaterThan(0);
      for (const span of link.evidence) expect(raw.body.slice(span.start, span.end)).toBe(span.exact);
    }
  });

  it('AFFILIATION: member → body, with the words that say so, and only where the article says so', () => {
    const lavrov = between('AFFILIATION', 'sergey-lavrov', 'russia');
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0].evidence.map((s) => s.exact)).toEqual(['Russian Foreign Minister Sergey Lavrov']);
    expect(between('AFFILIATION', 'vladimir-putin', 'russia')[0].evidence[0].exact).toBe('Russian President Vladimir Putin');
    expect(between('AFFILIATION', 'kim-jong-un', 'north-korea')[0].evidence[0].exact).toBe('North Korean leader Kim Jong Un');
    const inWords = raw.actors.filter((a) => a.affiliation && (a as { affiliationEvidence?: unknown[] }).affiliationEvidence?.length);
    expect(links.filter((l) => l.kind === 'AFFILIATION').map((l) => `${l.from.slug}>${l.to.slug}`).sort()).toEqual(
      inWords.map((a) => `${a.slug}>${a.affiliation}`).sort(),
    );
    // The article never says whose agency KCNA is, so no affiliation link is made up for it.
    expect(links.some((l) => l.kind === 'AFFILIATION' && l.from.slug === 'kcna')).toBe(false);
  });

  it.each([
    ['SENDER_RECIPIENT', 'north-korea', 'russia', 'troop-deployment-to-russia'],
    ['SENDER_RECIPIENT', 'north-korea', 'russia', 'arms-transfer-to-russia'],
    ['DEPLOYED_FORCE_RECIPIENT', 'north-korean-military', 'russia', 'troop-deployment-to-russia'],
    ['VISITOR_HOST', 'vladimir-putin', 'north-korea', 'putin-visit-to-pyongyang'],
  ])('%s: %s → %s at %s, directed as the roles say', (kind, from, to, event) => {
    const found = between(kind, from, to).filter((l) => l.event?.slug === event);
    expect(found).toHaveLength(1);
    const record = raw.events.find((e) => e.slug === event) as unknown as { evidence: { exact: string }[] };
    expect(found[0].evidence.map((s) => s.exact)).toEqual(record.evidence.map((s) => s.exact));
    expect(between(kind, to, from)).toHaveLength(0);
  });

  it.each([
    ['SIGNATORIES', 'russia-north-korea-military-deal', ['north-korea', 'russia']],
    ['MEETING_PARTIES', 'kim-lavrov-talks', ['kim-jong-un', 'sergey-lavrov']],
    ['COMBATANTS', 'russia-ukraine-war', ['russia', 'ukraine']],
    ['CO_PARTICIPANTS', 'artillery-firing-contest', ['kim-jong-un', 'north-korean-artillery-units']],
  ])('%s: between the parties of %s', (kind, event, pair) => {
    const found = links.filter((l) => l.kind === kind && l.event?.slug === event && [l.from.slug, l.to.slug].sort().join() === [...pair].sort().join());
    expect(found).toHaveLength(1);
  });

  it('COMBATANTS: every pair of combatants of the Kursk fighting, whichever side each was on', () => {
    const pairs = links.filter((l) => l.kind === 'COMBATANTS' && l.event?.slug === 'north-korean-combat-losses-in-kursk').map((l) => [l.from.slug, l.to.slug].sort().join());
    expect(pairs.sort()).toEqual(['north-korean-military,russia', 'north-korean-military,ukrainian-forces', 'russia,ukrainian-forces']);
  });

  it('SPEAKS_ABOUT: a speaker → each actor its statement is about (Kim pledging support to Moscow)', () => {
    const pledge = between('SPEAKS_ABOUT', 'kim-jong-un', 'russia');
    expect(pledge.map((l) => l.statement?.slug)).toEqual(['kim-full-support-for-russia']);
    expect(pledge[0].evidence[0].exact).toContain('Kim offered Moscow his full support');
    const expected = raw.statements.flatMap((s) => s.about.filter((ref) => ref.startsWith('actor:')).map((ref) => `${s.speaker}>${ref.slice(6)}>${s.slug}`));
    const found = links.filter((l) => l.kind === 'SPEAKS_ABOUT').map((l) => `${l.from.slug}>${l.to.slug}>${l.statement!.slug}`);
    expect(found.sort()).toEqual(expected.sort());
  });

  it('RELAYS: a relayer → the speaker, one link per statement relayed (KCNA → Kim)', () => {
    const expected = raw.statements.flatMap((s) => s.reportedBy.map((r) => `${r}>${s.speaker}>${s.slug}`));
    const found = links.filter((l) => l.kind === 'RELAYS').map((l) => `${l.from.slug}>${l.to.slug}>${l.statement!.slug}`);
    expect(found.sort()).toEqual(expected.sort());
    expect(between('RELAYS', 'kcna', 'kim-jong-un').length).toBe(raw.statements.filter((s) => s.reportedBy.includes('kcna')).length);
  });

  it('`actorLinks(filter)` selects by kind and by actor', async () => {
    const { data } = await graphql(`query ($ids: [ID!]) { actorLinks(first: 100, filter: { kinds: [RELAYS], actorIds: $ids }) { totalCount edges { node { from { slug } } } } }`, { ids: [id('kcna')] });
    expect(data.actorLinks.totalCount).toBe(between('RELAYS', 'kcna', 'kim-jong-un').length);
  });
});

const CONNECTIONS = `query ($from: ID!, $to: ID!, $maxHops: Int, $kinds: [ActorLinkKind!], $first: Int, $after: String) {
  connections(from: $from, to: $to, maxHops: $maxHops, kinds: $kinds, first: $first, after: $after) {
    totalCount isComplete
    edges { cursor node { length evidenceCount actors { slug } links { ${LINK} } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Path {
  length: number;
  evidenceCount: number;
  actors: { slug: string }[];
  links: Link[];
}

/** Every path between two actors, walking all pages. */
async function paths(from: string, to: string, extra: Record<string, unknown> = {}): Promise<Path[]> {
  const all: Path[] = [];
  let after: string | undefined;
  for (let page = 0; page < 50; page++) {
    const { data, errors } = await graphql(CONNECTIONS, { from: id(from), to: id(to), first: 100, after, ...extra });
    expect(errors).toBeUndefined();
    all.push(...data.connections.edges.map((e: { node: Path }) => e.node));
    if (!data.connections.pageInfo.hasNextPage) break;
    after = data.connections.pageInfo.endCursor;
  }
  return all;
}

/** The facts (events and statements) a list of paths rests on. */
const factsOf = (found: Path[]) => new Set(found.flatMap((p) => p.links.flatMap((l) => [l.event?.slug, l.statement?.slug])).filter(Boolean));

describe('Query.connections', () => {
  it('North Korea ↔ Russia: the troop deployment, the arms transfer, the military deal, Putin\'s visit, the Lavrov talks and Kim\'s pledge, each with its words', async () => {
    const found = await paths('north-korea', 'russia');
    const facts = factsOf(found);
    for (const fact of ['troop-deployment-to-russia', 'arms-transfer-to-russia', 'russia-north-korea-military-deal', 'putin-visit-to-pyongyang', 'kim-lavrov-talks', 'kim-full-support-for-russia']) {
      expect(facts).toContain(fact);
    }
    for (const path of found) for (const link of path.links) expect(link.evidence.length).toBeGreaterThan(0);
    // The direct links come first; Putin's visit and Kim's pledge are two hops, the Lavrov talks three.
    expect(found[0].length).toBe(1);
    const visit = found.find((p) => p.links.some((l) => l.event?.slug === 'putin-visit-to-pyongyang'))!;
    expect(visit.actors.map((a) => a.slug)).toEqual(['north-korea', 'vladimir-putin', 'russia']);
    const talks = found.find((p) => p.links.some((l) => l.event?.slug === 'kim-lavrov-talks'))!;
    expect(talks.actors.map((a) => a.slug)).toEqual(['north-korea', 'kim-jong-un', 'sergey-lavrov', 'russia']);
    expect(talks.links.map((l) => l.kind)).toEqual(['AFFILIATION', 'MEETING_PARTIES', 'AFFILIATION']);
  });

  it('paths are simple, chained, shortest first and then best evidenced, and never longer than maxHops', async () => {
    const found = await paths('north-korea', 'russia');
    for (const path of found) {
      const actors = path.actors.map((a) => a.slug);
      expect(new Set(actors).size).toBe(actors.length);
      expect(actors[0]).toBe('north-korea');
      expect(actors.at(-1)).toBe('russia');
      expect(path.length).toBe(path.links.length);
      expect(path.length).toBeLessThanOrEqual(3);
      path.links.forEach((link, hop) => expect([link.from.slug, link.to.slug].sort()).toEqual([actors[hop], actors[hop + 1]].sort()));
      expect(path.evidenceCount).toBe(new Set(path.links.flatMap((l) => l.evidence.map((s) => `${s.start}:${s.end}`))).size);
    }
    for (let i = 1; i < found.length; i++) {
      const [a, b] = [found[i - 1], found[i]];
      expect(a.length < b.length || (a.length === b.length && a.evidenceCount >= b.evidenceCount)).toBe(true);
    }
    expect((await paths('north-korea', 'russia', { maxHops: 4 })).length).toBeGreaterThan(found.length);
    expect((await paths('north-korea', 'russia', { maxHops: 1 })).every((p) => p.length === 1)).toBe(true);
  });

  it('Kim Jong Un ↔ Vladimir Putin: through North Korea (Putin\'s visit) and through Russia (Kim\'s pledge) in two hops', async () => {
    const found = await paths('kim-jong-un', 'vladimir-putin');
    const twoHops = found.filter((p) => p.length === 2).map((p) => p.actors.map((a) => a.slug).join('>'));
    expect(twoHops.sort()).toEqual(['kim-jong-un>north-korea>vladimir-putin', 'kim-jong-un>russia>vladimir-putin']);
    expect(found[0].length).toBe(2);
  });

  it('KCNA ↔ Kim Jong Un: KCNA relays Kim, one direct path per statement it relayed', async () => {
    const direct = (await paths('kcna', 'kim-jong-un')).filter((p) => p.length === 1);
    expect(direct.length).toBe(raw.statements.filter((s) => s.reportedBy.includes('kcna')).length);
    expect(direct.every((p) => p.links[0].kind === 'RELAYS' && p.links[0].from.slug === 'kcna')).toBe(true);
  });

  it('`kinds` walks only those links: with affiliations alone North Korea reaches Russia through no one', async () => {
    expect(await paths('north-korea', 'russia', { kinds: ['AFFILIATION'], maxHops: 4 })).toEqual([]);
    const found = await paths('north-korea', 'russia', { kinds: ['AFFILIATION', 'VISITOR_HOST'] });
    expect(found.map((p) => p.actors.map((a) => a.slug).join('>'))).toEqual(['north-korea>vladimir-putin>russia']);
  });

  it('pages of `first: 3` walked with `after` give the whole list', async () => {
    const whole = await paths('north-korea', 'russia');
    const walked: Path[] = [];
    let after: string | undefined;
    for (let page = 0; page < 50; page++) {
      const { data } = await graphql(CONNECTIONS, { from: id('north-korea'), to: id('russia'), first: 3, after });
      expect(data.connections.totalCount).toBe(whole.length);
      walked.push(...data.connections.edges.map((e: { node: Path }) => e.node));
      if (!data.connections.pageInfo.hasNextPage) break;
      after = data.connections.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole);
  });
});

describe('Query.connections refuses bad input with a code', () => {
  it.each([
    ['maxHops: 9', { from: id('north-korea'), to: id('russia'), maxHops: 9 }, 'maxHops'],
    ['maxHops: 0', { from: id('north-korea'), to: id('russia'), maxHops: 0 }, 'maxHops'],
    ['from == to', { from: id('north-korea'), to: id('north-korea') }, 'to'],
    ['an unknown actor', { from: id('nobody-at-all'), to: id('russia') }, 'from'],
    ['the id of a place, not an actor', { from: Buffer.from('Place:russia').toString('base64url'), to: id('north-korea') }, 'from'],
    ['a malformed id', { from: 'not an id!', to: id('russia') }, 'from'],
    ['a page too large', { from: id('north-korea'), to: id('russia'), first: 1000 }, 'first'],
    ['a foreign cursor', { from: id('north-korea'), to: id('russia'), after: 'bm9wZQ' }, 'after'],
  ])('%s', async (_name, variables, argument) => {
    const { data, errors } = await graphql(CONNECTIONS, variables);
    expect(data?.connections ?? null).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors![0].extensions?.argumentName).toBe(argument);
    expect(errors![0].message).toMatch(new RegExp(argument));
  });
});
