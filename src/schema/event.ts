/** Events: exercises, tests, deployments, battles, meetings, agreements and broadcasts, and every field that returns one. */
import type { Participation } from '../data/model.js';
import { selectEvents } from '../data/criteria.js';
import { eventFacets } from '../data/facets.js';
import { EMPTY } from '../data/select.js';
import { EVENT_TYPES, PARTICIPANT_ROLES } from '../data/records.js';
import { builder } from '../builder.js';
import { MAX_LIST_ARGUMENT_LENGTH } from '../security/limits.js';
import { facetedConnection } from './facets.js';
import { DateMatchEnum, slugsFrom, textFilter, textFrom, windowFrom } from './inputs.js';
import { listArgs, listField, listPage, orderInput } from './lists.js';
import { Actor, Article, Event, Place, Statement, WeaponSystem, isTypeOf } from './refs.js';
import { entityRoots } from './roots.js';
import { DatePrecisionEnum, FuzzyDateType, QuantityType, TextSpanType } from './values.js';
import { entities, entity } from './loaders.js';

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'What kind of event it is.',
  values: {
    MILITARY_EXERCISE: { description: 'A drill, exercise or firing contest.' },
    WEAPONS_TEST: { description: 'A test firing or test of a weapon system.' },
    TROOP_DEPLOYMENT: { description: 'Troops sent to or stationed in a place.' },
    ARMS_TRANSFER: { description: 'Weapons or ammunition sent from one actor to another.' },
    ARMED_CONFLICT: { description: 'A war, battle or fighting, including its casualties.' },
    TERRITORIAL_CHANGE: { description: 'Territory entered, held, taken or lost.' },
    DIPLOMATIC_MEETING: { description: 'Talks between officials of different states.' },
    AGREEMENT: { description: 'A deal, treaty or pact signed.' },
    STATE_VISIT: { description: 'A visit by a head of state or government to another state.' },
    INSPECTION: { description: 'A leader\'s tour or inspection of a site.' },
    BROADCAST: { description: 'A broadcast or publication by a medium.' },
  } satisfies Record<(typeof EVENT_TYPES)[number], { description: string }>,
});

export const ParticipantRoleEnum = builder.enumType('ParticipantRole', {
  description: 'The part an actor played in an event.',
  values: {
    ORGANIZER: { description: 'Staged, ordered or conducted it (a drill, a test).' },
    OBSERVER: { description: 'Watched it.' },
    PARTICIPANT: { description: 'Took part in it, for example the units that fired.' },
    SENDER: { description: 'Sent troops or weapons.' },
    RECIPIENT: { description: 'Received troops or weapons.' },
    DEPLOYED_FORCE: { description: 'The force that was deployed.' },
    HOST: { description: 'Received a visit.' },
    VISITOR: { description: 'Made a visit.' },
    SIGNATORY: { description: 'Signed an agreement.' },
    COMBATANT: { description: 'Fought in it.' },
    SUPPORTER: { description: 'Supported one side of it without being said to fight in it.' },
    NEGOTIATOR: { description: 'Took part in talks.' },
    INSPECTOR: { description: 'Toured or inspected a site.' },
    BROADCASTER: { description: 'Broadcast or published it.' },
  } satisfies Record<(typeof PARTICIPANT_ROLES)[number], { description: string }>,
});

export const EventParticipationType = builder.objectRef<Participation>('EventParticipation').implement({
  description: 'An actor\'s part in an event.',
  fields: (t) => ({
    event: t.field({ type: Event, description: 'The event it took part in.', resolve: (p, _args, context) => entity('Event', p.eventSlug, context) }),
    role: t.expose('role', { type: ParticipantRoleEnum, description: 'The part it played; one role per participation.' }),
  }),
});

Event.implement({
  description: 'Something that happened, when and where, who took part, with which weapons, how many, and according to whom.',
  isTypeOf: isTypeOf('Event'),
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable, human-readable key of this event.' }),
    title: t.exposeString('title', { description: 'A one-line headline for the event.' }),
    summary: t.exposeString('summary', { description: 'What happened, in a few sentences drawn from the source.' }),
    type: t.expose('type', { type: EventTypeEnum, description: 'What kind of event it is.' }),
    date: t.field({ type: FuzzyDateType, description: 'When it happened, as precisely as the source tells.', resolve: (e) => e.date }),
    participants: t.field({
      type: [EventParticipationType],
      description: 'Who took part, each with one role.',
      resolve: (event) => event.participants,
    }),
    quantities: t.field({
      type: [QuantityType],
      description: 'The numbers the source gives: troops sent, killed, wounded, shells fired, …',
      resolve: (event) => event.quantities,
    }),
    partOf: t.field({
      type: Event,
      nullable: true,
      description: 'The larger event it belongs to (a battle within a war, a signing during a visit).',
      resolve: (event, _args, context) => entity('Event', event.partOfSlug, context),
    }),
    parts: t.field({
      type: [Event],
      description: 'The events that are part of this one, in chronological order.',
      resolve: (event, _args, { dataset }) => dataset.subEvents.get(event.slug) ?? EMPTY,
    }),
    related: t.field({
      type: [Event],
      description: 'Closely related events that are not part of it (a drill and its broadcast).',
      resolve: (event, _args, context) => entities('Event', event.relatedSlugs, context),
    }),
    evidence: t.field({
      type: [TextSpanType],
      description: 'The exact words of the articles that report it; at least one span.',
      resolve: (event) => event.evidence,
    }),
  }),
});

export const EventFilter = builder.inputType('EventFilter', {
  description:
    `Criteria for events. Fields combine with AND; the values inside one list combine with OR. Id lists take at most ${MAX_LIST_ARGUMENT_LENGTH} global ids.`,
  fields: (t) => ({
    actorIds: t.idList({ description: 'Events in which any of these actors took part (in any role, or in `roles` when given).' }),
    weaponSystemIds: t.idList({ description: 'Events involving any of these weapon systems.' }),
    placeIds: t.idList({ description: 'Events located at any of these places; a country also matches the places inside it.' }),
    articleIds: t.idList({ description: 'Events reported by any of these articles.' }),
    reportedByIds: t.idList({
      description: 'Events one of whose `claims` (the statements asserting them) was relayed by any of these actors (KCNA, state media, …).',
    }),
    types: t.field({ type: [EventTypeEnum], description: 'Events of any of these types.' }),
    roles: t.field({
      type: [ParticipantRoleEnum],
      description: 'Events with a participant in any of these roles (the participant must also be one of `actorIds` when given).',
    }),
    text: textFilter(t, 'the title or summary'),
    from: t.field({ type: 'Date', description: 'Start of the date window (inclusive).' }),
    to: t.field({ type: 'Date', description: 'End of the date window (inclusive).' }),
    dateMatch: t.field({
      type: DateMatchEnum,
      defaultValue: 'OVERLAPS',
      description: 'How the event\'s fuzzy date must match the window (default OVERLAPS).',
    }),
    precisions: t.field({ type: [DatePrecisionEnum], description: 'Events whose date is known to any of these precisions (`date.precision`).' }),
  }),
});

const EventOrder = orderInput(
  'Event',
  'events',
  {
    DATE: 'The first day the date can mean (or its last, when only that is known); dates with no known bound first.',
    TITLE: 'The title, alphabetically.',
  },
  'Ties are broken by date, then slug, so paging is stable.',
);

/** The `filter` and `orderBy` arguments of every event connection. */
export const eventListArgs = listArgs(EventFilter, EventOrder, 'events', 'DATE ascending, ties by slug');

/** One page of events: filtered, ordered and cut, optionally only among `within`. */
export const eventPage = listPage(
  selectEvents,
  (filter: Partial<typeof EventFilter.$inferInput>) => ({
    actorSlugs: slugsFrom('filter.actorIds', filter.actorIds, 'Actor'),
    weaponSystemSlugs: slugsFrom('filter.weaponSystemIds', filter.weaponSystemIds, 'WeaponSystem'),
    placeSlugs: slugsFrom('filter.placeIds', filter.placeIds, 'Place'),
    articleSlugs: slugsFrom('filter.articleIds', filter.articleIds, 'Article'),
    reportedBySlugs: slugsFrom('filter.reportedByIds', filter.reportedByIds, 'Actor'),
    types: filter.types ?? undefined,
    roles: filter.roles ?? undefined,
    precisions: filter.precisions ?? undefined,
    text: textFrom(filter.text),
    window: windowFrom('filter.', filter.from, filter.to, filter.dateMatch),
  }),
  { field: 'DATE', direction: 'ASC' },
);

const EventConnection = facetedConnection('Event', Event, {
  kinds: { type: EventTypeEnum, name: 'EventType', field: 'types', noun: 'type' },
  dated: '',
  actors: 'actor',
  actor: 'participating actor',
  weaponSystem: 'involved',
}, eventFacets);

/** Everything a list of events needs. */
const events = { type: Event, connection: EventConnection, args: eventListArgs, page: eventPage };

entityRoots('Event', events, { example: 'artillery-firing-contest', order: 'in chronological order' });

builder.objectFields(Actor, (t) => ({
  participations: t.field({
    type: [EventParticipationType],
    description: 'The events it took part in, each with its role, in chronological order.',
    resolve: (actor, _args, { dataset }) => dataset.participationsByActor.get(actor.slug) ?? EMPTY,
  }),
}));

listField(events, Actor, 'events', 'The events it took part in, in any role, in chronological order.', (actor, d) => d.eventsByActor.get(actor.slug));

listField(events, Article, 'events', 'Events the article reports, in chronological order.', (article, d) => d.eventsByArticle.get(article.slug));

listField(events, WeaponSystem, 'events', 'Events in which it was used, tested, sent or shown, in chronological order.', (weapon, d) => d.eventsByWeaponSystem.get(weapon.slug));

listField(events, Place, 'events', 'Events located here (not counting places inside it), in chronological order.', (place, d) => d.eventsByPlace.get(place.slug));

builder.objectFields(Statement, (t) => ({
  occasion: t.field({
    type: Event,
    nullable: true,
    description: 'The event at which it was said, if any.',
    resolve: (statement, _args, context) => entity('Event', statement.occasionSlug, context),
  }),
  asserts: t.field({
    type: [Event],
    description: 'Events whose occurrence this statement asserts (the event lists it among its `claims`).',
    resolve: (statement, _args, context) => entities('Event', statement.assertsSlugs, context),
  }),
}));
