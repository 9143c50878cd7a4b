/** One actor: whom it shares events with and which, what it said or relayed, where it took part. */
import { Link } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { humanize } from '../common/labels';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { ActorPanelDocument } from '../gql/graphql';

export function ActorPanel({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(ActorPanelDocument, { slug });
  if (error) return <ErrorNotice error={error} what="the actor" />;
  if (loading || !data) return <Loading what="the actor" />;
  const actor = data.actor;
  if (!actor) return <NotFound what={`no actor has the slug “${slug}”`} />;
  const { relations, statements, reportedStatements, participations } = actor;

  return (
    <article>
      <h2>{actor.name}</h2>
      <p className="muted">
        {humanize(actor.kind)}
        {actor.role && ` · ${actor.role}`}
        {actor.affiliation && (
          <>
            {' · of '}
            <Link to={`?actor=${actor.affiliation.slug}`}>{actor.affiliation.name}</Link>
          </>
        )}
      </p>
      {actor.description && <p>{actor.description}</p>}

      <h3>Connected to ({relations.totalCount})</h3>
      {relations.edges.length === 0 ? (
        <p className="muted">Shares no event with another actor.</p>
      ) : (
        <ul className="relations">
          {relations.edges.map((relation) => (
            <li key={relation.node.slug}>
              <Link to={`?actor=${relation.node.slug}`}>{relation.node.name}</Link>{' '}
              <span className="muted">
                — {relation.weight} shared {relation.weight === 1 ? 'event' : 'events'}
              </span>
              <ul>
                {relation.events.map((event) => (
                  <li key={event.slug}>
                    <Link to={`/evidence/event/${event.slug}`}>{event.title}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <Truncated shown={relations.edges.length} total={relations.totalCount} />

      <h3>Said ({statements.totalCount})</h3>
      {statements.edges.length === 0 ? (
        <p className="muted">No statement of its own.</p>
      ) : (
        <ul className="facts">
          {statements.edges.map(({ node }) => (
            <li key={node.slug}>
              <Link to={`/evidence/statement/${node.slug}`}>“{node.text}”</Link>{' '}
              <span className="muted">
                {humanize(node.kind)}
                {node.saidOn && ` · ${node.saidOn.text ?? node.saidOn.edtf}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Truncated shown={statements.edges.length} total={statements.totalCount} />

      {reportedStatements.totalCount > 0 && (
        <>
          <h3>Relayed ({reportedStatements.totalCount})</h3>
          <ul className="facts">
            {reportedStatements.edges.map(({ node }) => (
              <li key={node.slug}>
                <Link to={`/evidence/statement/${node.slug}`}>
                  {node.speaker.name}: “{node.text}”
                </Link>
              </li>
            ))}
          </ul>
          <Truncated shown={reportedStatements.edges.length} total={reportedStatements.totalCount} />
        </>
      )}

      <h3>Took part in ({participations.length})</h3>
      {participations.length === 0 ? (
        <p className="muted">No event.</p>
      ) : (
        <ul className="facts">
          {participations.map(({ role, event }) => (
            <li key={`${event.slug}-${role}`}>
              <Link to={`/evidence/event/${event.slug}`}>{event.title}</Link>{' '}
              <span className="muted">
                {humanize(role)} · {event.date.text ?? event.date.edtf}
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** Says when a list shows only its first page. */
function Truncated({ shown, total }: { shown: number; total: number }) {
  return shown < total ? <p className="muted">The first {shown} of {total}.</p> : null;
}
