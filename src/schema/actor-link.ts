/** Typed, evidenced links between actors, and the paths they form between any two (`connections`). */
import type { ActorLink as ActorLinkModel, ActorLinkKind } from '../data/links.js';
import type { Dataset } from '../data/dataset.js';
import { kindMask, selectLinks } from '../data/links.js';
import { findPaths, type ActorPath as ActorPathModel } from '../data/paths.js';
import { DEFAULT_MAX_HOPS, DEFAULT_PAGE_SIZE, MAX_HOPS, MAX_PAGE_SIZE, MAX_PATHS, MAX_STEPS } from '../security/limits.js';
import { builder } from '../builder.js';
import { paginate } from './connection.js';
import { badUserInput } from '../security/rejection.js';
import { decodeId } from '../global-id.js';
import { AT_MOST_IDS, slugsFrom } from './inputs.js';
import { Actor, Event, Statement } from './refs.js';
import { TextSpanType } from './values.js';
import { entities, entity } from './loaders.js';

export const ActorLinkKindEnum = builder.enumType('ActorLinkKind', {
  description:
    'What a link between two actors rests on. Directed kinds point as the source does (the sender at the recipient); for symmetric kinds `from` is simply the first actor the record lists.',
  values: {
    AFFILIATION: {
      description: 'Directed, member → body: a person, unit or outlet and the state or body it belongs to, in the words that say so ("Russian Foreign Minister Sergey Lavrov").',
    },
    SENDER_RECIPIENT: {
      description: 'Directed, sender → recipient of a transfer or deployment (North Korea → Russia for the troops and the arms).',
    },
    DEPLOYED_FORCE_RECIPIENT: {
      description: 'Directed, deployed force → the actor it was sent to (North Korea\'s military → Russia).',
    },
    VISITOR_HOST: { description: 'Directed, visitor → host of a state visit (Vladimir Putin → North Korea).' },
    SIGNATORIES: { description: 'Symmetric: two signatories of the same agreement.' },
    MEETING_PARTIES: { description: 'Symmetric: two parties to the same talks or meeting.' },
    COMBATANTS: {
      description: 'Symmetric: two combatants in the same armed conflict or fighting; the link does not say on which side each fought.',
    },
    CO_PARTICIPANTS: {
      description:
        'Symmetric: two actors in the same event in roles that imply nothing more specific (an organizer and the units in its exercise, a supporter and the combatants of a war).',
    },
    SPEAKS_ABOUT: { description: 'Directed, speaker → an actor its statement is about (Kim Jong Un → Russia, pledging support).' },
    RELAYS: { description: 'Directed, relayer → the speaker whose statement it relays (KCNA → Kim Jong Un).' },
  } satisfies Record<ActorLinkKind, { description: string }>,
});

export const ActorLinkType = builder.objectRef<ActorLinkModel>('ActorLink').implement({
  description:
    'A typed link between two actors, derived from the records: an affiliation, the roles two actors play in one event, a statement about an actor, or the relaying of a statement. Every link carries the words that say it.',
  fields: (t) => ({
    from: t.field({ type: Actor, description: 'Where the link starts: the member, sender, visitor, speaker or relayer.', resolve: (link, _args, context) => entity('Actor', link.fromSlug, context) }),
    to: t.field({ type: Actor, description: 'Where the link ends: the body, recipient, host, subject or relayed speaker.', resolve: (link, _args, context) => entity('Actor', link.toSlug, context) }),
    kind: t.field({ type: ActorLinkKindEnum, description: 'What the link rests on.', resolve: (link) => link.kind }),
    event: t.field({
      type: Event,
      nullable: true,
      description: 'The event both actors take part in, for event-role links; null otherwise.',
      resolve: (link, _args, context) => entity('Event', link.eventSlug, context),
    }),
    statement: t.field({
      type: Statement,
      nullable: true,
      description: 'The statement the link rests on, for SPEAKS_ABOUT and RELAYS; null otherwise.',
      resolve: (link, _args, context) => entity('Statement', link.statementSlug, context),
    }),
    evidence: t.field({
      type: [TextSpanType],
      description: 'The words that say it, at least one span: the affiliation\'s words, or the evidence of the event or statement.',
      resolve: (link) => link.evidence,
    }),
  }),
});

export const ActorPathType = builder.objectRef<ActorPathModel>('ActorPath').implement({
  description: 'A chain of links between two actors that passes through no actor twice.',
  fields: (t) => ({
    links: t.field({
      type: [ActorLinkType],
      description: 'One link per hop, in the order walked from the first actor; each keeps its own direction, so a hop may walk a link backwards.',
      resolve: (path) => path.links,
    }),
    length: t.int({ description: 'How many links (hops) the path has.', resolve: (path) => path.links.length }),
    actors: t.field({
      type: [Actor],
      description: 'The actors walked through, from the first to the last (one more than `length`).',
      resolve: (path, _args, context) => entities('Actor', path.actorSlugs, context),
    }),
    evidenceCount: t.int({
      description: 'How many distinct evidence spans support the links of this path.',
      resolve: (path) => path.evidence,
    }),
  }),
});

export const ActorPathConnection = builder.connectionObject(
  {
    type: ActorPathType,
    name: 'ActorPathConnection',
    description: `A page of paths between two actors: shortest first, then the best evidenced. At most ${MAX_PATHS} paths are listed.`,
    fields: (t) => ({
      isComplete: t.boolean({
        description: `False when the search stopped at one of its bounds (${MAX_PATHS.toLocaleString('en')} paths, ${MAX_STEPS.toLocaleString('en')} steps through the graph) before listing every path; the longest are then missing.`,
        resolve: (connection) => (connection as unknown as { isComplete: boolean }).isComplete,
      }),
    }),
  },
  { name: 'ActorPathEdge', description: 'A path in a page, with its cursor.' },
);

export const ActorLinkFilter = builder.inputType('ActorLinkFilter', {
  description: 'Criteria for actor links. Fields combine with AND; the values inside one list combine with OR.',
  fields: (t) => ({
    kinds: t.field({ type: [ActorLinkKindEnum], description: 'Links of any of these kinds.' }),
    actorIds: t.idList({ description: `Links from or to any of these actors (${AT_MOST_IDS}).` }),
  }),
});

/** Every link matching `filter`, in the default order: the list `actorLinks` pages and the export streams. */
export function actorLinkSelection(dataset: Dataset, filter: Partial<typeof ActorLinkFilter.$inferInput> | null | undefined) {
  return selectLinks(dataset.links, {
    mask: kindMask(filter?.kinds ?? undefined),
    actorSlugs: slugsFrom('filter.actorIds', filter?.actorIds, 'Actor'),
  });
}

export const ActorLinkConnection = builder.connectionObject(
  { type: ActorLinkType, name: 'ActorLinkConnection', description: 'A page of actor links.' },
  { name: 'ActorLinkEdge', description: 'An actor link in a page, with its cursor.' },
);

builder.queryField('actorLinks', (t) =>
  t.connection(
    {
      type: ActorLinkType,
      description:
        'Every typed, evidenced link between actors, filtered: affiliations first, then the links of events in chronological order, then those of statements in reading order.',
      args: { filter: t.arg({ type: ActorLinkFilter, description: 'Only links that match.' }) },
      resolve: (_root, args, { dataset }) => paginate(actorLinkSelection(dataset, args.filter), args, (link) => String(link.index)),
    },
    ActorLinkConnection,
  ),
);

/** The actor slug a global id names, or a BAD_USER_INPUT error naming the argument. */
function actorSlugFrom(argument: string, id: string, known: (slug: string) => boolean): string {
  const decoded = decodeId(id);
  if (decoded.typename !== 'Actor') throw badUserInput(`\`${argument}\` is not the global id of an Actor.`, argument);
  if (!known(decoded.id)) throw badUserInput(`\`${argument}\`: no actor has the id ${JSON.stringify(id)}.`, argument);
  return decoded.id;
}

builder.queryField('connections', (t) =>
  t.field({
    type: ActorPathConnection,
    description: `How two actors are connected: every path of typed, evidenced links between them that passes through no actor twice, of at most \`maxHops\` links, shortest first, then the best evidenced (most distinct evidence spans), then in a stable order. At most ${MAX_PATHS} paths are listed.`,
    args: {
      from: t.arg.id({ required: true, description: 'The global id of the actor the paths start from.' }),
      to: t.arg.id({ required: true, description: 'The global id of the actor the paths end at; another actor than `from`.' }),
      maxHops: t.arg.int({
        defaultValue: DEFAULT_MAX_HOPS,
        description: `The most links a path may have: 1 to ${MAX_HOPS} (default ${DEFAULT_MAX_HOPS}).`,
      }),
      kinds: t.arg({ type: [ActorLinkKindEnum], description: 'Only links of these kinds (default: every kind).' }),
      first: t.arg.int({ description: `Return the first N paths (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
      after: t.arg.string({ description: 'Return paths after this cursor.' }),
    },
    resolve: (_root, args, { dataset }) => {
      const known = (slug: string) => dataset.maps.Actor.has(slug);
      const from = actorSlugFrom('from', String(args.from), known);
      const to = actorSlugFrom('to', String(args.to), known);
      if (from === to) throw badUserInput('`from` and `to` name the same actor; ask for two different actors.', 'to');
      const maxHops = args.maxHops ?? DEFAULT_MAX_HOPS;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
        throw badUserInput(`\`maxHops\` must be between 1 and ${MAX_HOPS} (got ${maxHops}).`, 'maxHops');
      }
      const search = findPaths(dataset.links, from, to, maxHops, kindMask(args.kinds ?? undefined));
      return { ...paginate(search.paths, args, (path) => path.key), isComplete: search.complete };
    },
  }),
);
