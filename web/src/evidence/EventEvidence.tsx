/**
 * An event: what, when, where, who, how many and according to whom, and the articles' words that
 * report it. `?quantity=N` also marks the words of its Nth number inside the evidence.
 */
import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { describeDate, humanize } from '../common/labels';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { EventEvidenceDocument, type SpanFragment } from '../gql/graphql';
import { EvidenceLayout } from './EvidenceLayout';
import type { Range } from './segments';

/** Where `words` occur inside the spans: the first place in each span that holds them. */
function rangesOf(words: string, spans: SpanFragment[]): Range[] {
  return spans.flatMap((span) => {
    const at = span.exact.indexOf(words);
    return at < 0 ? [] : [{ start: span.start + at, end: span.start + at + words.length }];
  });
}

export function EventEvidence({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(EventEvidenceDocument, { slug });
  const [params] = useSearchParams();
  useDocumentTitle('Evidence for an event');
  if (error) return <ErrorNotice error={error} what="the event" />;
  if (loading || !data) return <Loading what="the event and its evidence" />;
  const event = data.event;
  if (!event) return <NotFound what={`no event has the slug “${slug}”`} />;

  const chosen = params.get('quantity');
  const quantity = chosen === null ? undefined : event.quantities[Number(chosen)];
  const focus = quantity ? rangesOf(quantity.text, event.evidence) : [];
  const articles = event.articles.edges.map((edge) => edge.node);
  const bylines = [...new Set(articles.flatMap((article) => article.bylines))].join(', ');

  const fact = (
    <>
      <p className="eyebrow">Event · {humanize(event.type)}</p>
      <h1>{event.title}</h1>
      <p>{event.summary}</p>
      <dl className="details">
        <dt>When</dt>
        <dd>
          {event.date.text && <>“{event.date.text}”: </>}
          {describeDate(event.date)} <span className="muted">({event.date.edtf})</span>
        </dd>
        <dt>Where</dt>
        <dd>{event.location ? [event.location.name, event.location.country?.name].filter(Boolean).join(', ') : 'not said'}</dd>
        {event.participants.length > 0 && (
          <>
            <dt>Who</dt>
            {event.participants.map(({ role, actor }) => (
              <dd key={`${actor.slug}-${role}`}>
                <Link to={`/network?actor=${actor.slug}`}>{actor.name}</Link> <span className="muted">{humanize(role)}</span>
              </dd>
            ))}
          </>
        )}
        {event.partOf && (
          <>
            <dt>Part of</dt>
            <dd>
              <Link to={`/evidence/event/${event.partOf.slug}`}>{event.partOf.title}</Link>
            </dd>
          </>
        )}
      </dl>
      {event.quantities.length > 0 && (
        <section aria-labelledby="quantities-heading">
          <h2 id="quantities-heading">How many</h2>
          <ul className="quantities">
            {event.quantities.map((item, index) => (
              <li key={`${item.measure}-${index}`}>
                <Link to={`?quantity=${index}`} aria-current={item === quantity ? 'true' : undefined}>
                  “{item.text}”
                </Link>{' '}
                <span className="muted">
                  {item.measure} · {humanize(item.qualifier)}
                </span>
              </li>
            ))}
          </ul>
          {quantity && (
            <p className="muted" role="status">
              Its words are marked more strongly in the article. <Link to=".">Unmark</Link>
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="attribution-heading">
        <h2 id="attribution-heading">According to whom</h2>
        {event.claims.length === 0 ? (
          <p className="attribution">The article reports it on its own authority — according to {bylines}</p>
        ) : (
          <ul className="claims">
            {event.claims.map((claim) => (
              <li key={claim.slug}>
                <Link className="attribution" to={`/evidence/statement/${claim.slug}`}>
                  {claim.attribution}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
  return <EvidenceLayout fact={fact} articles={articles} spans={event.evidence} focus={focus} spansTitle="Evidence" />;
}
