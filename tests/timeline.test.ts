/**
 * `timeline(from, to, dateMatch, actorIds, types, first, after)`: events and statements together
 * by their first known day, events before statements on the same day, undated items left out,
 * with the edge's `date`, the filters, stable paging and bad input. Expectations come from the
 * seed article's JSON.
 */
import { describe, expect, it } from 'vitest';
import { query, request } from './helpers.js';
import { firstKnownDay, idsOf, raw, sorted, type RawDate } from './seed.js';

const TIMELINE = `query ($from: Date, $to: Date, $dateMatch: DateMatch, $actorIds: [ID!], $types: [EventType!], $first: Int, $after: String) {
  timeline(from: $from, to: $to, dateMatch: $dateMatch, actorIds: $actorIds, types: $types, first: $first, after: $after) {
    totalCount
    edges {
      cursor
      date { start end precision edtf text }
      node { __typename ... on Event { slug } ... on Statement { slug } }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Item {
  key: string;
  slug: string;
  kind: 'Event' | 'Statement';
  date: RawDate;
}

interface Timeline {
  totalCount: number;
  edges: { cursor: string; date: RawDate; node: { __typename: 'Event' | 'Statement'; slug: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The timeline with `args`, one page of up to 100. */
async function timeline(args: Record<string, unknown> = {}): Promise<Timeline> {
  return (await query(TIMELINE, { first: 100, ...args })).timeline;
}

/** `Typename:slug` of each edge. */
const keys = (t: Timeline) => t.edges.map((e) => `${e.node.__typename}:${e.node.slug}`);

/** Every dated item of the JSON, with the day it sits at. */
const DATED: Item[] = [
  ...raw.events.map((e) => ({ key: firstKnownDay(e.date), slug: e.slug, kind: 'Event' as const, date: e.date })),
  ...raw.statements.map((s) => ({ key: firstKnownDay(s.saidOn), slug: s.slug, kind: 'Statement' as const, date: s.saidOn! })),
].filter((item): item is Item => item.key !== null);

/** Sorted `Typename:slug` keys of the dated items that pass `test`. */
const datedWhere = (test: (item: Item) => boolean) => sorted(DATED.filter(test).map((i) => `${i.kind}:${i.slug}`));

/** Checks the documented order: by first known day, then events before statements. */
function expectChronological(t: Timeline) {
  const rank = t.edges.map((e) => [firstKnownDay(e.date)!, e.node.__typename === 'Event' ? 0 : 1] as const);
  for (let i = 1; i < rank.length; i++) {
    const [day, kind] = rank[i];
    const [previousDay, previousKind] = rank[i - 1];
    expect(day >= previousDay, `${keys(t)[i]} after ${keys(t)[i - 1]}`).toBe(true);
    if (day === previousDay) expect(kind).toBeGreaterThanOrEqual(previousKind);
  }
}

describe('the whole timeline', () => {
  it('holds every dated event and statement, in chronological order of the first known day', async () => {
    const t = await timeline();
    expect(sorted(keys(t))).toEqual(datedWhere(() => true));
    expect(t.totalCount).toBe(DATED.length);
    expectChronological(t);
  });

  it('leaves out undated items: the war ("../..") and the claims with no date', async () => {
    const found = keys(await timeline());
    expect(found).not.toContain('Event:russia-ukraine-war');
    const undated = raw.statements.filter((s) => s.saidOn === null).map((s) => `Statement:${s.slug}`);
    expect(undated).toEqual(expect.arrayContaining(['Statement:seoul-north-korean-casualties', 'Statement:renewed-threats-toward-the-south']));
    for (const key of undated) expect(found).not.toContain(key);
  });

  it('puts a date known only as "on or before July 24, 2025" at July 24, with the broadcast of that day', async () => {
    const found = keys(await timeline());
    const contest = found.indexOf('Event:artillery-firing-contest');
    const broadcast = found.indexOf('Event:firing-contest-broadcast');
    expect(Math.abs(contest - broadcast)).toBe(1);
    // Events of the day first, then what Kim said there.
    for (const slug of ['headline-real-war-threat', 'ready-for-real-war', 'destroying-the-enemy-in-every-battle']) {
      expect(found.indexOf(`Statement:${slug}`)).toBeGreaterThan(Math.max(contest, broadcast));
    }
    expect(found.indexOf('Event:artillery-firing-contest')).toBeGreaterThan(found.indexOf('Event:ukrainian-reentry-into-kursk'));
  });

  it('on the same day, events come before statements: the nuclear facility tour before the January remarks', async () => {
    const found = keys(await timeline());
    const tour = found.indexOf('Event:nuclear-facility-tour');
    for (const slug of ['nuclear-program-to-continue-indefinitely', '2025-crucial-year-for-nuclear-forces', 'nuclear-counteraction-posture-indefinitely']) {
      expect(found.indexOf(`Statement:${slug}`)).toBeGreaterThan(tour);
    }
  });

  it('a coarse date sorts at its start and says so: the 2024 events come first, as YEAR-precise dates', async () => {
    const t = await timeline();
    const year2024 = raw.events.filter((e) => e.date.edtf === '2024');
    const head = t.edges.slice(0, year2024.length);
    expect(sorted(head.map((e) => e.node.slug))).toEqual(sorted(year2024.map((e) => e.slug)));
    for (const edge of head) {
      expect(edge.date).toEqual({ start: '2024-01-01', end: '2024-12-31', precision: 'YEAR', edtf: '2024', text: 'last year' });
    }
  });

  it('each edge\'s `date` is the event\'s date or the statement\'s saidOn', async () => {
    const t = await timeline();
    for (const edge of t.edges) {
      const item = DATED.find((i) => i.kind === edge.node.__typename && i.slug === edge.node.slug)!;
      expect(edge.date).toEqual({ ...item.date, text: item.date.text ?? null });
    }
  });
});

describe('filters', () => {
  it('from/to: August 2024, by overlap (default) or WITHIN', async () => {
    const from = '2024-08-01';
    const to = '2024-08-31';
    const overlapping = datedWhere((i) => (i.date.end === null || i.date.end >= from) && (i.date.start === null || i.date.start <= to));
    const t = await timeline({ from, to });
    expect(sorted(keys(t))).toEqual(overlapping);
    expectChronological(t);
    expect(keys(t)).toContain('Event:ukrainian-incursion-into-kursk');
    expect(keys(t)).toContain('Event:troop-deployment-to-russia');
    expect(keys(t)).not.toContain('Event:cruise-missile-test-2025-01-25');
    expect(keys(await timeline({ from, to, dateMatch: 'WITHIN' }))).toEqual(['Event:ukrainian-incursion-into-kursk']);
  });

  it('from alone and to alone', async () => {
    expect(sorted(keys(await timeline({ from: '2025-07-25' })))).toEqual(['Event:kim-lavrov-talks', 'Event:north-korean-combat-losses-in-kursk', 'Statement:kim-full-support-for-russia']);
    expect(sorted(keys(await timeline({ to: '2024-12-31', dateMatch: 'WITHIN' })))).toEqual(
      datedWhere((i) => i.date.end !== null && i.date.end <= '2024-12-31'),
    );
  });

  it('actorIds: Kim\'s events (in any role) and the statements he made', async () => {
    const [kim] = await idsOf('Actor', 'kim-jong-un');
    const t = await timeline({ actorIds: [kim] });
    expect(sorted(keys(t))).toEqual(
      datedWhere((i) =>
        i.kind === 'Event'
          ? raw.events.find((e) => e.slug === i.slug)!.participants.some((p) => p.actor === 'kim-jong-un')
          : raw.statements.find((s) => s.slug === i.slug)!.speaker === 'kim-jong-un',
      ),
    );
    expect(t.totalCount).toBe(11);
    expectChronological(t);
  });

  it('types: only events of those types, and statements made at such events', async () => {
    expect(sorted(keys(await timeline({ types: ['WEAPONS_TEST'] })))).toEqual(
      datedWhere((i) => i.kind === 'Event' && raw.events.find((e) => e.slug === i.slug)!.type === 'WEAPONS_TEST'),
    );
    const inspection = await timeline({ types: ['INSPECTION'] });
    expect(keys(inspection)[0]).toBe('Event:nuclear-facility-tour');
    expect(sorted(keys(inspection).slice(1))).toEqual(
      sorted(raw.statements.filter((s) => s.occasion === 'nuclear-facility-tour').map((s) => `Statement:${s.slug}`)),
    );
  });

  it('filters combine: North Korea\'s weapons tests of 2024', async () => {
    const [northKorea] = await idsOf('Actor', 'north-korea');
    const t = await timeline({ actorIds: [northKorea], types: ['WEAPONS_TEST'], from: '2024-01-01', to: '2024-12-31' });
    expect(sorted(keys(t))).toEqual(['Event:nuclear-capable-systems-tests-2024', 'Event:solid-fuel-icbm-test-2024']);
  });

  it('`from` after `to` and a malformed actor id are BAD_USER_INPUT naming the argument', async () => {
    const window = await request(TIMELINE, { from: '2025-01-02', to: '2025-01-01' });
    expect(window.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'from' });
    const [place] = await idsOf('Place', 'russia');
    for (const id of ['nope', place]) {
      const bad = await request(TIMELINE, { actorIds: [id] });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'actorIds' });
      expect(bad.data?.timeline).toBeUndefined();
    }
  });
});

describe('paging', () => {
  it.each([{}, { from: '2024-08-01', to: '2025-01-31' }, { types: ['TERRITORIAL_CHANGE', 'INSPECTION'] }])(
    'walking `first: 2` + `after` gives exactly the one big page (%j)',
    async (args) => {
      const whole = await timeline(args);
      expect(whole.totalCount).toBeGreaterThan(2);
      const walked: string[] = [];
      let after: string | undefined;
      for (let step = 0; step <= whole.totalCount; step++) {
        const page = await timeline({ ...args, first: 2, after });
        expect(page.totalCount).toBe(whole.totalCount);
        walked.push(...keys(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(walked).toEqual(keys(whole));
      // The same request twice gives the same order.
      expect(keys(await timeline(args))).toEqual(keys(whole));
    },
  );
});
