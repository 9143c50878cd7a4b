/** Actors: people, states, armed forces, agencies, media and groups, with their root look-ups. */
import type { Actor as ActorModel, Event as EventModel } from '../data/model.js';
import { kindMask, type ActorLink as ActorLinkModel, type ActorLinkKind } from '../data/links.js';
import { relationsOf, type Relation } from '../data/linked-relations.js';
import { ACTOR_KINDS } from '../data/records.js';
import { builder } from '../builder.js';
import { Article, ArticleConnection, articleListArgs, articlePage } from './article.js';
import { EMPTY, selectActors } from '../data/query.js';
import { ActorLinkKindEnum, ActorLinkType } from './actor-link.js';
import { paginate } from './connection.js';
import { listArgs, listPage, orderInput } from './lists.js';
import { slugsFrom, textFrom } from './inputs.js';
import { Event, EventConnection, eventListArgs, eventPage, EventParticipationType } from './event.js';
import { loadBySlug } from './loaders.js';
import { Statement, StatementConnection, statementListArgs, statementPage } from './statement.js';
import { TextSpanType } from './values.js';
import { WeaponSystem, WeaponSystemConnection, weaponSystemListArgs, weaponSystemPage } from './weapon-system.js';


export const ActorKindEnum = builder.enumType('ActorKind', {
  description: 'What sort of actor it is.',
  values: {
    PERSON: { description: 'A named or described individual.' },
    STATE: { description: 'A sovereign state, including when the source speaks of it by its capital ("Seoul", "Moscow").' },
    ARMED_FORCE: { description: 'A military or one of its units or troop contingents.' },
    GOVERNMENT_AGENCY: { description: 'An agency of a government, such as an intelligence service.' },
    MEDIA_OUTLET: { description: 'A news agency, broadcaster or publication.' },
    ORGANIZATION: { description: 'A formal organization that is not a state body or a medium.' },
    GROUP: { description: 'An informal or collective group ("Western intelligence agencies", "the West").' },
  } satisfies Record<(typeof ACTOR_KINDS)[number], { description: string }>,
});

export const Actor = builder.loadableNodeRef<ActorModel>('Actor', {
  id: { resolve: (actor) => actor.slug },
  load: loadBySlug('Actor'),
});

Actor.implement({
  description: 'Someone who says or does something in the sources: a person, a state, an armed force, an agency, a medium or a group.',
  isTypeOf: (value) => (value as ActorModel).typename === 'Actor',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key of this actor, e.g. `kim-jong-un`.' }),
    name: t.exposeString('name', { description: 'The actor\'s name as the sources give it in full.' }),
    kind: t.expose('kind', { type: ActorKindEnum, description: 'What sort of actor it is.' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names and descriptions the sources use for it ("Kim", "Seoul", "the North").',
    }),
    description: t.exposeString('description', {
      nullable: true,
      description: 'Who or what it is, in the sources\' terms.',
    }),
    role: t.exposeString('role', {
      nullable: true,
      description: 'Its office or function, e.g. "Leader of North Korea"; null when the sources give none.',
    }),
    affiliation: t.field({
      type: Actor,
      nullable: true,
      description: 'The state or body it belongs to (Sergey Lavrov → Russia); null when the sources do not say.',
      resolve: (actor) => actor.affiliationSlug,
    }),
    members: t.connection(
      {
        type: Actor,
        description: 'Actors affiliated with this one (Russia → Sergey Lavrov, Vladimir Putin), by name.',
        args: actorListArgs,
        resolve: (actor, args, { dataset }) => actorPage(dataset, args, dataset.actorsByAffiliation.get(actor.slug) ?? EMPTY),
      },
      ActorConnection,
    ),
    statements: t.connection(
      {
        type: Statement,
        description: 'What this actor said or claimed, in reading order.',
        args: statementListArgs,
        resolve: (actor, args, { dataset }) =>
          statementPage(dataset, args, dataset.statementsBySpeaker.get(actor.slug) ?? EMPTY),
      },
      StatementConnection,
    ),
    reportedStatements: t.connection(
      {
        type: Statement,
        description: 'Statements of others that this actor relayed (for a medium: what it reported), in reading order.',
        args: statementListArgs,
        resolve: (actor, args, { dataset }) =>
          statementPage(dataset, args, dataset.statementsByReporter.get(actor.slug) ?? EMPTY),
      },
      StatementConnection,
    ),
    participations: t.field({
      type: [EventParticipationType],
      description: 'The events it took part in, each with its role, in chronological order.',
      resolve: (actor, _args, { dataset }) => dataset.participationsByActor.get(actor.slug) ?? EMPTY,
    }),
    events: t.connection(
      {
        type: Event,
        description: 'The events it took part in, in any role, in chronological order.',
        args: eventListArgs,
        resolve: (actor, args, { dataset }) => eventPage(dataset, args, dataset.eventsByActor.get(actor.slug) ?? EMPTY),
      },
      EventConnection,
    ),
    weaponSystems: t.connection(
      {
        type: WeaponSystem,
        description: 'Weapon systems it operates, by name.',
        args: weaponSystemListArgs,
        resolve: (actor, args, { dataset }) =>
          weaponSystemPage(dataset, args, dataset.weaponSystemsByOperator.get(actor.slug) ?? EMPTY),
      },
      WeaponSystemConnection,
    ),
    articles: t.connection(
      {
        type: Article,
        description: 'Articles that mention it, newest first.',
        args: articleListArgs,
        resolve: (actor, args, { dataset }) => articlePage(dataset, args, dataset.articlesByActor.get(actor.slug) ?? EMPTY),
      },
      ArticleConnection,
    ),
    relations: t.connection(
      {
        type: Actor,
        description:
          'The actors this one is linked to (see `ActorLink`: affiliations, shared events, statements about each other, relayed words), most evidence first (ties by name); each edge carries the weight, the links, their kinds and the shared events.',
        args: {
          kinds: t.arg({ type: [ActorLinkKindEnum], description: 'Only links of these kinds (default: every kind).' }),
        },
        resolve: (actor, args, { dataset }) =>
          relationPage(
            paginate(relationsOf(dataset, actor.slug, kindMask(args.kinds ?? undefined)), args, (relation) => relation.actor.slug),
          ),
      },
      ActorRelationConnection,
    ),
    mentions: t.field({
      type: [TextSpanType],
      description: 'Where the articles name or describe this actor.',
      resolve: (actor) => actor.mentions,
    }),
  }),
});

/** Reshapes a page of relations into connection edges whose node is the related actor. */
function relationPage(page: ReturnType<typeof paginate<Relation>>) {
  return {
    ...page,
    edges: page.edges.map(({ cursor, node }) => ({ cursor, ...node, node: node.actor })),
  };
}

export const ActorFilter = builder.inputType('ActorFilter', {
  description: 'Criteria for actors. Fields combine with AND; the values inside one list combine with OR.',
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum], description: 'Actors of any of these kinds.' }),
    affiliationIds: t.idList({ description: 'Actors affiliated with any of these actors (at most 100 ids).' }),
    articleIds: t.idList({ description: 'Actors mentioned in any of these articles (at most 100 ids).' }),
    text: t.string({ description: 'Case- and accent-insensitive text in the name, aliases or role (at most 256 characters).' }),
  }),
});

const ActorOrder = orderInput(
  'Actor',
  'actors',
  {
    NAME: 'The name, alphabetically (case- and accent-insensitive).',
    STATEMENT_COUNT: 'How many statements the actor made.',
    EVENT_COUNT: 'How many events the actor took part in.',
  },
  'Ties are broken by name, then slug, so paging is stable.',
);

/** The `filter` and `orderBy` arguments of every actor connection. */
export const actorListArgs = listArgs(ActorFilter, ActorOrder, 'actors', 'NAME ascending');

/** One page of actors: filtered, ordered and cut, optionally only among `within`. */
export const actorPage = listPage(
  selectActors,
  (filter: Partial<typeof ActorFilter.$inferInput>) => ({
    kinds: filter.kinds ?? undefined,
    affiliationSlugs: slugsFrom('filter.affiliationIds', filter.affiliationIds, 'Actor'),
    articleSlugs: slugsFrom('filter.articleIds', filter.articleIds, 'Article'),
    text: textFrom('filter.text', filter.text),
  }),
  { field: 'NAME', direction: 'ASC' },
);

export const ActorRelationConnection = builder.connectionObject(
  {
    type: Actor,
    name: 'ActorRelationConnection',
    description: 'A page of the actors one actor is linked to.',
  },
  {
    name: 'ActorRelationEdge',
    description: 'A linked actor, with the links between the two, their kinds, the events they share and the weight of evidence.',
    fields: (t) => ({
      weight: t.int({
        description:
          'How many distinct pieces of evidence (text spans) support the links between the two actors (with the `kinds` filter applied).',
        resolve: (edge) => (edge as unknown as { weight: number }).weight,
      }),
      events: t.field({
        type: [Event],
        description: 'The events both take part in (those the links rest on), in chronological order.',
        resolve: (edge) => (edge as unknown as { events: EventModel[] }).events,
      }),
      links: t.field({
        type: [ActorLinkType],
        description: 'Every link between the two actors, in either direction: affiliations first, then events, then statements.',
        resolve: (edge) => (edge as unknown as { links: ActorLinkModel[] }).links,
      }),
      kinds: t.field({
        type: [ActorLinkKindEnum],
        description: 'The kinds among `links`, each once, in the order `ActorLinkKind` declares them.',
        resolve: (edge) => (edge as unknown as { kinds: ActorLinkKind[] }).kinds,
      }),
    }),
  },
);

export const ActorConnection = builder.connectionObject(
  { type: Actor, name: 'ActorConnection', description: 'A page of actors.' },
  { name: 'ActorEdge', description: 'An actor in a page, with its cursor.' },
);

builder.queryFields((t) => ({
  actor: t.field({
    type: Actor,
    nullable: true,
    description: 'An actor by its slug; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The actor\'s slug, e.g. `kim-jong-un`.' }) },
    resolve: (_root, { slug }) => slug,
  }),
  actors: t.connection(
    {
      type: Actor,
      description: 'Actors, filtered and ordered; by default all, by name.',
      args: actorListArgs,
      resolve: (_root, args, { dataset }) => actorPage(dataset, args),
    },
    ActorConnection,
  ),
}));
