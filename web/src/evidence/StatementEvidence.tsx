/** A statement: its words, who said it and who relayed it, and the article's words that report it. */
import { EntityLink } from '../common/EntityLink';
import { describeDate, humanize } from '../common/labels';
import { NodeLink, type NamedNode } from '../common/NodeLink';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useQuery } from '../api/useQuery';
import { StatementEvidenceDocument } from '../gql/graphql';
import { EventList } from './EventList';
import { EvidenceLayout } from './EvidenceLayout';

export function StatementEvidence({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(StatementEvidenceDocument, { slug });
  useDocumentTitle('Evidence for a statement');
  if (error) return <ErrorNotice error={error} what="the statement" />;
  if (loading || !data) return <Loading what="the statement and its evidence" />;
  const statement = data.statement;
  if (!statement) return <NotFound what={`no statement has the slug “${slug}”`} />;

  const claim = (
    <>
      <p className="eyebrow">Statement · {humanize(statement.kind)}</p>
      <h1>
        <q>{statement.text}</q>
      </h1>
      <p className="attribution">{statement.attribution}</p>
    </>
  );
  const details = (
    <dl className="details">
      <dt>Said by</dt>
      <dd>
        <EntityLink type="Actor" slug={statement.speaker.slug}>
          {statement.speaker.name}
        </EntityLink>
      </dd>
      <dt>Relayed by</dt>
      <dd>
        {statement.reportedBy.length === 0
          ? 'nobody: the article heard it directly'
          : statement.reportedBy.map((actor, index) => (
              <span key={actor.slug}>
                {index > 0 && ', then '}
                <EntityLink type="Actor" slug={actor.slug}>
                  {actor.name}
                </EntityLink>
              </span>
            ))}
      </dd>
      <dt>Reported in</dt>
      <dd>
        <EntityLink type="Article" slug={statement.article.slug}>
          {statement.article.title}
        </EntityLink>
        , by {statement.article.bylines.join(', ')}
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
      <EventList term="At" events={statement.occasion ? [statement.occasion] : []} />
      <EventList term="Asserts" events={statement.asserts} />
      {statement.about.length > 0 && (
        <>
          <dt>About</dt>
          {statement.about.map((node) => (
            <dd key={`${node.__typename}-${node.slug}`}>
              <NodeLink node={node as NamedNode} /> <span className="muted">{humanize(node.__typename === 'WeaponSystem' ? 'WEAPON_SYSTEM' : node.__typename)}</span>
            </dd>
          ))}
        </>
      )}
    </dl>
  );
  return <EvidenceLayout claim={claim} details={details} articles={[statement.article]} spans={statement.evidence} spansTitle="Evidence" />;
}
