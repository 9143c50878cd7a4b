/**
 * Actor network: every actor and its typed links (`Actor.relations` and their `links`), filtered
 * by kind (`?kind=`, the API's `kinds` argument). Selecting an actor, in the graph or in the list
 * that keyboards use, shows what it said and did, in the URL (`?actor=`).
 */
import { useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { humanize } from '../common/labels';
import { ErrorNotice, Loading } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useMediaQuery, WIDE } from '../common/useMediaQuery';
import { NetworkDocument, type ActorKind, type ActorLinkKind, type NetworkQuery } from '../gql/graphql';
import { ActorPanel } from './ActorPanel';
import { KIND_STYLES } from './kinds';
import { LINK_KIND_ORDER, LINK_KINDS } from './linkKinds';
import { NetworkGraph, type GraphLink } from './NetworkGraph';

/** Each link once (both its ends list it), counted per direction and kind, both ends among the actors drawn. */
function linksOf(data: NetworkQuery): GraphLink[] {
  const drawn = new Set(data.actors.edges.map((edge) => edge.node.slug));
  const counted = new Map<string, GraphLink>();
  for (const { node } of data.actors.edges) {
    for (const relation of node.relations.edges) {
      // Each side of a relation lists the same links: count them from the side that sorts first.
      if (node.slug > relation.node.slug || !drawn.has(relation.node.slug)) continue;
      for (const link of relation.links) {
        const key = `${link.from.slug}--${link.to.slug}--${link.kind}`;
        const seen = counted.get(key);
        if (seen) seen.weight += 1;
        else counted.set(key, { source: link.from.slug, target: link.to.slug, kind: link.kind, weight: 1 });
      }
    }
  }
  return [...counted.values()];
}

export default function NetworkView() {
  useDocumentTitle('Actor network');
  const [params, setParams] = useSearchParams();
  const selected = params.get('actor') ?? undefined;
  const kinds = params.getAll('kind').filter((kind): kind is ActorLinkKind => kind in LINK_KINDS);
  const { data, error } = useQuery(NetworkDocument, { kinds: kinds.length ? kinds : null });
  const actors = useMemo(() => data?.actors.edges.map((edge) => edge.node) ?? [], [data]);
  const links = useMemo(() => (data ? linksOf(data) : []), [data]);
  const linked = useMemo(() => actors.filter((actor) => links.some((link) => link.source === actor.slug || link.target === actor.slug)), [actors, links]);
  const byName = [...actors].sort((a, b) => a.name.localeCompare(b.name));
  const panel = useRef<HTMLElement>(null);
  const wide = useMediaQuery(WIDE);
  // On a phone the panel is below the graph and the list: bring the chosen actor's details into view.
  const withParams = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    setParams(next);
  };
  const select = (slug: string) => {
    withParams((next) => next.set('actor', slug));
    if (!wide) requestAnimationFrame(() => panel.current?.scrollIntoView({ block: 'start' }));
  };

  return (
    <>
      <h1>Actor network</h1>
      <p className="lede">
        Every actor and how they are linked: membership, transfers, visits, agreements, meetings, fighting, what one said about another and who
        relayed whom. Each line is one kind of link, as thick as the links of that kind. Select an actor for its connections, statements and
        events.
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
                actors={actors}
                links={links}
                selected={selected}
                onSelect={select}
                label={`Network of ${actors.length} actors, ${linked.length} of them linked, and ${links.length} lines; the list of actors below selects them too.`}
              />
              <figcaption>
                {actors.length < data.actors.totalCount ? `The ${actors.length} actors with the most events, of ${data.actors.totalCount}` : `All ${actors.length} actors`}
                {linked.length < actors.length && `; ${actors.length - linked.length} with no link${kinds.length ? ' of the kinds chosen' : ''} stand apart`}. Drag to pan,
                scroll to zoom.
              </figcaption>
            </figure>
            <KindLegend kinds={[...new Set(actors.map((actor) => actor.kind))]} />
            <LinkKindFilter
              chosen={kinds}
              onChange={(next) =>
                withParams((params) => {
                  params.delete('kind');
                  for (const kind of next) params.append('kind', kind);
                })
              }
            />
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

/** The legend of link kinds, each a checkbox: none checked draws every kind. */
function LinkKindFilter({ chosen, onChange }: { chosen: ActorLinkKind[]; onChange: (kinds: ActorLinkKind[]) => void }) {
  return (
    <fieldset className="link-kinds">
      <legend>Kinds of link (none ticked: all)</legend>
      {LINK_KIND_ORDER.map((kind) => {
        const { label, color, line, directed } = LINK_KINDS[kind];
        return (
          <div className="check" key={kind}>
            <input
              id={`link-${kind}`}
              type="checkbox"
              checked={chosen.includes(kind)}
              onChange={(event) => onChange(event.target.checked ? [...chosen, kind] : chosen.filter((other) => other !== kind))}
            />
            <label htmlFor={`link-${kind}`}>
              <span className="line-swatch" style={{ borderTopColor: color, borderTopStyle: line }} aria-hidden="true" />
              {label}
              {directed ? ' →' : ''} <span className="muted">({humanize(kind)})</span>
            </label>
          </div>
        );
      })}
    </fieldset>
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
