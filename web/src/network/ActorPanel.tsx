/** One actor: whom it shares events with and which, what it said or relayed, where it took part. */
import { Link } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { EntityLink } from '../common/EntityLink';
import { humanize } from '../common/labels';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { ActorPanelDocument, type ActorFactsFragment } from '../gql/graphql';
import { LINK_KINDS } from './linkKinds';

/** The network's side panel: the actor's facts, and a link to its own page. */
export function ActorPanel({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(ActorPanelDocument, { slug });
  if (error) return <ErrorNotice error={error} what="the actor" />;
  if (loading || !data) return <Loading what="the actor" />;
  const actor = data.actor;
  if (!actor) return <NotFound what={`no actor has the slug “${slug}”`} />;
  return (
    <article>
      <h2>{actor.name}</h2>
      <p>
        <EntityLink type="Actor" slug={actor.slug}>
          Open the page of {actor.name}
        </EntityLink>
      </p>
      <ActorFacts actor={actor} select={(other) => `?actor=${other}`} />
    </article>
  );
}

interface FactsProps {
  actor: ActorFactsFragment;
  /** Where another actor's name leads: its page, or selecting it in the network. */
  select?: (slug: string) => string;
  headingLevel?: 'h2' | 'h3';
}

/** What an actor is, whom it is connected to, what it said or relayed and where it took part. */
export function ActorFacts({ actor, select, headingLevel = 'h3' }: FactsProps) {
  const Heading = headingLevel;
  const { relations, statements, reportedStatements, participations } = actor;
  const members = actor.members.edges.map((edge) => edge.node);
  const ActorName = ({ slug, name }: { slug: string; name: string }) =>
    select ? (
      <Link to={select(slug)}>{name}</Link>
    ) : (
      <EntityLink type="Actor" slug={slug}>
        {name}
      </EntityLink>
    );

  return (
    <>
      <p className="muted">
        {humanize(actor.kind)}
        {actor.role && ` · ${actor.role}`}
        {actor.affiliation && (
          <>
            {' · of '}
            <ActorName slug={actor.affiliation.slug} name={actor.affiliation.name} />
          </>
        )}
      </p>
      {actor.description && <p>{actor.description}</p>}
      {members.length > 0 && (
        <>
          <Heading>Members ({members.length})</Heading>
          <ul className="facts">
            {members.map((member) => (
              <li key={member.slug}>
                <ActorName slug={member.slug} name={member.name} />
              </li>
            ))}
          </ul>
        </>
      )}

      <Heading>Connected to ({relations.totalCount})</Heading>
      {relations.edges.length === 0 ? (
        <p className="muted">Linked to no other actor.</p>
      ) : (
        <ul className="relations">
          {relations.edges.map((relation) => (
            <li key={relation.node.slug}>
              <ActorName slug={relation.node.slug} name={relation.node.name} />{' '}
              <span className="muted">
                — {relation.kinds.map((kind) => LINK_KINDS[kind].label.toLowerCase()).join(', ')} · {relation.weight}{' '}
                {relation.weight === 1 ? 'piece' : 'pieces'} of evidence
              </span>
              <ul>
                {relation.events.map((event) => (
                  <li key={event.slug}>
                    <EntityLink type="Event" slug={event.slug}>
                      {event.title}
                    </EntityLink>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <Truncated shown={relations.edges.length} total={relations.totalCount} />

      <Heading>Said ({statements.totalCount})</Heading>
      {statements.edges.length === 0 ? (
        <p className="muted">No statement of its own.</p>
      ) : (
        <ul className="facts">
          {statements.edges.map(({ node }) => (
            <li key={node.slug}>
              <EntityLink type="Statement" slug={node.slug}>
                “{node.text}”
              </EntityLink>{' '}
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
          <Heading>Relayed ({reportedStatements.totalCount})</Heading>
          <ul className="facts">
            {reportedStatements.edges.map(({ node }) => (
              <li key={node.slug}>
                <EntityLink type="Statement" slug={node.slug}>
                  {node.speaker.name}: “{node.text}”
                </EntityLink>
              </li>
            ))}
          </ul>
          <Truncated shown={reportedStatements.edges.length} total={reportedStatements.totalCount} />
        </>
      )}

      <Heading>Took part in ({participations.length})</Heading>
      {participations.length === 0 ? (
        <p className="muted">No event.</p>
      ) : (
        <ul className="facts">
          {participations.map(({ role, event }) => (
            <li key={`${event.slug}-${role}`}>
              <EntityLink type="Event" slug={event.slug}>
                {event.title}
              </EntityLink>{' '}
              <span className="muted">
                {humanize(role)} · {event.date.text ?? event.date.edtf}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Says when a list shows only its first page. */
function Truncated({ shown, total }: { shown: number; total: number }) {
  return shown < total ? <p className="muted">The first {shown} of {total}.</p> : null;
}
