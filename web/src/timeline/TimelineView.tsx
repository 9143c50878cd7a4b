/**
 * Timeline: events and dated statements on a time axis, filtered by actor, event type and date
 * window through the API's own `timeline` arguments; the filters live in the URL.
 */
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { ActorOptionsDocument, TimelineDocument } from '../gql/graphql';
import { readFilters, writeFilters, type TimelineFilters } from './filters';
import { FilterForm } from './FilterForm';
import { TimelineChart } from './TimelineChart';

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
      dateMatch: filters.within ? 'WITHIN' : 'OVERLAPS',
    },
    { skip: waitingForActor },
  );
  const change = (next: TimelineFilters) => setParams(writeFilters(next));
  const actorMissing = Boolean(filters.actor && options.data && !actor);

  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        Events and dated statements in time. A day is a point, a month or a year a band over every day it can mean, and a side the
        source leaves open fades out. Hover or focus an item for the words its date comes from; open it for its evidence.
      </p>
      <FilterForm filters={filters} actors={actors} typeCounts={timeline.data?.events.facets.types ?? []} onChange={change} />
      {options.error && <ErrorNotice error={options.error} what="the actors to filter by" />}
      {actorMissing ? (
        <NotFound what={`no actor has the slug “${filters.actor}”`} />
      ) : timeline.error ? (
        <ErrorNotice error={timeline.error} what="the timeline" />
      ) : timeline.data ? (
        <TimelineChart edges={timeline.data.timeline.edges} total={timeline.data.timeline.totalCount} window={filters} busy={timeline.loading} />
      ) : (
        !options.error && <Loading what="the timeline" />
      )}
    </>
  );
}
