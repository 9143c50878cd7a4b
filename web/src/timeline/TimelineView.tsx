/**
 * Timeline: events and dated statements on a time axis, filtered by actor, event type and date
 * window through the API's own `timeline` arguments; the filters live in the URL.
 */
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { entityPath } from '../common/links';
import { useMediaQuery, WIDE } from '../common/useMediaQuery';
import { ActorOptionsDocument, TimelineDocument, type TimelineQuery } from '../gql/graphql';
import { readFilters, writeFilters, type TimelineFilters } from './filters';
import { FilterForm } from './FilterForm';
import { TimelineChart, type Undated } from './TimelineChart';

const ALL_TIME = { from: '0001-01-01', to: '9999-12-31' };

/** Items per actor slug in the window: the events it took part in and the statements it made. */
function itemsPerActor(data: TimelineQuery | undefined): Map<string, number> | undefined {
  if (!data) return undefined;
  const counts = new Map<string, number>();
  for (const { actor, count } of [...data.eventsPerActor.facets.actors, ...data.statementsPerSpeaker.facets.actors]) {
    counts.set(actor.slug, (counts.get(actor.slug) ?? 0) + count);
  }
  return counts;
}

/** A sentence for each date of the URL that is not a day of the calendar (the API refuses those). */
function badDates({ from, to }: TimelineFilters): string[] {
  const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  return [
    ['From', from],
    ['To', to],
  ].flatMap(([field, value]) => (value && !isDay(value) ? [`“${value}” (${field}) is not a day of the calendar.`] : []));
}

/**
 * What matches the actor and types but has no date, so the timeline leaves it out. With a date
 * window set nothing undated matches, so there is nothing to report.
 */
function undatedOf(data: TimelineQuery, filters: TimelineFilters): Undated[] {
  if (filters.from || filters.to) return [];
  const events = data.undatedEvents.edges
    .filter(({ node }) => node.date.precision === 'UNKNOWN')
    .map(({ node }) => ({ to: entityPath('Event', node.slug), title: node.title }));
  const statements = data.undatedStatements.edges
    .filter(({ node }) => !node.saidOn && (filters.types.length === 0 || (node.occasion && filters.types.includes(node.occasion.type))))
    .map(({ node }) => ({ to: entityPath('Statement', node.slug), title: `${node.speaker.name}: “${node.text}”` }));
  return [...events, ...statements];
}

export default function TimelineView() {
  useDocumentTitle('Timeline');
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const options = useQuery(ActorOptionsDocument, {});
  const actors = options.data?.actors.edges.map((edge) => edge.node) ?? [];
  const actor = filters.actor ? actors.find((candidate) => candidate.slug === filters.actor) : undefined;
  // The URL names the actor by slug; the API filters by global id, known once the options load.
  const waitingForActor = Boolean(filters.actor) && !actor;
  const timeline = useQuery(
    TimelineDocument,
    {
      actorIds: actor ? [actor.id] : null,
      types: filters.types.length ? filters.types : null,
      from: filters.from ?? null,
      to: filters.to ?? null,
      // The per-actor counts need a window to leave undated items out: the window, or all time.
      anyFrom: filters.from ?? ALL_TIME.from,
      anyTo: filters.to ?? ALL_TIME.to,
      dateMatch: filters.within ? 'WITHIN' : 'OVERLAPS',
    },
    { skip: waitingForActor },
  );
  const change = (next: TimelineFilters) => setParams(writeFilters(next));
  const wide = useMediaQuery(WIDE);
  const active = [filters.actor, filters.from, filters.to, filters.within || undefined].filter(Boolean).length + filters.types.length;
  const actorMissing = Boolean(filters.actor && options.data && !actor);

  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        Events and dated statements in time. A day is a point, a month or a year a band over every day it can mean, and a side the
        source leaves open fades out. Hover or focus an item for the words its date comes from; open it for its evidence.
      </p>
      <div className="with-filters">
        {/* Folded on a phone (open when something is wrong), so the chart is on the first screen. */}
        <details className="filter-fold" open={wide || Boolean(timeline.error) || actorMissing} key={String(wide)}>
          <summary>Filters{active > 0 && ` (${active} set)`}</summary>
          <FilterForm
            filters={filters}
            actors={actors}
            actorCounts={itemsPerActor(timeline.data)}
            typeCounts={timeline.data?.events.facets.types ?? []}
            onChange={change}
          />
        </details>
        <div className="filtered">
          {options.error && <ErrorNotice error={options.error} what="the actors to filter by" />}
          {actorMissing ? (
            <NotFound what={`no actor has the slug “${filters.actor}”`} />
          ) : timeline.error ? (
            <ErrorNotice error={timeline.error} what="the timeline">
              {badDates(filters).map((message) => (
                <p key={message}>{message}</p>
              ))}
              <p>
                The filters are still yours to change; or <Link to="?">clear them all</Link>.
              </p>
            </ErrorNotice>
          ) : timeline.data ? (
            <TimelineChart
              edges={timeline.data.timeline.edges}
              total={timeline.data.timeline.totalCount}
              undated={undatedOf(timeline.data, filters)}
              window={filters}
              busy={timeline.loading}
            />
          ) : (
            !options.error && <Loading what="the timeline" />
          )}
        </div>
      </div>
    </>
  );
}
