/** Actors: people, states, armed forces, agencies, media and groups, and every field that returns one. */
import type { Event as EventModel } from '../data/model.js';
import { selectActors } from '../data/criteria.js';
import { kindMask, type ActorLink as ActorLinkModel, type ActorLinkKind } from '../data/links.js';
import { relationsOf, type Relation } from '../data/relations.js';
import { ACTOR_KINDS } from '../data/records.js';
import { builder } from '../builder.js';
import { ActorLinkKindEnum, ActorLinkType } from './actor-link.js';
import { paginate } from './connection.js';
import { EventParticipationType } from './event.js';
import { ActorFacetType } from './facets.js';
import { AT_MOST_IDS, slugsFrom, textFilter, textFrom } from './inputs.js';
import { listArgs, listField, listPage, orderInput } from './lists.js';
import { Actor, Article, Event, Statement, WeaponSystem, isTypeOf } from './refs.js';
import { entityRoots } from './roots.js';
import { TextSpanType } from './values.js';
import { entities, entity } from './loaders.js';

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

export const ActorFilter = builder.inputType('ActorFilter', {
  description: 'Criteria for actors. Fields combine with AND; the values inside one list combine with OR.',
  fields: (t) => ({
    kinds: t.field({ type: [ActorKindEnum], description: 'Actors of any of these kinds.' }),
    affiliationIds: t.idList({ description: `Actors affiliated with any of these actors (${AT_MOST_IDS}).` }),
    articleIds: t.idList({ description: `Actors mentioned in any of these articles (${AT_MOST_IDS}).` }),
    text: textFilter(t, 'the name, aliases or role'),
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
const actorListArgs = listArgs(ActorFilter, ActorOrder, 'actors', 'NAME ascending');

/** One page of actors: filtered, ordered and cut, optionally only among `within`. */
const actorPage = listPage(
  selectActors,
  (filter: Partial<typeof ActorFilter.$inferInput>) => ({
    kinds: filter.kinds ?? undefined,
    affiliationSlugs: slugsFrom('filter.affiliationIds', filter.affiliationIds, 'Actor'),
    articleSlugs: slugsFrom('filter.articleIds', filter.articleIds, 'Article'),
    text: textFrom(filter.text),
  }),
  { field: 'NAME', direction: 'ASC' },
);

const ActorConnection = builder.connectionObject(
  { type: Actor, name: 'ActorConnection', description: 'A page of actors.' },
  { name: 'ActorEdge', description: 'An actor in a page, with its cursor.' },
);

const ActorRelationConnection = builder.connectionObject(
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

/** Reshapes a page of relations into connection edges whose node is the related actor. */
function relationPage(page: ReturnType<typeof paginate<Relation>>) {
  return {
    ...page,
    edges: page.edges.map(({ cursor, node }) => ({ cursor, ...node, node: node.actor })),
  };
}

Actor.implement({
  description: 'Someone who says or does something in the sources: a person, a state, an armed force, an agency, a medium or a group.',
  isTypeOf: isTypeOf('Actor'),
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
      resolve: (actor, _args, context) => entity('Actor', actor.affiliationSlug, context),
    }),
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

/** Everything a list of actors needs. */
const actors = { type: Actor, connection: ActorConnection, args: actorListArgs, page: actorPage };

entityRoots('Actor', actors, { example: 'kim-jong-un', order: 'by name' });

listField(actors, Actor, 'members', 'Actors affiliated with this one (Russia → Sergey Lavrov, Vladimir Putin), by name.', (actor, d) => d.actorsByAffiliation.get(actor.slug));

builder.objectFields(Article, (t) => ({
  authors: t.field({
    type: [Actor],
    description: 'The media outlets or people in the byline, as actors.',
    resolve: (article, _args, context) => entities('Actor', article.authorSlugs, context),
  }),
}));

listField(actors, Article, 'actors', 'Actors the article mentions, by name.', (article, d) => d.actorsByArticle.get(article.slug));

builder.objectFields(Statement, (t) => ({
  speaker: t.field({
    type: Actor,
    description: 'Who said or claimed it.',
    resolve: (statement, _args, context) => entity('Actor', statement.speakerSlug, context),
  }),
  reportedBy: t.field({
    type: [Actor],
    description: 'Who relayed it to the article, nearest to the speaker first (KCNA, state media, …); empty when the article heard it directly.',
    resolve: (statement, _args, context) => entities('Actor', statement.reportedBySlugs, context),
  }),
}));

builder.objectFields(WeaponSystem, (t) => ({
  operators: t.field({
    type: [Actor],
    description: 'The actors that the sources say have or use it.',
    resolve: (weapon, _args, context) => entities('Actor', weapon.operatorSlugs, context),
  }),
}));

builder.objectFields(EventParticipationType, (t) => ({
  actor: t.field({ type: Actor, description: 'The actor who took part.', resolve: (p, _args, context) => entity('Actor', p.actorSlug, context) }),
}));

builder.objectFields(ActorFacetType, (t) => ({
  actor: t.field({ type: Actor, description: 'The actor.', resolve: (c) => c.key }),
}));
