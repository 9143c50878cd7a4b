/** An article on its own, verbatim, and every actor, event, statement and weapon system it reports. */
import { useQuery } from '../api/useQuery';
import { formatDay } from '../common/labels';
import { ErrorNotice, Loading, NotFound } from '../common/Status';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { useSearchParams } from 'react-router-dom';
import { ArticleEvidenceDocument, type SpanFragment } from '../gql/graphql';
import { EvidenceLayout } from './EvidenceLayout';
import { LinkList } from './MentionEvidence';

/** The spans `?span=start-end` asks to highlight (as a link's evidence does), inside the body. */
function spansOf(params: URLSearchParams, article: { id: string; body: string }): SpanFragment[] {
  return params.getAll('span').flatMap((value) => {
    const match = /^(\d+)-(\d+)$/.exec(value);
    if (!match) return [];
    const [start, end] = [Number(match[1]), Number(match[2])];
    if (start >= end || end > article.body.length) return [];
    return [{ start, end, exact: article.body.slice(start, end), article: { id: article.id } }];
  });
}

export function ArticleEvidence({ slug }: { slug: string }) {
  const { data, error, loading } = useQuery(ArticleEvidenceDocument, { slug });
  const [params] = useSearchParams();
  useDocumentTitle('Article');
  if (error) return <ErrorNotice error={error} what="the article" />;
  if (loading || !data) return <Loading what="the article" />;
  const article = data.article;
  if (!article) return <NotFound what={`no article has the slug “${slug}”`} />;
  const nodes = <T,>(connection: { edges: { node: T }[] }) => connection.edges.map((edge) => edge.node);

  const claim = (
    <>
      <p className="eyebrow">Article</p>
      <h1>{article.title}</h1>
      <p className="muted">
        By {article.bylines.join(', ')} · {formatDay(article.publishedOn)}
        {article.url && (
          <>
            {' · '}
            <a href={article.url} rel="noreferrer">
              the original
            </a>
          </>
        )}
      </p>
    </>
  );
  const details = (
    <>
      <LinkList title="Actors" type="Actor" items={nodes(article.actors)} total={article.actors.totalCount} />
      <LinkList title="Events" type="Event" items={nodes(article.events)} total={article.events.totalCount} />
      <LinkList title="Statements" type="Statement" items={nodes(article.statements)} total={article.statements.totalCount} />
      <LinkList title="Weapon systems" type="WeaponSystem" items={nodes(article.weaponSystems)} total={article.weaponSystems.totalCount} />
    </>
  );
  return <EvidenceLayout claim={claim} details={details} articles={[article]} spans={spansOf(params, article)} spansTitle="Words asked for" />;
}
