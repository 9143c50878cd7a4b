/** The timeline: events and statements together, in chronological order. */
import type { Event as EventModel, Statement as StatementModel } from '../data/model.js';
import { timeline } from '../data/timeline.js';
import { builder } from '../builder.js';
import { paginate } from './connection.js';
import { EventTypeEnum } from './event.js';
import { AT_MOST_IDS, DateMatchEnum, slugsFrom, windowFrom } from './inputs.js';
import { Event, Statement } from './refs.js';
import { FuzzyDateType } from './values.js';

export const TimelineItem = builder.unionType('TimelineItem', {
  description: 'Something on the timeline: an event, or a statement with a known date.',
  types: [Event, Statement],
  // Every entity names its own type; graphql-jit cannot run the default resolver (it needs the union).
  resolveType: (item) => item.typename,
});

/** The date an item sits at on the timeline. */
const dateOf = (item: EventModel | StatementModel) => (item.typename === 'Event' ? item.date : item.saidOn);

export const TimelineConnection = builder.connectionObject(
  { type: TimelineItem, name: 'TimelineConnection', description: 'A page of the timeline, oldest first.' },
  {
    name: 'TimelineEdge',
    description: 'An item of the timeline with the date it sits at.',
    fields: (t) => ({
      date: t.field({
        type: FuzzyDateType,
        description: 'The event\'s date or the statement\'s `saidOn`; a coarse date (a whole year) sits at its first day.',
        resolve: (edge) => dateOf((edge as unknown as { node: EventModel | StatementModel }).node)!,
      }),
    }),
  },
);

builder.queryField('timeline', (t) =>
  t.connection(
    {
      type: TimelineItem,
      description:
        'Events and statements together in chronological order of their first known day (a date known only as "on or before X" sits at X); on the same day events come before statements. Undated items are left out.',
      args: {
        from: t.arg({ type: 'Date', description: 'Only items whose date overlaps the window from this day.' }),
        to: t.arg({ type: 'Date', description: 'Only items whose date overlaps the window up to this day.' }),
        dateMatch: t.arg({
          type: DateMatchEnum,
          defaultValue: 'OVERLAPS',
          description: 'How an item\'s date must match the window (default OVERLAPS).',
        }),
        actorIds: t.arg.idList({
          description: `Only events these actors took part in and statements they made (${AT_MOST_IDS}).`,
        }),
        types: t.arg({
          type: [EventTypeEnum],
          description: 'Only events of these types, and statements made at events of these types.',
        }),
      },
      resolve: (_root, args, { dataset }) =>
        paginate(
          timeline(dataset, {
            actorSlugs: slugsFrom('actorIds', args.actorIds, 'Actor'),
            types: args.types ?? undefined,
            window: windowFrom('', args.from, args.to, args.dateMatch),
          }),
          args,
          (item) => `${item.typename}:${item.slug}`,
        ),
    },
    TimelineConnection,
  ),
);
