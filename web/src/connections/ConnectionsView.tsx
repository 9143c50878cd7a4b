/**
 * Connections: pick two actors and see every path of typed links between them (`Query.connections`),
 * shortest and best evidenced first; each link with its kind, what it rests on and its words, one
 * click from the article with those words highlighted. The choice lives in the URL.
 */
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { EntityLink } from '../common/EntityLink';
import { humanize } from '../common/labels';
import { spanPath } from '../common/links';
import { SlugSelect } from '../common/SlugSelect';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { ActorOptionsDocument, ConnectionsDocument, type ConnectionsQuery } from '../gql/graphql';
import { LINK_KINDS } from '../network/linkKinds';

type Path = ConnectionsQuery['connections']['edges'][number]['node'];
type ActorLink = Path['links'][number];

const HOPS = [1, 2, 3, 4];

export default function ConnectionsView() {
  useDocumentTitle('Connections');
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const hops = Number(params.get('hops') ?? 3);
  const options = useQuery(ActorOptionsDocument, {});
  const actors = options.data?.actors.edges.map((edge) => edge.node) ?? [];
  const byName = [...actors].sort((a, b) => a.name.localeCompare(b.name));
  const fromActor = actors.find((actor) => actor.slug === from);
  const toActor = actors.find((actor) => actor.slug === to);
  const ready = Boolean(fromActor && toActor && fromActor !== toActor);
  const result = useQuery(
    ConnectionsDocument,
    { from: fromActor?.id ?? '', to: toActor?.id ?? '', maxHops: HOPS.includes(hops) ? hops : 3, kinds: null },
    { skip: !ready },
  );

  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const unknown = [from, to].filter((slug) => slug && options.data && !actors.some((actor) => actor.slug === slug));

  return (
    <>
      <h1>Connections</h1>
      <p className="lede">
        How are two actors connected? Every chain of links between them, shortest first, each link with its kind and the article's words
        that say so.
      </p>
      <form className="filters" aria-label="Actors to connect" onSubmit={(event) => event.preventDefault()}>
        <SlugSelect id="connect-from" label="From" value={from} options={byName} none="Choose an actor" onChange={(value) => set('from', value ?? '')} />
        <SlugSelect id="connect-to" label="To" value={to} options={byName} none="Choose an actor" onChange={(value) => set('to', value ?? '')} />
        <div className="field">
          <label htmlFor="connect-hops">At most</label>
          <select id="connect-hops" value={String(hops)} onChange={(event) => set('hops', event.target.value)}>
            {HOPS.map((count) => (
              <option key={count} value={count}>
                {count} {count === 1 ? 'link' : 'links'}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="secondary"
          disabled={!from && !to}
          onClick={() => {
            const next = new URLSearchParams(params);
            next.set('from', to);
            next.set('to', from);
            setParams(next);
          }}
        >
          Swap
        </button>
      </form>
      {options.error ? (
        <ErrorNotice error={options.error} what="the actors" />
      ) : unknown.length > 0 ? (
        <NotFound what={`no actor has the slug “${unknown[0]}”`} />
      ) : !ready ? (
        <p className="hint">{from && from === to ? 'Choose two different actors.' : 'Choose two actors to see how they are connected.'}</p>
      ) : result.error ? (
        <ErrorNotice error={result.error} what="the connections" />
      ) : result.loading || !result.data ? (
        <Loading what="the connections" />
      ) : (
        <Paths data={result.data} from={fromActor!.name} to={toActor!.name} hops={hops} />
      )}
    </>
  );
}

function Paths({ data, from, to, hops }: { data: ConnectionsQuery; from: string; to: string; hops: number }) {
  const { totalCount, edges, isComplete } = data.connections;
  return (
    <section aria-labelledby="paths-heading">
      <h2 id="paths-heading" aria-live="polite">
        {totalCount === 0
          ? `No chain of at most ${hops} links connects ${from} and ${to}.`
          : `${totalCount} ${totalCount === 1 ? 'way' : 'ways'} ${from} and ${to} are connected${edges.length < totalCount ? `; the first ${edges.length}` : ''}`}
      </h2>
      {!isComplete && <p className="muted">The search stopped at its bounds; longer chains may be missing.</p>}
      <ol className="paths">
        {edges.map(({ cursor, node }) => (
          <li key={cursor} className="path">
            <p className="eyebrow">
              {node.length} {node.length === 1 ? 'link' : 'links'} · {node.evidenceCount} {node.evidenceCount === 1 ? 'piece' : 'pieces'} of evidence
            </p>
            <ol className="hops">
              {node.links.map((link, index) => (
                <Hop key={index} link={link} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** One link: who, the kind in its direction, what it rests on, and its words. */
function Hop({ link }: { link: ActorLink }) {
  const style = LINK_KINDS[link.kind];
  const basis: ReactNode = link.event ? (
    <>
      at <EntityLink type="Event" slug={link.event.slug}>{link.event.title}</EntityLink>
    </>
  ) : link.statement ? (
    <>
      in <EntityLink type="Statement" slug={link.statement.slug}>“{link.statement.text}”</EntityLink>
    </>
  ) : null;
  return (
    <li className="hop" data-kind={link.kind}>
      <p className="hop-line">
        <EntityLink type="Actor" slug={link.from.slug}>
          {link.from.name}
        </EntityLink>{' '}
        <span className="link-kind" style={{ borderColor: style.color }}>
          {style.label}
          {style.directed ? ' →' : ''}
          <span className="visually-hidden"> ({humanize(link.kind)})</span>
        </span>{' '}
        <EntityLink type="Actor" slug={link.to.slug}>
          {link.to.name}
        </EntityLink>
        {basis && <span className="muted"> {basis}</span>}
      </p>
      <ul className="hop-evidence" aria-label="Evidence">
        {link.evidence.map((span) => (
          <li key={`${span.article.id}-${span.start}`}>
            <Link to={spanPath(span.article.slug, span)}>“{span.exact}”</Link>
          </li>
        ))}
      </ul>
    </li>
  );
}
