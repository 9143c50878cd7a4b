/**
 * The filters the web table added, over a real listener on 127.0.0.1: `precisions` on events
 * (their date) and statements (`saidOn`), `EventFilter.reportedByIds` (through the event's
 * claims), and `StatementFilter.placeIds` and `weaponSystemIds`; the exports take the same
 * fields as query parameters. Expectations come from the seed article's JSON. The seed relays
 * no claim, so the relayer filter is also run on a copy of it where one claim is relayed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dataset } from '../src/data/dataset.js';
import { createApi } from '../src/yoga.js';
import { dataset } from './helpers.js';
import { close, listen, post, send, viaListener, type Fetch } from './security-helpers.js';
import { raw, slugs, sorted } from './seed.js';

const PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'UNKNOWN'];
/** The claim that the copy of the seed has relayed, and by whom. */
const RELAYED_CLAIM = 'south-korean-intelligence-troops-to-kursk';
const RELAYER = 'kcna';

/** The seed with one claim relayed by RELAYER: a fixture for the relayer filter, not a fact. */
function withRelayedClaim(): Dataset {
  const claim = dataset.maps.Statement.get(RELAYED_CLAIM)!;
  const Statement = new Map(dataset.maps.Statement);
  Statement.set(RELAYED_CLAIM, { ...claim, reportedBySlugs: [...claim.reportedBySlugs, RELAYER] });
  return new Dataset({ ...dataset.maps, Statement });
}

const servers: { close: () => Promise<void> }[] = [];
let seedApi: Fetch;
let relayedApi: Fetch;
beforeAll(async () => {
  for (const [index, data] of [dataset, withRelayedClaim()].entries()) {
    const started = await listen(createApi({ dataset: data, explorer: false }).listener);
    servers.push({ close: () => close(started.server) });
    if (index === 0) seedApi = viaListener(started.origin);
    else relayedApi = viaListener(started.origin);
  }
});
afterAll(() => Promise.all(servers.map((server) => server.close())));

const globalId = (typename: string, slug: string) => Buffer.from(`${typename}:${slug}`).toString('base64url');

/** The sorted slugs a GraphQL list holds for `filter`; checks that totalCount agrees. */
async function list(field: 'events' | 'statements', filter: Record<string, unknown>, via = seedApi): Promise<string[]> {
  const filterType = field === 'events' ? 'EventFilter' : 'StatementFilter';
  const answer = await post(
    { query: `query ($filter: ${filterType}) { conn: ${field}(first: 100, filter: $filter) { totalCount edges { node { slug } } } }`, variables: { filter } },
    {},
    via,
  );
  expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
  const found = answer.body.data.conn.edges.map((edge: { node: { slug: string } }) => edge.node.slug);
  expect(answer.body.data.conn.totalCount).toBe(found.length);
  return sorted(found);
}

/** The sorted slugs of an export's JSON Lines for the query string `search`. */
async function exported(table: 'events' | 'statements', search: string, via = seedApi): Promise<string[]> {
  const answer = await send(`/export/${table}.jsonl?${search}`, {}, via);
  expect(answer.status, answer.text).toBe(200);
  return sorted(answer.text.split('\n').filter(Boolean).map((line) => JSON.parse(line).slug));
}

const eventsWhere = (test: (e: (typeof raw.events)[number]) => boolean) => sorted(slugs(raw.events.filter(test)));
const statementsWhere = (test: (s: (typeof raw.statements)[number]) => boolean) => sorted(slugs(raw.statements.filter(test)));

/** A place's slug with every place inside it, from the raw `country` links. */
function placeAndInner(slug: string): Set<string> {
  const all = new Set([slug]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const place of raw.places) {
      if (place.country && all.has(place.country) && !all.has(place.slug)) all.add(place.slug), (grew = true);
    }
  }
  return all;
}

/** Raw statements about a place (or one inside it) or said at an occasion located there. */
function statementsAtPlace(slug: string): string[] {
  const places = placeAndInner(slug);
  const locationOf = new Map(raw.events.map((e) => [e.slug, e.location]));
  return statementsWhere(
    (s) =>
      s.about.some((ref) => ref.startsWith('place:') && places.has(ref.slice('place:'.length))) ||
      (s.occasion !== null && places.has(locationOf.get(s.occasion) ?? '')),
  );
}

describe('precisions', () => {
  it('EventFilter: events whose date is known to any of the precisions', async () => {
    for (const precision of PRECISIONS) {
      expect(await list('events', { precisions: [precision] })).toEqual(eventsWhere((e) => e.date.precision === precision));
    }
    const coarse = eventsWhere((e) => ['YEAR', 'UNKNOWN'].includes(e.date.precision));
    expect(coarse.length).toBeGreaterThan(0);
    expect(await list('events', { precisions: ['YEAR', 'UNKNOWN'] })).toEqual(coarse);
    // AND with the other fields.
    expect(await list('events', { precisions: ['MONTH'], from: '2024-01-01', to: '2024-12-31' })).toEqual(
      eventsWhere((e) => e.date.precision === 'MONTH' && (e.date.end ?? '9999') >= '2024-01-01' && (e.date.start ?? '0000') <= '2024-12-31'),
    );
  });

  it('StatementFilter: statements whose saidOn is known to any of the precisions; undated ones never match', async () => {
    for (const precision of PRECISIONS) {
      expect(await list('statements', { precisions: [precision] })).toEqual(statementsWhere((s) => s.saidOn?.precision === precision));
    }
    const dated = statementsWhere((s) => s.saidOn !== null);
    expect(dated.length).toBeLessThan(raw.statements.length);
    expect(await list('statements', { precisions: PRECISIONS })).toEqual(dated);
  });

  it('refuses a value that is not a DatePrecision', async () => {
    const answer = await post({ query: '{ events(filter: { precisions: [HOUR] }) { totalCount } }' }, {}, seedApi);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].message).toContain('HOUR');
  });
});

describe('EventFilter.reportedByIds', () => {
  it('on the seed, where no claim is relayed, matches what the data says: nothing', async () => {
    const relayers = [...new Set(raw.statements.flatMap((s) => s.reportedBy))];
    expect(relayers.length).toBeGreaterThan(0);
    const relayedClaims = raw.statements.filter((s) => s.asserts.length && s.reportedBy.length);
    for (const relayer of relayers) {
      const expected = sorted([...new Set(relayedClaims.filter((s) => s.reportedBy.includes(relayer)).flatMap((s) => s.asserts))]);
      expect(await list('events', { reportedByIds: [globalId('Actor', relayer)] })).toEqual(expected);
    }
  });

  it('events one of whose claims the actor relayed, AND with the other fields', async () => {
    const asserted = raw.statements.find((s) => s.slug === RELAYED_CLAIM)!.asserts;
    expect(asserted.length).toBeGreaterThan(0);
    const relayer = globalId('Actor', RELAYER);
    expect(await list('events', { reportedByIds: [relayer] }, relayedApi)).toEqual(sorted(asserted));
    const type = raw.events.find((e) => e.slug === asserted[0])!.type;
    expect(await list('events', { reportedByIds: [relayer], types: [type] }, relayedApi)).toEqual(
      eventsWhere((e) => asserted.includes(e.slug) && e.type === type),
    );
    expect(await list('events', { reportedByIds: [globalId('Actor', 'kim-jong-un')] }, relayedApi)).toEqual([]);
  });

  it('refuses an id that is not an actor\'s, naming the field', async () => {
    const answer = await post(
      { query: 'query ($ids: [ID!]) { events(filter: { reportedByIds: $ids }) { totalCount } }', variables: { ids: [globalId('Place', 'russia')] } },
      {},
      seedApi,
    );
    expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors[0].message).toContain('filter.reportedByIds[0]');
  });
});

describe('StatementFilter.placeIds and weaponSystemIds', () => {
  it('placeIds: statements about the place or said at an occasion there; a country includes its places', async () => {
    let viaOccasion = 0;
    for (const place of raw.places) {
      const expected = statementsAtPlace(place.slug);
      expect(await list('statements', { placeIds: [globalId('Place', place.slug)] }), place.slug).toEqual(expected);
      if (expected.some((slug) => !raw.statements.find((s) => s.slug === slug)!.about.includes(`place:${place.slug}`))) viaOccasion++;
    }
    // Some place is reached only through an occasion or an inner place, so both paths are exercised.
    expect(viaOccasion).toBeGreaterThan(0);
    const [a, b] = raw.places.filter((p) => statementsAtPlace(p.slug).length > 0).map((p) => p.slug);
    expect(await list('statements', { placeIds: [globalId('Place', a), globalId('Place', b)] })).toEqual(
      sorted([...new Set([...statementsAtPlace(a), ...statementsAtPlace(b)])]),
    );
  });

  it('weaponSystemIds: statements about any of the weapon systems', async () => {
    let matched = 0;
    for (const weapon of raw.weaponSystems) {
      const expected = statementsWhere((s) => s.about.includes(`weapon-system:${weapon.slug}`));
      matched += expected.length;
      expect(await list('statements', { weaponSystemIds: [globalId('WeaponSystem', weapon.slug)] }), weapon.slug).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(0);
  });
});

describe('exports take the new fields as query parameters', () => {
  it('the same rows as the GraphQL list', async () => {
    expect(await exported('events', 'precisions=YEAR,UNKNOWN')).toEqual(await list('events', { precisions: ['YEAR', 'UNKNOWN'] }));
    expect(await exported('statements', 'precisions=DAY&precisions=MONTH')).toEqual(await list('statements', { precisions: ['DAY', 'MONTH'] }));
    const nuclear = raw.weaponSystems.find((w) => raw.statements.some((s) => s.about.includes(`weapon-system:${w.slug}`)))!.slug;
    const place = raw.places.find((p) => statementsAtPlace(p.slug).length > 0)!.slug;
    for (const [search, filter] of [
      [`weaponSystemIds=${globalId('WeaponSystem', nuclear)}`, { weaponSystemIds: [globalId('WeaponSystem', nuclear)] }],
      [`placeIds=${globalId('Place', place)}`, { placeIds: [globalId('Place', place)] }],
    ] as const) {
      const rows = await exported('statements', search);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows).toEqual(await list('statements', filter));
    }
    const relayed = await exported('events', `reportedByIds=${globalId('Actor', RELAYER)}`, relayedApi);
    expect(relayed.length).toBeGreaterThan(0);
    expect(relayed).toEqual(await list('events', { reportedByIds: [globalId('Actor', RELAYER)] }, relayedApi));
  });

  it('a bad value is a 400 naming the parameter', async () => {
    const answer = await send('/export/statements.csv?precisions=HOUR', {}, seedApi);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors[0].message).toContain('precisions');
  });
});
