/**
 * Filters on every list: each field of EventFilter, StatementFilter, ActorFilter,
 * WeaponSystemFilter, ArticleFilter and PlaceFilter, AND across fields and OR within a list,
 * date windows (OVERLAPS and WITHIN, open bounds, undated items), bad input, and the same
 * filters on the nested connections. Expectations come from the seed article's JSON.
 */
import { describe, expect, it } from 'vitest';
import { query, request, type GraphQLResponse } from './helpers.js';
import { ARTICLE, folded, idsOf, raw, slugs, sorted, type RawDate } from './seed.js';

/** The filter input type of each list field. */
const FILTER_TYPE: Record<string, string> = {
  events: 'EventFilter',
  statements: 'StatementFilter',
  reportedStatements: 'StatementFilter',
  actors: 'ActorFilter',
  members: 'ActorFilter',
  weaponSystems: 'WeaponSystemFilter',
  articles: 'ArticleFilter',
  places: 'PlaceFilter',
};

/** The operation listing `field` (under `parent`, e.g. `actor(slug: "kim-jong-un")`) with `$filter`. */
function operation(field: string, parent?: string, pageArgs = 'first: 100') {
  const connection = `conn: ${field}(${pageArgs}, filter: $filter) { totalCount edges { node { slug } } }`;
  return `query ($filter: ${FILTER_TYPE[field]}) { ${parent ? `parent: ${parent} { ${connection} }` : connection} }`;
}

/** The slugs a filtered list holds, sorted; checks that totalCount agrees with the page. */
async function list(field: string, filter: Record<string, unknown>, parent?: string): Promise<string[]> {
  const data = await query(operation(field, parent), { filter });
  const conn = parent ? data.parent.conn : data.conn;
  const found = conn.edges.map((e: { node: { slug: string } }) => e.node.slug);
  expect(conn.totalCount).toBe(found.length);
  return sorted(found);
}

/**
 * Asserts a single BAD_USER_INPUT error naming `argument` (e.g. `filter.text`), with no data at
 * `path`. With `early`, the error may also come from the limits checked before execution, which
 * name only the field argument (`filter`) and have no path.
 */
function expectBadUserInput(result: GraphQLResponse, argument: string, path: string[] = ['conn'], early = false) {
  expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
  const [error] = result.errors!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  const named = early && error.path === undefined ? [argument, argument.split('.')[0]] : [argument];
  expect(named).toContain(error.extensions?.argumentName);
  expect(error.message).toContain(`\`${error.extensions?.argumentName}`);
  if (!early || error.path) expect(error.path).toEqual(path);
  expect(path.reduce((value: any, key) => value?.[key], result.data)).toBeUndefined();
}

/** Whether a fuzzy date overlaps a window (null sides open), the rule of the issue. */
const overlaps = (d: RawDate | null, from: string | null, to: string | null) =>
  d !== null && (from === null || d.end === null || d.end >= from) && (to === null || d.start === null || d.start <= to);

/** Whether a fuzzy date lies certainly inside a window: both its bounds known and inside. */
const within = (d: RawDate | null, from: string | null, to: string | null) =>
  d !== null &&
  (from === null || (d.start !== null && d.start >= from)) &&
  (to === null || (d.end !== null && d.end <= to));

const events = raw.events;
const statements = raw.statements;
/** Sorted slugs of the raw events that pass `test`. */
const eventsWhere = (test: (e: (typeof events)[number]) => boolean) => sorted(slugs(events.filter(test)));
/** Sorted slugs of the raw statements that pass `test`. */
const statementsWhere = (test: (s: (typeof statements)[number]) => boolean) => sorted(slugs(statements.filter(test)));
/** Sorted slugs of the raw events in which any of `actors` takes part. */
const eventsWith = (...actors: string[]) => eventsWhere((e) => e.participants.some((p) => actors.includes(p.actor)));

describe('EventFilter', () => {
  it('actorIds: events any of the actors took part in (OR within the list)', async () => {
    const [kim, ukrainians] = await idsOf('Actor', 'kim-jong-un', 'ukrainian-forces');
    expect(await list('events', { actorIds: [kim] })).toEqual(eventsWith('kim-jong-un'));
    expect(await list('events', { actorIds: [kim] })).toEqual(sorted(['artillery-firing-contest', 'kim-lavrov-talks', 'nuclear-facility-tour']));
    expect(await list('events', { actorIds: [kim, ukrainians] })).toEqual(eventsWith('kim-jong-un', 'ukrainian-forces'));
  });

  it('roles: with actorIds the role must be that actor\'s; alone, any participant\'s', async () => {
    const [kim, units] = await idsOf('Actor', 'kim-jong-un', 'north-korean-artillery-units');
    expect(await list('events', { actorIds: [kim], roles: ['OBSERVER'] })).toEqual(['artillery-firing-contest']);
    expect(await list('events', { actorIds: [kim], roles: ['INSPECTOR', 'NEGOTIATOR'] })).toEqual(['kim-lavrov-talks', 'nuclear-facility-tour']);
    // The artillery units took part in the contest, but not as observers (Kim and the officers were).
    expect(await list('events', { actorIds: [units], roles: ['OBSERVER'] })).toEqual([]);
    expect(await list('events', { roles: ['SENDER'] })).toEqual(eventsWhere((e) => e.participants.some((p) => p.role === 'SENDER')));
    expect(await list('events', { roles: ['SENDER'] })).toEqual(['arms-transfer-to-russia', 'troop-deployment-to-russia']);
  });

  it('weaponSystemIds: events involving any of the systems', async () => {
    const [icbm, shells, nuclear] = await idsOf('WeaponSystem', 'solid-fuel-icbm', 'artillery-shells', 'nuclear-weapons');
    expect(await list('events', { weaponSystemIds: [icbm] })).toEqual(['nuclear-capable-systems-tests-2024', 'solid-fuel-icbm-test-2024']);
    expect(await list('events', { weaponSystemIds: [shells, nuclear] })).toEqual(
      eventsWhere((e) => e.weaponSystems.includes('artillery-shells') || e.weaponSystems.includes('nuclear-weapons')),
    );
  });

  it('placeIds: a place matches its own events, a country the events at places inside it (Russia → Kursk province)', async () => {
    const [kursk, russia, northKorea, pyongyang] = await idsOf('Place', 'kursk-province', 'russia', 'north-korea', 'pyongyang');
    const inKursk = eventsWhere((e) => e.location === 'kursk-province');
    expect(inKursk).toHaveLength(6);
    expect(await list('events', { placeIds: [kursk] })).toEqual(inKursk);
    expect(await list('events', { placeIds: [russia] })).toEqual(inKursk);
    expect(await list('events', { placeIds: [northKorea] })).toEqual(await list('events', { placeIds: [pyongyang] }));
    expect(await list('events', { placeIds: [pyongyang] })).toEqual(['putin-visit-to-pyongyang', 'russia-north-korea-military-deal']);
  });

  it('articleIds: events the article reports', async () => {
    const [article] = await idsOf('Article', ARTICLE);
    expect(await list('events', { articleIds: [article] })).toEqual(sorted(slugs(events)));
  });

  it('types: any of the types', async () => {
    expect(await list('events', { types: ['WEAPONS_TEST'] })).toEqual(eventsWhere((e) => e.type === 'WEAPONS_TEST'));
    expect(await list('events', { types: ['WEAPONS_TEST', 'INSPECTION'] })).toEqual(
      eventsWhere((e) => e.type === 'WEAPONS_TEST' || e.type === 'INSPECTION'),
    );
    expect(await list('events', { types: ['WEAPONS_TEST', 'INSPECTION'] })).toHaveLength(4);
  });

  it('text: case- and accent-insensitive, in the title or summary', async () => {
    const inText = (needle: string) => eventsWhere((e) => folded(`${e.title}\n${e.summary}`).includes(folded(needle)));
    // "…according to Seoul." ends the summary of the casualty figures.
    expect(await list('events', { text: 'SÉOUL' })).toEqual(['north-korean-combat-losses-in-kursk']);
    expect(await list('events', { text: 'kursk' })).toEqual(inText('kursk'));
    expect(await list('events', { text: 'KuRsK' })).toEqual(inText('kursk'));
    expect(await list('events', { text: 'nothing like this' })).toEqual([]);
  });

  it('fields combine with AND', async () => {
    const [ukrainians] = await idsOf('Actor', 'ukrainian-forces');
    const [kursk] = await idsOf('Place', 'kursk-province');
    expect(
      await list('events', { actorIds: [ukrainians], placeIds: [kursk], types: ['TERRITORIAL_CHANGE'], from: '2025-01-01' }),
    ).toEqual(['ukrainian-hold-of-kursk', 'ukrainian-reentry-into-kursk']);
    const [northKorea] = await idsOf('Actor', 'north-korea');
    expect(await list('events', { actorIds: [northKorea], types: ['WEAPONS_TEST'], text: 'ICBM' })).toEqual(['solid-fuel-icbm-test-2024']);
  });
});

describe('date windows', () => {
  const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };
  const AUGUST_2024 = { from: '2024-08-01', to: '2024-08-31' };

  it('"which weapons tests happened in 2024?": both 2024 tests, with OVERLAPS and with WITHIN', async () => {
    const tests2024 = ['nuclear-capable-systems-tests-2024', 'solid-fuel-icbm-test-2024'];
    expect(await list('events', { types: ['WEAPONS_TEST'], ...YEAR_2024 })).toEqual(tests2024);
    expect(await list('events', { types: ['WEAPONS_TEST'], ...YEAR_2024, dateMatch: 'OVERLAPS' })).toEqual(tests2024);
    expect(await list('events', { types: ['WEAPONS_TEST'], ...YEAR_2024, dateMatch: 'WITHIN' })).toEqual(tests2024);
  });

  it('August 2024, OVERLAPS (the default): the year-dated 2024 events, the open-ended war and everything open at the start', async () => {
    const found = await list('events', AUGUST_2024);
    expect(found).toEqual(eventsWhere((e) => overlaps(e.date, AUGUST_2024.from, AUGUST_2024.to)));
    expect(found).toEqual(expect.arrayContaining([
      'russia-ukraine-war',
      'troop-deployment-to-russia',
      'putin-visit-to-pyongyang',
      'solid-fuel-icbm-test-2024',
      'ukrainian-incursion-into-kursk',
      'ukrainian-hold-of-kursk',
      'north-korean-combat-losses-in-kursk',
    ]));
    expect(found).not.toContain('cruise-missile-test-2025-01-25');
    expect(found).not.toContain('firing-contest-broadcast');
  });

  it('August 2024, WITHIN: only the August incursion', async () => {
    expect(await list('events', { ...AUGUST_2024, dateMatch: 'WITHIN' })).toEqual(['ukrainian-incursion-into-kursk']);
  });

  it('open bounds: the war overlaps any window, and an event dated "../2025-07-24" overlaps 1990', async () => {
    const in1990 = await list('events', { from: '1990-01-01', to: '1990-12-31' });
    expect(in1990).toEqual(['artillery-firing-contest', 'kim-lavrov-talks', 'russia-ukraine-war']);
    expect(in1990).toEqual(eventsWhere((e) => overlaps(e.date, '1990-01-01', '1990-12-31')));
    expect(await list('events', { from: '2099-01-01', to: '2099-01-01' })).toEqual(['russia-ukraine-war']);
    // An open side never lies certainly inside a window.
    expect(await list('events', { from: '1990-01-01', to: '1990-12-31', dateMatch: 'WITHIN' })).toEqual([]);
    expect(await list('events', { from: '1000-01-01', to: '2999-12-31', dateMatch: 'WITHIN' })).not.toContain('russia-ukraine-war');
  });

  it('a window open on one side: only `from`, or only `to`', async () => {
    // Still going on, or not known to have ended, after July 24, 2025.
    expect(await list('events', { from: '2025-07-25' })).toEqual(['kim-lavrov-talks', 'north-korean-combat-losses-in-kursk', 'russia-ukraine-war']);
    expect(await list('events', { to: '2024-07-31' })).toEqual(eventsWhere((e) => overlaps(e.date, null, '2024-07-31')));
    expect(await list('events', { to: '2024-12-31', dateMatch: 'WITHIN' })).toEqual(eventsWhere((e) => within(e.date, null, '2024-12-31')));
    expect(await list('events', { to: '2024-12-31', dateMatch: 'WITHIN' })).toHaveLength(7);
  });

  it('WITHIN a window open on one side: a date open on that side too lies within it; open on the other side, never', async () => {
    // Every day "../2025-07-24" can mean is on or before the end of 2025.
    const until2025 = await list('events', { to: '2025-12-31', dateMatch: 'WITHIN' });
    expect(until2025).toEqual(eventsWhere((e) => within(e.date, null, '2025-12-31')));
    expect(until2025).toEqual(expect.arrayContaining(['artillery-firing-contest', 'kim-lavrov-talks']));
    // The war, with no known end, is never certainly inside a window that ends.
    expect(until2025).not.toContain('russia-ukraine-war');
    expect(await list('events', { from: '1000-01-01', dateMatch: 'WITHIN' })).not.toContain('artillery-firing-contest');
  });

  it('bounds are inclusive: a one-day window on July 24, 2025', async () => {
    const day = { from: '2025-07-24', to: '2025-07-24' };
    expect(await list('events', day)).toEqual(eventsWhere((e) => overlaps(e.date, day.from, day.to)));
    expect(await list('events', day)).toContain('artillery-firing-contest');
    expect(await list('events', { ...day, dateMatch: 'WITHIN' })).toEqual(['firing-contest-broadcast']);
  });

  it('undated statements never match a window, however wide', async () => {
    const dated = statementsWhere((s) => s.saidOn !== null);
    expect(dated.length).toBeLessThan(statements.length);
    expect(await list('statements', { from: '1000-01-01', to: '2999-12-31' })).toEqual(dated);
    expect(await list('statements', { from: '1000-01-01' })).toEqual(dated);
    expect(await list('statements', { to: '2999-12-31' })).toEqual(dated);
    expect(await list('statements', { from: '1000-01-01', to: '2999-12-31', dateMatch: 'WITHIN' })).toEqual(
      statementsWhere((s) => s.saidOn?.start != null && s.saidOn.end !== null),
    );
  });

  it('statements of January 2025: WITHIN gives the three January remarks, OVERLAPS adds those said "on or before" a later day', async () => {
    const january = { from: '2025-01-01', to: '2025-01-31' };
    expect(await list('statements', { ...january, dateMatch: 'WITHIN' })).toEqual(
      sorted(['nuclear-program-to-continue-indefinitely', '2025-crucial-year-for-nuclear-forces', 'nuclear-counteraction-posture-indefinitely']),
    );
    expect(await list('statements', january)).toEqual(statementsWhere((s) => overlaps(s.saidOn, january.from, january.to)));
    expect(await list('statements', january)).toContain('ready-for-real-war');
  });

  it('articles by publication day', async () => {
    expect(await list('articles', { from: raw.article.publishedOn, to: raw.article.publishedOn })).toEqual([ARTICLE]);
    expect(await list('articles', { from: raw.article.publishedOn, to: raw.article.publishedOn, dateMatch: 'WITHIN' })).toEqual([ARTICLE]);
    expect(await list('articles', { from: '2025-07-30' })).toEqual([]);
    expect(await list('articles', { to: '2025-07-28' })).toEqual([]);
  });

  it.each(['events', 'statements', 'articles'])('`from` after `to` on %s is BAD_USER_INPUT naming `filter.from`', async (field) => {
    expectBadUserInput(await request(operation(field), { filter: { from: '2025-01-02', to: '2025-01-01' } }), 'filter.from');
  });

  it('`from` equal to `to` is a valid one-day window', async () => {
    const result = await request(operation('events'), { filter: { from: '2025-01-25', to: '2025-01-25' } });
    expect(result.errors).toBeUndefined();
  });

  it('a malformed date is refused before execution', async () => {
    const result = await request(operation('events'), { filter: { from: '2025-13-45' } });
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data?.conn).toBeUndefined();
  });
});

describe('StatementFilter', () => {
  it('speakerIds', async () => {
    const [kim, southKorea, northKorea] = await idsOf('Actor', 'kim-jong-un', 'south-korea', 'north-korea');
    expect(await list('statements', { speakerIds: [kim] })).toEqual(statementsWhere((s) => s.speaker === 'kim-jong-un'));
    expect(await list('statements', { speakerIds: [southKorea, northKorea] })).toEqual(['renewed-threats-toward-the-south', 'seoul-north-korean-casualties']);
  });

  it('reportedByIds', async () => {
    const [kcna, stateMedia] = await idsOf('Actor', 'kcna', 'pyongyang-state-media');
    expect(await list('statements', { reportedByIds: [kcna] })).toEqual(statementsWhere((s) => s.reportedBy.includes('kcna')));
    expect(await list('statements', { reportedByIds: [kcna] })).toHaveLength(4);
    expect(await list('statements', { reportedByIds: [kcna, stateMedia] })).toEqual(
      statementsWhere((s) => s.reportedBy.includes('kcna') || s.reportedBy.includes('pyongyang-state-media')),
    );
  });

  it('aboutIds takes ids of any entity type', async () => {
    const [nuclear] = await idsOf('WeaponSystem', 'nuclear-weapons');
    const [kursk] = await idsOf('Place', 'kursk-province');
    const [contest, war] = await idsOf('Event', 'artillery-firing-contest', 'russia-ukraine-war');
    const [west, military] = await idsOf('Actor', 'the-west', 'north-korean-military');
    const about = (...refs: string[]) => statementsWhere((s) => s.about.some((r) => refs.includes(r)));
    expect(await list('statements', { aboutIds: [nuclear] })).toEqual(about('weapon-system:nuclear-weapons'));
    expect(await list('statements', { aboutIds: [nuclear] })).toHaveLength(3);
    expect(await list('statements', { aboutIds: [kursk] })).toEqual(about('place:kursk-province'));
    expect(await list('statements', { aboutIds: [contest] })).toEqual(['headline-real-war-threat']);
    expect(await list('statements', { aboutIds: [military] })).toEqual(about('actor:north-korean-military'));
    expect(await list('statements', { aboutIds: [west, war] })).toEqual(['headline-real-war-threat', 'kim-full-support-for-russia']);
  });

  it('articleIds and occasionIds', async () => {
    const [article] = await idsOf('Article', ARTICLE);
    const [tour, contest] = await idsOf('Event', 'nuclear-facility-tour', 'artillery-firing-contest');
    expect(await list('statements', { articleIds: [article] })).toEqual(sorted(slugs(statements)));
    expect(await list('statements', { occasionIds: [tour] })).toEqual(statementsWhere((s) => s.occasion === 'nuclear-facility-tour'));
    expect(await list('statements', { occasionIds: [tour, contest] })).toHaveLength(7);
  });

  it('kinds', async () => {
    expect(await list('statements', { kinds: ['CLAIM'] })).toEqual(statementsWhere((s) => s.kind === 'CLAIM'));
    expect(await list('statements', { kinds: ['DIRECT_QUOTE', 'PARAPHRASE'] })).toEqual(
      statementsWhere((s) => s.kind === 'DIRECT_QUOTE' || s.kind === 'PARAPHRASE'),
    );
  });

  it('text: case- and accent-insensitive, in the text or the evidence ("kcna", "SÉOUL", straight for curly quotes)', async () => {
    const inText = (needle: string) =>
      statementsWhere((s) => [s.text, ...s.evidence.map((e) => e.exact)].some((t) => folded(t).includes(folded(needle))));
    expect(await list('statements', { text: 'kcna' })).toEqual(inText('kcna'));
    expect(await list('statements', { text: 'kcna' })).toEqual(
      sorted(['destroying-the-enemy-in-every-battle', '2025-crucial-year-for-nuclear-forces', 'nuclear-counteraction-posture-indefinitely']),
    );
    expect(await list('statements', { text: 'SÉOUL' })).toEqual(['seoul-north-korean-casualties']);
    // The headline has curly quotes: ‘Real War’.
    expect(await list('statements', { text: "'REAL WAR'" })).toEqual(['headline-real-war-threat']);
    expect(await list('statements', { text: '  inevitable  ' })).toEqual(['nuclear-program-to-continue-indefinitely']);
  });

  it('fields combine with AND: what Kim said about nuclear forces, according to KCNA', async () => {
    const [kim, kcna] = await idsOf('Actor', 'kim-jong-un', 'kcna');
    const [nuclear] = await idsOf('WeaponSystem', 'nuclear-weapons');
    expect(await list('statements', { speakerIds: [kim], reportedByIds: [kcna], aboutIds: [nuclear] })).toEqual(
      statementsWhere((s) => s.speaker === 'kim-jong-un' && s.reportedBy.includes('kcna') && s.about.includes('weapon-system:nuclear-weapons')),
    );
    expect(await list('statements', { speakerIds: [kim], reportedByIds: [kcna], kinds: ['DIRECT_QUOTE'] })).toEqual([
      'nuclear-counteraction-posture-indefinitely',
    ]);
  });
});

describe('ActorFilter', () => {
  /** Sorted slugs of the raw actors that pass `test`. */
  const actorsWhere = (test: (a: (typeof raw.actors)[number]) => boolean) => sorted(slugs(raw.actors.filter(test)));

  it('kinds', async () => {
    expect(await list('actors', { kinds: ['PERSON'] })).toEqual(['kim-jong-un', 'sergey-lavrov', 'vladimir-putin']);
    expect(await list('actors', { kinds: ['MEDIA_OUTLET', 'GOVERNMENT_AGENCY'] })).toEqual(
      actorsWhere((a) => a.kind === 'MEDIA_OUTLET' || a.kind === 'GOVERNMENT_AGENCY'),
    );
  });

  it('affiliationIds', async () => {
    const [russia, northKorea] = await idsOf('Actor', 'russia', 'north-korea');
    expect(await list('actors', { affiliationIds: [russia] })).toEqual(['sergey-lavrov', 'vladimir-putin']);
    expect(await list('actors', { affiliationIds: [russia, northKorea] })).toEqual(
      actorsWhere((a) => a.affiliation === 'russia' || a.affiliation === 'north-korea'),
    );
  });

  it('articleIds: every actor is named in the seed article', async () => {
    const [article] = await idsOf('Article', ARTICLE);
    expect(await list('actors', { articleIds: [article] })).toEqual(sorted(slugs(raw.actors)));
  });

  it('text: name, aliases or role, case- and accent-insensitive', async () => {
    expect(await list('actors', { text: 'SÉOUL' })).toEqual(['south-korea']);
    expect(await list('actors', { text: 'kcna' })).toEqual(['kcna']);
    expect(await list('actors', { text: 'foreign MINISTER' })).toEqual(['sergey-lavrov']);
  });

  it('fields combine with AND', async () => {
    const [russia] = await idsOf('Actor', 'russia');
    expect(await list('actors', { kinds: ['PERSON'], affiliationIds: [russia], text: 'vlad' })).toEqual(['vladimir-putin']);
    expect(await list('actors', { kinds: ['STATE'], affiliationIds: [russia] })).toEqual([]);
  });
});

describe('WeaponSystemFilter', () => {
  /** Sorted slugs of the raw weapon systems that pass `test`. */
  const weaponsWhere = (test: (w: (typeof raw.weaponSystems)[number]) => boolean) => sorted(slugs(raw.weaponSystems.filter(test)));

  it('categories', async () => {
    expect(await list('weaponSystems', { categories: ['BALLISTIC_MISSILE', 'CRUISE_MISSILE'] })).toEqual([
      'sea-to-surface-strategic-guided-cruise-missile',
      'solid-fuel-icbm',
    ]);
  });

  it('operatorIds', async () => {
    const [units] = await idsOf('Actor', 'north-korean-artillery-units');
    expect(await list('weaponSystems', { operatorIds: [units] })).toEqual(['artillery', 'artillery-shells']);
  });

  it('propellant: the new ICBM is solid-fuelled; no system is said to be liquid-fuelled', async () => {
    expect(await list('weaponSystems', { propellant: ['SOLID'] })).toEqual(['solid-fuel-icbm']);
    expect(await list('weaponSystems', { propellant: ['LIQUID'] })).toEqual([]);
    expect(await list('weaponSystems', { propellant: ['SOLID', 'LIQUID'] })).toEqual(weaponsWhere((w) => w.propellant !== null));
  });

  it('nuclearCapable: true and false match what the source says; unknown matches neither', async () => {
    expect(await list('weaponSystems', { nuclearCapable: true })).toEqual(weaponsWhere((w) => w.nuclearCapable === true));
    expect(await list('weaponSystems', { nuclearCapable: true })).toHaveLength(3);
    expect(await list('weaponSystems', { nuclearCapable: false })).toEqual(weaponsWhere((w) => w.nuclearCapable === false));
    expect(await list('weaponSystems', { nuclearCapable: null })).toHaveLength(raw.weaponSystems.length);
  });

  it('text: name or aliases', async () => {
    expect(await list('weaponSystems', { text: 'icbm' })).toEqual(['solid-fuel-icbm']);
    expect(await list('weaponSystems', { text: 'SHELLS' })).toEqual(['artillery-shells']);
  });

  it('fields combine with AND', async () => {
    const [northKorea] = await idsOf('Actor', 'north-korea');
    expect(await list('weaponSystems', { nuclearCapable: true, categories: ['NUCLEAR_WEAPON'], operatorIds: [northKorea] })).toEqual([
      'nuclear-weapons',
    ]);
  });
});

describe('ArticleFilter', () => {
  it('actorIds and text', async () => {
    const [kim] = await idsOf('Actor', 'kim-jong-un');
    expect(await list('articles', { actorIds: [kim] })).toEqual([ARTICLE]);
    expect(await list('articles', { text: 'SÉOUL' })).toEqual([ARTICLE]);
    expect(await list('articles', { text: 'REAL WAR' })).toEqual([ARTICLE]);
    expect(await list('articles', { text: 'Tokyo' })).toEqual([]);
    expect(await list('articles', { actorIds: [kim], to: '2025-01-01' })).toEqual([]);
  });
});

describe('PlaceFilter', () => {
  it('kinds, countryIds and text', async () => {
    const [russia, northKorea] = await idsOf('Place', 'russia', 'north-korea');
    expect(await list('places', { kinds: ['COUNTRY'] })).toEqual(sorted(slugs(raw.places.filter((p) => p.kind === 'COUNTRY'))));
    expect(await list('places', { countryIds: [russia] })).toEqual(['kursk-province']);
    expect(await list('places', { countryIds: [russia, northKorea] })).toEqual(['kursk-province', 'pyongyang']);
    expect(await list('places', { text: 'NUCLEAR factory' })).toEqual(['nuclear-material-production-facility']);
    expect(await list('places', { text: 'kursk', kinds: ['CITY'] })).toEqual([]);
  });
});

describe('bad filter input', () => {
  /** A slug of each type, for the valid ids around the bad one. */
  const A_VALID_SLUG: Record<string, string> = {
    Actor: 'russia',
    Place: 'russia',
    Article: ARTICLE,
    Event: 'russia-ukraine-war',
    WeaponSystem: 'artillery',
  };
  const garbage = ['nope', '', '!!!', Buffer.from('Foo:bar').toString('base64url'), Buffer.from('Actor:').toString('base64url')];

  it.each([
    ['events', 'actorIds', 'Actor'],
    ['events', 'weaponSystemIds', 'WeaponSystem'],
    ['events', 'placeIds', 'Place'],
    ['events', 'articleIds', 'Article'],
    ['statements', 'speakerIds', 'Actor'],
    ['statements', 'reportedByIds', 'Actor'],
    ['statements', 'aboutIds', null],
    ['statements', 'articleIds', 'Article'],
    ['statements', 'occasionIds', 'Event'],
    ['actors', 'affiliationIds', 'Actor'],
    ['actors', 'articleIds', 'Article'],
    ['weaponSystems', 'operatorIds', 'Actor'],
    ['articles', 'actorIds', 'Actor'],
    ['places', 'countryIds', 'Place'],
  ] as const)('%s `filter.%s`: malformed and wrong-type ids are BAD_USER_INPUT naming the argument', async (field, argument, typename) => {
    const [valid] = await idsOf(typename ?? 'Actor', A_VALID_SLUG[typename ?? 'Actor']);
    for (const id of garbage) {
      expectBadUserInput(await request(operation(field), { filter: { [argument]: [valid, id] } }), `filter.${argument}`);
    }
    if (typename) {
      // A real id of another type: the Place "russia" where an Actor is expected, and vice versa.
      const [other] = typename === 'Place' ? await idsOf('Actor', 'russia') : await idsOf('Place', 'russia');
      expectBadUserInput(await request(operation(field), { filter: { [argument]: [other] } }), `filter.${argument}`);
    }
    // More than 100 ids.
    expectBadUserInput(await request(operation(field), { filter: { [argument]: Array(101).fill(valid) } }), `filter.${argument}`, ['conn'], true);
    const hundred = await request(operation(field), { filter: { [argument]: Array(100).fill(valid) } });
    expect(hundred.errors).toBeUndefined();
  });

  it.each(['events', 'statements', 'actors', 'weaponSystems', 'articles', 'places'])(
    '%s `filter.text` over 256 characters is BAD_USER_INPUT; 256 is fine',
    async (field) => {
      expectBadUserInput(await request(operation(field), { filter: { text: 'a'.repeat(257) } }), 'filter.text', ['conn'], true);
      const ok = await request(operation(field), { filter: { text: 'a'.repeat(256) } });
      expect(ok.errors).toBeUndefined();
      expect(ok.data.conn.totalCount).toBe(0);
    },
  );

  it('an unknown enum value is refused before execution', async () => {
    const result = await request(operation('events'), { filter: { types: ['NOT_A_TYPE'] } });
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.data?.conn).toBeUndefined();
  });

  it('errors on a nested connection name the argument and point at the nested field', async () => {
    const result = await request(operation('statements', 'actor(slug: "kim-jong-un")'), { filter: { speakerIds: ['nope'] } });
    expectBadUserInput(result, 'filter.speakerIds', ['parent', 'conn']);
    const window = await request(operation('events', `article(slug: "${ARTICLE}")`), { filter: { from: '2025-02-01', to: '2025-01-01' } });
    expectBadUserInput(window, 'filter.from', ['parent', 'conn']);
  });
});

describe('filters on nested connections', () => {
  const KIM = 'actor(slug: "kim-jong-un")';
  const THE_ARTICLE = `article(slug: "${ARTICLE}")`;

  it('actor.statements(filter:)', async () => {
    const [kcna, kim, northKorea] = await idsOf('Actor', 'kcna', 'kim-jong-un', 'north-korea');
    expect(await list('statements', { reportedByIds: [kcna] }, KIM)).toEqual(
      statementsWhere((s) => s.speaker === 'kim-jong-un' && s.reportedBy.includes('kcna')),
    );
    expect(await list('statements', { from: '2025-01-01', to: '2025-01-31', dateMatch: 'WITHIN' }, KIM)).toHaveLength(3);
    expect(await list('statements', { speakerIds: [kim] }, KIM)).toEqual(statementsWhere((s) => s.speaker === 'kim-jong-un'));
    // A filter never widens a nested list: Kim's statements said by North Korea, or Lavrov's said by Kim.
    expect(await list('statements', { speakerIds: [northKorea] }, KIM)).toEqual([]);
    expect(await list('statements', { speakerIds: [kim] }, 'actor(slug: "sergey-lavrov")')).toEqual([]);
  });

  it('actor.reportedStatements, actor.events, actor.members, actor.weaponSystems, actor.articles', async () => {
    expect(await list('reportedStatements', { kinds: ['DIRECT_QUOTE'] }, 'actor(slug: "kcna")')).toEqual([
      'nuclear-counteraction-posture-indefinitely',
    ]);
    expect(await list('events', { roles: ['INSPECTOR'] }, KIM)).toEqual(['nuclear-facility-tour']);
    expect(await list('events', { from: '2024-01-01', to: '2024-12-31', dateMatch: 'WITHIN' }, 'actor(slug: "north-korea")')).toEqual(
      eventsWhere((e) => e.participants.some((p) => p.actor === 'north-korea') && within(e.date, '2024-01-01', '2024-12-31')),
    );
    expect(await list('members', { kinds: ['MEDIA_OUTLET'] }, 'actor(slug: "north-korea")')).toEqual([
      'kcna',
      'korean-central-television',
      'pyongyang-state-media',
    ]);
    expect(await list('weaponSystems', { nuclearCapable: true }, 'actor(slug: "north-korea")')).toEqual(
      sorted(slugs(raw.weaponSystems.filter((w) => w.operators.includes('north-korea') && w.nuclearCapable === true))),
    );
    expect(await list('articles', { text: 'lavrov' }, KIM)).toEqual([ARTICLE]);
    expect(await list('articles', { text: 'Tokyo' }, KIM)).toEqual([]);
  });

  it('article.events, article.statements, article.actors, article.weaponSystems', async () => {
    expect(await list('events', { types: ['WEAPONS_TEST'] }, THE_ARTICLE)).toEqual(eventsWhere((e) => e.type === 'WEAPONS_TEST'));
    expect(await list('statements', { kinds: ['CLAIM'] }, THE_ARTICLE)).toEqual(statementsWhere((s) => s.kind === 'CLAIM'));
    expect(await list('actors', { kinds: ['PERSON'] }, THE_ARTICLE)).toEqual(['kim-jong-un', 'sergey-lavrov', 'vladimir-putin']);
    expect(await list('weaponSystems', { propellant: ['SOLID'] }, THE_ARTICLE)).toEqual(['solid-fuel-icbm']);
  });

  it('weaponSystem.events and weaponSystem.statements', async () => {
    const [kcna] = await idsOf('Actor', 'kcna');
    expect(await list('events', { from: '2024-01-01', to: '2024-12-31' }, 'weaponSystem(slug: "solid-fuel-icbm")')).toEqual([
      'nuclear-capable-systems-tests-2024',
      'solid-fuel-icbm-test-2024',
    ]);
    expect(await list('events', { types: ['ARMS_TRANSFER'] }, 'weaponSystem(slug: "artillery-shells")')).toEqual(['arms-transfer-to-russia']);
    expect(await list('statements', { reportedByIds: [kcna] }, 'weaponSystem(slug: "nuclear-weapons")')).toEqual(
      sorted(['2025-crucial-year-for-nuclear-forces', 'nuclear-counteraction-posture-indefinitely']),
    );
  });

  it('place.events, place.places and event.articles', async () => {
    expect(await list('events', { types: ['TERRITORIAL_CHANGE'], from: '2025-01-01' }, 'place(slug: "kursk-province")')).toEqual([
      'ukrainian-hold-of-kursk',
      'ukrainian-reentry-into-kursk',
    ]);
    // place.events lists the events located at the place itself, and the filter narrows that list.
    expect(await list('events', { types: ['STATE_VISIT'] }, 'place(slug: "pyongyang")')).toEqual(['putin-visit-to-pyongyang']);
    expect(await list('places', { kinds: ['PROVINCE'] }, 'place(slug: "russia")')).toEqual(['kursk-province']);
    expect(await list('places', { kinds: ['CITY'] }, 'place(slug: "russia")')).toEqual([]);
    expect(await list('articles', { from: '2025-07-01' }, 'event(slug: "troop-deployment-to-russia")')).toEqual([ARTICLE]);
    expect(await list('articles', { to: '2025-07-01' }, 'event(slug: "troop-deployment-to-russia")')).toEqual([]);
  });
});
