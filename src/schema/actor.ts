/** Actors: people, states, armed forces, agencies, media and groups, with their root look-ups. */
import type { Actor as ActorModel } from '../data/model.js';
import { ACTOR_KINDS } from '../data/records.js';
import { builder } from '../builder.js';
import { Article, ArticleConnection } from './article.js';
import { paginate } from './connection.js';
import { Event, EventConnection, EventParticipationType } from './event.js';
import { loadBySlug } from './loaders.js';
import { Statement, StatementConnection } from './statement.js';
import { TextSpanType } from './values.js';
import { WeaponSystem, WeaponSystemConnection } from './weapon-system.js';

const EMPTY: readonly never[] = [];

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
        resolve: (actor, args, { dataset }) =>
          paginate(dataset.actorsByAffiliation.get(actor.slug) ?? EMPTY, args, (member) => member.slug),
      },
      ActorConnection,
    ),
    statements: t.connection(
      {
        type: Statement,
        description: 'What this actor said or claimed, in reading order.',
        resolve: (actor, args, { dataset }) =>
          paginate(dataset.statementsBySpeaker.get(actor.slug) ?? EMPTY, args, (statement) => statement.slug),
      },
      StatementConnection,
    ),
    reportedStatements: t.connection(
      {
        type: Statement,
        description: 'Statements of others that this actor relayed (for a medium: what it reported), in reading order.',
        resolve: (actor, args, { dataset }) =>
          paginate(dataset.statementsByReporter.get(actor.slug) ?? EMPTY, args, (statement) => statement.slug),
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
        resolve: (actor, args, { dataset }) =>
          paginate(dataset.eventsByActor.get(actor.slug) ?? EMPTY, args, (event) => event.slug),
      },
      EventConnection,
    ),
    weaponSystems: t.connection(
      {
        type: WeaponSystem,
        description: 'Weapon systems it operates, by name.',
        resolve: (actor, args, { dataset }) =>
          paginate(dataset.weaponSystemsByOperator.get(actor.slug) ?? EMPTY, args, (weapon) => weapon.slug),
      },
      WeaponSystemConnection,
    ),
    articles: t.connection(
      {
        type: Article,
        description: 'Articles that mention it, newest first.',
        resolve: (actor, args, { dataset }) =>
          paginate(dataset.articlesByActor.get(actor.slug) ?? EMPTY, args, (article) => article.slug),
      },
      ArticleConnection,
    ),
    mentions: t.field({
      type: [TextSpanType],
      description: 'Where the articles name or describe this actor.',
      resolve: (actor) => actor.mentions,
    }),
  }),
});

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
      description: 'All actors, by name.',
      resolve: (_root, args, { dataset }) => paginate(dataset.actors, args, (actor) => actor.slug),
    },
    ActorConnection,
  ),
}));
