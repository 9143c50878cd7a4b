/** A statement: its words, who said it and who relayed it, and the article's words that report it. */
import { Link } from 'react-router-dom';
import { useQuery } from '../api/useQuery';
import { describeDate, humanize } from '../common/labels';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { StatementEvidenceDocument } from '../gql/graphql';
import { EvidenceLayout } from './EvidenceLayout';

export function StatementEvidence({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(StatementEvidenceDocument, { slug });
  useDocumentTitle('Evidence for a statement');
  if (error) return <ErrorNotice error={error} what="the statement" />;
  if (loading || !data) return <Loading what="the statement and its evidence" />;
  const statement = data.statement;
  if (!statement) return <NotFound what={`no statement has the slug “${slug}”`} />;

  const fact = (
    <>
      <p className="eyebrow">Statement · {humanize(statement.kind)}</p>
      <h1>
        <q>{statement.text}</q>
      </h1>
      <section aria-labelledby="attribution-heading">
        <h2 id="attribution-heading">According to whom</h2>
        <p className="attribution">{statement.attribution}</p>
        <dl className="details">
          <dt>Said by</dt>
          <dd>
            <Link to={`/network?actor=${statement.speaker.slug}`}>{statement.speaker.name}</Link>
          </dd>
          <dt>Relayed by</dt>
          <dd>
            {statement.reportedBy.length === 0
              ? 'nobody: the article heard it directly'
              : statement.reportedBy.map((actor, index) => (
                  <span key={actor.slug}>
                    {index > 0 && ', then '}
                    <Link to={`/network?actor=${actor.slug}`}>{actor.name}</Link>
                  </span>
                ))}
          </dd>
          <dt>Reported in</dt>
          <dd>
            {statement.article.title}, by {statement.article.bylines.join(', ')}
          </dd>
          {statement.saidOn && (
            <>
              <dt>When</dt>
              <dd>
                {statement.saidOn.text && <>“{statement.saidOn.text}”: </>}
                {describeDate(statement.saidOn)} <span className="muted">({statement.saidOn.edtf})</span>
              </dd>
            </>
          )}
          {statement.occasion && (
            <>
              <dt>At</dt>
              <dd>
                <Link to={`/evidence/event/${statement.occasion.slug}`}>{statement.occasion.title}</Link>
              </dd>
            </>
          )}
          {statement.asserts.length > 0 && (
            <>
              <dt>Asserts</dt>
              {statement.asserts.map((event) => (
                <dd key={event.slug}>
                  <Link to={`/evidence/event/${event.slug}`}>{event.title}</Link>
                </dd>
              ))}
            </>
          )}
        </dl>
      </section>
    </>
  );
  return <EvidenceLayout fact={fact} articles={[statement.article]} spans={statement.evidence} spansTitle="Evidence" />;
}
