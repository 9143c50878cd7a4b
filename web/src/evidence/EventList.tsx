import { EntityLink } from '../common/EntityLink';

/** A list of linked events under a heading of the details, when there is any. */
export function EventList({ term, events }: { term: string; events: { slug: string; title: string }[] }) {
  if (events.length === 0) return null;
  return (
    <>
      <dt>{term}</dt>
      {events.map((event) => (
        <dd key={event.slug}>
          <EntityLink type="Event" slug={event.slug}>
            {event.title}
          </EntityLink>
        </dd>
      ))}
    </>
  );
}
