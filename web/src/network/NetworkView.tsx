/**
 * Actor network: who shares events with whom (`Actor.relations`). Selecting an actor, in the
 * graph or in the list that keyboards use, shows what it said and did, in the URL (`?actor=`).
 */
import { useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { humanize } from '../common/labels';
import { ErrorNotice, Loading } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useMediaQuery, WIDE } from '../common/useMediaQuery';
import { NetworkDocument, type ActorKind, type NetworkQuery } from '../gql/graphql';
import { ActorPanel } from './ActorPanel';
import { KIND_STYLES } from './kinds';
import { NetworkGraph, type GraphLink } from './NetworkGraph';

/** Each pair of related actors once, both ends among the actors drawn. */
function linksOf(data: NetworkQuery): GraphLink[] {
  const drawn = new Set(data.actors.edges.map((edge) => edge.node.slug));
  return data.actors.edges.flatMap(({ node }) =>
    node.relations.edges
      .filter((relation) => node.slug < relation.node.slug && drawn.has(relation.node.slug))
      .map((relation) => ({ source: node.slug, target: relation.node.slug, weight: relation.weight })),
  );
}

export default function NetworkView() {
  useDocumentTitle('Actor network');
  const [params, setParams] = useSearchParams();
  const selected = params.get('actor') ?? undefined;
  const { data, error } = useQuery(NetworkDocument, {});
  const actors = useMemo(() => data?.actors.edges.map((edge) => edge.node) ?? [], [data]);
  const links = useMemo(() => (data ? linksOf(data) : []), [data]);
  // Actors who share no event are left out of the drawing (they would only crowd it) but not the list.
  const linked = useMemo(() => actors.filter((actor) => links.some((link) => link.source === actor.slug || link.target === actor.slug)), [actors, links]);
  const byName = [...actors].sort((a, b) => a.name.localeCompare(b.name));
  const panel = useRef<HTMLElement>(null);
  const wide = useMediaQuery(WIDE);
  // On a phone the panel is below the graph and the list: bring the chosen actor's details into view.
  const select = (slug: string) => {
    setParams({ actor: slug });
    if (!wide) requestAnimationFrame(() => panel.current?.scrollIntoView({ block: 'start' }));
  };

  return (
    <>
      <h1>Actor network</h1>
      <p className="lede">
        Actors linked by the events they took part in together; the thicker the line, the more events they share. Select an actor for its
        connections, statements and events.
      </p>
      {error ? (
        <ErrorNotice error={error} what="the actor network" />
      ) : !data ? (
        <Loading what="the actor network" />
      ) : (
        <div className="network">
          <div>
            <figure className="graph-figure">
              <NetworkGraph
                actors={linked}
                links={links}
                selected={selected}
                onSelect={select}
                label={`Network of ${linked.length} actors and ${links.length} links; the list of actors below selects them too.`}
              />
              <figcaption>
                {actors.length < data.actors.totalCount ? `The ${actors.length} actors with the most events, of ${data.actors.totalCount}` : `All ${actors.length} actors`}
                {linked.length < actors.length && `; the ${actors.length - linked.length} that share no event with another are in the list only`}. Drag to pan, scroll
                to zoom.
              </figcaption>
            </figure>
            <KindLegend kinds={[...new Set(linked.map((actor) => actor.kind))]} />
            <nav aria-labelledby="actor-list-heading" className="actor-list">
              <h2 id="actor-list-heading">Actors</h2>
              <ul>
                {byName.map((actor) => (
                  <li key={actor.slug}>
                    <Link
                      to={`?actor=${actor.slug}`}
                      aria-current={actor.slug === selected ? 'true' : undefined}
                      onClick={(event) => {
                        event.preventDefault();
                        select(actor.slug);
                      }}
                    >
                      {actor.name}
                    </Link>{' '}
                    <span className="muted">{humanize(actor.kind)}</span>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <aside className="panel" aria-label="Selected actor" ref={panel}>
            {selected ? <ActorPanel slug={selected} /> : <p className="hint">Select an actor in the graph or in the list of actors.</p>}
          </aside>
        </div>
      )}
    </>
  );
}

/** The kinds drawn, each with its colour and shape. */
function KindLegend({ kinds }: { kinds: ActorKind[] }) {
  return (
    <ul className="legend" aria-label="Kinds of actor">
      {kinds.map((kind) => (
        <li key={kind}>
          <span className={`swatch shape-${KIND_STYLES[kind].shape}`} style={{ background: KIND_STYLES[kind].color }} aria-hidden="true" />
          {humanize(kind)}
        </li>
      ))}
    </ul>
  );
}
