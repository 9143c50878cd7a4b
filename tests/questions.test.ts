/**
 * The analysts' questions of the query issue, each as one GraphQL query with its real answer.
 * The query texts are exported so that the README can quote them as they are tested.
 */
import { describe, expect, it } from 'vitest';
import { globalId, query } from './helpers.js';
import { expectedRelations } from './link-oracle.js';
import { raw } from './seed.js';

/** "Which weapons tests happened in 2024?" */
export const WEAPONS_TESTS_IN_2024 = `query WeaponsTestsIn2024 {
  events(filter: { types: [WEAPONS_TEST], from: "2024-01-01", to: "2024-12-31" }) {
    totalCount
    edges { node { title date { edtf text } weaponSystems { name } } }
  }
}`;

/** "Everything Kim said about nuclear forces, according to KCNA." The ids are KCNA's and the nuclear forces'. */
export const KIM_ON_NUCLEAR_FORCES_ACCORDING_TO_KCNA = `query KimOnNuclearForcesAccordingToKcna {
  actor(slug: "kim-jong-un") {
    name
    statements(filter: {
      reportedByIds: ["QWN0b3I6a2NuYQ"]
      aboutIds: ["V2VhcG9uU3lzdGVtOm51Y2xlYXItd2VhcG9ucw"]
    }) {
      totalCount
      edges { node { text kind saidOn { edtf text } attribution } }
    }
  }
}`;

/** "Who does Kim deal with most?" */
export const WHO_DOES_KIM_DEAL_WITH_MOST = `query WhoDoesKimDealWithMost {
  actor(slug: "kim-jong-un") {
    relations(first: 5) {
      totalCount
      edges { weight node { name } events { title } }
    }
  }
}`;

/** "What was going on in August 2024?" Certainly (WITHIN the month) and possibly (overlapping it). */
export const WHAT_WAS_GOING_ON_IN_AUGUST_2024 = `query WhatWasGoingOnInAugust2024 {
  certainly: events(filter: { from: "2024-08-01", to: "2024-08-31", dateMatch: WITHIN }) {
    totalCount
    edges { node { title date { edtf text } } }
  }
  possibly: events(filter: { from: "2024-08-01", to: "2024-08-31" }) {
    totalCount
    edges { node { title date { edtf } } }
  }
}`;

/** The raw event with `slug`. */
const event = (slug: string) => raw.events.find((e) => e.slug === slug)!;
/** The raw statement with `slug`. */
const statement = (slug: string) => raw.statements.find((s) => s.slug === slug)!;

describe('the analysts\' questions, one query each', () => {
  it('which weapons tests happened in 2024? The tests of "various nuclear-capable systems" and of the new solid-fuel ICBM', async () => {
    const data = await query(WEAPONS_TESTS_IN_2024);
    const tests = ['nuclear-capable-systems-tests-2024', 'solid-fuel-icbm-test-2024'].map(event);
    expect(data.events.totalCount).toBe(2);
    expect(data.events.edges.map((e: any) => e.node.title).sort()).toEqual(tests.map((t) => t.title).sort());
    for (const edge of data.events.edges) expect(edge.node.date).toEqual({ edtf: '2024', text: 'last year' });
    const names = data.events.edges.flatMap((e: any) => e.node.weaponSystems.map((w: { name: string }) => w.name));
    expect(names).toContain(raw.weaponSystems.find((w) => w.slug === 'solid-fuel-icbm')!.name);
    // The January 2025 cruise missile test is not among them.
    expect(data.events.edges.map((e: any) => e.node.title)).not.toContain(event('cruise-missile-test-2025-01-25').title);
  });

  it('everything Kim said about nuclear forces, according to KCNA: the "crucial year" remark and the quote on the nuclear counteraction posture', async () => {
    // The ids in the query are the API's ids of KCNA and of North Korea's nuclear forces.
    expect(KIM_ON_NUCLEAR_FORCES_ACCORDING_TO_KCNA).toContain(await globalId('Actor', 'kcna'));
    expect(KIM_ON_NUCLEAR_FORCES_ACCORDING_TO_KCNA).toContain(await globalId('WeaponSystem', 'nuclear-weapons'));
    const data = await query(KIM_ON_NUCLEAR_FORCES_ACCORDING_TO_KCNA);
    const expected = raw.statements.filter(
      (s) => s.speaker === 'kim-jong-un' && s.reportedBy.includes('kcna') && s.about.includes('weapon-system:nuclear-weapons'),
    );
    expect(expected.map((s) => s.slug).sort()).toEqual(['2025-crucial-year-for-nuclear-forces', 'nuclear-counteraction-posture-indefinitely']);
    expect(data.actor.statements.totalCount).toBe(expected.length);
    expect(data.actor.statements.edges.map((e: any) => e.node.text).sort()).toEqual(expected.map((s) => s.text).sort());
    for (const edge of data.actor.statements.edges) {
      expect(edge.node.attribution).toContain('Kim Jong Un — reported by Korean Central News Agency');
      expect(edge.node.saidOn).toEqual({ edtf: '2025-01', text: 'in January' });
    }
    // The vow that the nuclear program continues indefinitely reached the article through state media, not KCNA.
    expect(data.actor.statements.edges.map((e: any) => e.node.text)).not.toContain(statement('nuclear-program-to-continue-indefinitely').text);
  });

  it('who does Kim deal with most? Those whose links to him carry the most evidence: what he says about his enemies and his military, the media that relay him, the units and officers at the drill', async () => {
    const data = await query(WHO_DOES_KIM_DEAL_WITH_MOST);
    const expected = expectedRelations('kim-jong-un');
    const titleOf = (slug: string) => raw.events.find((e) => e.slug === slug)!.title;
    const nameOf = (slug: string) => raw.actors.find((a) => a.slug === slug)!.name;
    expect(data.actor.relations.totalCount).toBe(expected.length);
    expect(data.actor.relations.edges).toEqual(
      expected.slice(0, 5).map((r) => ({ weight: r.weight, node: { name: nameOf(r.slug) }, events: r.events.map((slug) => ({ title: titleOf(slug) })) })),
    );
  });

  it('what was going on in August 2024? Certainly the Ukrainian incursion into Kursk; possibly everything dated 2024, the war and what is only known to be "on or before" a later day', async () => {
    const data = await query(WHAT_WAS_GOING_ON_IN_AUGUST_2024);
    expect(data.certainly.edges.map((e: any) => e.node)).toEqual([
      { title: event('ukrainian-incursion-into-kursk').title, date: { edtf: '2024-08', text: 'last August' } },
    ]);
    const overlapping = raw.events.filter(
      (e) => (e.date.end === null || e.date.end >= '2024-08-01') && (e.date.start === null || e.date.start <= '2024-08-31'),
    );
    expect(data.possibly.totalCount).toBe(overlapping.length);
    expect(data.possibly.edges.map((e: any) => e.node.title).sort()).toEqual(overlapping.map((e) => e.title).sort());
    expect(data.possibly.edges.map((e: any) => e.node.title)).toEqual(
      expect.arrayContaining([event('russia-ukraine-war').title, event('troop-deployment-to-russia').title, event('north-korean-combat-losses-in-kursk').title]),
    );
    // In chronological order: the war, with no known bound, first.
    expect(data.possibly.edges[0].node.title).toBe(event('russia-ukraine-war').title);
  });
});
