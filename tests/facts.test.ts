/**
 * The facts of the first article ("'Real War' threat by N. Korea's Kim…", 2025-07-29), asked
 * the way a reader would ask them: who said what, relayed by whom, when, how many, and
 * according to whom.
 */
import { describe, expect, it } from 'vitest';
import { query } from './helpers.js';

const ARTICLE = 'kim-real-war-2025-07';
const DATE = 'start end precision edtf text';
const QUANTITY = 'measure value low high qualifier unit text';
const STATEMENT = `slug text kind speaker { slug name kind } reportedBy { slug name } saidOn { ${DATE} } occasion { slug } attribution evidence { exact }`;

/** Every statement of the dataset with the fields the facts below need. */
async function allStatements(): Promise<any[]> {
  const data = await query(`{ statements(first: 100) { edges { node { ${STATEMENT} } } } }`);
  return data.statements.edges.map((e: any) => e.node);
}

/** The event with `slug`, with `selection`. */
async function event(slug: string, selection: string): Promise<any> {
  return (await query(`query ($slug: String!) { event(slug: $slug) { ${selection} } }`, { slug })).event;
}

/** The actor with `slug`, with `selection`. */
async function actor(slug: string, selection: string): Promise<any> {
  return (await query(`query ($slug: String!) { actor(slug: $slug) { ${selection} } }`, { slug })).actor;
}

/** The names in a list of `{ name }` objects. */
const names = (list: { name: string }[]) => list.map((x) => x.name);

describe('"for real war"', () => {
  it('was said by Kim Jong Un, in every statement that carries the words', async () => {
    const said = (await allStatements()).filter((s) => /for real war/i.test(s.text));
    expect(said.length).toBeGreaterThanOrEqual(2);
    for (const s of said) expect(s.speaker, s.slug).toEqual({ slug: 'kim-jong-un', name: 'Kim Jong Un', kind: 'PERSON' });
  });

  it('reached the article through Pyongyang state media, as a partial quote made at the firing contest', async () => {
    const [statement] = (await allStatements()).filter((s) =>
      s.evidence.some((e: { exact: string }) => e.exact.includes('"for real war" as he observed the live firing, Pyongyang state media said')),
    );
    expect(statement.kind).toBe('PARTIAL_QUOTE');
    expect(names(statement.reportedBy)).toEqual(['Pyongyang state media']);
    expect(statement.occasion).toEqual({ slug: 'artillery-firing-contest' });
    expect(statement.attribution).toBe('Kim Jong Un — reported by Pyongyang state media — according to AFP and Global Watch');
  });

  it('in the photo caption, reached it through KCNA', async () => {
    const [caption] = (await allStatements()).filter((s) => s.text.includes("'for real war' at 'any time'"));
    expect(names(caption.reportedBy)).toEqual(['Korean Central News Agency']);
    expect(caption.saidOn).toMatchObject({ end: '2025-07-24', precision: 'DAY' });
  });
});

describe('the nuclear counteraction posture quote', () => {
  it('is a direct quote by Kim, reported by KCNA, said in January 2025 (MONTH)', async () => {
    const [quote] = (await allStatements()).filter((s) => s.text.includes('nuclear counteraction posture'));
    const { article } = await query(`{ article(slug: "${ARTICLE}") { body } }`);
    expect(quote.kind).toBe('DIRECT_QUOTE');
    expect(article.body).toContain(`"${quote.text}`);
    expect(quote.speaker.name).toBe('Kim Jong Un');
    expect(names(quote.reportedBy)).toEqual(['Korean Central News Agency']);
    expect(quote.saidOn).toEqual({ start: '2025-01-01', end: '2025-01-31', precision: 'MONTH', edtf: '2025-01', text: 'in January' });
    expect(quote.attribution).toBe('Kim Jong Un — reported by Korean Central News Agency — according to AFP and Global Watch');
  });

  it('was made on the tour of the nuclear-material production facility', async () => {
    const tour = await event('nuclear-facility-tour', 'type location { name kind } statements { text }');
    expect(tour.type).toBe('INSPECTION');
    expect(tour.location).toEqual({ name: 'Nuclear-material production facility', kind: 'FACILITY' });
    expect(tour.statements.some((s: { text: string }) => s.text.includes('nuclear counteraction posture'))).toBe(true);
  });
});

describe('the troop deployment to Russia', () => {
  const slug = 'troop-deployment-to-russia';

  it('is claimed by South Korean and by Western intelligence agencies, not by the article', async () => {
    const { claims } = await event(slug, `claims { kind speaker { name kind } reportedBy { name } }`);
    expect(claims.map((c: any) => c.speaker).sort((a: any, b: any) => a.name.localeCompare(b.name))).toEqual([
      { name: 'South Korean intelligence agencies', kind: 'GOVERNMENT_AGENCY' },
      { name: 'Western intelligence agencies', kind: 'GROUP' },
    ]);
    for (const claim of claims) expect(claim).toMatchObject({ kind: 'CLAIM', reportedBy: [] });
  });

  it('sent more than 10,000 soldiers (MORE_THAN 10000)', async () => {
    const { quantities } = await event(slug, `quantities { ${QUANTITY} }`);
    expect(quantities).toContainEqual({
      measure: 'soldiers sent',
      value: 10000,
      low: 10000,
      high: null,
      qualifier: 'MORE_THAN',
      unit: 'soldiers',
      text: 'more than 10,000 soldiers',
    });
  });

  it('went to Kursk province, Russia, last year (2024, YEAR), as part of the war', async () => {
    const e = await event(slug, `type date { ${DATE} } location { name country { name } } partOf { title }`);
    expect(e.type).toBe('TROOP_DEPLOYMENT');
    expect(e.date).toEqual({ start: '2024-01-01', end: '2024-12-31', precision: 'YEAR', edtf: '2024', text: 'last year' });
    expect(e.location).toEqual({ name: 'Kursk province', country: { name: 'Russia' } });
    expect(e.partOf.title).toBe("Russia's war in Ukraine");
  });

  it('was sent by North Korea to Russia', async () => {
    const { participants } = await event(slug, 'participants { role actor { name } }');
    expect(participants).toEqual(
      expect.arrayContaining([
        { role: 'SENDER', actor: { name: 'North Korea' } },
        { role: 'RECIPIENT', actor: { name: 'Russia' } },
      ]),
    );
  });
});

describe('North Korean losses in Kursk', () => {
  const slug = 'north-korean-combat-losses-in-kursk';

  it('are about 600 killed (APPROXIMATE) and thousands wounded (INDEFINITE, no number)', async () => {
    const { quantities } = await event(slug, `quantities { ${QUANTITY} }`);
    const killed = quantities.find((q: any) => /killed/.test(q.measure));
    const wounded = quantities.find((q: any) => /wounded/.test(q.measure));
    expect(killed).toMatchObject({ value: 600, qualifier: 'APPROXIMATE', unit: 'soldiers', text: 'About 600' });
    expect(wounded).toMatchObject({ value: null, qualifier: 'INDEFINITE', text: 'thousands more wounded' });
  });

  it('are according to South Korea, speaking as "Seoul"', async () => {
    const { claims } = await event(slug, 'claims { kind speaker { name kind aliases } }');
    expect(claims).toHaveLength(1);
    expect(claims[0].kind).toBe('CLAIM');
    expect(claims[0].speaker).toMatchObject({ name: 'South Korea', kind: 'STATE' });
    expect(claims[0].speaker.aliases).toContain('Seoul');
  });
});

describe('dates', () => {
  it('"last August" is August 2024 (MONTH): the Ukrainian incursion into Kursk', async () => {
    const e = await event('ukrainian-incursion-into-kursk', `date { ${DATE} }`);
    expect(e.date).toEqual({ start: '2024-08-01', end: '2024-08-31', precision: 'MONTH', edtf: '2024-08', text: 'last August' });
  });

  it('the cruise missile test is January 25, 2025 (DAY)', async () => {
    const e = await event('cruise-missile-test-2025-01-25', `type date { ${DATE} } weaponSystems { category }`);
    expect(e.type).toBe('WEAPONS_TEST');
    expect(e.date).toEqual({ start: '2025-01-25', end: '2025-01-25', precision: 'DAY', edtf: '2025-01-25', text: 'January 25' });
    expect(e.weaponSystems).toEqual([{ category: 'CRUISE_MISSILE' }]);
  });

  it("Russia's war in Ukraine has no made-up bounds: start and end are open", async () => {
    const e = await event('russia-ukraine-war', `type date { ${DATE} } parts { slug }`);
    expect(e.type).toBe('ARMED_CONFLICT');
    expect(e.date).toMatchObject({ start: null, end: null });
    expect(e.parts.map((p: { slug: string }) => p.slug)).toContain('troop-deployment-to-russia');
  });
});

describe('the solid-fuel ICBM', () => {
  it('has a range of at least 5,500 km, solid propellant and can carry nuclear warheads', async () => {
    const { weaponSystem: w } = await query(
      `{ weaponSystem(slug: "solid-fuel-icbm") { category range { ${QUANTITY} } propellant nuclearCapable operators { name } } }`,
    );
    expect(w.category).toBe('BALLISTIC_MISSILE');
    expect(w.range).toMatchObject({ value: 5500, qualifier: 'AT_LEAST', unit: 'km', text: 'a minimum range of 5,500km' });
    expect(w.propellant).toBe('SOLID');
    expect(w.nuclearCapable).toBe(true);
    expect(names(w.operators)).toEqual(['North Korea']);
  });

  it('was tested last year (2024)', async () => {
    const { weaponSystem: w } = await query(`{ weaponSystem(slug: "solid-fuel-icbm") { events { edges { node { type date { edtf } } } } } }`);
    expect(w.events.edges.map((e: any) => e.node)).toContainEqual({ type: 'WEAPONS_TEST', date: { edtf: '2024' } });
  });
});

describe('actors', () => {
  it('Kim Jong Un is the leader of North Korea', async () => {
    const kim = await actor('kim-jong-un', 'name kind role affiliation { name kind }');
    expect(kim).toEqual({ name: 'Kim Jong Un', kind: 'PERSON', role: 'Leader of North Korea', affiliation: { name: 'North Korea', kind: 'STATE' } });
  });

  it('Sergey Lavrov is Russian Foreign Minister, affiliated with Russia, and negotiated with Kim', async () => {
    const lavrov = await actor('sergey-lavrov', 'role affiliation { name } participations { role event { participants { actor { name } } } }');
    expect(lavrov.role).toBe('Russian Foreign Minister');
    expect(lavrov.affiliation).toEqual({ name: 'Russia' });
    expect(lavrov.participations).toHaveLength(1);
    expect(lavrov.participations[0].role).toBe('NEGOTIATOR');
    expect(names(lavrov.participations[0].event.participants.map((p: any) => p.actor))).toContain('Kim Jong Un');
  });

  it('Russia counts Lavrov and Putin among its members', async () => {
    const russia = await actor('russia', 'members { edges { node { name } } }');
    expect(names(russia.members.edges.map((e: any) => e.node))).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Vladimir Putin']));
  });

  it('Pyongyang state media is a North Korean medium that relayed Kim', async () => {
    const media = await actor('pyongyang-state-media', 'kind affiliation { name } reportedStatements { edges { node { speaker { name } } } }');
    expect(media.kind).toBe('MEDIA_OUTLET');
    expect(media.affiliation).toEqual({ name: 'North Korea' });
    const speakers = new Set(media.reportedStatements.edges.map((e: any) => e.node.speaker.name));
    expect([...speakers]).toEqual(['Kim Jong Un']);
  });
});

describe('events', () => {
  it('the military deal was signed by both states during Putin\'s visit, in Pyongyang', async () => {
    const deal = await event(
      'russia-north-korea-military-deal',
      'type participants { role actor { name } } partOf { type location { name country { name } } participants { role actor { name } } }',
    );
    expect(deal.type).toBe('AGREEMENT');
    expect(deal.participants.map((p: any) => [p.role, p.actor.name]).sort()).toEqual([
      ['SIGNATORY', 'North Korea'],
      ['SIGNATORY', 'Russia'],
    ]);
    expect(deal.partOf.type).toBe('STATE_VISIT');
    expect(deal.partOf.location).toEqual({ name: 'Pyongyang', country: { name: 'North Korea' } });
    expect(deal.partOf.participants).toContainEqual({ role: 'VISITOR', actor: { name: 'Vladimir Putin' } });
  });

  it('the firing contest is reported on the article\'s own authority, and Kim spoke at it', async () => {
    const contest = await event('artillery-firing-contest', 'claims { slug } statements { text speaker { name } }');
    expect(contest.claims).toEqual([]);
    expect(contest.statements.length).toBeGreaterThanOrEqual(2);
    expect(contest.statements.some((s: any) => s.text.includes('for real war'))).toBe(true);
    for (const s of contest.statements) expect(s.speaker.name).toBe('Kim Jong Un');
  });

  it('the broadcast was on July 24 by Korean Central Television', async () => {
    const broadcast = await event('firing-contest-broadcast', `type date { edtf precision } participants { role actor { name } }`);
    expect(broadcast).toEqual({
      type: 'BROADCAST',
      date: { edtf: '2025-07-24', precision: 'DAY' },
      participants: [{ role: 'BROADCASTER', actor: { name: 'Korean Central Television' } }],
    });
  });
});

describe('the article', () => {
  it('is by AFP and Global Watch, published 2025-07-29, with no URL in the source', async () => {
    const { article } = await query(`{ article(slug: "${ARTICLE}") { title publishedOn bylines url section } }`);
    expect(article).toEqual({
      title: "‘Real War’ threat by N. Korea's Kim marks escalating provocation toward West",
      publishedOn: '2025-07-29',
      bylines: ['AFP', 'Global Watch'],
      url: null,
      section: 'Global Issues',
    });
  });

  it('mentions every actor, statement and event of the dataset (it is the only article)', async () => {
    const ids = (conn: any) => conn.edges.map((e: any) => e.node.id).sort();
    const page = 'totalCount edges { node { id } }';
    const data = await query(`{
      article(slug: "${ARTICLE}") { actors(first: 100) { ${page} } statements(first: 100) { ${page} } events(first: 100) { ${page} } }
      actors(first: 100) { ${page} } statements(first: 100) { ${page} } events(first: 100) { ${page} }
    }`);
    for (const list of ['actors', 'statements', 'events']) {
      expect(data[list].totalCount, list).toBeGreaterThan(0);
      expect(ids(data.article[list]), list).toEqual(ids(data[list]));
    }
  });
});
